import Foundation
import QingzhangModel

/// A fresh folder for one test's database files, removed when the test ends.
final class TempFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("qingzhang-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Records that between them use every field and every case of every enum of `Record`.
enum Samples {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day(year: y, month: m, day: d) }

  static func records(path: String) -> [Record] {
    [
      Record(
        source: SourceRef(path: path, line: 1), origin: .sheet, kind: .skipped,
        raw: "衡阳市张记五金往来对账单,,,,,,,,", notes: []),
      Record(
        source: SourceRef(path: path, line: 3), origin: .sheet, kind: .debt, name: "张建国",
        phone: "13807341234", date: day(2024, 3, 5), dueDate: day(2024, 3, 31), dueBasis: .endOfMonth,
        amount: Money(fen: 35_000), goods: "水管接头20个", raw: "2024/3/5,张建国,水管接头,20,17.50,350.00,,350.00,",
        notes: [], checkAmount: Money(fen: 35_000), check: .runningBalance),
      Record(
        source: SourceRef(path: path, line: 3), part: 1, origin: .sheet, kind: .payment, name: "张建国",
        date: day(2024, 3, 5), amount: Money(fen: 20_000), raw: "2024/3/5,张建国,水管接头,20,17.50,350.00,200.00,150.00,",
        checkAmount: Money(fen: 7_000), check: .quantityTimesPrice),
      Record(
        source: SourceRef(path: path, line: 4), origin: .iou, kind: .debt, status: .duplicate,
        name: "陈师傅（陈立新）", date: day(2024, 1, 20), dueDate: day(2025, 1, 28),
        dueBasis: .beforeSpringFestival, amount: Money(fen: 1_250_000), goods: "工程款",
        raw: "今欠到\n陈师傅（陈立新）工程款\n人民币壹万贰仟伍佰元整（¥12,500.00）",
        notes: [Note(ModelMessage.badDecision, "R-1 keep"), Note(ReadMessage.invalidBytes, "4", "0xFF, 0xFE")],
        checkAmount: Money(fen: 1_250_000), check: .figures),
      Record(
        source: SourceRef(path: path, line: 9), origin: .iou, kind: .debt, status: .conflict,
        name: "老王", date: day(2024, 12, 31), dueDate: day(2024, 12, 31), dueBasis: .explicit,
        amount: Money(fen: -50), raw: "老王 冲红 0.50", notes: [Note(ReadMessage.emptyFile)]),
      Record(
        source: SourceRef(path: path, line: 10), origin: .sheet, kind: .skipped, amount: Money(fen: 42_000),
        raw: "合计,,,,,420.00", checkAmount: Money(fen: 42_000), check: .total),
      Record(
        source: SourceRef(path: path, line: 11), origin: .sheet, kind: .skipped, raw: "上年结转,300",
        checkAmount: Money(fen: 30_000), check: .carriedForward),
      Record(
        source: SourceRef(path: path, line: 12), origin: .iou, kind: .rejected, name: "",
        date: Day(ordinal: -1), raw: "看不清的一行 \u{1F}|3:x\t\"引号\",逗号",
        notes: [Note(ReadMessage.cannotOpen, "a|b:c 1:2|3:"), Note(ReadMessage.unknownExtension, "")]),
    ]
  }
}
