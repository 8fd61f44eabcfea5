/// The language of notes, review items, reports and error messages.
public enum Language: String, Sendable, Hashable, CaseIterable {
  /// Simplified Chinese (the default).
  case zh
  case en
}

/// A message of the catalogue: a stable code and its texts. Templates use `{0}`, `{1}`, … for
/// arguments. Every stage keeps its messages in `Sources/QingzhangModel/Catalogue/`.
public protocol Message: Sendable {
  /// Stable, greppable code (`amount-ambiguous`).
  var code: String { get }
  var zh: String { get }
  var en: String { get }
}

/// A message with its arguments, rendered late in the reader's language.
public struct Note: Sendable, Hashable, CustomStringConvertible {
  public var code: String
  public var zh: String
  public var en: String
  public var args: [String]

  public init(_ message: some Message, _ args: String...) {
    self.init(message, args: args)
  }

  public init(_ message: some Message, args: [String]) {
    code = message.code
    zh = message.zh
    en = message.en
    self.args = args
  }

  /// An argument that is a list: its items are joined at render time, with `、` in Chinese and
  /// `, ` in English, so neither language shows the other's punctuation.
  public static func list(_ items: [String]) -> String {
    items.joined(separator: listSeparator)
  }

  static let listSeparator = "\u{1E}"

  /// The text in `language`, arguments filled in.
  public func render(_ language: Language) -> String {
    let joiner = language == .zh ? "、" : ", "
    let filled = args.map { $0.contains(Note.listSeparator) ? $0.replacingAll(Note.listSeparator, with: joiner) : $0 }
    return Note.fill(language == .zh ? zh : en, filled)
  }

  public var description: String { render(.zh) }

  static func fill(_ template: String, _ args: [String]) -> String {
    if args.isEmpty { return template }
    var out = ""
    var chars = template.makeIterator()
    while let c = chars.next() {
      guard c == "{" else {
        out.append(c)
        continue
      }
      var digits = ""
      var closed = false
      while let d = chars.next() {
        if d == "}" {
          closed = true
          break
        }
        digits.append(d)
      }
      if closed, let i = Int(digits), i < args.count {
        out += args[i]
      } else if closed, let bar = digits.firstIndex(of: "|"), let i = Int(digits[..<bar]), i < args.count {
        // `{0|file|files}`: the number and the noun, singular for 1 (English templates).
        let forms = digits[digits.index(after: bar)...].split(separator: "|", omittingEmptySubsequences: false)
        out += args[i] + " " + (args[i] == "1" || forms.count < 2 ? forms[0] : forms[1])
      } else {
        out += "{" + digits + (closed ? "}" : "")
      }
    }
    return out
  }
}

extension Array where Element == Note {
  /// Notes joined for one CSV cell: `；` in Chinese, `; ` in English.
  public func render(_ language: Language) -> String {
    map { $0.render(language) }.joined(separator: language == .zh ? "；" : "; ")
  }
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation in the model).
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
