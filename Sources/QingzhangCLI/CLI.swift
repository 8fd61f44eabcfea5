import QingzhangModel

/// Where the CLI writes; tests pass buffers, the executable passes stdout and stderr.
public protocol TextSink: AnyObject {
  func write(_ text: String)
}

/// A buffer sink, for tests.
public final class StringSink: TextSink {
  public private(set) var text = ""
  public init() {}
  public func write(_ text: String) { self.text += text }
}

/// A subcommand: its name, options (which drive parsing and help) and what it runs.
struct Command: Sendable {
  var name: String
  var abstract: CLIMessage
  var usage: String
  var options: [OptionSpec]
  var discussion: CLIMessage
  var run: @Sendable (ParsedArguments, Context) throws -> ExitStatus
}

/// What a running command can use.
final class Context {
  let out: TextSink
  let err: TextSink
  let language: Language

  init(out: TextSink, err: TextSink, language: Language) {
    self.out = out
    self.err = err
    self.language = language
  }

  func say(_ note: Note) { out.write(note.render(language) + "\n") }
  func say(_ message: some Message, _ args: String...) { say(Note(message, args: args)) }
  func warn(_ diagnostic: Diagnostic) { err.write(diagnostic.render(language) + "\n") }
}

/// The command line: `qingzhang COMMAND [OPTIONS] ARGS…`.
///
/// Help goes to stdout with exit 0; usage errors go to stderr with exit 64 and a
/// "did you mean"; runtime and data errors exit 1 with `file:line: 错误: …`.
public enum CLI {
  static let langOption = OptionSpec(name: "--lang", valueName: "zh|en", help: .optLang)
  static let helpOption = OptionSpec(name: "--help", valueName: nil, help: .optHelp)

  static let commands: [Command] = [
    ReconcileCommand.command, ReviewCommand.command, IngestCommand.command,
  ]

  public static func run(_ arguments: [String], out: TextSink, err: TextSink) -> ExitStatus {
    var args = arguments
    // The language is needed before anything else can be said.
    var language = Language.zh
    if let i = args.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
      let value: String? =
        args[i].hasPrefix("--lang=") ? String(args[i].dropFirst(7)) : (i + 1 < args.count ? args[i + 1] : nil)
      guard let value, let lang = Language(rawValue: value) else {
        err.write(Diagnostic(Note(CLIMessage.badLanguage, value ?? "")).render(.zh) + "\n")
        return .usage
      }
      language = lang
      args.removeSubrange(i..<(args[i].hasPrefix("--lang=") ? i + 1 : min(i + 2, args.count)))
    }
    let context = Context(out: out, err: err, language: language)

    guard let first = args.first else {
      // No command: a usage error, with the overview to show what there is.
      err.write(Help.overview(language))
      return usageError(UsageError(note: Note(CLIMessage.missingCommand), suggestion: nil), command: nil, context)
    }
    if ["-h", "--help", "help"].contains(first) {
      guard args.count >= 2, first == "help" else {
        out.write(Help.overview(language))
        return .success
      }
      guard let c = commands.first(where: { $0.name == args[1] }) else {
        let suggestion = ArgumentParser.closest(args[1], among: commands.map(\.name))
        return usageError(UsageError(note: Note(CLIMessage.unknownCommand, args[1]), suggestion: suggestion), command: nil, context)
      }
      out.write(Help.command(c, language))
      return .success
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      let suggestion = ArgumentParser.closest(first, among: commands.map(\.name) + ["help"])
      return usageError(UsageError(note: Note(CLIMessage.unknownCommand, first), suggestion: suggestion), command: nil, context)
    }
    let options = command.options + [langOption, helpOption]
    let parsed: ParsedArguments
    do {
      parsed = try ArgumentParser.parse(Array(args.dropFirst()), options: options)
    } catch {
      return usageError(error, command: command, context)
    }
    if parsed.has("--help") {
      out.write(Help.command(command, language))
      return .success
    }
    do {
      return try command.run(parsed, context)
    } catch let error as UsageError {
      return usageError(error, command: command, context)
    } catch let diagnostic as Diagnostic {
      context.warn(diagnostic)
      return .failure
    } catch let diagnostics as DiagnosticList {
      for d in diagnostics.items { context.warn(d) }
      return .failure
    } catch {
      context.warn(Diagnostic(Note(CLIMessage.internalError, String(describing: error))))
      return .failure
    }
  }

  static func usageError(_ error: UsageError, command: Command?, _ context: Context) -> ExitStatus {
    let lang = context.language
    var text = (lang == .zh ? "错误：" : "Error: ") + error.note.render(lang)
    if let s = error.suggestion { text += " " + Note(CLIMessage.didYouMean, s).render(lang) }
    text += "\n"
    if let command {
      text += (lang == .zh ? "用法：" : "Usage: ") + command.usage + "\n"
      text += Note(CLIMessage.seeHelp, "qingzhang help \(command.name)").render(lang) + "\n"
    } else {
      text += Note(CLIMessage.seeHelp, "qingzhang --help").render(lang) + "\n"
    }
    context.err.write(text)
    return .usage
  }
}

/// Several diagnostics thrown at once (e.g. every unreadable input named in one go).
struct DiagnosticList: Error {
  var items: [Diagnostic]
}
