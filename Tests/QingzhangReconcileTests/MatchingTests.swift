import Foundation
import QingzhangModel
import Testing

@testable import QingzhangReconcile

/// One small book and what reconcile must make of it.
struct MatchCase: Sendable, CustomTestStringConvertible {
  var name: String
  var records: [Record]
  var decisions: String = ""
  /// `source` (or `source#part`) → expected status.
  var status: [String: RecordStatus]
  /// Expected `duplicate_of` for duplicates.
  var duplicateOf: [String: String] = [:]
  /// Sources that must share one conflict id.
  var conflict: [String] = []
  /// Review types expected, in id order irrelevant (sorted by type name).
  var reviews: [String] = []
  var testDescription: String { name }
}

/// Two like lines of one file (水泥 350 twice on one day), and a third writing of 530 that takes
/// one of them into a figure conflict.
let twinLinesBesideAConflict = [
  rec("c.txt:1", .debt, "C-1", "2024-03-05", "350", goods: "水泥"),
  rec("c.txt:2", .debt, "C-1", "2024-03-05", "350", goods: "水泥"),
  rec("s.csv:2", .debt, "C-1", "2024-03-05", "530", goods: "水泥"),
]

/// A line that carries a debt and its payment (`李四 2.5万 工程款 2022/10/1 已还5000`).
func debtAndPayment(
  _ src: String, _ date: String?, _ debt: String, _ paid: String, goods: String, payGoods: String,
  due: String? = nil
) -> [Record] {
  [
    rec(src, .debt, "C-1", date, debt, goods: goods, due: due),
    rec(src, .payment, "C-1", date, paid, goods: payGoods, due: due, part: 1),
  ]
}

/// The review id of a duplicate question between two sources with a debt and a payment each.
func unitQuestionID(_ a: String, _ b: String) -> String {
  ReviewItem.makeID(type: .duplicate, subject: [a, a + "#1", b, b + "#1"].sorted())
}

@Suite struct MatchingTests {
  static let cases: [MatchCase] = [
    .init(
      name: "a line with a debt and its payment and a sheet row with both are one entry, both halves",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "工程款", payGoods: "")
        + debtAndPayment(
          "gc.csv:3", "2022-10-01", "25000", "5000", goods: "厂房水电安装", payGoods: "厂房水电安装",
          due: "2023-06-30"),
      status: ["li.txt:5": .ok, "li.txt:5#1": .ok, "gc.csv:3": .duplicate, "gc.csv:3#1": .duplicate],
      duplicateOf: ["gc.csv:3": "li.txt:5", "gc.csv:3#1": "li.txt:5"]),
    .init(
      name: "debt and payment on one line, goods differ: one question for both halves",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "水泥", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "25000", "5000", goods: "电线", payGoods: "电线"),
      status: ["li.txt:5": .ok, "li.txt:5#1": .ok, "gc.csv:3": .ok, "gc.csv:3#1": .ok],
      reviews: ["duplicate"]),
    .init(
      name: "debt and payment on one line, answered apart: neither half is merged",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "水泥", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "25000", "5000", goods: "电线", payGoods: "电线"),
      decisions: "\(unitQuestionID("gc.csv:3", "li.txt:5")) apart",
      status: ["li.txt:5": .ok, "li.txt:5#1": .ok, "gc.csv:3": .ok, "gc.csv:3#1": .ok]),
    .init(
      name: "debt and payment on one line, answered same: both halves are duplicates",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "水泥", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "25000", "5000", goods: "电线", payGoods: "电线"),
      decisions: "\(unitQuestionID("gc.csv:3", "li.txt:5")) same",
      status: ["li.txt:5": .ok, "li.txt:5#1": .ok, "gc.csv:3": .duplicate, "gc.csv:3#1": .duplicate],
      duplicateOf: ["gc.csv:3": "li.txt:5", "gc.csv:3#1": "li.txt:5"]),
    .init(
      name: "debt and payment on one line, the sheet has only the debt: a question, nothing merged",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "工程款", payGoods: "")
        + [rec("gc.csv:3", .debt, "C-1", "2022-10-01", "25000", goods: "工程款")],
      status: ["li.txt:5": .ok, "li.txt:5#1": .ok, "gc.csv:3": .ok], reviews: ["duplicate"]),
    .init(
      name: "debt and payment on one line, the payments differ by a digit: one entry, the payment a conflict",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "工程款", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "25000", "4000", goods: "工程款", payGoods: ""),
      status: ["li.txt:5": .ok, "li.txt:5#1": .conflict, "gc.csv:3": .duplicate, "gc.csv:3#1": .conflict],
      duplicateOf: ["gc.csv:3": "li.txt:5"], conflict: ["li.txt:5#1", "gc.csv:3#1"], reviews: ["conflict"]),
    .init(
      name: "debt and payment on one line, the debts differ by a zero: one entry, the debt a conflict",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "工程款", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "2500", "5000", goods: "工程款", payGoods: ""),
      status: ["li.txt:5": .conflict, "li.txt:5#1": .ok, "gc.csv:3": .conflict, "gc.csv:3#1": .duplicate],
      duplicateOf: ["gc.csv:3#1": "li.txt:5"], conflict: ["li.txt:5", "gc.csv:3"], reviews: ["conflict"]),
    .init(
      name: "debt and payment on one line, the payments differ unrelatedly: a question, nothing merged",
      records: debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "工程款", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "25000", "4321", goods: "工程款", payGoods: ""),
      status: ["li.txt:5": .ok, "li.txt:5#1": .ok, "gc.csv:3": .ok, "gc.csv:3#1": .ok],
      reviews: ["duplicate"]),
    .init(
      name: "a generic cause (货款) does not tell two records apart",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800", goods: "货款"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "800", goods: "电线2卷"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate], duplicateOf: ["sheet.csv:2": "iou.txt:1"]),
    .init(
      name: "an IOU and a sheet row of one debt are counted once, the IOU counts",
      records: [
        rec("sheet.csv:2", .debt, "C-1", "2024-03-06", "1200", goods: "水管接头"),
        rec("iou.txt:3", .debt, "C-1", "2024-03-05", "1200", goods: "水管接头20个"),
      ],
      status: ["iou.txt:3": .ok, "sheet.csv:2": .duplicate],
      duplicateOf: ["sheet.csv:2": "iou.txt:3"]),
    .init(
      name: "two same-day purchases of one amount in one file are not duplicates",
      records: [
        rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "50", goods: "水泥"),
        rec("sheet.csv:3", .debt, "C-1", "2024-03-05", "50", goods: "螺丝"),
      ],
      status: ["sheet.csv:2": .ok, "sheet.csv:3": .ok]),
    .init(
      name: "same file, same day, same goods: both counted, one question",
      records: [
        rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "50", goods: "水泥"),
        rec("sheet.csv:3", .debt, "C-1", "2024-03-05", "50", goods: "水泥"),
      ],
      status: ["sheet.csv:2": .ok, "sheet.csv:3": .ok], reviews: ["duplicate"]),
    .init(
      name: "same file, same day, goods written on one only: both counted, asked",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350", goods: "水泥"),
        rec("iou.txt:2", .debt, "C-1", "2024-03-05", "350", goods: ""),
      ],
      status: ["iou.txt:1": .ok, "iou.txt:2": .ok], reviews: ["duplicate"]),
    .init(
      name: "same file, same day, other goods: two purchases, not asked",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350", goods: "水泥"),
        rec("iou.txt:2", .debt, "C-1", "2024-03-05", "350", goods: "电线"),
      ],
      status: ["iou.txt:1": .ok, "iou.txt:2": .ok], reviews: []),
    .init(
      name: "same file, same day, same goods, answered same",
      records: [
        rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "50", goods: "水泥"),
        rec("sheet.csv:3", .debt, "C-1", "2024-03-05", "50", goods: "水泥"),
      ],
      decisions: "\(ReviewItem.makeID(type: .duplicate, subject: ["sheet.csv:2", "sheet.csv:3"])) same",
      status: ["sheet.csv:2": .ok, "sheet.csv:3": .duplicate],
      duplicateOf: ["sheet.csv:3": "sheet.csv:2"]),
    // One of two like lines of a file is taken into a conflict by a third writing: whether
    // the two are one purchase is still asked (it was lost), beside the conflict.
    .init(
      name: "twin lines of one file, one of them in a conflict: both questions",
      records: twinLinesBesideAConflict,
      status: ["c.txt:1": .conflict, "c.txt:2": .ok, "s.csv:2": .conflict], conflict: ["c.txt:1", "s.csv:2"],
      reviews: ["conflict", "duplicate"]),
    .init(
      name: "twin lines beside a conflict, answered same: a duplicate of the held one",
      records: twinLinesBesideAConflict,
      decisions: "\(ReviewItem.makeID(type: .duplicate, subject: ["c.txt:1", "c.txt:2"])) same",
      status: ["c.txt:1": .conflict, "c.txt:2": .duplicate, "s.csv:2": .conflict], duplicateOf: ["c.txt:2": "c.txt:1"],
      conflict: ["c.txt:1", "s.csv:2"], reviews: ["conflict"]),
    .init(
      name: "twin lines beside a conflict, answered apart: two purchases",
      records: twinLinesBesideAConflict,
      decisions: "\(ReviewItem.makeID(type: .duplicate, subject: ["c.txt:1", "c.txt:2"])) apart",
      status: ["c.txt:1": .conflict, "c.txt:2": .ok, "s.csv:2": .conflict], conflict: ["c.txt:1", "s.csv:2"],
      reviews: ["conflict"]),
    .init(
      name: "twin lines beside a conflict, same, and the conflict kept the other book: follows it",
      records: twinLinesBesideAConflict,
      decisions: "\(ReviewItem.makeID(type: .duplicate, subject: ["c.txt:1", "c.txt:2"])) same\n\(ReviewItem.makeID(type: .conflict, subject: ["c.txt:1", "s.csv:2"])) keep s.csv:2",
      status: ["c.txt:1": .duplicate, "c.txt:2": .duplicate, "s.csv:2": .ok],
      duplicateOf: ["c.txt:1": "s.csv:2", "c.txt:2": "s.csv:2"]),
    .init(
      name: "twin lines beside a conflict, the conflict kept the twin: still asked",
      records: twinLinesBesideAConflict,
      decisions: "\(ReviewItem.makeID(type: .conflict, subject: ["c.txt:1", "s.csv:2"])) keep c.txt:1",
      status: ["c.txt:1": .ok, "c.txt:2": .ok, "s.csv:2": .duplicate], reviews: ["duplicate"]),
    .init(
      name: "dates 6 days apart: both counted, one question",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-07", "800"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok], reviews: ["duplicate"]),
    .init(
      name: "dates 6 days apart, answered apart: no question",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-07", "800"),
      ],
      decisions: "\(ReviewItem.makeID(type: .duplicate, subject: ["iou.txt:1", "sheet.csv:2"])) apart",
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "a third writing 5 days after a duplicate pair: asked about against the pair",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "1750"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "1750"),
        rec("book.txt:9", .debt, "C-1", "2024-03-06", "1750"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate, "book.txt:9": .ok], reviews: ["duplicate"]),
    .init(
      name: "a third writing 5 days after a duplicate pair, answered same: counted once",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "1750"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "1750"),
        rec("book.txt:9", .debt, "C-1", "2024-03-06", "1750"),
      ],
      decisions: "\(ReviewItem.makeID(type: .duplicate, subject: ["book.txt:9", "iou.txt:1"])) same",
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate, "book.txt:9": .duplicate],
      duplicateOf: ["sheet.csv:2": "iou.txt:1", "book.txt:9": "iou.txt:1"]),
    .init(
      name: "two lone writings around a duplicate pair: each asked about",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "1750"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "1750"),
        rec("book.txt:9", .debt, "C-1", "2024-03-06", "1750"),
        rec("old.txt:4", .debt, "C-1", "2024-02-25", "1750"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate, "book.txt:9": .ok, "old.txt:4": .ok],
      reviews: ["duplicate", "duplicate"]),
    .init(
      name: "three lone writings around a duplicate pair: each asked about",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "1750"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "1750"),
        rec("book.txt:9", .debt, "C-1", "2024-03-06", "1750"),
        rec("old.txt:4", .debt, "C-1", "2024-02-25", "1750", goods: "水泥"),
        rec("old.txt:5", .debt, "C-1", "2024-02-25", "1750", goods: "电线"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate, "book.txt:9": .ok, "old.txt:4": .ok, "old.txt:5": .ok],
      reviews: ["duplicate", "duplicate", "duplicate"]),
    .init(
      name: "…two of them goods-less the same day in one file: asked about together",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "1750"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "1750"),
        rec("book.txt:9", .debt, "C-1", "2024-03-06", "1750"),
        rec("old.txt:4", .debt, "C-1", "2024-02-25", "1750"),
        rec("old.txt:5", .debt, "C-1", "2024-02-25", "1750"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate, "book.txt:9": .ok, "old.txt:4": .ok, "old.txt:5": .ok],
      reviews: ["duplicate", "duplicate"]),
    .init(
      name: "goods differ on close dates: both counted, one question",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800", goods: "水泥"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "800", goods: "电线"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok], reviews: ["duplicate"]),
    .init(
      name: "different customers are never duplicates",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800"),
        rec("sheet.csv:2", .debt, "C-2", "2024-03-01", "800"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "a debt and a payment of one amount are not duplicates",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800"),
        rec("sheet.csv:2", .payment, "C-1", "2024-03-01", "800"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "an undated IOU with one matching sheet row is that row",
      records: [
        rec("iou.txt:1", .debt, "C-1", nil, "800", goods: "电线"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "800", goods: "电线"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .duplicate],
      duplicateOf: ["sheet.csv:2": "iou.txt:1"]),
    .init(
      name: "an undated IOU with two matching sheet rows is only a question",
      records: [
        rec("iou.txt:1", .debt, "C-1", nil, "800"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "800"),
        rec("sheet.csv:9", .debt, "C-1", "2024-05-01", "800"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok, "sheet.csv:9": .ok], reviews: ["duplicate"]),
    .init(
      name: "three transcriptions of one entry: one counted",
      records: [
        rec("a.csv:5", .debt, "C-1", "2024-03-01", "66"),
        rec("b.csv:7", .debt, "C-1", "2024-03-02", "66"),
        rec("c.txt:9", .debt, "C-1", "2024-03-03", "66"),
      ],
      // Dates differ: the earliest copy counts (the debt is at least that old).
      status: ["a.csv:5": .ok, "b.csv:7": .duplicate, "c.txt:9": .duplicate],
      duplicateOf: ["b.csv:7": "a.csv:5", "c.txt:9": "a.csv:5"]),
    .init(
      name: "two entries in each of two files pair one to one",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "50"),
        rec("iou.txt:2", .debt, "C-1", "2024-03-01", "50"),
        rec("sheet.csv:1", .debt, "C-1", "2024-03-01", "50"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "50"),
      ],
      status: [
        "iou.txt:1": .ok, "iou.txt:2": .ok, "sheet.csv:1": .duplicate, "sheet.csv:2": .duplicate,
      ],
      duplicateOf: ["sheet.csv:1": "iou.txt:1", "sheet.csv:2": "iou.txt:2"]),
    .init(
      name: "350 / 530 is a conflict",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "530"),
      ],
      status: ["iou.txt:1": .conflict, "sheet.csv:2": .conflict],
      conflict: ["iou.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "1200 / 120 is a conflict",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "1200"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "120"),
      ],
      status: ["iou.txt:1": .conflict, "sheet.csv:2": .conflict],
      conflict: ["iou.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "1050 / 150 (a zero dropped inside) is a conflict",
      records: [
        rec("iou.txt:1", .payment, "C-1", "2024-03-01", "1050"),
        rec("sheet.csv:2", .payment, "C-1", "2024-03-03", "150"),
      ],
      status: ["iou.txt:1": .conflict, "sheet.csv:2": .conflict],
      conflict: ["iou.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "one digit differs on the same day, same goods: a conflict",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "380", goods: "水管接头"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "350", goods: "水管接头"),
      ],
      status: ["iou.txt:1": .conflict, "sheet.csv:2": .conflict],
      conflict: ["iou.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "one digit differs on the same day, goods unknown: two purchases (precision first)",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "380"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "350"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok], reviews: []),
    .init(
      name: "one digit differs two days apart: two purchases",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "380"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-03", "350"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "350 / 530 in one file are two purchases",
      records: [
        rec("sheet.csv:1", .debt, "C-1", "2024-03-01", "350"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "530"),
      ],
      status: ["sheet.csv:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "350 / 530 with different goods are two purchases",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350", goods: "水泥"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "530", goods: "电线"),
      ],
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "two books agree, a third is miswritten: the agreeing pair counts once, the odd one is held",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
        rec("old.csv:4", .debt, "C-1", "2024-03-01", "350"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "530"),
      ],
      status: ["iou.txt:1": .ok, "old.csv:4": .duplicate, "sheet.csv:2": .conflict],
      duplicateOf: ["old.csv:4": "iou.txt:1"], conflict: ["sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "350 / 3500 / 350: the two 350s count once, the 3500 is held",
      records: [
        rec("a.txt:3", .debt, "C-1", "2024-03-05", "350", goods: "水管接头20个", due: "2024-03-31"),
        rec("b.txt:1", .debt, "C-1", "2024-03-05", "3500", goods: "水管款", due: "2024-06-30"),
        rec("q.csv:2", .debt, "C-1", "2024-03-05", "350", goods: "水管接头"),
      ],
      status: ["a.txt:3": .ok, "q.csv:2": .duplicate, "b.txt:1": .conflict],
      duplicateOf: ["q.csv:2": "a.txt:3"], conflict: ["b.txt:1"], reviews: ["conflict"]),
    .init(
      name: "350 / 3500 / 350 answered apart: 350 once and 3500 counted",
      records: [
        rec("a.txt:3", .debt, "C-1", "2024-03-05", "350", goods: "水管接头20个", due: "2024-03-31"),
        rec("b.txt:1", .debt, "C-1", "2024-03-05", "3500", goods: "水管款", due: "2024-06-30"),
        rec("q.csv:2", .debt, "C-1", "2024-03-05", "350", goods: "水管接头"),
      ],
      decisions: "\(ReviewItem.makeID(type: .conflict, subject: ["a.txt:3", "b.txt:1", "q.csv:2"])) apart",
      status: ["a.txt:3": .ok, "q.csv:2": .duplicate, "b.txt:1": .ok],
      duplicateOf: ["q.csv:2": "a.txt:3"]),
    .init(
      name: "two books say 350, two say 530: no majority, all held",
      records: [
        rec("a.txt:1", .debt, "C-1", "2024-03-01", "350"),
        rec("b.csv:4", .debt, "C-1", "2024-03-01", "350"),
        rec("c.csv:2", .debt, "C-1", "2024-03-01", "530"),
        rec("d.csv:2", .debt, "C-1", "2024-03-01", "530"),
      ],
      status: ["a.txt:1": .conflict, "b.csv:4": .conflict, "c.csv:2": .conflict, "d.csv:2": .conflict],
      conflict: ["a.txt:1", "b.csv:4", "c.csv:2", "d.csv:2"], reviews: ["conflict"]),
    .init(
      name: "350 / 530 answered apart: two entries",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "530"),
      ],
      decisions: "\(ReviewItem.makeID(type: .conflict, subject: ["iou.txt:1", "sheet.csv:2"])) apart",
      status: ["iou.txt:1": .ok, "sheet.csv:2": .ok]),
    .init(
      name: "apart does not fit a record whose own figures disagree",
      records: [
        rec(
          "iou.txt:1", .debt, "C-1", "2024-03-01", "3500", status: .conflict, check: .figures,
          checkAmount: "3005")
      ],
      decisions: "\(ReviewItem.makeID(type: .conflict, subject: ["iou.txt:1"])) apart",
      status: ["iou.txt:1": .conflict], conflict: ["iou.txt:1"], reviews: ["conflict"]),
    .init(
      name: "an IOU whose words and figures differ is held alone",
      records: [
        rec(
          "iou.txt:1", .debt, "C-1", "2024-03-01", "3500", status: .conflict, check: .figures,
          checkAmount: "3005")
      ],
      status: ["iou.txt:1": .conflict], conflict: ["iou.txt:1"], reviews: ["conflict"]),
    .init(
      name: "a sheet row that matches the IOU's figures joins its conflict",
      records: [
        rec(
          "iou.txt:1", .debt, "C-1", "2024-03-01", "3500", status: .conflict, check: .figures,
          checkAmount: "3005"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "3005"),
      ],
      status: ["iou.txt:1": .conflict, "sheet.csv:2": .conflict],
      conflict: ["iou.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "conflict answered keep: that record counts, the other is its duplicate",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "530"),
      ],
      decisions: "\(ReviewItem.makeID(type: .conflict, subject: ["iou.txt:1", "sheet.csv:2"])) keep sheet.csv:2",
      status: ["iou.txt:1": .duplicate, "sheet.csv:2": .ok],
      duplicateOf: ["iou.txt:1": "sheet.csv:2"]),
    .init(
      name: "conflict answered with a source outside it stays open",
      records: [
        rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
        rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "530"),
      ],
      decisions: "\(ReviewItem.makeID(type: .conflict, subject: ["iou.txt:1", "sheet.csv:2"])) keep x.csv:9",
      status: ["iou.txt:1": .conflict, "sheet.csv:2": .conflict],
      conflict: ["iou.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "an undated row does not chain two dated records months apart (quantities differ)",
      records: [
        rec("a.txt:1", .debt, "C-1", "2023-09-03", "870", goods: "灯泡17个"),
        rec("b.txt:1", .debt, "C-1", "2024-07-28", "870", goods: "灯泡8个"),
        rec("s.csv:2", .debt, "C-1", nil, "870", goods: "灯泡17个"),
      ],
      status: ["a.txt:1": .ok, "b.txt:1": .ok, "s.csv:2": .duplicate],
      duplicateOf: ["s.csv:2": "a.txt:1"]),
    .init(
      name: "an undated row matching dated records months apart in two files is only a question",
      records: [
        rec("a.txt:1", .debt, "C-1", "2023-09-03", "870", goods: "灯泡"),
        rec("b.txt:1", .debt, "C-1", "2024-07-28", "870", goods: "灯泡"),
        rec("s.csv:2", .debt, "C-1", nil, "870", goods: "灯泡"),
      ],
      status: ["a.txt:1": .ok, "b.txt:1": .ok, "s.csv:2": .ok], reviews: ["duplicate"]),
    .init(
      name: "an undated row matching dated records two days apart in two files is all one entry",
      records: [
        rec("a.txt:1", .debt, "C-1", "2023-09-03", "870", goods: "灯泡"),
        rec("b.txt:1", .debt, "C-1", "2023-09-05", "870", goods: "灯泡"),
        rec("s.csv:2", .debt, "C-1", nil, "870", goods: "灯泡"),
      ],
      status: ["a.txt:1": .ok, "b.txt:1": .duplicate, "s.csv:2": .duplicate],
      duplicateOf: ["b.txt:1": "a.txt:1", "s.csv:2": "a.txt:1"]),
    .init(
      name: "an undated row with a debt and a payment is the one line both match, though the payment matches elsewhere too",
      records: debtAndPayment("a.txt:4", "2024-05-14", "1450", "100", goods: "水泥", payGoods: "")
        + [rec("b.txt:1", .payment, "C-1", "2024-01-12", "100")]
        + debtAndPayment("s.csv:7", nil, "1450", "100", goods: "水泥", payGoods: "水泥"),
      status: [
        "a.txt:4": .ok, "a.txt:4#1": .ok, "b.txt:1": .ok, "s.csv:7": .duplicate, "s.csv:7#1": .duplicate,
      ],
      duplicateOf: ["s.csv:7": "a.txt:4", "s.csv:7#1": "a.txt:4"]),
    .init(
      name: "same goods in other quantities are two purchases, not one entry",
      records: [
        rec("w.txt:1", .debt, "C-1", "2023-02-06", "500", goods: "防水涂料22桶"),
        rec("w.csv:2", .debt, "C-1", "2023-02-09", "500", goods: "防水涂料16桶"),
      ],
      status: ["w.txt:1": .ok, "w.csv:2": .ok], reviews: ["duplicate"]),
    .init(
      name: "payments written on the rows of two different debts are two payments",
      records: debtAndPayment("z.txt:1", "2024-07-19", "202", "50", goods: "螺丝11盒", payGoods: "")
        + debtAndPayment(
          "z.csv:2", "2024-07-22", "550", "50", goods: "防水涂料14桶", payGoods: "防水涂料14桶"),
      status: ["z.txt:1": .ok, "z.txt:1#1": .ok, "z.csv:2": .ok, "z.csv:2#1": .ok]),
    .init(
      name: "a third writing with another slip joins the conflict",
      records: [
        rec("t.txt:1", .debt, "C-1", "2024-03-01", "790"),
        rec("t.csv:2", .debt, "C-1", "2024-03-01", "7900"),
        rec("u.csv:2", .debt, "C-1", "2024-03-01", "79"),
      ],
      status: ["t.txt:1": .conflict, "t.csv:2": .conflict, "u.csv:2": .conflict],
      conflict: ["t.txt:1", "t.csv:2", "u.csv:2"], reviews: ["conflict"]),
    .init(
      name: "rejected lines are questions until ignored",
      records: [
        rec("iou.txt:1", .rejected, "", nil, "0", raw: "李四 三千多"),
        rec("iou.txt:2", .rejected, "", nil, "0", raw: "？？"),
      ],
      decisions: "\(ReviewItem.makeID(type: .rejected, subject: ["iou.txt:2\u{1E}？？"])) ignore",
      status: ["iou.txt:1": .rejected, "iou.txt:2": .rejected], reviews: ["rejected"]),
    .init(
      name: "a rejected row of two figures (金额 and 已收, no name) is one question",
      records: [
        rec("s.csv:2", .rejected, "", nil, "350", part: 0, raw: "2024-03-01,,350,100"),
        rec("s.csv:2", .rejected, "", nil, "100", part: 1, raw: "2024-03-01,,350,100"),
      ],
      status: ["s.csv:2": .rejected, "s.csv:2#1": .rejected], reviews: ["rejected"]),
    .init(
      name: "…and ignoring it settles both",
      records: [
        rec("s.csv:2", .rejected, "", nil, "350", part: 0, raw: "2024-03-01,,350,100"),
        rec("s.csv:2", .rejected, "", nil, "100", part: 1, raw: "2024-03-01,,350,100"),
      ],
      decisions: "\(ReviewItem.makeID(type: .rejected, subject: ["s.csv:2\u{1E}2024-03-01,,350,100"])) ignore",
      status: ["s.csv:2": .rejected, "s.csv:2#1": .rejected], reviews: []),
  ]

  /// A notebook `book.txt`, its second typing `copy.txt` (every line of it a copy), and one
  /// more line of the book whose sheet row has a slip.
  static func transcribed(slip: String) -> [Record] {
    var out: [Record] = []
    for k in 1...6 {
      let day = "2024-03-\(10 + k)"
      let amount = String(100 * k + 20)
      out.append(rec("book.txt:\(k)", .debt, "C-1", day, amount, goods: "水泥"))
      out.append(rec("copy.txt:\(k)", .debt, "C-1", day, amount, goods: "水泥"))
    }
    out.append(rec("sheet.csv:2", .debt, "C-1", "2024-03-11", slip, goods: "水泥"))
    return out
  }

  static let crowdCases: [MatchCase] = [
    .init(
      name: "a second typing of a notebook agrees with it: one witness, the slip does not lose",
      records: transcribed(slip: "210"),
      status: ["book.txt:1": .conflict, "copy.txt:1": .conflict, "sheet.csv:2": .conflict,
               "book.txt:2": .ok, "copy.txt:2": .duplicate],
      conflict: ["book.txt:1", "copy.txt:1", "sheet.csv:2"], reviews: ["conflict"]),
    .init(
      name: "300 equal lines in a book and 300 in a sheet on one day: all counted, one question",
      records: (1...300).map { rec("a.txt:\($0)", .debt, "C-1", "2024-01-05", "1200", goods: "水泥") }
        + (1...300).map { rec("b.csv:\($0)", .debt, "C-1", "2024-01-05", "1200", goods: "水泥") },
      status: ["a.txt:1": .ok, "a.txt:300": .ok, "b.csv:1": .ok, "b.csv:300": .ok],
      reviews: ["duplicate"]),
    .init(
      name: "a crowd of equal lines does not stop a pair a month later from matching",
      records: (1...300).map { rec("a.txt:\($0)", .debt, "C-1", "2024-01-05", "1200", goods: "水泥") }
        + (1...300).map { rec("b.csv:\($0)", .debt, "C-1", "2024-01-05", "1200", goods: "水泥") }
        + [rec("a.txt:400", .debt, "C-1", "2024-02-20", "1200"),
           rec("b.csv:400", .debt, "C-1", "2024-02-21", "1200")],
      status: ["a.txt:1": .ok, "a.txt:400": .ok, "b.csv:400": .duplicate],
      duplicateOf: ["b.csv:400": "a.txt:400"], reviews: ["duplicate"]),
  ]

  @Test(arguments: crowdCases) func crowdsAndCopies(_ c: MatchCase) throws {
    try classifiesRecords(c)
  }

  @Test func aCrowdedRecordSaysWhyItWasNotCompared() throws {
    let result = reconcile(
      (1...300).map { rec("a.txt:\($0)", .debt, "C-1", "2024-01-05", "1200") }
        + (1...300).map { rec("b.csv:\($0)", .debt, "C-1", "2024-01-05", "1200") })
    #expect(result.record("b.csv:7")?.notes.codes.contains("duplicate-too-many-equal-record") == true)
    #expect(result.reviews.count == 1)
    #expect(result.reviews.first?.sources.count == 20)
  }

  @Test(arguments: cases) func classifiesRecords(_ c: MatchCase) throws {
    let result = reconcile(c.records, decisions: c.decisions)
    for (src, expected) in c.status {
      #expect(result.status(src) == expected, "\(src)")
    }
    for (src, of) in c.duplicateOf {
      #expect(result.record(src)?.duplicateOf?.description == of, "\(src)")
    }
    let ids = Set(c.conflict.compactMap { result.record($0)?.conflictID })
    if !c.conflict.isEmpty {
      #expect(ids.count == 1 && ids.first?.hasPrefix("K-") == true)
    }
    for r in result.records
    where !c.conflict.contains(r.part == 0 ? r.source.description : "\(r.source)#\(r.part)") {
      #expect(r.conflictID.isEmpty, "\(r.source)")
    }
    #expect(result.reviews.map(\.type.rawValue).sorted() == c.reviews.sorted())
    #expect(result.balanced)
  }

  /// A sheet in date order: rows of other customers around line 50, dated month by month of
  /// 2023; `undated` is written at line 50 (between the rows of 2023-05 and 2023-06).
  static func sheetInOrder(shuffled: Bool) -> [Record] {
    var rows: [Record] = []
    for m in 1...12 {
      let month = String(format: "%02d", shuffled ? 13 - m : m)
      rows.append(rec("s.csv:\(m * 10)", .debt, "C-9", "2023-\(month)-10", "\(100 + m)"))
      rows.append(rec("s.csv:\(m * 10 + 1)", .debt, "C-7", "2023-\(month)-11", "\(300 + m)"))
    }
    rows.append(rec("s.csv:55", .payment, "C-1", nil, "2050"))
    return rows
  }

  /// An undated row's place, and what it may match: (label, its line, a mis-dated row just
  /// above it, the other writings) → its status, whether its note gives the place, and whether a
  /// duplicate question is asked.
  static let placeCases: [(String, Int, Bool, [(String, String)], RecordStatus, Bool, Bool)] = [
    ("one mis-dated row above: the window still holds", 55, true, [("a.txt:4", "2023-05-14")], .duplicate, false, false),
    ("a blank date sorted to the bottom: no window, one candidate is the entry", 999, false, [("a.txt:4", "2023-05-14")], .duplicate, false, false),
    ("the only candidate is a year away from its place: asked, never matched", 55, false, [("b.txt:7", "2024-02-24")], .ok, false, true),
    ("two writings around its place and one a year away: one entry, the place said once", 55, false,
      [("a.txt:4", "2023-05-14"), ("c.txt:2", "2023-05-15"), ("b.txt:7", "2024-02-24")], .duplicate, true, false),
  ]

  @Test(arguments: placeCases.indices)
  func anUndatedRowIsPlacedByTheRowsAroundIt(_ k: Int) throws {
    let (label, line, misplaced, others, status, placedNote, asked) = Self.placeCases[k]
    var records = Self.sheetInOrder(shuffled: false).filter { $0.source.line != 55 }
    let undated = "s.csv:\(line)"
    records.append(rec(undated, .payment, "C-1", nil, "2050"))
    if misplaced { records.append(rec("s.csv:54", .debt, "C-8", "2023-11-20", "77")) }
    records += others.map { rec($0.0, .payment, "C-1", $0.1, "2050") }
    let result = reconcile(records)
    #expect(result.status(undated) == status, "\(label)")
    let notes = result.record(undated)?.notes.filter { $0.code == ReconcileMessage.undatedPlaced.code } ?? []
    #expect(notes.count == (placedNote ? 1 : 0), "\(label)")
    #expect(result.reviews.contains { $0.type == .duplicate } == asked, "\(label)")
    if others.count == 3 { #expect(result.status("b.txt:7") == .ok, "\(label)") }
  }

  @Test(arguments: [false, true])
  func anUndatedSheetRowMatchesOnlyWhatWasWrittenAroundItsPlace(_ shuffled: Bool) throws {
    let records = Self.sheetInOrder(shuffled: shuffled) + [
      rec("a.txt:4", .payment, "C-1", "2023-05-14", "2050"),
      rec("b.txt:7", .payment, "C-1", "2024-02-24", "2050"),
    ]
    let result = reconcile(records)
    if shuffled {
      // Not in date order: its place says nothing; both stay counted and a person is asked.
      #expect(result.status("s.csv:55") == .ok)
      #expect(result.reviews.contains { $0.type == .duplicate })
    } else {
      #expect(result.status("s.csv:55") == .duplicate)
      #expect(result.record("s.csv:55")?.duplicateOf?.description == "a.txt:4")
      #expect(result.record("s.csv:55")?.notes.contains { $0.code == ReconcileMessage.undatedPlaced.code } == true)
      #expect(!result.reviews.contains { $0.type == .duplicate })
      #expect(result.status("b.txt:7") == .ok)
    }
  }

  @Test func aDebtAndItsPaymentMatchedTogetherCountOnce() throws {
    let result = reconcile(
      debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "工程款", payGoods: "")
        + debtAndPayment(
          "gc.csv:3", "2022-10-01", "25000", "5000", goods: "厂房水电安装", payGoods: "厂房水电安装"))
    #expect(result.row("C-1")?.balance == money("20000"))
    #expect(result.row("C-1")?.openSources.map(\.description) == ["li.txt:5"])
  }

  @Test func theQuestionAboutADebtAndItsPaymentNamesBoth() throws {
    let result = reconcile(
      debtAndPayment("li.txt:5", "2022-10-01", "25000", "5000", goods: "水泥", payGoods: "")
        + debtAndPayment("gc.csv:3", "2022-10-01", "25000", "5000", goods: "电线", payGoods: "电线"))
    let item = try #require(result.reviews(.duplicate).first)
    #expect(item.id == unitQuestionID("gc.csv:3", "li.txt:5"))
    #expect(item.detail.first?.code == "duplicate-question-debt-and-payment")
    #expect(item.detail.first?.args == ["gc.csv:3", "li.txt:5", "25000.00", "5000.00"])
    #expect(item.detail.codes.contains("duplicate-goods-differ"))
  }

  @Test func genericCausesComeFromTheOptions() {
    let records = [
      rec("iou.txt:1", .debt, "C-1", "2024-03-01", "800", goods: "杂项"),
      rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "800", goods: "电线2卷"),
    ]
    #expect(reconcile(records).status("sheet.csv:2") == .ok)
    let options = ReconcileOptions(asOf: day("2025-01-31"), genericGoods: ["杂项"])
    #expect(Reconciler.run(records, options: options).status("sheet.csv:2") == .duplicate)
  }

  @Test func theShippedMappingsListTheBuiltInGenericCauses() throws {
    let url = fixturesFolder().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("mappings/reconcile.json")
    let data = try Data(contentsOf: url)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let words = try #require(json["genericGoods"] as? [String])
    #expect(words == ReconcileOptions.defaultGenericGoods)
    let money = try #require(json["paymentMoneyWords"] as? [String])
    #expect(money == ReconcileOptions.defaultPaymentMoneyWords)
  }

  @Test func conflictSuggestsTheFigureMoreSourcesSupport() throws {
    let result = reconcile([
      rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
      rec("old.csv:4", .debt, "C-1", "2024-03-01", "350"),
      rec("sheet.csv:2", .debt, "C-1", "2024-03-01", "530"),
    ])
    let item = try #require(result.reviews(.conflict).first)
    #expect(item.suggestion.first?.code == "conflict-suggest")
    #expect(item.suggestion.first?.args == ["350.00", "2", "1"])
    #expect(item.detail.codes.contains("conflict-digits-swapped"))
    #expect(item.detail.first?.code == "conflict-partly-counted")
    #expect(item.sources.map(\.description) == ["iou.txt:1", "old.csv:4", "sheet.csv:2"])
    #expect(item.suggestion.codes.contains("conflict-apart-how-to"))
    // The agreed figure is counted once; only the odd one is held out of the balance.
    #expect(result.row("C-1")?.balance == money("350"))
    #expect(result.row("C-1")?.unresolved == 1)
    #expect(result.money.conflict == money("530"))
    #expect(result.record("iou.txt:1")?.notes.codes.contains("conflict-confirmed-counted") == true)
    // Keeping the odd one makes the agreeing pair its duplicates.
    let kept = reconcile(result.records, decisions: "\(item.id) keep sheet.csv:2")
    #expect(kept.status("sheet.csv:2") == .ok)
    #expect(kept.status("iou.txt:1") == .duplicate && kept.status("old.csv:4") == .duplicate)
    #expect(kept.row("C-1")?.balance == money("530"))
    #expect(kept.reviews.isEmpty)
  }

  @Test func differentDueDatesAreMentioned() throws {
    let result = reconcile([
      rec("a.txt:3", .debt, "C-1", "2024-03-05", "350", due: "2024-03-31"),
      rec("b.txt:1", .debt, "C-1", "2024-03-05", "3500", due: "2024-06-30"),
    ])
    let item = try #require(result.reviews(.conflict).first)
    let due = try #require(item.detail.first { $0.code == "conflict-due-dates-differ" })
    #expect(due.args == ["a.txt:3", "2024-03-31", "b.txt:1", "2024-06-30"])
  }

  @Test func aTotalRowBacksTheAmountAgainstABrokenRunningBalance() throws {
    // zhang-statement: 450 breaks the balance (1220 + 450 = 1670, written 1760), but the
    // 本期合计 1350 = 350 + 370 + 450 + 180 backs 450.
    let result = reconcile([
      rec("s.csv:6", .debt, "C-1", "2024-01-08", "350", check: .runningBalance, checkAmount: "1850"),
      rec("s.csv:7", .debt, "C-1", "2024-02-02", "370", check: .runningBalance, checkAmount: "2220"),
      rec("s.csv:8", .payment, "C-1", "2024-02-09", "1000", check: .runningBalance, checkAmount: "1220"),
      rec(
        "s.csv:9", .debt, "C-1", "2024-03-05", "450", status: .conflict, check: .runningBalance,
        checkAmount: "1760"),
      rec("s.csv:10", .payment, "C-1", "2024-04-01", "200", check: .runningBalance, checkAmount: "1560"),
      rec("s.csv:11", .debt, "C-1", "2024-05-12", "180", check: .runningBalance, checkAmount: "1740"),
      rec("s.csv:12", .skipped, "", "2024-06-30", "0", check: .total, checkAmount: "1350"),
    ])
    let item = try #require(result.reviews(.conflict).first)
    #expect(item.suggestion.first?.args == ["450.00", "2", "1"])
    let total = try #require(item.suggestion.first { $0.code == "evidence-total-row" })
    #expect(total.args == ["s.csv:12", "1350.00", "450.00"])
    let end = try #require(item.detail.first { $0.code == "conflict-balance-column-end" })
    #expect(end.args == ["s.csv:9", "1740.00", "1500.00", "1650.00", "90.00"])
    // A total that fits the implied figure backs that one instead.
    var other = result.records
    if let k = other.firstIndex(where: { $0.source.description == "s.csv:12" }) {
      other[k].checkAmount = money("1440")
    }
    let swapped = reconcile(other)
    let item2 = try #require(swapped.reviews(.conflict).first)
    #expect(item2.suggestion.first?.args == ["540.00", "2", "1"])
  }

  /// An answer is about the records as read: when other records come to stand on those lines
  /// (lines inserted above, a line edited), the question gets a new id and the old answer is
  /// not applied to them (it was: `keep sheet.csv:2` took whatever figure stood there).
  @Test func anAnswerDoesNotCarryOverToOtherRecordsOnTheSameLines() throws {
    let before = [
      rec("iou.txt:1", .debt, "C-1", "2024-03-05", "350", raw: "2024.3.5 李四 350"),
      rec("sheet.csv:2", .debt, "C-1", "2024-03-05", "530", raw: "2024-03-05,李四,530"),
    ]
    let id = try #require(reconcile(before).reviews.first { $0.type == .conflict }?.id)
    #expect(reconcile(before, decisions: "\(id) keep sheet.csv:2").status("sheet.csv:2") == .ok)
    let after = [
      rec("iou.txt:1", .debt, "C-1", "2024-04-01", "120", raw: "2024.4.1 李四 120"),
      rec("sheet.csv:2", .debt, "C-1", "2024-04-01", "1200", raw: "2024-04-01,李四,1200"),
    ]
    let moved = reconcile(after, decisions: "\(id) keep sheet.csv:2")
    #expect(moved.status("sheet.csv:2") == .conflict)
    #expect(moved.reviews.contains { $0.type == .conflict && $0.id != id })
  }

  @Test func keepingARecordWhoseWordsAndFiguresDifferSaysWhichFigureItTook() throws {
    let records = [
      rec(
        "iou.txt:6", .debt, "C-1", "2023-12-01", "2800", status: .conflict, check: .figures,
        checkAmount: "2880")
    ]
    let id = ReviewItem.makeID(type: .conflict, subject: ["iou.txt:6"])
    let open = reconcile(records)
    let how = try #require(open.reviews.first?.suggestion.first { $0.code == "conflict-keep-means-words" })
    #expect(how.args == [id, "iou.txt:6", "2800.00", "2880.00"])
    let kept = reconcile(records, decisions: "\(id) keep iou.txt:6")
    #expect(kept.row("C-1")?.balance == money("2800"))
    let note = try #require(kept.record("iou.txt:6")?.notes.first { $0.code == "decision-keep-words" })
    #expect(note.args == [id, "2800.00", "2880.00"])
  }

  @Test func wordsAndFiguresWithNoOtherEvidenceAreNotPicked() throws {
    let result = reconcile([
      rec(
        "iou.txt:1", .debt, "C-1", "2024-03-01", "3500", status: .conflict, check: .figures,
        checkAmount: "3005")
    ])
    let item = try #require(result.reviews(.conflict).first)
    #expect(item.suggestion.first?.code == "conflict-no-majority")
    #expect(item.detail.codes.contains("conflict-words-vs-figures"))
  }

  @Test func wordsBackedBySheetAreSuggested() throws {
    let result = reconcile([
      rec(
        "iou.txt:1", .debt, "C-1", "2024-03-01", "3500", status: .conflict, check: .figures,
        checkAmount: "3005"),
      rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "3500"),
    ])
    let item = try #require(result.reviews(.conflict).first)
    #expect(item.suggestion.first?.args == ["3500.00", "2", "1"])
    #expect(result.row("C-1") == nil)
    // Held out of the balance, still owed: listed at 0.00 with the held debt's deadline.
    let s = try #require(result.staleRow("C-1"))
    #expect(s.amount == .zero)
    #expect(s.limitationDeadline?.iso == "2027-03-01")
    #expect(s.reasons.codes.contains("stale-held-debt-deadline"))
  }

  @Test func runningBalanceSuggestsTheImpliedAmount() throws {
    let result = reconcile([
      rec("s.csv:2", .debt, "C-1", "2024-03-01", "100", check: .runningBalance, checkAmount: "100"),
      rec(
        "s.csv:3", .debt, "C-1", "2024-03-02", "530", status: .conflict, check: .runningBalance,
        checkAmount: "450"),
    ])
    let item = try #require(result.reviews(.conflict).first)
    #expect(item.detail.codes.contains("conflict-running-balance"))
    #expect(item.suggestion.codes.contains("evidence-running-balance"))
    #expect(item.suggestion.contains { $0.code == "evidence-running-balance" && $0.args.last == "350.00" })
  }

  @Test func amountDecisionCountsTheEarliestSourceWithThatAmount() throws {
    let id = ReviewItem.makeID(type: .conflict, subject: ["iou.txt:1", "sheet.csv:2"])
    let records = [
      rec("iou.txt:1", .debt, "C-1", "2024-03-01", "350"),
      rec("sheet.csv:2", .debt, "C-1", "2024-03-02", "530"),
    ]
    let result = reconcile(records, decisions: "\(id) amount 380")
    #expect(result.status("iou.txt:1") == .ok)
    #expect(result.record("iou.txt:1")?.amount == money("380"))
    #expect(result.status("sheet.csv:2") == .duplicate)
    #expect(result.row("C-1")?.balance == money("380"))
    #expect(result.money.decisionAdjustment == money("30"))
    #expect(result.reviews.isEmpty)
    #expect(result.balanced)
    // Running again on the output restores the amount as read, then applies the decision again.
    let again = reconcile(result.records, decisions: "\(id) amount 380")
    #expect(again.records == result.records)
    #expect(again.money == result.money)
  }

  @Test func readConflictSettledByKeepReturnsToConflictWithoutTheDecision() throws {
    let records = [
      rec(
        "iou.txt:1", .debt, "C-1", "2024-03-01", "3500", status: .conflict, check: .figures,
        checkAmount: "3005")
    ]
    let id = ReviewItem.makeID(type: .conflict, subject: ["iou.txt:1"])
    let settled = reconcile(records, decisions: "\(id) keep iou.txt:1")
    #expect(settled.status("iou.txt:1") == .ok)
    #expect(settled.row("C-1")?.balance == money("3500"))
    // Without the decision, the same output goes back to a held conflict.
    let back = reconcile(settled.records)
    #expect(back.status("iou.txt:1") == .conflict)
    #expect(back.records == reconcile(records).records)
  }

  @Test func movementWithoutCustomerIsCountedUnderUnknown() {
    let result = reconcile([rec("iou.txt:1", .debt, "", "2024-03-01", "70")])
    #expect(result.row("")?.balance == money("70"))
    #expect(result.record("iou.txt:1")?.notes.codes == ["movement-without-customer"])
    #expect(result.counts.customers == 0)
    #expect(result.stale.isEmpty)
    #expect(result.balanced)
  }

  @Test func ownFiguresDisagreeingWithoutCustomerIsStillAQuestion() throws {
    let result = reconcile([
      rec(
        "iou.txt:1", .debt, "", "2024-03-01", "3500", status: .conflict, check: .figures,
        checkAmount: "3005")
    ])
    #expect(result.status("iou.txt:1") == .conflict)
    #expect(result.reviews(.conflict).count == 1)
    #expect(reconcile(result.records).records == result.records)
  }
}

@Suite struct SimilarityTests {
  static let amountCases: [(Int64, Int64, AmountRelation?)] = [
    (35000, 53000, .swapped),
    (125000, 152000, .swapped),
    (120000, 12000, .zero),
    (105000, 15000, .zero),
    (35000, 38000, .oneDigit),
    (35000, 35000, nil),
    (35000, 3500, .zero),
    (12000, 21000, .swapped),
    (13500, 15300, .swapped),
    (13500, 53100, nil),
    (35000, 350000, .zero),
    (100, 1, nil),
    (0, 0, nil),
  ]

  @Test(arguments: amountCases) func relatesAmounts(_ c: (Int64, Int64, AmountRelation?)) {
    #expect(AmountRelation.between(c.0, c.1) == c.2)
    #expect(AmountRelation.between(c.1, c.0) == c.2)
  }

  static let goodsCases: [(String, String, GoodsRelation)] = [
    ("水管接头20个", "水管接头 20个", .equal),
    ("水管接头20个", "接头", .contains),
    ("水管接头", "水管弯头", .overlap),
    ("水泥", "水管", .different),
    ("20个接头", "20个弯头", .different),
    ("", "电线", .unknown),
    ("ＰＶＣ管", "pvc管", .equal),
    ("防水涂料22桶", "防水涂料16桶", .different),
    ("灯泡17个", "灯泡8个", .different),
    ("4分水管10根", "4分水管12根", .different),
    ("4分水管10根", "水管10根", .contains),
    ("水管10根", "水管", .contains),
    ("螺丝11盒", "螺丝", .contains),
  ]

  @Test(arguments: goodsCases) func relatesGoods(_ c: (String, String, GoodsRelation)) {
    #expect(GoodsRelation.between(GoodsRelation.key(c.0), GoodsRelation.key(c.1)) == c.2)
  }

  static let limitationCases: [(String, String, Bool)] = [
    ("2024-02-29", "2027-02-28", false),
    ("2022-05-01", "2025-05-01", false),
    ("2015-06-30", "2017-06-30", true),
    ("2015-12-31", "2018-12-31", false),
  ]

  @Test(arguments: limitationCases) func endsLimitation(_ c: (String, String, Bool)) {
    let end = Limitation.end(from: day(c.0))
    #expect(end.day.iso == c.1)
    #expect(end.oldLaw == c.2)
  }

  static let bucketCases: [(Int, AgingBucket)] = [
    (0, .days0to30), (30, .days0to30), (31, .days31to90), (90, .days31to90), (91, .days91to180),
    (180, .days91to180), (181, .days181to365), (365, .days181to365), (366, .years1to2),
    (730, .years1to2), (731, .years2to3), (1095, .years2to3), (1096, .over3Years),
  ]

  @Test(arguments: bucketCases) func bucketsAges(_ c: (Int, AgingBucket)) {
    #expect(AgingBucket(ageDays: c.0) == c.1)
  }

  @Test func parsesYuanWrittenInNotes() {
    #expect(parseYuan("350.00") == 35000)
    #expect(parseYuan("-0.50") == -50)
    #expect(parseYuan("12") == 1200)
    #expect(parseYuan("1.2.3") == nil)
    #expect(parseYuan("") == nil)
  }
}
