import Foundation
import QingzhangModel
import Testing

@testable import QingzhangReconcile

/// Records keyed by (source, part), for comparing runs whose input order differs.
func keyed(_ records: [Record]) -> [String: Record] {
  var out: [String: Record] = [:]
  for r in records { out["\(r.source)#\(r.part)"] = r }
  return out
}

@Suite struct PropertyTests {
  static let seeds: [UInt64] = [1, 2, 3, 42, 2024, 99_991]

  @Test(arguments: seeds) func everyFenIsAccountedFor(_ seed: UInt64) {
    let book = randomBook(seed: seed)
    let result = reconcile(book, asOf: "2024-12-31")
    #expect(result.balanced)
    let m = result.money
    // Independent of the stage's own account: sum the records by status here.
    var read: Int64 = 0
    for r in book where r.kind != .skipped { read += r.amount.fen }
    var accounted: Int64 = 0
    for r in result.records where r.status != .skipped { accounted += r.amount.fen }
    #expect(read + m.broughtForward.fen + m.decisionAdjustment.fen == accounted)
    #expect(result.ledger.reduce(Money.zero) { $0 + $1.balance } == result.totalOutstanding)
    #expect(!result.ledger.contains { $0.balance == .zero })
    let c = result.counts
    #expect(c.debts + c.payments + c.duplicates + c.conflicts + c.rejected + c.skipped == c.records)
    #expect(c.records == book.count)
    // The random books do contain each kind of outcome.
    #expect(c.duplicates > 0 && c.conflicts > 0)
    // … including lines with a debt and its payment matched as one, both halves alike.
    let pairs = Dictionary(grouping: result.records.filter { $0.isMovement }, by: \.source)
      .values.filter { $0.count == 2 }
    #expect(pairs.contains { $0.allSatisfy { $0.status == .duplicate } })
    for p in pairs where p.allSatisfy({ $0.status != .conflict }) {
      #expect((p[0].status == .duplicate) == (p[1].status == .duplicate), "\(p[0].source)")
    }
  }

  @Test func theAccountCanFail() {
    var m = MoneyAccount()
    m.read = Money(fen: 100)
    m.inLedger = Money(fen: 90)
    #expect(!m.isBalanced)
    m.duplicate = Money(fen: 10)
    #expect(m.isBalanced)
    m.ledgerBalance = Money(fen: 5)
    #expect(!m.isBalanced)
  }

  @Test(arguments: seeds) func runningOnItsOwnOutputChangesNothing(_ seed: UInt64) {
    let book = randomBook(seed: seed)
    let once = reconcile(book, asOf: "2024-12-31")
    let twice = reconcile(once.records, asOf: "2024-12-31")
    #expect(twice.records == once.records)
    #expect(twice.ledger == once.ledger)
    #expect(twice.stale == once.stale)
    #expect(twice.reviews == once.reviews)
    #expect(twice.money == once.money)
  }

  @Test(arguments: seeds) func inputOrderDoesNotMatter(_ seed: UInt64) {
    let book = randomBook(seed: seed)
    let base = reconcile(book, asOf: "2024-12-31")
    var g = SplitMix(seed: seed &* 31 &+ 7)
    for _ in 0..<3 {
      let shuffled = book.shuffled(using: &g)
      let other = reconcile(shuffled, asOf: "2024-12-31")
      #expect(keyed(other.records) == keyed(base.records))
      #expect(other.ledger == base.ledger)
      #expect(other.stale == base.stale)
      #expect(other.reviews == base.reviews)
      #expect(other.counts == base.counts)
      #expect(other.money == base.money)
    }
  }

  @Test(arguments: seeds.prefix(3)) func decisionsAreAppliedAndStayApplied(_ seed: UInt64) {
    // Answer every open question of a book (the suggested figure for conflicts, `same` for
    // duplicates, `ignore` for the rest) and check the answers close them all, for good.
    let book = randomBook(seed: seed)
    let first = reconcile(book, asOf: "2024-12-31")
    var lines: [String] = []
    for item in first.reviews {
      switch item.type {
      case .duplicate: lines.append("\(item.id) same")
      case .conflict:
        if let s = item.sources.first, item.suggestion.first?.code != "total-differs" {
          lines.append("\(item.id) keep \(s)")
        }
        lines.append("\(item.id) ignore")
      default: lines.append("\(item.id) ignore")
      }
    }
    // Later lines win in a decisions file; keep only the first answer per id.
    var seen = Set<String>()
    let text = lines.filter { seen.insert(String($0.split(separator: " ")[0])).inserted }
      .joined(separator: "\n")
    let decided = reconcile(book, asOf: "2024-12-31", decisions: text)
    // Check items (totals, carried-forward) accept only `ignore`; conflicts of records close.
    #expect(decided.reviews.allSatisfy { $0.type == .conflict })
    #expect(decided.counts.conflicts == 0 || !decided.reviews.isEmpty)
    #expect(decided.balanced)
    let again = reconcile(decided.records, asOf: "2024-12-31", decisions: text)
    #expect(again.records == decided.records)
  }

  /// A large random book (50,000 records; `QZ_RECONCILE_BOOK=N` for another size) still keeps
  /// its money account. Speed is measured by `scripts/bench` (scale part), not here.
  @Test func aLargeRandomBookKeepsItsAccount() throws {
    let env = ProcessInfo.processInfo.environment
    let size = Int(env["QZ_RECONCILE_BOOK"] ?? "") ?? 50_000
    let book = randomBook(seed: 7, customers: max(10, size / 60), events: size * 10 / 16)
    let result = reconcile(book, asOf: "2024-12-31")
    #expect(result.balanced)
    #expect(result.records.count == book.count)
  }
}

@Suite struct RobustnessTests {
  @Test func absurdInputDoesNotTrap() {
    var records = [
      rec("a.txt:1", .debt, "C-1", "9999-12-31", "1"),
      rec("a.txt:2", .debt, "C-1", "0001-01-01", "1", due: "0001-02-28"),
      rec("a.txt:3", .payment, "C-1", nil, "-50"),
      rec("a.txt:4", .debt, "C-2", "2024-01-01", "-70"),
      rec("b.csv:4", .skipped, "C-3", nil, "0", check: .carriedForward, checkAmount: "0"),
      rec("b.csv:5", .skipped, "", nil, "0", check: .total),
    ]
    var huge = rec("a.txt:5", .debt, "C-4", "2024-01-01", "0")
    huge.amount = Money(fen: Int64.max)
    var tiny = rec("b.csv:6", .payment, "C-4", "2024-01-02", "0")
    tiny.amount = Money(fen: Int64.min)
    var cf = rec("b.csv:7", .skipped, "C-5", nil, "0", check: .carriedForward)
    cf.checkAmount = Money(fen: Int64.min)
    records += [huge, tiny, cf, huge]
    let result = reconcile(records, asOf: "2025-01-31")
    #expect(result.records.count == records.count)
    #expect(result.balanced)
    #expect(reconcile(result.records, asOf: "2025-01-31").records == result.records)
  }

  @Test func emptyInput() {
    let result = reconcile([])
    #expect(result.records.isEmpty && result.ledger.isEmpty && result.stale.isEmpty)
    #expect(result.balanced)
    #expect(result.totalOutstanding == .zero)
  }
}
