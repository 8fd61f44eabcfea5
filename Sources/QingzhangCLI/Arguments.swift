import QingzhangModel

/// Exit codes, as swift-argument-parser uses them on Linux.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// Runtime or data errors (a file that cannot be read, a database error).
  case failure = 1
  /// A usage error (EX_USAGE).
  case usage = 64
}

/// One option a command accepts; drives both parsing and the help text.
struct OptionSpec: Sendable {
  var name: String  // "--out"
  var valueName: String?  // "DIR"; nil for a flag
  var repeatable = false
  var help: CLIMessage
}

/// A usage error: what was wrong, for `Error: …` + usage + `See 'qingzhang help X'`.
struct UsageError: Error {
  var note: Note
  var suggestion: String?
}

/// Parsed arguments of one command.
struct ParsedArguments {
  var positional: [String] = []
  var values: [String: [String]] = [:]
  var flags: Set<String> = []

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func has(_ name: String) -> Bool { flags.contains(name) }
}

enum ArgumentParser {
  /// Splits `args` by `options`: `--opt value`, `--opt=value`, repeated options, `--` ends options.
  static func parse(_ args: [String], options: [OptionSpec]) throws(UsageError) -> ParsedArguments {
    var out = ParsedArguments()
    var i = 0
    var optionsEnded = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if optionsEnded || !arg.hasPrefix("-") || arg == "-" {
        out.positional.append(arg)
        continue
      }
      if arg == "--" {
        optionsEnded = true
        continue
      }
      var name = arg
      var inlineValue: String?
      if let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inlineValue = String(arg[arg.index(after: eq)...])
      }
      if name == "-h" { name = "--help" }
      guard let spec = options.first(where: { $0.name == name }) else {
        let suggestion = closest(name, among: options.map(\.name))
        throw UsageError(note: Note(CLIMessage.unknownOption, name), suggestion: suggestion)
      }
      if spec.valueName == nil {
        out.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if i < args.count {
        value = args[i]
        i += 1
      } else {
        throw UsageError(note: Note(CLIMessage.missingValue, name), suggestion: nil)
      }
      out.values[name, default: []].append(value)
    }
    return out
  }

  /// The candidate nearest to `word` by edit distance, if it is close enough to suggest.
  static func closest(_ word: String, among candidates: [String]) -> String? {
    var best: (String, Int)?
    for c in candidates {
      let d = editDistance(Array(word), Array(c))
      if d <= max(2, c.count / 3), best == nil || d < best!.1 { best = (c, d) }
    }
    return best?.0
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[b.count]
  }
}
