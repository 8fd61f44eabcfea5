import Foundation
import QingzhangModel
import Testing

@testable import QingzhangReconcile

@Suite struct LedgerTests {
  @Test func overpaymentGivesACredit() throws {
    let result = reconcile([
      rec("s.csv:1", .debt, "C-1", "2024-03-01", "500"),
      rec("s.csv:2", .payment, "C-1", "2024-04-01", "800"),
    ])
    let row = try #require(result.row("C-1"))
    #expect(row.balance == money("-300"))
    #expect(row.openItems == 0)
    #expect(row.notes.codes == ["ledger-credit"])
    #expect(result.record("s.csv:2")?.notes.codes == ["credit-balance"])
    #expect(result.stale.isEmpty)
    #expect(result.totalOutstanding == money("-300"))
  }

  /// Which balances wait on an open question (its id in the note), and which are final.
  static let provisionalCases: [(String, [Record], [ReviewItem], [String: [String]])] = [
    (
      "a customer-merge question names a record of C-2: only C-2 waits",
      [rec("a.txt:1", .debt, "C-1", "2024-03-01", "500"), rec("b.txt:1", .debt, "C-2", "2024-03-01", "70")],
      [ReviewItem(id: "R-00000000000a", type: .customerMerge, sources: [sourceRef("b.txt:1")], detail: [])],
      ["C-1": [], "C-2": ["R-00000000000a"]]
    ),
    (
      "a candidate the question does not list but may mean (affects) waits too; others do not",
      [rec("a.txt:1", .debt, "C-1", "2024-03-01", "500"), rec("a.txt:2", .debt, "C-2", "2024-03-01", "70"),
       rec("a.txt:3", .debt, "C-3", "2024-03-01", "90")],
      [ReviewItem(
        id: "R-00000000000b", type: .customerMerge, sources: [sourceRef("a.txt:1")], detail: [],
        affects: [sourceRef("a.txt:2")])],
      ["C-1": ["R-00000000000b"], "C-2": ["R-00000000000b"], "C-3": []]
    ),
    (
      "a duplicate question of this stage (6 days apart) makes both customers' records wait",
      [rec("a.txt:1", .debt, "C-1", "2024-03-01", "800"), rec("b.txt:2", .debt, "C-1", "2024-03-07", "800"),
       rec("c.txt:1", .debt, "C-3", "2024-03-01", "90")],
      [],
      ["C-1": [ReviewItem.makeID(type: .duplicate, subject: ["a.txt:1", "b.txt:2"])], "C-3": []]
    ),
    (
      "a conflict is not a wait (its money is out, the unresolved column says so)",
      [rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"), rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "530"),
       rec("iou.txt:2", .debt, "C-1", "2024-04-01", "100")],
      [],
      ["C-1": []]
    ),
  ]

  @Test(arguments: provisionalCases.indices)
  func balancesThatWaitOnAQuestionSaySo(_ k: Int) throws {
    let (label, records, questions, want) = Self.provisionalCases[k]
    let result = reconcile(records, openQuestions: questions)
    for (customer, ids) in want {
      let row = try #require(result.row(customer), "\(label): \(customer)")
      let note = row.notes.first { $0.code == ReconcileMessage.balanceAwaitsAnswers.code }
      if ids.isEmpty {
        #expect(note == nil, "\(label): \(customer)")
      } else {
        #expect(note?.args == [String(ids.count), Note.list(ids)], "\(label): \(customer)")
      }
    }
  }

  /// A rejected line is quoted in its question; a very long one is cut after 200 characters
  /// (a line of 300,000 quotes made a 600 KB review.csv).
  @Test(arguments: [("李四 三千多", "李四 三千多"), (String(repeating: "\"", count: 300), String(repeating: "\"", count: 200) + " … +100")])
  func aRejectedLineIsQuotedShortly(_ raw: String, _ quoted: String) throws {
    let result = reconcile([rec("iou.txt:1", .rejected, "", nil, "0", raw: raw)])
    let review = try #require(result.reviews.first)
    #expect(review.detail.first { $0.code == ReconcileMessage.rejectedRaw.code }?.args == [quoted])
  }

  /// A payment written on a debt's line that is no credit (0, or negative: red ink) trapped the
  /// whole run; it is counted as what it is, and a real one still pays its own debt first.
  /// (paid on the line, a later payment of 100 or none, balance, oldest open date): the later
  /// payment pays the oldest debt, never the line's own.
  @Test(arguments: [
    ("0", true, "300", "2024-03-05"), ("-50", true, "350", "2024-03-05"), ("50", true, "250", "2024-03-05"),
    ("0", false, "400", "2024-02-01"), ("-50", false, "450", "2024-02-01"),
  ])
  func aPaymentOnADebtsLineOfAnyAmount(_ paid: String, _ later: Bool, _ balance: String, _ oldest: String) throws {
    var records = [
      rec("s.csv:1", .debt, "C-1", "2024-02-01", "100"),
      rec("s.csv:2", .debt, "C-1", "2024-03-05", "300", part: 0),
      rec("s.csv:2", .payment, "C-1", "2024-03-05", paid, part: 1),
    ]
    if later { records.append(rec("s.csv:3", .payment, "C-1", "2024-04-01", "100")) }
    let result = reconcile(records)
    #expect(result.row("C-1")?.balance == money(balance))
    #expect(result.row("C-1")?.oldestOpenDate?.iso == oldest)
    #expect(result.balanced)
  }

  @Test func paymentsWhileTheDebtsAreHeldAreNotAnOverpayment() throws {
    let result = reconcile([
      rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
      rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "530"),
      rec("sheet.csv:3", .payment, "C-1", "2024-04-01", "200"),
    ])
    let row = try #require(result.row("C-1"))
    #expect(row.balance == money("-200"))
    #expect(row.unresolved == 1)
    #expect(row.notes.codes == ["credit-while-debts-held", "ledger-conflicts-left-out"])
    #expect(result.record("sheet.csv:3")?.notes.codes == ["credit-while-debts-held"])
  }

  /// A balance with conflicts left out names them (c18): without the note it looked final.
  static let leftOutCases: [(String, [Record], [String: Int])] = [
    (
      "a debt held in a conflict beside a counted one",
      [rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350"), rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "530"),
       rec("iou.txt:2", .debt, "C-1", "2024-04-01", "800"), rec("iou.txt:3", .debt, "C-2", "2024-04-01", "90")],
      ["C-1": 1, "C-2": 0]
    ),
    (
      "a payment held in a conflict changes the balance too",
      [rec("iou.txt:1", .payment, "C-1", "2024-03-05", "350"), rec("sheet.csv:2", .payment, "C-1", "2024-03-05", "530"),
       rec("iou.txt:2", .debt, "C-1", "2024-01-01", "800")],
      ["C-1": 1]
    ),
    (
      "two conflicts, both named",
      [rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350"), rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "530"),
       rec("iou.txt:2", .debt, "C-1", "2024-05-06", "1200"), rec("sheet.csv:3", .debt, "C-1", "2024-05-06", "120"),
       rec("iou.txt:3", .debt, "C-1", "2024-06-01", "100")],
      ["C-1": 2]
    ),
  ]

  @Test(arguments: leftOutCases.indices) func balancesNameTheConflictsLeftOut(_ k: Int) throws {
    let (label, records, want) = Self.leftOutCases[k]
    let result = reconcile(records)
    for (customer, count) in want {
      let row = try #require(result.row(customer), "\(label): \(customer)")
      #expect(row.unresolved == count, "\(label): \(customer)")
      let note = row.notes.first { $0.code == "ledger-conflicts-left-out" }
      if count == 0 {
        #expect(note == nil, "\(label): \(customer)")
      } else {
        let ids = result.reviews(.conflict).map(\.id).sorted()
        #expect(note?.args == [String(count), Note.list(ids)], "\(label): \(customer)")
        #expect(note?.description.contains(ids[0]) == true, "\(label)")
      }
    }
  }

  @Test func paymentsGoToTheOldestDebtFirst() throws {
    let result = reconcile([
      rec("s.csv:1", .debt, "C-1", "2024-03-01", "500"),
      rec("s.csv:2", .debt, "C-1", "2024-05-01", "300"),
      rec("s.csv:3", .debt, "C-1", "2024-06-01", "200"),
      rec("s.csv:4", .payment, "C-1", "2024-07-01", "600"),
    ])
    let row = try #require(result.row("C-1"))
    #expect(row.balance == money("400"))
    #expect(row.openItems == 2)
    #expect(row.oldestOpenDate?.iso == "2024-05-01")
    #expect(row.openSources.map(\.description) == ["s.csv:2", "s.csv:3"])
    #expect(row.lastPaymentDate?.iso == "2024-07-01")
  }

  @Test func aPaymentOnTheSameRecordPaysThatDebt() throws {
    // `已还300` inside the IOU line of 2024-06-01 pays that IOU, not the older debt.
    let result = reconcile([
      rec("iou.txt:1", .debt, "C-1", "2024-03-01", "500"),
      rec("iou.txt:2", .debt, "C-1", "2024-06-01", "300"),
      rec("iou.txt:2", .payment, "C-1", "2024-06-01", "300", part: 1),
    ])
    let row = try #require(result.row("C-1"))
    #expect(row.balance == money("500"))
    #expect(row.openSources.map(\.description) == ["iou.txt:1"])
    #expect(row.oldestOpenDate?.iso == "2024-03-01")
  }

  @Test func recordsAfterTheCutOffAreReportedNotCounted() throws {
    let result = reconcile(
      [
        rec("s.csv:1", .debt, "C-1", "2024-12-01", "500"),
        rec("s.csv:2", .debt, "C-1", "2025-02-01", "300"),
        rec("s.csv:3", .payment, "C-1", "2025-02-02", "500"),
      ], asOf: "2025-01-31")
    #expect(result.row("C-1")?.balance == money("500"))
    #expect(result.row("C-1")?.lastPaymentDate == nil)
    #expect(result.status("s.csv:2") == .ok)
    #expect(result.record("s.csv:2")?.notes.codes == ["after-as-of"])
    #expect(result.counts.afterAsOf == 2)
    #expect(result.money.afterAsOf == money("800"))
    #expect(result.balanced)
  }

  @Test func noDueDateTakesTheCautiousReading() throws {
    let result = reconcile(
      [rec("iou.txt:1", .debt, "C-1", "2022-06-15", "900")], asOf: "2025-01-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2025-06-15")
    #expect(s.reasons.codes.contains("stale-no-due-date"))
    #expect(s.reasons.first?.code == "stale-deadline-soon")
  }

  static let noDueDateCases: [(source: String, reason: String)] = [
    ("iou.txt:1", "stale-no-due-date"),
    ("sheet.csv:1", "stale-no-agreed-date"),
  ]

  /// "The IOU gives no repayment date" is said of IOUs only; a sheet row has no agreed date.
  @Test(arguments: noDueDateCases) func noDueDateIsWordedForItsSource(_ c: (source: String, reason: String)) throws {
    let result = reconcile([rec(c.source, .debt, "C-1", "2022-06-15", "900")], asOf: "2025-01-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.reasons.codes.contains(c.reason))
    #expect(s.reasons.codes.filter { $0.hasPrefix("stale-no-") }.count == 1)
  }

  @Test func aDueDateStartsTheClock() throws {
    let result = reconcile(
      [rec("iou.txt:1", .debt, "C-1", "2022-06-15", "900", due: "2022-12-31")], asOf: "2025-01-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2025-12-31")
    #expect(!s.reasons.codes.contains("stale-no-due-date"))
  }

  @Test func aLaterPaymentRestartsTheClock() throws {
    let result = reconcile(
      [
        rec("iou.txt:1", .debt, "C-1", "2021-06-15", "900"),
        rec("iou.txt:2", .debt, "C-1", "2021-07-15", "900"),
        // Applied oldest first, it reaches both debts: both restart.
        rec("s.csv:9", .payment, "C-1", "2023-03-01", "1000"),
      ], asOf: "2025-01-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2026-03-01")
    #expect(s.reasons.codes.contains("stale-restarted-by"))
    #expect(s.oldestOpenDate?.iso == "2021-07-15")
  }

  @Test func anOldDebtFallsUnderTheTwoYearLaw() throws {
    let result = reconcile(
      [rec("iou.txt:1", .debt, "C-1", "2015-01-10", "900", due: "2015-06-30")], asOf: "2025-01-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.limitationDeadline?.iso == "2017-06-30")
    #expect(s.reasons.codes.contains("stale-old-two-year-law"))
    #expect(s.reasons.first?.code == "stale-deadline-passed")
  }

  @Test func deadlinesWithinHalfAYearRankFirstAndPastOnesLast() throws {
    let result = reconcile(
      [
        rec("iou.txt:1", .debt, "C-big", "2024-10-01", "90000"),
        rec("iou.txt:2", .debt, "C-soon", "2022-03-01", "50"),
        rec("iou.txt:3", .debt, "C-past", "2020-01-01", "90000"),
        rec("iou.txt:4", .debt, "C-small", "2024-12-01", "50"),
      ], asOf: "2025-01-31")
    #expect(result.stale.map(\.customerID) == ["C-soon", "C-big", "C-small", "C-past"])
    #expect(result.stale.map(\.rank) == [1, 2, 3, 4])
  }

  @Test func undatedOpenDebtsAreSaidToBeUndated() throws {
    let result = reconcile([rec("iou.txt:1", .debt, "C-1", nil, "900")], asOf: "2025-01-31")
    let s = try #require(result.staleRow("C-1"))
    #expect(s.ageDays == nil && s.bucket == nil && s.limitationDeadline == nil)
    #expect(s.reasons.codes.contains("stale-undated"))
  }

  static let carriedForwardCases:
    [(name: String, records: [Record], status: RecordStatus, kind: RecordKind, note: String, balance: String?, reviews: Int)] = [
      (
        "no earlier records: the opening debt",
        [
          rec("b.csv:2", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "1500"),
          rec("b.csv:3", .debt, "C-1", "2024-02-01", "500"),
        ], .ok, .debt, "carried-forward-opening", "2000.00", 0
      ),
      (
        "no earlier records, no customer on the row: the file's only customer",
        [
          rec("b.csv:2", .skipped, "", nil, "0", check: .carriedForward, checkAmount: "1500"),
          rec("b.csv:3", .debt, "C-1", "2024-02-01", "500"),
        ], .ok, .debt, "carried-forward-opening", "2000.00", 0
      ),
      (
        "a negative figure is an opening credit",
        [
          rec("b.csv:2", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "-200"),
          rec("b.csv:3", .debt, "C-1", "2024-02-01", "500"),
        ], .ok, .payment, "carried-forward-opening-credit", "300.00", 0
      ),
      (
        "earlier records agree",
        [
          rec("a.txt:1", .debt, "C-1", "2023-05-01", "1000"),
          rec("a.txt:2", .debt, "C-1", "2023-06-01", "700"),
          rec("a.txt:3", .payment, "C-1", "2023-08-01", "200"),
          rec("b.csv:2", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "1500"),
          rec("b.csv:3", .debt, "C-1", "2024-02-01", "500"),
        ], .skipped, .skipped, "carried-forward-agrees", "2000.00", 0
      ),
      (
        "earlier records disagree: a question that says by how much",
        [
          rec("a.txt:1", .debt, "C-1", "2023-05-01", "1000"),
          rec("b.csv:2", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "1500"),
        ], .skipped, .skipped, "carried-forward-differs", "1000.00", 1
      ),
      (
        "several customers in the file, the row names one as written",
        [
          {
            var r = rec("b.csv:2", .skipped, "", nil, "0", check: .carriedForward, checkAmount: "1500")
            r.name = "老张"
            return r
          }(),
          {
            var r = rec("b.csv:3", .debt, "C-1", "2024-02-01", "500")
            r.name = "老张"
            return r
          }(),
          rec("b.csv:4", .debt, "C-2", "2024-02-01", "500"),
        ], .ok, .debt, "carried-forward-opening", "2000.00", 0
      ),
      (
        "several customers in the file and none on the row: a question",
        [
          rec("b.csv:2", .skipped, "", nil, "0", check: .carriedForward, checkAmount: "1500"),
          rec("b.csv:3", .debt, "C-1", "2024-02-01", "500"),
          rec("b.csv:4", .debt, "C-2", "2024-02-01", "500"),
        ], .skipped, .skipped, "carried-forward-no-customer", "500.00", 1
      ),
    ]

  @Test(arguments: carriedForwardCases.indices) func checksCarriedForwardRows(_ k: Int) throws {
    let c = Self.carriedForwardCases[k]
    let result = reconcile(c.records)
    let row = try #require(result.record("b.csv:2"))
    #expect(row.status == c.status, "\(c.name)")
    #expect(row.kind == c.kind, "\(c.name)")
    #expect(row.notes.codes.contains(c.note), "\(c.name)")
    #expect(result.row("C-1")?.balance.yuanString == c.balance, "\(c.name)")
    #expect(result.reviews.count == c.reviews, "\(c.name)")
    #expect(result.balanced, "\(c.name)")
    // And running again on the output changes nothing.
    #expect(reconcile(result.records).records == result.records, "\(c.name)")
  }

  @Test func anEarlierCarriedForwardRowThatBecameTheOpeningDebtCountsInLaterChecks() throws {
    // b.csv:4 (2023) has nothing before it: it becomes the opening debt, and the 2024 statement
    // a.csv:5 is checked against it too (1200 + 350), though a.csv sorts first.
    let result = reconcile([
      rec("a.csv:5", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "1500"),
      rec("b.csv:4", .skipped, "C-1", "2023-01-01", "0", check: .carriedForward, checkAmount: "1200"),
      rec("b.csv:5", .debt, "C-1", "2023-01-05", "350"),
    ])
    #expect(result.record("b.csv:4")?.kind == .debt)
    let note = try #require(result.record("a.csv:5")?.notes.first)
    #expect(note.code == "carried-forward-differs")
    #expect(note.args.prefix(3) == ["1500.00", "1550.00", "-50.00"])
    // The review item's own text does not send the reader to itself.
    let item = try #require(result.reviews.first)
    #expect(item.detail.codes == ["carried-forward-differs-detail"])
    #expect(!item.detail.contains { $0.args.contains(item.id) })
    #expect(reconcile(result.records).records == result.records)
  }

  static func named(_ r: Record, _ name: String) -> Record {
    var r = r
    r.name = name
    return r
  }

  /// `李四 还欠 800`: the read stage gives a skipped record with the stated balance.
  static func statement(_ src: String, _ date: String?, _ figure: String, name: String = "李四") -> Record {
    named(rec(src, .skipped, "", date, "0", check: .runningBalance, checkAmount: figure), name)
  }

  static let balanceStatementCases:
    [(name: String, records: [Record], kind: RecordKind, note: String, balance: String?, detail: [String]?)] = [
      (
        "agrees with the records up to that day: only a note",
        [
          named(rec("s.txt:1", .debt, "C-1", "2024-03-01", "500"), "李四"),
          named(rec("s.txt:2", .payment, "C-1", "2024-03-05", "200"), "李四"),
          statement("s.txt:3", "2024-03-06", "300"),
        ], .skipped, "balance-statement-agrees", "300.00", nil
      ),
      (
        "disagrees: a question that says by how much, no new debt",
        [
          named(rec("s.txt:1", .debt, "C-1", "2024-03-01", "500"), "李四"),
          named(rec("s.txt:2", .payment, "C-1", "2024-03-05", "200"), "李四"),
          statement("s.txt:3", "2024-03-06", "800"),
        ], .skipped, "balance-statement-differs", "300.00", ["800.00", "300.00", "500.00"]
      ),
      (
        "another book's records up to the same day count, later ones do not",
        [
          named(rec("s.txt:1", .debt, "C-1", "2024-03-01", "500"), "李四"),
          named(rec("t.csv:2", .debt, "C-1", "2024-03-06", "100"), "李四"),
          named(rec("t.csv:3", .debt, "C-1", "2024-03-07", "40"), "李四"),
          statement("s.txt:3", "2024-03-06", "600"),
        ], .skipped, "balance-statement-agrees", "640.00", nil
      ),
      (
        "undated: the last date above it in its file",
        [
          named(rec("s.txt:1", .debt, "C-1", "2024-03-01", "500"), "李四"),
          named(rec("t.csv:2", .debt, "C-1", "2024-02-06", "100"), "李四"),
          statement("s.txt:3", nil, "600"),
        ], .skipped, "balance-statement-agrees", "600.00", nil
      ),
      (
        "nothing earlier among the inputs: the stated balance is the debt",
        [
          statement("s.txt:3", "2024-03-06", "800"),
          named(rec("s.txt:4", .debt, "C-1", "2024-03-09", "50"), "李四"),
        ], .debt, "balance-statement-opening", "850.00", nil
      ),
    ]

  @Test func anUndatedStatementAtTheTopOfItsBookIsAQuestion() throws {
    let result = reconcile([
      Self.statement("s.txt:3", nil, "800"),
      Self.named(rec("t.csv:2", .debt, "C-1", "2024-02-06", "100"), "李四"),
    ])
    #expect(result.record("s.txt:3")?.kind == .skipped)
    #expect(result.record("s.txt:3")?.notes.codes == ["balance-statement-undated"])
    #expect(result.row("C-1")?.balance == money("100"))
    #expect(result.reviews.map(\.type) == [.conflict])
  }

  @Test(arguments: balanceStatementCases.indices) func checksBalanceStatements(_ k: Int) throws {
    let c = Self.balanceStatementCases[k]
    let result = reconcile(c.records)
    let row = try #require(result.record("s.txt:3"))
    #expect(row.kind == c.kind, "\(c.name)")
    #expect(row.notes.codes.contains(c.note), "\(c.name)")
    #expect(result.row("C-1")?.balance.yuanString == c.balance, "\(c.name)")
    if let args = c.detail {
      let item = try #require(result.reviews.first, "\(c.name)")
      #expect(result.reviews.count == 1, "\(c.name)")
      #expect(item.type == .conflict, "\(c.name)")
      #expect(item.detail.first?.code == "balance-statement-differs-detail", "\(c.name)")
      #expect(item.detail.first?.args == args, "\(c.name)")
      #expect(item.sources.map(\.description) == ["s.txt:3"], "\(c.name)")
    } else {
      #expect(result.reviews.isEmpty, "\(c.name)")
    }
    #expect(result.balanced, "\(c.name)")
    #expect(reconcile(result.records).records == result.records, "\(c.name)")
  }

  @Test func differingCarriedForwardSaysByHowMuch() throws {
    let result = reconcile([
      rec("a.txt:1", .debt, "C-1", "2023-05-01", "1000"),
      rec("b.csv:2", .skipped, "C-1", "2024-01-01", "0", check: .carriedForward, checkAmount: "1500"),
    ])
    let note = try #require(result.record("b.csv:2")?.notes.first)
    #expect(note.args.prefix(3) == ["1500.00", "1000.00", "500.00"])
    let id = ReviewItem.makeID(type: .conflict, subject: ["b.csv:2"])
    #expect(result.reviews.first?.id == id)
    // `ignore` closes it.
    #expect(reconcile(result.records, decisions: "\(id) ignore").reviews.isEmpty)
  }

  @Test func totalsThatDisagreeAreQuestions() throws {
    let rows = [
      rec("s.csv:2", .debt, "C-1", "2024-01-01", "100"),
      rec("s.csv:3", .debt, "C-2", "2024-01-02", "250"),
      rec("s.csv:4", .skipped, "", nil, "0", check: .total, checkAmount: "350"),
      rec("s.csv:5", .debt, "C-1", "2024-02-01", "100"),
      rec("s.csv:6", .skipped, "", nil, "0", check: .total, checkAmount: "460"),
    ]
    let result = reconcile(rows)
    #expect(result.record("s.csv:4")?.notes.isEmpty == true)
    let note = try #require(result.record("s.csv:6")?.notes.first)
    #expect(note.code == "total-differs")
    #expect(note.args.prefix(3) == ["460.00", "450.00", "10.00"])
    #expect(result.reviews.map(\.type) == [.conflict])
    #expect(result.status("s.csv:6") == .skipped)
  }

  /// A total off by one row's misreading says which row to check first. Rows: the figures
  /// above the total, the total, and the expected suggestions (code, row, as written, as it
  /// would have to be).
  static let suspectRows: [(name: String, rows: [String], total: String, expected: [[String]])] = [
    ("two digits swapped (450 for 540)", ["350", "370", "450"], "1260", [["total-row-swapped", "s.csv:4", "450.00", "540.00"]]),
    ("a zero left out (250 for 2500)", ["100", "250"], "2600", [["total-row-zero", "s.csv:3", "250.00", "2500.00"]]),
    ("a zero too many (1200 for 120)", ["100", "1200"], "220", [["total-row-zero", "s.csv:3", "1200.00", "120.00"]]),
    ("a gap no single misreading explains", ["100", "250"], "360", []),
    ("fen swapped (12.35 for 12.53)", ["10", "12.35"], "22.53", [["total-row-swapped", "s.csv:3", "12.35", "12.53"]]),
    ("two rows could be it: both named", ["450", "450"], "990", [
      ["total-row-swapped", "s.csv:2", "450.00", "540.00"], ["total-row-swapped", "s.csv:3", "450.00", "540.00"],
    ]),
  ]

  @Test(arguments: suspectRows.indices) func aTotalOffByOneMisreadingNamesTheRow(_ k: Int) throws {
    let c = Self.suspectRows[k]
    var rows = c.rows.enumerated().map { rec("s.csv:\($0.offset + 2)", .debt, "C-1", "2024-01-0\($0.offset + 1)", $0.element) }
    let totalAt = "s.csv:\(c.rows.count + 2)"
    rows.append(rec(totalAt, .skipped, "", nil, "0", check: .total, checkAmount: c.total))
    let result = reconcile(rows)
    let item = try #require(result.reviews.first, "\(c.name)")
    let suspects = item.suggestion.filter { $0.code.hasPrefix("total-row-") }
    #expect(suspects.map { [$0.code] + $0.args } == c.expected, "\(c.name)")
    #expect(item.suggestion.last?.code == "check-how-to", "\(c.name)")
    #expect(Set(item.sources.map(\.description)) == Set([totalAt] + c.expected.map { $0[1] }), "\(c.name)")
    // A suggestion only: no figure changes.
    #expect(result.records.filter { $0.kind == .debt }.map(\.amount.yuanString) == rows.dropLast().map(\.amount.yuanString))
  }

  /// An undated IOU counted for a dated sheet row of the same entry takes the row's date:
  /// (dated copy's date, cut-off) → the ledger's balance and oldest date, the stale deadline.
  static let undatedCounted: [(name: String, sheetDate: String, asOf: String, balance: String?, oldest: String?, deadline: String?)] = [
    ("the copy's date gives age and deadline", "2024-03-05", "2024-12-31", "350.00", "2024-03-05", "2027-03-05"),
    ("a copy dated after the cut-off: the entry is after it", "2025-02-01", "2024-12-31", nil, nil, nil),
  ]

  @Test(arguments: undatedCounted.indices) func anUndatedCopyCountedTakesTheDateOfItsTwin(_ k: Int) throws {
    let c = Self.undatedCounted[k]
    let result = reconcile(
      [
        rec("iou.txt:1", .debt, "C-1", nil, "350", goods: "水泥"),
        rec("s.csv:2", .debt, "C-1", c.sheetDate, "350", goods: "水泥"),
      ], asOf: c.asOf)
    #expect(result.status("iou.txt:1") == .ok, "\(c.name)")
    #expect(result.status("s.csv:2") == .duplicate, "\(c.name)")
    #expect(result.record("iou.txt:1")?.notes.contains { $0.code == "duplicate-date-from-copy" } == true, "\(c.name)")
    #expect(result.row("C-1")?.balance.yuanString == c.balance, "\(c.name)")
    #expect(result.row("C-1")?.oldestOpenDate?.iso == c.oldest, "\(c.name)")
    #expect(result.staleRow("C-1")?.limitationDeadline?.iso == c.deadline, "\(c.name)")
    #expect(result.balanced, "\(c.name)")
  }

  /// A payment that names goods pays the oldest open debt of those goods first. Debts:
  /// a.txt:1 2024-01-01 水泥 500, a.txt:2 2024-02-01 钢筋 300 (a.txt:3 2024-04-01 钢筋 100 when
  /// `later`); the payment a.txt:9 → open sources, balance, whether it says it named a debt.
  static let namedPayments: [(name: String, date: String, goods: String, amount: String, later: Bool, open: [String], balance: String, named: Bool)] = [
    ("还钢筋款: the 钢筋 debt, not the older 水泥", "2024-03-01", "钢筋款", "300", false, ["a.txt:1"], "500.00", true),
    ("more than the named debt: the rest oldest first", "2024-03-01", "钢筋", "500", false, ["a.txt:1"], "300.00", true),
    ("generic words name nothing: oldest first", "2024-03-01", "货款", "300", false, ["a.txt:1", "a.txt:2"], "500.00", false),
    ("one character names too much", "2024-03-01", "水", "300", false, ["a.txt:1", "a.txt:2"], "500.00", false),
    ("goods no debt has: oldest first", "2024-03-01", "电线", "300", false, ["a.txt:1", "a.txt:2"], "500.00", false),
    ("a debt of those goods only after the payment: not named", "2024-01-15", "钢筋款", "300", false, ["a.txt:1", "a.txt:2"], "500.00", false),
    ("two debts of those goods: the oldest", "2024-05-01", "钢筋款", "300", true, ["a.txt:1", "a.txt:3"], "600.00", true),
  ]

  @Test(arguments: namedPayments.indices) func aPaymentThatNamesGoodsPaysThatDebtFirst(_ k: Int) throws {
    let c = Self.namedPayments[k]
    var rows = [
      rec("a.txt:1", .debt, "C-1", "2024-01-01", "500", goods: "水泥"),
      rec("a.txt:2", .debt, "C-1", "2024-02-01", "300", goods: "钢筋"),
      rec("a.txt:9", .payment, "C-1", c.date, c.amount, goods: c.goods),
    ]
    if c.later { rows.append(rec("a.txt:3", .debt, "C-1", "2024-04-01", "100", goods: "钢筋")) }
    let result = reconcile(rows, asOf: "2024-12-31")
    let row = try #require(result.row("C-1"), "\(c.name)")
    #expect(row.openSources.map(\.description) == c.open, "\(c.name)")
    #expect(row.balance.yuanString == c.balance, "\(c.name)")
    #expect(result.record("a.txt:9")?.notes.contains { $0.code == "payment-names-debt" } == c.named, "\(c.name)")
    #expect(result.balanced, "\(c.name)")
  }

  /// The words for money taken off a payment's goods come from the options (mappings/
  /// reconcile.json `paymentMoneyWords`): with 费 among them, 还安装费 names the 安装 debt.
  @Test(arguments: [(["款", "钱", "账"], ["a.txt:1", "a.txt:2"]), (["款", "费"], ["a.txt:1"])])
  func theMoneyWordsOfAPaymentAreMappings(_ c: ([String], [String])) throws {
    let rows = [
      rec("a.txt:1", .debt, "C-1", "2024-01-01", "500", goods: "水泥"),
      rec("a.txt:2", .debt, "C-1", "2024-02-01", "300", goods: "安装"),
      rec("a.txt:9", .payment, "C-1", "2024-03-01", "300", goods: "安装费"),
    ]
    let options = ReconcileOptions(asOf: try #require(Day(iso: "2024-12-31")), paymentMoneyWords: c.0)
    let result = Reconciler.run(rows, options: options)
    #expect(result.ledger.first?.openSources.map(\.description) == c.1)
  }

  @Test func theReadStagesVerdictOnATotalIsTaken() throws {
    struct ReadNote: Message {
      var code: String
      var zh: String { "合计不符 {0}" }
      var en: String { "total differs {0}" }
    }
    var checked = rec("s.csv:4", .skipped, "", nil, "0", check: .total, checkAmount: "999")
    checked.notes = [Note(ReadNote(code: "total-row"), "合计")]
    var mismatch = rec("s.csv:6", .skipped, "", nil, "0", check: .total, checkAmount: "100")
    mismatch.notes = [Note(ReadNote(code: "total-row"), "合计"), Note(ReadNote(code: "total-mismatch"), "x")]
    let result = reconcile([
      rec("s.csv:2", .debt, "C-1", "2024-01-01", "100"), checked,
      rec("s.csv:5", .debt, "C-1", "2024-02-01", "100"), mismatch,
    ])
    // The read stage knew better about s.csv:4 (e.g. a column this stage does not see).
    #expect(result.record("s.csv:4")?.notes.count == 1)
    let item = try #require(result.reviews.first)
    #expect(result.reviews.count == 1)
    #expect(item.sources.map(\.description) == ["s.csv:6"])
    #expect(item.detail.codes == ["total-mismatch"])
    #expect(result.record("s.csv:6")?.notes.codes == ["total-row", "total-mismatch", "check-see-review"])
    #expect(reconcile(result.records).records == result.records)
  }

  @Test func goldenBook() throws {
    let folder = fixturesFolder().appendingPathComponent("shop-2024")
    let rows = try readTable(folder.appendingPathComponent("records.csv"))
    let result = reconcile(fixtureRecords(rows), asOf: "2025-01-31")

    var labels: [String: String] = [:]
    for row in rows {
      let src = row["source"] ?? ""
      let r = try #require(result.record(src))
      #expect(r.status.rawValue == row["expect_status"], "\(src)")
      #expect((r.duplicateOf?.description ?? "") == row["expect_duplicate_of"], "\(src)")
      if let label = row["expect_conflict"], !label.isEmpty {
        if let id = labels[label] { #expect(r.conflictID == id, "\(src)") } else { labels[label] = r.conflictID }
        #expect(r.conflictID.hasPrefix("K-"), "\(src)")
      } else {
        #expect(r.conflictID.isEmpty, "\(src)")
      }
    }

    let ledger = try readTable(folder.appendingPathComponent("ledger.csv"))
    #expect(result.ledger.count == ledger.count)
    for (got, want) in zip(result.ledger, ledger) {
      #expect(got.customerID == want["customer_id"])
      #expect(got.name == want["name"])
      #expect(got.balance.yuanString == want["opening_balance"], "\(got.customerID)")
      #expect(String(got.openItems) == want["open_items"], "\(got.customerID)")
      #expect((got.oldestOpenDate?.iso ?? "") == want["oldest_open_date"], "\(got.customerID)")
      #expect((got.lastPaymentDate?.iso ?? "") == want["last_payment_date"], "\(got.customerID)")
      #expect(String(got.unresolved) == want["unresolved"], "\(got.customerID)")
    }

    let stale = try readTable(folder.appendingPathComponent("stale.csv"))
    #expect(result.stale.count == stale.count)
    for (got, want) in zip(result.stale, stale) {
      #expect(String(got.rank) == want["rank"])
      #expect(got.customerID == want["customer_id"], "rank \(got.rank)")
      #expect(got.amount.yuanString == want["amount"], "\(got.customerID)")
      #expect((got.oldestOpenDate?.iso ?? "") == want["oldest_open_date"], "\(got.customerID)")
      #expect(got.ageDays.map { String($0) } == want["age_days"], "\(got.customerID)")
      #expect(got.bucket?.rawValue == want["bucket"], "\(got.customerID)")
      #expect((got.limitationDeadline?.iso ?? "") == want["limitation_deadline"], "\(got.customerID)")
      #expect(String(got.score) == want["score"], "\(got.customerID)")
    }

    #expect(result.reviews.map(\.type.rawValue).sorted() == ["conflict", "duplicate", "rejected"])
    #expect(result.totalOutstanding == money("7900"))
    #expect(result.balanced)
    #expect(result.counts.records == rows.count)
    #expect(result.counts.duplicates == 1 && result.counts.conflicts == 2 && result.counts.rejected == 1)
    #expect(result.counts.customers == 7)
  }
}

@Suite struct RenderingTests {
  /// English templates use English punctuation; both languages have the same placeholders.
  @Test(arguments: ReconcileMessage.allCases) func templatesFitTheirLanguage(_ m: ReconcileMessage) {
    #expect(!m.en.contains("、"), "\(m.code)")
    #expect(!m.en.contains("：") && !m.en.contains("，") && !m.en.contains("；"), "\(m.code)")
    func slots(_ s: String) -> [String] {
      s.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap {
        $0.split(separator: "}").first.map { String($0.prefix { $0 != "|" }) }
      }.sorted()
    }
    #expect(slots(m.zh) == slots(m.en), "\(m.code)")
  }

  /// Every note, review text and reason of a busy book renders with all its arguments, in
  /// both languages (a missing argument would leave `{n}` in the text).
  @Test(arguments: [Language.zh, .en]) func everyTextIsFilledIn(_ language: Language) throws {
    let folder = fixturesFolder().appendingPathComponent("shop-2024")
    var records = fixtureRecords(try readTable(folder.appendingPathComponent("records.csv")))
    records += randomBook(seed: 5)
    let result = reconcile(records, asOf: "2025-01-31")
    var texts: [String] = []
    texts += result.records.map { $0.notes.render(language) }
    texts += result.reviews.map { $0.detail.render(language) + " / " + $0.suggestion.render(language) }
    texts += result.stale.map { $0.reasons.render(language) }
    texts += result.ledger.map { $0.notes.render(language) }
    for t in texts { #expect(!t.contains("{"), "\(t)") }
    // Chinese list punctuation stays out of English texts.
    if language == .en { for t in texts { #expect(!t.contains("、"), "\(t)") } }
    if ProcessInfo.processInfo.environment["QZ_SHOW"] != nil {
      for r in result.reviews.prefix(12) {
        print(r.id, r.type.rawValue, r.sources.map(\.description).joined(separator: "|"))
        print("   ", r.detail.render(language))
        print("   ", r.suggestion.render(language))
      }
      for s in result.stale.prefix(8) {
        print(s.rank, s.customerID, s.amount, s.score, s.reasons.render(language))
      }
      for r in result.records.prefix(20) where !r.notes.isEmpty {
        print(r.source, r.status.rawValue, r.notes.render(language))
      }
    }
  }
}
