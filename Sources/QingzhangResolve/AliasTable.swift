import QingzhangModel

/// Known identities (`--aliases FILE`): CSV lines `alias,name[,phone]`.
///
/// ```
/// # alias,name,phone — lines starting with # are comments; a header line is allowed
/// alias,name,phone
/// 老王,王建华,13807341234
/// 王五金店,王五
/// 胖子,李卫东
/// ```
/// Every mention whose name reads the same as `alias` (same normalised key: `老王`, `老 王`)
/// is taken as `name`. With a phone, the alias applies only to mentions whose phone is that one
/// or missing (and a mention without a phone takes it). An alias is how a person and their
/// company (`王五金店` → `王五`) are made one customer.
public struct AliasTable: Sendable {
  public struct Entry: Sendable, Hashable {
    public var alias: String
    public var name: String
    /// Digits only; empty when none.
    public var phone: String
    /// 1-based line in the file.
    public var line: Int

    public init(alias: String, name: String, phone: String = "", line: Int = 0) {
      self.alias = alias
      self.name = name
      self.phone = phone
      self.line = line
    }
  }

  public var entries: [Entry]

  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// Parses the file's text (RFC 4180 quoting; UTF-8). `file` names it in errors.
  public init(parsing text: String, file: String) throws(Diagnostic) {
    entries = []
    var lineNo = 0
    var sawContent = false
    var text = Substring(text)
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    // "\r\n" is one Character in Swift: split on both.
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })[...]
    while let first = lines.popFirst() {
      lineNo += 1
      let startLine = lineNo
      var record = String(first)
      // A quoted field may span lines: join until the quotes balance.
      while record.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 {
        guard let next = lines.popFirst() else {
          throw Diagnostic(file: file, line: startLine, Note(ResolveMessage.aliasBadRow, record))
        }
        lineNo += 1
        record += "\n" + next
      }
      if record.hasSuffix("\r") { record.removeLast() }
      let trimmed = record.trimmingCharacters()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let fields = Self.splitCSV(record) else {
        throw Diagnostic(file: file, line: startLine, Note(ResolveMessage.aliasBadRow, record))
      }
      let f = fields.map { $0.trimmingCharacters() }
      defer { sawContent = true }
      if !sawContent, let h = f.first?.lowercased(), h == "alias" || h == "别名" { continue }
      guard f.count == 2 || f.count == 3 || (f.count > 3 && f[3...].allSatisfy(\.isEmpty)) else {
        throw Diagnostic(file: file, line: startLine, Note(ResolveMessage.aliasBadRow, record))
      }
      guard !f[0].isEmpty, !f[1].isEmpty else {
        throw Diagnostic(file: file, line: startLine, Note(ResolveMessage.aliasEmptyName, record))
      }
      var phone = ""
      if f.count >= 3 {
        let p = f[2].unicodeScalars.filter { $0 != "-" && $0 != " " }
        guard p.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
          throw Diagnostic(file: file, line: startLine, Note(ResolveMessage.aliasBadPhone, f[2]))
        }
        phone = String(String.UnicodeScalarView(p))
      }
      entries.append(Entry(alias: f[0], name: f[1], phone: phone, line: startLine))
    }
  }

  /// One CSV record (may contain newlines inside quotes); nil when the quoting is broken.
  static func splitCSV(_ record: String) -> [String]? {
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var wasQuoted = false
    var it = record.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while true {
      guard let c = pending ?? it.next() else { break }
      pending = nil
      if inQuotes {
        if c == "\"" {
          if let n = it.next() {
            if n == "\"" {
              field.append("\"")
            } else {
              inQuotes = false
              pending = n
            }
          } else {
            inQuotes = false
          }
        } else {
          field.append(c)
        }
      } else if c == "," {
        fields.append(String(field))
        field = String.UnicodeScalarView()
        wasQuoted = false
      } else if c == "\"" {
        // A quote opens a field only at its start (spaces before it are allowed).
        guard !wasQuoted, String(field).trimmingCharacters().isEmpty else { return nil }
        field = String.UnicodeScalarView()
        inQuotes = true
        wasQuoted = true
      } else {
        if wasQuoted && c != " " && c != "\t" { return nil }
        field.append(c)
      }
    }
    if inQuotes { return nil }
    fields.append(String(field))
    return fields
  }
}

extension String {
  func trimmingCharacters() -> String {
    let s = unicodeScalars
    guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = s.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(s[first...last])
  }
}
