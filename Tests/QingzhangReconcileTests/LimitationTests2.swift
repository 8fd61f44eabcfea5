import Foundation
import QingzhangModel
import Testing

@testable import QingzhangReconcile

/// The stale list's deadline per open item, what restarts it, and the copies that count.
@Suite struct LimitationTests2 {
  static let deadlineCases:
    [(name: String, records: [Record], deadline: String?, days: Int?, has: [String], hasNot: [String])] = [
      (
        "the next deadline, not one already past; the past part is said",
        [
          rec("a.txt:1", .debt, "C-1", "2020-01-01", "100", goods: "水泥"),
          rec("a.txt:2", .debt, "C-1", "2022-03-01", "5000", goods: "钢筋", due: "2022-03-31"),
        ], "2025-03-31", 90, ["stale-deadline-soon", "stale-part-passed"], ["stale-deadline-passed"]
      ),
      (
        "every part past: the deadline passed",
        [
          rec("a.txt:1", .debt, "C-1", "2020-01-01", "100"),
          rec("a.txt:2", .debt, "C-1", "2020-03-01", "200"),
        ], "2023-01-01", -730, ["stale-deadline-passed"], ["stale-part-passed"]
      ),
      (
        "a payment on a debt's own line does not restart the other debts",
        [
          rec("a.txt:1", .debt, "C-1", "2021-01-01", "1000", goods: "水泥"),
          rec("a.txt:2", .debt, "C-1", "2024-06-01", "500", goods: "电线"),
          rec("a.txt:2", .payment, "C-1", "2024-06-01", "500", part: 1),
        ], "2024-01-01", -365, ["stale-deadline-passed"], ["stale-restarted-by-payment", "stale-restarted-by"]
      ),
      (
        "a payment of its own restarts the debts it pays (oldest first), and says which",
        [
          rec("a.txt:1", .debt, "C-1", "2021-01-01", "1000"),
          rec("a.txt:2", .debt, "C-1", "2021-02-01", "300"),
          rec("a.txt:3", .payment, "C-1", "2023-05-01", "200"),
        ], "2026-05-01", 486, ["stale-deadline", "stale-part-passed", "stale-restarted-by"], ["stale-deadline-passed"]
      ),
      (
        "a payment after the period ran out restarts nothing (c23): it may count as agreeing to pay",
        [
          rec("a.txt:1", .debt, "C-1", "2019-01-01", "10000", goods: "钢筋"),
          rec("a.txt:2", .payment, "C-1", "2023-06-01", "100"),
        ], "2022-01-01", -1095, ["stale-deadline-passed", "stale-paid-after-expiry"],
        ["stale-restarted-by", "stale-deadline"]
      ),
      (
        "a payment on the deadline itself still restarts (the period runs to 24:00)",
        [
          rec("a.txt:1", .debt, "C-1", "2021-01-01", "1000"),
          rec("a.txt:2", .payment, "C-1", "2024-01-01", "100"),
        ], "2027-01-01", 731, ["stale-deadline", "stale-restarted-by"], ["stale-paid-after-expiry"]
      ),
      (
        "payments in a chain: each within the period the one before restarted",
        [
          rec("a.txt:1", .debt, "C-1", "2018-01-01", "1000"),
          rec("a.txt:2", .payment, "C-1", "2020-06-01", "100"),
          rec("a.txt:3", .payment, "C-1", "2023-05-01", "100"),
        ], "2026-05-01", 486, ["stale-deadline", "stale-restarted-by"], ["stale-paid-after-expiry"]
      ),
      (
        "a payment within the period restarts it; a later one after its end does not",
        [
          rec("a.txt:1", .debt, "C-1", "2017-01-01", "1000"),
          rec("a.txt:2", .payment, "C-1", "2019-06-01", "100"),
          rec("a.txt:3", .payment, "C-1", "2023-01-01", "100"),
        ], "2022-06-01", -944, ["stale-deadline-passed", "stale-restarted-by", "stale-paid-after-expiry"],
        []
      ),
      (
        "a late payment on a debt already past is said beside the next deadline",
        [
          rec("a.txt:1", .debt, "C-1", "2019-01-01", "1000", goods: "水泥"),
          rec("a.txt:2", .debt, "C-1", "2023-03-01", "500", goods: "电线"),
          rec("a.txt:3", .payment, "C-1", "2022-06-01", "100"),
        ], "2026-03-01", 425, ["stale-deadline", "stale-part-passed", "stale-paid-after-expiry"],
        ["stale-restarted-by", "stale-deadline-passed"]
      ),
    ]

  @Test(arguments: deadlineCases.indices) func deadlines(_ k: Int) throws {
    let c = Self.deadlineCases[k]
    let result = reconcile(c.records, asOf: "2024-12-31")
    let s = try #require(result.staleRow("C-1"), "\(c.name)")
    #expect(s.limitationDeadline?.iso == c.deadline, "\(c.name)")
    #expect(s.daysToDeadline == c.days, "\(c.name)")
    for code in c.has { #expect(s.reasons.codes.contains(code), "\(c.name): \(code)") }
    for code in c.hasNot { #expect(!s.reasons.codes.contains(code), "\(c.name): \(code)") }
  }

  @Test func theNextDeadlineRanksInTheSoonTier() throws {
    let result = reconcile(
      [
        rec("a.txt:1", .debt, "C-1", "2020-01-01", "100", goods: "水泥"),
        rec("a.txt:2", .debt, "C-1", "2022-03-01", "5000", goods: "钢筋", due: "2022-03-31"),
        rec("a.txt:3", .debt, "C-2", "2024-06-01", "200", goods: "电线"),
      ], asOf: "2024-12-31")
    #expect(result.stale.map(\.customerID) == ["C-1", "C-2"])
    let part = try #require(result.staleRow("C-1")?.reasons.first { $0.code == "stale-part-passed" })
    #expect(part.args.first == "100.00")
  }

  @Test func aLaterOwnPaymentNamesItself() throws {
    let result = reconcile(
      [
        rec("a.txt:1", .debt, "C-1", "2021-01-01", "1000"),
        rec("s.csv:9", .payment, "C-1", "2023-05-01", "200"),
      ], asOf: "2024-12-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2026-05-01")
    let r = try #require(s.reasons.first { $0.code == "stale-restarted-by" })
    #expect(r.args == ["2023-05-01", "s.csv:9"])
  }

  /// A debt held in a conflict is out of the balance, but its date and customer are not in
  /// dispute: its deadline counts (its earliest date, cautious), and a customer whose debts are
  /// all held is still listed, at 0.00. Deadline nil: no row.
  static let heldCases:
    [(name: String, records: [Record], deadline: String?, days: Int?, amount: String, has: [String], hasNot: [String])] = [
      (
        "an old debt held in a conflict brings the deadline forward (c19 李四)",
        [
          rec("iou.txt:1", .debt, "C-1", "2022-03-01", "35000", goods: "钢筋"),
          rec("sheet.csv:2", .debt, "C-1", "2022-03-01", "53000", goods: "钢筋"),
          rec("iou.txt:2", .debt, "C-1", "2024-10-01", "800", goods: "电线"),
        ], "2025-03-01", 60, "800", ["stale-deadline-soon", "stale-held-debt-deadline", "stale-amount"],
        ["stale-only-held-debts", "stale-no-due-date"]
      ),
      (
        "a customer whose only debt is held is listed at 0.00 (c04, c19 王五)",
        [
          rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350", goods: "接头"),
          rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "530", goods: "接头"),
        ], "2027-03-05", 794, "0", ["stale-deadline", "stale-held-debt-deadline", "stale-only-held-debts"],
        ["stale-amount"]
      ),
      (
        "a credit while the only debt is held: listed at 0.00 (c20)",
        [
          rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350", goods: "接头"),
          rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "530", goods: "接头"),
          rec("sheet.csv:3", .payment, "C-1", "2024-04-01", "300"),
        ], "2027-03-05", 794, "0", ["stale-held-debt-deadline", "stale-only-held-debts"], ["stale-amount"]
      ),
      (
        "a held debt past its deadline is said; the counted debt's deadline is the next one",
        [
          rec("iou.txt:1", .debt, "C-1", "2020-01-01", "350", goods: "接头"),
          rec("sheet.csv:2", .debt, "C-1", "2020-01-01", "530", goods: "接头"),
          rec("iou.txt:2", .debt, "C-1", "2024-01-01", "100", goods: "电线"),
        ], "2027-01-01", 731, "100", ["stale-deadline", "stale-held-debt-passed"],
        ["stale-held-debt-deadline", "stale-part-passed"]
      ),
      (
        "a held debt dated after the cut-off is not listed",
        [
          rec("iou.txt:1", .debt, "C-1", "2025-03-05", "350", goods: "接头"),
          rec("sheet.csv:2", .debt, "C-1", "2025-03-05", "530", goods: "接头"),
        ], nil, nil, "0", [], []
      ),
      (
        "a conflict over a payment holds no debt: not listed",
        [
          rec("iou.txt:1", .payment, "C-1", "2024-03-05", "350"),
          rec("sheet.csv:2", .payment, "C-1", "2024-03-05", "530"),
        ], nil, nil, "0", [], []
      ),
    ]

  @Test(arguments: heldCases.indices) func heldDebtsKeepTheirDeadline(_ k: Int) throws {
    let c = Self.heldCases[k]
    let result = reconcile(c.records, asOf: "2024-12-31")
    #expect(result.reviews(.conflict).count == 1, "\(c.name)")
    guard let deadline = c.deadline else {
      #expect(result.staleRow("C-1") == nil, "\(c.name)")
      return
    }
    let s = try #require(result.staleRow("C-1"), "\(c.name)")
    #expect(s.limitationDeadline?.iso == deadline, "\(c.name)")
    #expect(s.daysToDeadline == c.days, "\(c.name)")
    #expect(s.amount == money(c.amount), "\(c.name)")
    for code in c.has { #expect(s.reasons.codes.contains(code), "\(c.name): \(code)") }
    for code in c.hasNot { #expect(!s.reasons.codes.contains(code), "\(c.name): \(code)") }
  }

  @Test func aHeldDebtNamesItsFiguresAndQuestion() throws {
    let result = reconcile(
      [
        rec("iou.txt:1", .debt, "C-1", "2022-03-01", "35000", goods: "钢筋"),
        rec("sheet.csv:2", .debt, "C-1", "2022-03-01", "53000", goods: "钢筋"),
        rec("iou.txt:2", .debt, "C-1", "2024-10-01", "800", goods: "电线"),
        rec("iou.txt:3", .debt, "C-2", "2024-10-01", "100", goods: "电线"),
      ], asOf: "2024-12-31")
    let q = try #require(result.reviews(.conflict).first)
    let s = try #require(result.staleRow("C-1"))
    let r = try #require(s.reasons.first { $0.code == "stale-held-debt-deadline" })
    #expect(r.args == ["35000.00/53000.00", q.id, "2022-03-01", "2025-03-01"])
    // The soon deadline ranks the customer first; the balance stays as counted.
    #expect(result.stale.map(\.customerID) == ["C-1", "C-2"])
    #expect(result.row("C-1")?.balance == money("800"))
    #expect(result.balanced)
  }

  /// An opening debt is older than its date: its deadline is counted from that date only, and
  /// the reasons say the real one may be earlier (c24, c06), not that this is the cautious reading.
  @Test(arguments: openingCases.indices) func anOpeningDebtIsOlderThanItsDate(_ k: Int) throws {
    let later = rec("b.txt:9", .debt, "C-1", "2024-03-01", "200", goods: "水泥")
    let result = reconcile([Self.openingCases[k], later], asOf: "2024-12-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2027-01-01")
    let r = try #require(s.reasons.first { $0.code == "stale-opening-older" })
    #expect(r.args == ["2024-01-01", Self.openingCases[k].source.description])
    #expect(!s.reasons.codes.contains("stale-no-due-date"))
    #expect(!s.reasons.codes.contains("stale-no-agreed-date"))
  }

  /// When the opening debt's deadline is past and a later debt's is shown, it is still said.
  @Test func aPastOpeningDebtIsStillSaidToBeOlder() throws {
    let result = reconcile(
      [Self.openingCases[0], rec("b.csv:9", .debt, "C-1", "2024-03-01", "200", goods: "水泥")],
      asOf: "2027-02-01")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2027-03-01")
    #expect(s.reasons.codes.contains("stale-part-passed"))
    #expect(s.reasons.codes.contains("stale-opening-older"))
    #expect(s.reasons.codes.contains("stale-no-agreed-date"))
  }

  /// A balance the shop noted (`还欠 3000`, `对账签字确认` with the balance) is no proof the
  /// customer acknowledged it: the deadline stays, and the reasons say what a signed one would do
  /// (c09). Rows: debt date, statement date, deadline, the reason's code or nil.
  static let statementCases: [(name: String, debt: String, noted: String, deadline: String, code: String?)] = [
    ("noted while the period ran: a signed one restarts it", "2021-03-01", "2023-06-01", "2024-03-01", "stale-balance-noted"),
    ("noted just before the deadline", "2022-02-01", "2024-12-20", "2025-02-01", "stale-balance-noted"),
    ("noted after the period ended: a signed one waives the defence", "2019-01-01", "2023-01-01", "2022-01-01",
     "stale-balance-noted-after-expiry"),
    ("noted before the open debt arose: says nothing of it", "2024-03-01", "2024-01-01", "2027-03-01", nil),
    ("a noted balance that differs from the books is a question first, not an acknowledgement", "2021-03-01",
     "2023-06-01", "2024-03-01", nil),
  ]

  @Test(arguments: statementCases.indices) func aNotedBalanceIsNoProofButSaysWhatWouldBe(_ k: Int) throws {
    let c = Self.statementCases[k]
    // An older debt, paid, so that the statement always has records before it; lines in date
    // order, as a book is written.
    let rows: [(String, RecordKind, String, String)] = [
      ("2018-06-01", .debt, "100", ""), ("2018-06-05", .payment, "100", ""), (c.debt, .debt, "3000", ""),
      (c.noted, .skipped, "0", k == 4 ? "2500" : "3000"),
    ].sorted { $0.0 < $1.0 }
    var records: [Record] = []
    var statementLine = 0
    for (k, row) in rows.enumerated() {
      if row.1 == .skipped {
        statementLine = k + 1
        records.append(
          rec("a.txt:\(k + 1)", .skipped, "C-1", row.0, "0", check: .runningBalance, checkAmount: row.3))
      } else {
        records.append(rec("a.txt:\(k + 1)", row.1, "C-1", row.0, row.2))
      }
    }
    let result = reconcile(records, asOf: "2024-12-31")
    let s = try #require(result.staleRow("C-1"), "\(c.name)")
    #expect(s.limitationDeadline?.iso == c.deadline, "\(c.name)")
    let noted = s.reasons.filter { $0.code.hasPrefix("stale-balance-noted") }
    #expect(noted.map(\.code) == (c.code.map { [$0] } ?? []), "\(c.name)")
    if c.code == "stale-balance-noted", let r = noted.first {
      let again = Day(iso: c.noted).map { Limitation.end(from: $0).day.iso } ?? ""
      #expect(r.args == [c.noted, "3000.00", "a.txt:\(statementLine)", again], "\(c.name)")
    }
  }

  @Test func aLatePaymentSaysWhenThePeriodEnded() throws {
    let result = reconcile(
      [
        rec("a.txt:1", .debt, "C-1", "2019-01-01", "10000", goods: "钢筋"),
        rec("a.txt:2", .payment, "C-1", "2023-06-01", "100"),
      ], asOf: "2024-12-31")
    let s = try #require(result.staleRow("C-1"))
    let r = try #require(s.reasons.first { $0.code == "stale-paid-after-expiry" })
    #expect(r.args == ["2023-06-01", "a.txt:2", "2022-01-01"])
    #expect(s.amount == money("9900"))
    #expect(result.row("C-1")?.lastPaymentDate?.iso == "2023-06-01")
  }

  @Test func aDuplicatesDueDateCounts() throws {
    let result = reconcile(
      [
        rec("老账本.txt:5", .debt, "C-1", "2022-10-01", "25000", goods: "工程款"),
        rec("g.csv:3", .debt, "C-1", "2022-10-01", "25000", goods: "工程款", due: "2023-06-30"),
      ], asOf: "2024-12-31")
    #expect(result.status("老账本.txt:5") == .ok)
    #expect(result.status("g.csv:3") == .duplicate)
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2026-06-30")
    #expect(!s.reasons.codes.contains("stale-no-due-date"))
    #expect(!s.reasons.codes.contains("stale-no-agreed-date"))
    let r = try #require(s.reasons.first { $0.code == "stale-due-from-duplicate" })
    #expect(r.args == ["g.csv:3", "2023-06-30"])
  }

  @Test func copiesStraddlingTheCutOffCountTheEarliest() throws {
    let result = reconcile(
      [
        rec("a.txt:1", .debt, "C-1", "2025-01-02", "1200", goods: "水泥"),
        rec("s.csv:2", .debt, "C-1", "2024-12-31", "1200", goods: "水泥"),
      ], asOf: "2024-12-31")
    #expect(result.status("s.csv:2") == .ok)
    #expect(result.status("a.txt:1") == .duplicate)
    #expect(result.row("C-1")?.balance == money("1200"))
    #expect(result.balanced)
  }

  static let openingCases: [Record] = [
    {
      var r = rec("b.csv:2", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "1500")
      r.notes = [Note(ReadMessage.carriedForwardRow, "1500.00")]
      return r
    }(),
    {
      var r = rec("b.txt:2", .skipped, "C-1", "2024-01-01", "0", check: .runningBalance, checkAmount: "800")
      r.notes = [Note(ReadMessage.iouBalanceStatement, "还欠 800", "800.00")]
      return r
    }(),
    {
      // c06: `2024.1.1 王五 上年结转 2000` said both 不计入欠款 and 作为期初欠款计入.
      var r = rec("b.txt:4", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "2000")
      r.notes = [Note(ReadMessage.iouCarriedForward, "上年结转", "2000.00")]
      return r
    }(),
  ]

  /// The only record of its customer becomes the opening debt: its note says only that.
  @Test(arguments: openingCases.indices) func anOpeningDebtSaysOnlyThat(_ k: Int) throws {
    let input = Self.openingCases[k]
    let result = reconcile([input], asOf: "2024-12-31")
    let r = try #require(result.records.first)
    #expect(r.kind == .debt)
    #expect(r.notes.count == 1)
    #expect(r.notes.allSatisfy { !$0.description.contains("不计入") })
    #expect(result.row("C-1")?.balance == money(["1500", "800", "2000"][k]))
    // Running again on the output changes nothing, and undoing it gives the read note back.
    #expect(reconcile(result.records, asOf: "2024-12-31").records == result.records)
  }
}
