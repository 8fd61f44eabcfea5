/// An error or warning tied to a place in an input: `file:line: what is wrong, what to do`.
public struct Diagnostic: Error, Sendable, Hashable {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  /// The input file as named on the command line; empty when not about a file.
  public var file: String
  /// 1-based physical line; 0 when the problem is about the whole file.
  public var line: Int
  public var note: Note

  public init(_ severity: Severity = .error, file: String = "", line: Int = 0, _ note: Note) {
    self.severity = severity
    self.file = file
    self.line = line
    self.note = note
  }

  /// An error about no file in particular.
  public init(_ note: Note) {
    self.init(.error, file: "", line: 0, note)
  }

  /// Stable code of the message, for tests and scripts.
  public var code: String { note.code }

  /// `file:line: text` (or `file: text`, or `text`).
  public func render(_ language: Language) -> String {
    var prefix = file
    if !file.isEmpty && line > 0 { prefix += ":\(line)" }
    let label = language == .zh
      ? (severity == .error ? "错误" : "警告")
      : severity.rawValue
    return (prefix.isEmpty ? "" : prefix + ": ") + label + ": " + note.render(language)
  }
}
