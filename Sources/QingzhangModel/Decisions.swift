#if canImport(Glibc)
  import Glibc
#endif

/// A person's answer to one review item.
public enum Decision: Sendable, Hashable {
  /// customer-merge: these are one customer.
  case merge
  /// customer-merge: keep them apart. duplicate: these are separate debts. conflict: these
  /// are different entries, each counts with its own figure.
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

extension Decision: CustomStringConvertible {
  /// As written in the decisions file: `merge`, `keep ledger.csv:12`, `amount 3500.00`.
  public var description: String {
    switch self {
    case .merge: return "merge"
    case .apart: return "apart"
    case .same: return "same"
    case .ignore: return "ignore"
    case .keep(let source): return "keep \(source)"
    case .amount(let money): return "amount \(money)"
    }
  }
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
  /// The line of each answer in the file, for warnings about answers nothing asked for.
  public var lineOfID: [String: Int] = [:]
  private let lookups = Lookups()

  public init() {}

  /// No answers at all (a first run).
  public var isEmpty: Bool { byID.isEmpty }

  /// The answer to review item `id`, if the file has one. Every answer looked up is remembered,
  /// so a run can tell which answers no stage asked for (an id from another run or a typo).
  public subscript(id: String) -> Decision? {
    guard let d = byID[id] else { return nil }
    lookups.note(id)
    return d
  }

  /// Ids answered in the file that no stage looked up, sorted.
  public var unusedIDs: [String] {
    let seen = lookups.all
    return byID.keys.filter { !seen.contains($0) }.sorted()
  }

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
      // An argument in pieces (`amount 3,500.00`, `keep my books/a.txt:3`) is not guessed at.
      case "keep" where words.count > 3, "amount" where words.count > 3:
        decision = nil
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
      if let earlier = byID[id], earlier != decision {
        throw Diagnostic(
          file: file, line: lineNo, Note(ModelMessage.contradictoryDecision, id, String(lineOfID[id] ?? 0)))
      }
      byID[id] = decision
      lineOfID[id] = lineNo
    }
  }

  /// The largest amount an answer may give, in yuan: the readers' limit of one entry (1 亿元).
  static let maxYuan: Int64 = Money.recordLimitFen / 100

  /// `3500`, `3500.5`, `3500.00` → fen; nil beyond `maxYuan`.
  static func parseYuan(_ s: String) -> Int64? {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(parts[0]),
      whole >= 0, whole <= maxYuan
    else { return nil }
    var fen = whole * 100
    if parts.count == 2 {
      let f = parts[1]
      guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(f) else { return nil }
      fen += f.count == 1 ? v * 10 : v
    }
    // Zero is no amount (the readers refuse it too); `apart` or `ignore` says "not a debt".
    return fen > 0 && fen <= maxYuan * 100 ? fen : nil
  }
}

/// The ids looked up in a `Decisions`, shared by its copies (stages get the value).
private final class Lookups: @unchecked Sendable {
  private var ids = Set<String>()
  private let lock = Lock()

  func note(_ id: String) { lock.withLock { _ = ids.insert(id) } }
  var all: Set<String> { lock.withLock { ids } }
}

/// A small mutex (pthread), so the model needs no Foundation.
private final class Lock: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }
  func withLock<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}
