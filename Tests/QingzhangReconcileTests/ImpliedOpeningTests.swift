import Foundation
import QingzhangModel
import Testing

@testable import QingzhangReconcile

/// The opening balance a sheet's running 余额 implies (`水泥,350,,1350` as the customer's first
/// row: 1000.00 owed before it), as the sheet reader gives it: a carried-forward check on part 0
/// of that line, the row's own movement on part 1. Reconcile must take part 0 as coming before
/// part 1, so that the row's own debt is not one of the "earlier records" it is compared with.
@Suite struct ImpliedOpeningTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var earlier: [Record]
    var opening: String
    var kind: RecordKind
    var note: String
    var balance: String
    var reviews: Int
    var testDescription: String { name }
  }

  static func statement(opening: String, debt: String = "350") -> [Record] {
    [
      rec("s.csv:2", .skipped, "C-1", "2024-03-01", "0", check: .carriedForward, checkAmount: opening),
      rec("s.csv:2", .debt, "C-1", "2024-03-01", debt, part: 1, check: .runningBalance, checkAmount: "1350"),
      rec("s.csv:3", .payment, "C-1", "2024-03-05", "200", check: .runningBalance, checkAmount: "1150"),
    ]
  }

  static let cases: [Case] = [
    .init(
      name: "no earlier records: the implied figure is the opening debt, the row's own debt not among them",
      earlier: [], opening: "1000", kind: .debt, note: "carried-forward-opening", balance: "1150.00", reviews: 0),
    .init(
      name: "an IOU list holds the earlier debts and agrees",
      earlier: [rec("a.txt:1", .debt, "C-1", "2023-11-05", "600"), rec("a.txt:2", .debt, "C-1", "2024-02-01", "400")],
      opening: "1000", kind: .skipped, note: "carried-forward-agrees", balance: "1150.00", reviews: 0),
    .init(
      name: "an IOU list holds earlier debts that disagree: a question, no amount changed",
      earlier: [rec("a.txt:1", .debt, "C-1", "2023-11-05", "800")],
      opening: "1000", kind: .skipped, note: "carried-forward-differs", balance: "950.00", reviews: 1),
    .init(
      name: "a negative implied figure is an opening credit",
      earlier: [], opening: "-300", kind: .payment, note: "carried-forward-opening-credit", balance: "-150.00", reviews: 0),
  ]

  @Test(arguments: cases) func theImpliedOpeningIsCheckedLikeACarriedForwardRow(_ c: Case) throws {
    let result = reconcile(c.earlier + Self.statement(opening: c.opening))
    let row = try #require(result.record("s.csv:2", part: 0))
    #expect(row.kind == c.kind)
    #expect(row.notes.codes.contains(c.note))
    #expect(result.record("s.csv:2", part: 1)?.kind == .debt)
    #expect(result.row("C-1")?.balance.yuanString == c.balance)
    #expect(result.reviews.count == c.reviews)
    #expect(result.balanced)
    #expect(reconcile(result.records).records == result.records)
  }

  /// 承前页 1000 above 350 and −200: a 累计 of 1350 holds the brought-forward figure, which the
  /// read stage said (`total-with-carried-forward`); no question is raised, and the 承前页 row is
  /// the opening debt as before.
  @Test(arguments: [
    (["total-row", "total-with-carried-forward"], "1350", 0),
    (["total-row"], "350", 0),
    (["total-row", "total-mismatch"], "999", 1),
  ])
  func aTotalWithOrWithoutTheBroughtForwardFigure(_ codes: [String], _ total: String, _ reviews: Int) throws {
    struct ReadNote: Message {
      var code: String
      var zh: String { "合计 {0}" }
      var en: String { "total {0}" }
    }
    var sum = rec("s.csv:6", .skipped, "", nil, "0", check: .total, checkAmount: total)
    sum.notes = codes.map { Note(ReadNote(code: $0), total) }
    let result = reconcile([
      rec("s.csv:3", .skipped, "C-1", nil, "0", check: .carriedForward, checkAmount: "1000"),
      rec("s.csv:4", .debt, "C-1", "2024-03-01", "350"), rec("s.csv:5", .payment, "C-1", "2024-03-05", "200"), sum,
    ])
    #expect(result.reviews.count == reviews)
    #expect(result.record("s.csv:3")?.kind == .debt)
    #expect(result.row("C-1")?.balance.yuanString == "1150.00")
    #expect(reconcile(result.records).records == result.records)
  }


  /// The same statement in two files (a copy, or the 上年结转 written in two books): the first
  /// carried-forward figure becomes the opening debt, the second agrees with it and is not counted
  /// again. Before, both became opening debts (2150.00, not 1150.00).
  @Test(arguments: ["1000", "-300"]) func theSameOpeningInTwoFilesCountsOnce(_ opening: String) throws {
    let copy = Self.statement(opening: opening).map { r -> Record in
      var r = r
      r.source = SourceRef(path: "t.csv", line: r.source.line)
      return r
    }
    let result = reconcile(Self.statement(opening: opening) + copy)
    let made = result.records.filter { $0.check == .carriedForward && $0.isMovement }
    #expect(made.count == 1)
    #expect(result.records.filter { $0.check == .carriedForward && $0.kind == .skipped }.count == 1)
    #expect(result.row("C-1")?.balance.yuanString == (opening == "1000" ? "1150.00" : "-150.00"))
    #expect(result.balanced)
    #expect(reconcile(result.records).records == result.records)
  }

  /// Made the opening, a figure the read stage worked out from the balance column says so, not
  /// 上年结转 (which the books never wrote).
  @Test(arguments: [("1000", "opening-from-implied-balance"), ("-300", "opening-credit-from-implied-balance")])
  func anImpliedOpeningIsNamedForWhatItIs(_ c: (String, String)) throws {
    var records = Self.statement(opening: c.0)
    records[0].notes = [Note(ReadMessage.openingImpliedByBalance, "1000.00", "1350.00", "350.00")]
    let result = reconcile(records)
    let r = try #require(result.record("s.csv:2"))
    #expect(r.notes.map(\.code).contains(c.1))
    #expect(!r.notes.map(\.code).contains { $0.hasPrefix("carried-forward-opening") })
  }
}
