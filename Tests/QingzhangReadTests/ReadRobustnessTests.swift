import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

/// Findings of the black-box probe of the readers: amounts beyond what one entry can be, rows
/// wider than their header, IOU amounts split by a separator or reading as zero. Every line is
/// accounted for, with a reason; nothing traps, nothing is booked silently.
@Suite struct ReadRobustnessTests {
  // MARK: one limit per entry, in both readers

  @Test func theLimitIsOneHundredMillionYuanAndTheMessageSaysSo() {
    #expect(Money.recordLimitFen == 10_000_000_000)
    #expect(Note(ReadMessage.amountTooLarge, "x").render(.zh).contains("1 亿元"))
    #expect(Note(ReadMessage.amountTooLarge, "x").render(.en).contains("100 million yuan"))
  }

  /// An amount text → its fen, or nil with `amount-too-large`: the same in a cell and in a line.
  static let limitAmounts: [(String, Int64?)] = [
    ("100000000", 10_000_000_000),
    ("100,000,000.00", 10_000_000_000),
    ("-100000000", -10_000_000_000),
    ("100000000.01", nil),
    ("100000001", nil),
    ("999999999999999", nil),
    ("(100000001)", nil),
    ("¥100000001", nil),
  ]

  @Test(arguments: limitAmounts) func anAmountAboveTheLimitIsRefusedByTheParser(_ text: String, _ fen: Int64?) {
    let r = AmountParser.parse(text)
    #expect(r.fen == fen)
    #expect(r.notes.map(\.code) == (fen == nil ? ["amount-too-large"] : []))
  }

  @Test(arguments: limitAmounts) func aSheetRowAboveTheLimitIsRejected(_ text: String, _ fen: Int64?) {
    let cell = text.contains(",") ? "\"\(text)\"" : text
    let (records, _) = SheetFixtures.sheet("日期,客户,金额\n2024-03-01,张三,\(cell)\n")
    let got = records.dropFirst().map(SheetFixtures.describe)
    if let fen {
      #expect(got == ["L2/0 \(fen < 0 ? "debt ok 张三 \(Money(fen: fen).yuanString) 2024-03-01 {negative-amount}" : "debt ok 张三 \(Money(fen: fen).yuanString) 2024-03-01")"])
    } else {
      #expect(got == ["L2/0 rejected rejected {row-amount-not-read,amount-too-large}"])
    }
  }

  @Test(arguments: [
    ("2024.3.5 孙八 水管 100000000元", "L1/0 debt ok 孙八 100000000.00 2024-03-05"),
    ("2024.3.5 孙八 水管 100000001元", "L1/0 rejected rejected 孙八 {amount-too-large}"),
    ("2024.3.5 孙八 水管 999999999999999元", "L1/0 rejected rejected 孙八 {amount-too-large}"),
    ("2024.3.5 孙八 还 200000000", "L1/0 rejected rejected 孙八 {amount-too-large}"),
  ]) func anIOULineAboveTheLimitIsRejected(_ line: String, _ expected: String) {
    #expect(readIOU([line]).map(SheetFixtures.describe) == [expected])
  }

  static let limitSheets: [SheetCase] = [
    .init(
      name: "93 rows of 999999999999999 (trapped in the running sums)",
      text: "日期,客户,金额\n" + String(repeating: "2024-03-01,张三,999999999999999\n", count: 93) + "合计,,1\n",
      expected: ["L1/0 skipped skipped {header-row}"]
        + (2...94).map { "L\($0)/0 rejected rejected {row-amount-not-read,amount-too-large}" }
        + ["L95/0 skipped skipped [total 1.00] {total-row,total-mismatch}"]),
    .init(
      name: "万元 column: 1 亿 is the limit",
      text: "日期,客户,金额（万元）\n2024-03-01,张三,10000\n2024-03-02,张三,10000.01\n2024-03-03,张三,9999999999999\n",
      expected: [
        "L1/0 skipped skipped {header-row,header-unit}", "L2/0 debt ok 张三 100000000.00 2024-03-01",
        "L3/0 rejected rejected {row-amount-not-read,amount-too-large}",
        "L4/0 rejected rejected {row-amount-not-read,amount-too-large}",
      ]),
    .init(
      name: "已收 above the limit",
      text: "日期,客户,金额,已收\n2024-03-01,张三,,500000000\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {row-amount-not-read,amount-too-large}"]),
    .init(
      name: "数量 × 单价 above the limit is not booked",
      text: "日期,客户,品名,数量,单价,金额\n2024-03-05,张三,水管,1000000,200,\n"
        + "2024-03-05,张三,水管,-1073741824,85899345.92,\n2024-03-05,张三,水管,2,200,400\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {row-no-amount,amount-too-large}",
        "L3/0 rejected rejected {row-no-amount,amount-too-large}",
        "L4/0 debt ok 张三 400.00 2024-03-05 [quantityTimesPrice 400.00]",
      ]),
  ]

  @Test(arguments: limitSheets) func sheetFiguresAboveTheLimit(_ c: SheetCase) {
    #expect(runSheet(c).0 == c.expected)
  }

  @Test(arguments: [
    (Int64.max, 1, Int64.max), (Int64.max - 1, 1, Int64.max), (Int64.min, -1, Int64.min), (5, -7, -2),
  ] as [(Int64, Int64, Int64)])
  func fileSumsSaturate(_ a: Int64, _ b: Int64, _ sum: Int64) {
    #expect(a.saturatingAdd(b) == sum)
    #expect(a.saturatingSubtract(-b) == sum)
  }
}
