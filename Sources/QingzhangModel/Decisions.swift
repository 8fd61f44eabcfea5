/// A person's answer to one review item.
public enum Decision: Sendable, Hashable {
  /// customer-merge: these are one customer.
  case merge
  /// customer-merge: keep them apart. duplicate: these are separate debts.
  case apart
  /// duplicate: yes, the same debt; count it once.
  case same
  /// conflict: the figure of this source is right.
  case keep(SourceRef)
  /// conflict: the right amount is this.
  case amount(Money)
  /// rejected: leave it out (acknowledged).
  case ignore
}

/// The decisions file (`--decisions FILE`): one answer per line, `REVIEW_ID ACTION [ARGUMENT]`.
///
/// ```
/// # qingzhang decisions — lines starting with # are comments
/// R-3f2a9c1b0d11  merge                 # these spellings are one customer
/// R-77aa01234567  apart                 # keep these customers (or debts) apart
/// R-0b1c2d3e4f50  same                  # a duplicate: count once
/// R-c0ffee123456  keep ledger.csv:12    # a conflict: this source's figure is right
/// R-deadbeef0001  amount 3500.00        # a conflict: the right amount
/// R-0123456789ab  ignore                # a rejected line: acknowledged, leave it out
/// ```
public struct Decisions: Sendable {
  public var byID: [String: Decision] = [:]

  public init() {}

  public subscript(id: String) -> Decision? { byID[id] }

  /// Parses the file's text; `file` names it in errors.
  public init(parsing text: String, file: String) throws(Diagnostic) {
    var lineNo = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNo += 1
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" })
      if words.isEmpty { continue }
      let id = String(words[0])
      let action = words.count > 1 ? words[1].lowercased() : ""
      let arg = words.count > 2 ? String(words[2]) : ""
      let decision: Decision?
      switch action {
      case "merge": decision = .merge
      case "apart": decision = .apart
      case "same": decision = .same
      case "ignore": decision = .ignore
      case "keep":
        if let colon = arg.lastIndex(of: ":"), let n = Int(arg[arg.index(after: colon)...]) {
          decision = .keep(SourceRef(path: String(arg[..<colon]), line: n))
        } else {
          decision = nil
        }
      case "amount":
        decision = Decisions.parseYuan(arg).map { .amount(Money(fen: $0)) }
      default: decision = nil
      }
      guard let decision else {
        throw Diagnostic(file: file, line: lineNo, Note(ModelMessage.badDecision, String(rawLine)))
      }
      byID[id] = decision
    }
  }

  /// `3500`, `3500.5`, `3500.00` → fen.
  static func parseYuan(_ s: String) -> Int64? {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0 else { return nil }
    var fen = whole * 100
    if parts.count == 2 {
      let f = parts[1]
      guard (1...2).contains(f.count), let v = Int64(f) else { return nil }
      fen += f.count == 1 ? v * 10 : v
    }
    return fen
  }
}
