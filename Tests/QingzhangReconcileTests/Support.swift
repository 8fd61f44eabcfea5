import Foundation
import QingzhangModel

@testable import QingzhangReconcile

/// Builds records for tables: `rec("a.txt:3", .debt, "C-1", "2024-03-05", "350")`.
func rec(
  _ src: String, _ kind: RecordKind, _ customer: String, _ date: String?, _ yuan: String,
  goods: String = "", due: String? = nil, part: Int = 0, status: RecordStatus? = nil,
  check: CheckKind = .none, checkAmount: String? = nil, raw: String = ""
) -> Record {
  let source = sourceRef(src)
  var r = Record(
    source: source, part: part, origin: source.path.hasSuffix(".txt") ? .iou : .sheet,
    kind: kind, status: status, date: date.flatMap { Day(iso: $0) },
    dueDate: due.flatMap { Day(iso: $0) }, dueBasis: due == nil ? .none : .explicit,
    amount: money(yuan), goods: goods, raw: raw, checkAmount: checkAmount.map { money($0) },
    check: check)
  r.customerID = customer
  r.customerName = customer.isEmpty ? "" : "客户" + customer
  return r
}

func sourceRef(_ s: String) -> SourceRef {
  guard let colon = s.lastIndex(of: ":"), let line = Int(s[s.index(after: colon)...]) else {
    return SourceRef(path: s, line: 0)
  }
  return SourceRef(path: String(s[..<colon]), line: line)
}

func money(_ yuan: String) -> Money { Money(fen: parseYuan(yuan) ?? -1) }

func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

/// Runs reconcile with a cut-off and decisions written as in a decisions file.
func reconcile(
  _ records: [Record], asOf: String = "2025-01-31", decisions: String = "", openQuestions: [ReviewItem] = []
)
  -> Reconciliation
{
  let d = (try? Decisions(parsing: decisions, file: "decisions.txt")) ?? Decisions()
  return Reconciler.run(records, options: ReconcileOptions(asOf: day(asOf), decisions: d, openQuestions: openQuestions))
}

extension Reconciliation {
  /// `src` may name a part: `iou.txt:5#1`.
  func record(_ src: String, part: Int = 0) -> Record? {
    var s = src
    var p = part
    if let hash = src.lastIndex(of: "#"), let k = Int(src[src.index(after: hash)...]) {
      s = String(src[..<hash])
      p = k
    }
    return records.first { $0.source == sourceRef(s) && $0.part == p }
  }
  func status(_ src: String, part: Int = 0) -> RecordStatus? { record(src, part: part)?.status }
  func row(_ customer: String) -> LedgerRow? { ledger.first { $0.customerID == customer } }
  func staleRow(_ customer: String) -> StaleDebt? { stale.first { $0.customerID == customer } }
  func reviews(_ type: ReviewType) -> [ReviewItem] { reviews.filter { $0.type == type } }
}

extension Array where Element == Note {
  var codes: [String] { map(\.code) }
}

/// The repository's fixtures/reconcile folder, found from this file.
func fixturesFolder(_ file: String = #filePath) -> URL {
  URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("fixtures/reconcile")
}

/// A header-keyed table of a simple CSV file (no quoting: fixture fields hold no commas).
func readTable(_ url: URL) throws -> [[String: String]] {
  let text = try String(contentsOf: url, encoding: .utf8)
  var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  guard !lines.isEmpty else { return [] }
  let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
  return lines.map { line in
    let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    var row: [String: String] = [:]
    for (k, name) in header.enumerated() { row[name] = k < cells.count ? cells[k] : "" }
    return row
  }
}

/// Records of a fixture `records.csv`.
func fixtureRecords(_ rows: [[String: String]]) -> [Record] {
  rows.map { row in
    func v(_ k: String) -> String { row[k] ?? "" }
    func opt(_ k: String) -> String? { v(k).isEmpty ? nil : v(k) }
    var r = rec(
      v("source"), RecordKind(rawValue: v("kind")) ?? .rejected, v("customer_id"), opt("date"),
      v("amount"), goods: v("goods"), due: opt("due_date"), part: Int(v("part")) ?? 0,
      status: RecordStatus(rawValue: v("status")), check: CheckKind(rawValue: v("check")) ?? .none,
      checkAmount: opt("check_amount"))
    r.customerName = v("customer_name")
    return r
  }
}

/// A small deterministic generator (SplitMix64) for property tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A random book: customers buying and paying, written in an IOU list and a sheet (so many
/// entries appear twice), with slips of the pen, same-day repeats, rejected lines, totals and
/// carried-forward rows.
func randomBook(seed: UInt64, customers: Int = 12, events: Int = 300) -> [Record] {
  var g = SplitMix(seed: seed)
  var out: [Record] = []
  var line = ["iou.txt": 0, "sheet.csv": 0, "old.csv": 0]
  func next(_ path: String) -> String {
    line[path, default: 0] += 1
    return "\(path):\(line[path] ?? 0)"
  }
  let goods = ["水泥", "水管接头", "电线", "油漆", "螺丝", "", "钢筋", "瓷砖"]
  let amounts: [Int64] = [35000, 53000, 120000, 12000, 50000, 80000, 150000, 2_500, 99_900]
  let start = day("2022-01-01").ordinal
  for _ in 0..<events {
    let c = "C-\(Int.random(in: 0..<customers, using: &g))"
    let kind: RecordKind = Int.random(in: 0..<4, using: &g) == 0 ? .payment : .debt
    let d = Day(ordinal: start + Int32.random(in: 0..<1200, using: &g))
    var fen = amounts.randomElement(using: &g) ?? 100
    if Bool.random(using: &g) { fen = Int64.random(in: 1...500_000, using: &g) }
    let gd = goods.randomElement(using: &g) ?? ""
    let where_ = Int.random(in: 0..<10, using: &g)
    func make(_ path: String, _ day: Day?, _ amount: Int64) -> Record {
      var r = rec(next(path), kind, c, day?.iso, Money(fen: amount).yuanString, goods: gd)
      if Int.random(in: 0..<8, using: &g) == 0 { r.dueDate = day?.adding(days: 30) }
      return r
    }
    switch where_ {
    case 0...3: out.append(make("iou.txt", d, fen))
    case 4...5: out.append(make("sheet.csv", d, fen))
    case 6...7:
      out.append(make("iou.txt", d, fen))
      out.append(make("sheet.csv", d.adding(days: Int.random(in: 0...2, using: &g)), fen))
    case 8:
      // A slip of the pen: 350 / 530 or a dropped zero.
      out.append(make("iou.txt", d, fen))
      out.append(make("sheet.csv", d, fen * 10))
    default:
      out.append(make("iou.txt", nil, fen))
      out.append(make("old.csv", d.adding(days: Int.random(in: 0...12, using: &g)), fen))
    }
    if Int.random(in: 0..<15, using: &g) == 0 {
      // A debt and its payment on one line, and in a sheet row (sometimes with another payment).
      let paid = fen / 5
      let iou = next("iou.txt")
      out.append(rec(iou, .debt, c, d.iso, Money(fen: fen).yuanString, goods: "工程款"))
      out.append(rec(iou, .payment, c, d.iso, Money(fen: paid).yuanString, part: 1))
      let row = next("sheet.csv")
      let rowPaid = Bool.random(using: &g) ? paid : paid + 1
      out.append(rec(row, .debt, c, d.iso, Money(fen: fen).yuanString, goods: gd))
      out.append(rec(row, .payment, c, d.iso, Money(fen: rowPaid).yuanString, goods: gd, part: 1))
    }
    if Int.random(in: 0..<40, using: &g) == 0 {
      out.append(rec(next("iou.txt"), .rejected, "", nil, "0", raw: "三千多"))
    }
    if Int.random(in: 0..<50, using: &g) == 0 {
      // `还欠 800`, as the IOU reader gives it (with the customer resolve found).
      var r = rec(next("iou.txt"), .skipped, c, d.iso, "0", check: .runningBalance, checkAmount: "800")
      r.name = "客户" + c
      out.append(r)
    }
    if Int.random(in: 0..<60, using: &g) == 0 {
      out.append(
        rec(next("sheet.csv"), .skipped, "", nil, "0", check: .total, checkAmount: "123.00"))
    }
    if Int.random(in: 0..<80, using: &g) == 0 {
      out.append(
        rec(
          next("old.csv"), .skipped, c, d.iso, "0", check: .carriedForward,
          checkAmount: Money(fen: fen).yuanString))
    }
  }
  return out
}
