import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

/// A sheet (text) → the records it must give, one `SheetFixtures.describe` line each.
struct SheetCase: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var expected: [String]
  var diagnostics: [String] = []
  var tsv = false
  /// The file's name as given (a year in it dates rows written without one).
  var path = "t.csv"
  var testDescription: String { name }
}

struct AmountCellCase: Sendable, CustomTestStringConvertible {
  var text: String
  /// `fen`, or nil for "not a plain decimal", or 0 with `empty`.
  var fen: Int64?
  var empty = false
  var yuanPerUnit: Int64 = 1
  var testDescription: String { "\"\(text)\" → \(empty ? "empty" : fen.map(String.init) ?? "other")" }
}

struct DateCellCase: Sendable, CustomTestStringConvertible {
  var text: String
  var expected: ByteDate
  var testDescription: String { "\"\(text)\"" }
}

func runSheet(_ c: SheetCase, layouts: [SheetLayout] = []) -> ([String], [String]) {
  let (records, diagnostics) = SheetFixtures.sheet(c.text, tsv: c.tsv, layouts: layouts, path: c.path)
  return (records.map(SheetFixtures.describe), diagnostics.map { "\($0.code)@\($0.line)" })
}

@Suite struct SheetTests {
  // MARK: cells from bytes

  static let amounts: [AmountCellCase] = [
    .init(text: "1200", fen: 120_000),
    .init(text: "1,200.00", fen: 120_000),
    .init(text: "1,234,567.89", fen: 123_456_789),
    .init(text: "-50", fen: -5_000),
    .init(text: "(50.00)", fen: -5_000),
    .init(text: "+3", fen: 300),
    .init(text: "¥1,200.00", fen: 120_000),
    .init(text: "￥1200", fen: 120_000),
    .init(text: "-¥5", fen: -500),
    .init(text: " 350 ", fen: 35_000),
    .init(text: "\u{3000}0.5", fen: 50),
    .init(text: "1200.5", fen: 120_050),
    .init(text: "", fen: nil, empty: true),
    .init(text: "-", fen: nil, empty: true),
    .init(text: " - ", fen: nil, empty: true),
    .init(text: "—", fen: nil, empty: true),
    .init(text: "1,2000", fen: nil),
    .init(text: "1234,567", fen: nil),
    .init(text: "12.345", fen: nil),
    .init(text: "350元", fen: nil),
    .init(text: "三千五", fen: nil),
    .init(text: ".", fen: nil),
    .init(text: "(50", fen: nil),
    .init(text: "1234567890123456", fen: nil),
    .init(text: "2.5", fen: 2_500_000, yuanPerUnit: 10_000),
    .init(text: "1.234567", fen: 1_234_567, yuanPerUnit: 10_000),
    .init(text: "3.5", fen: 350_000, yuanPerUnit: 1_000),
  ]

  @Test(arguments: amounts) func readsPlainAmountsFromBytes(_ c: AmountCellCase) {
    let per = c.yuanPerUnit * 100
    let result = Array(c.text.utf8).withUnsafeBufferPointer { ByteDecimal.parse($0, maxFraction: per == 100 ? 2 : 6) }
    switch result {
    case .empty: #expect(c.empty)
    case .other: #expect(c.fen == nil && !c.empty)
    case .value(let d): #expect(d.fen(fenPerUnit: per) == c.fen)
    }
  }

  static let dates: [DateCellCase] = [
    .init(text: "2024-03-05", expected: .ymd(2024, 3, 5)),
    .init(text: "2024/3/5", expected: .ymd(2024, 3, 5)),
    .init(text: "2024.3.5", expected: .ymd(2024, 3, 5)),
    .init(text: "20240305", expected: .ymd(2024, 3, 5)),
    .init(text: "24.3.5", expected: .ymd(2024, 3, 5)),
    .init(text: "2024年3月5日", expected: .ymd(2024, 3, 5)),
    .init(text: "2024年3月5号", expected: .ymd(2024, 3, 5)),
    .init(text: "2024-03-05 14:22:10", expected: .ymd(2024, 3, 5)),
    .init(text: "2024-03-05T14:22", expected: .ymd(2024, 3, 5)),
    .init(text: "45356", expected: .serial(45356)),
    .init(text: "45356.5", expected: .serial(45356)),
    .init(text: "3/5/2024", expected: .ambiguous(month: 3, day: 5, year: 2024)),
    .init(text: "25/3/2024", expected: .ymd(2024, 3, 25)),
    .init(text: "3/25/2024", expected: .ymd(2024, 3, 25)),
    .init(text: "3月5日", expected: .monthDay(3, 5)),
    .init(text: "3.5", expected: .monthDay(3, 5)),
    .init(text: "3/5", expected: .monthDay(3, 5)),
    .init(text: "2024-02-30", expected: .ymd(2024, 2, 30)),
    .init(text: "腊月廿三", expected: .other),
    .init(text: "2024", expected: .other),
    .init(text: "2024-03", expected: .other),
    .init(text: "2024-03-05 下午", expected: .other),
    .init(text: "2024..3.5", expected: .other),
    .init(text: "", expected: .empty),
  ]

  @Test(arguments: dates) func readsDatesFromBytes(_ c: DateCellCase) {
    #expect(Array(c.text.utf8).withUnsafeBufferPointer { ByteDate.parse($0, order: nil) } == c.expected)
  }

  @Test(arguments: [(1, "1900-01-01"), (59, "1900-02-28"), (60, nil), (61, "1900-03-01"), (45356, "2024-03-05")]
    as [(Int, String?)])
  func convertsExcelSerials(_ serial: Int, _ iso: String?) {
    #expect(ByteDate.excelDay(serial: serial)?.iso == iso)
  }

  @Test(arguments: [
    ("金额（万元）", "金额", "万元"), (" 客户名称 ", "客户名称", nil), ("*日期", "日期", nil), ("金额/元", "金额", "元"),
    ("借/贷", "借/贷", nil), ("余额(元)", "余额", "元"), ("金额（单位：万元）", "金额", "万元"),
  ] as [(String, String, String?)])
  func normalisesHeaderCells(_ text: String, _ key: String, _ unit: String?) {
    let n = ColumnVocabulary.normaliseHeader(text)
    #expect(n.key == key)
    #expect(n.unit == unit)
  }

  // MARK: header, titles and columns

  static let headers: [SheetCase] = [
    .init(
      name: "header below titles",
      text: "李记五金2023年客户欠款明细\n单位：元\n期间：2023-01-01 至 2023-12-31,,\n日期,客户名称,金额\n3月5日,张建国,350\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {title-row}", "L3/0 skipped skipped {title-row}",
        "L4/0 skipped skipped {header-row}", "L5/0 debt ok 张建国 350.00 2023-03-05 {year-from-title}",
      ]),
    .init(
      name: "one customer's statement",
      text: "对账单\n客户：张记五金   电话：0734-8123456\n日期,摘要,金额\n2024-03-05,水管,350\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {customer-title-row}",
        "L3/0 skipped skipped {header-row}", "L4/0 debt ok 张记五金 350.00 2024-03-05 tel 07348123456",
      ]),
    .init(
      // A record above the header (a carried-forward balance of 1,200 was skipped as a title).
      name: "a record above the header",
      text: "张记五金 客户欠款表\n2023/1/1,张建国,上年结转,,,1200.00\n制表日期 2023-12-31,制表人 张三,第1页\n日期,客户,摘要,数量,单价,金额\n2023/3/2,张建国,水泥,20,58,1160\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 rejected rejected {data-above-header}", "L3/0 skipped skipped {title-row}",
        "L4/0 skipped skipped {header-row}", "L5/0 debt ok 张建国 1160.00 2023-03-02 [quantityTimesPrice 1160.00]",
      ]),
    .init(
      name: "print date does not give the year",
      text: "打印日期：2025-01-03\n日期,客户,金额\n3/5,张建国,350\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}", "L3/0 debt ok 张建国 350.00 {sheet-date-no-year}",
      ]),
    .init(
      name: "unknown and repeated columns",
      text: "日期,客户,客户名称,金额,仓库,颜色\n2024-03-05,张建国,张建国,350,一号库,红\n",
      expected: [
        "L1/0 skipped skipped {header-row,header-duplicate-column,header-unknown-columns}",
        "L2/0 debt ok 张建国 350.00 2024-03-05",
      ]),
    .init(
      name: "no header at all", text: "李记五金\n随便写的一行\n张三 350\n",
      expected: [
        "L1/0 rejected rejected {no-header-row}", "L2/0 rejected rejected {no-header-row}",
        "L3/0 rejected rejected {no-header-row}",
      ], diagnostics: ["no-header@0"]),
    .init(
      name: "no amount column", text: "标题\n日期,客户,货品,备注\n2024-03-05,张建国,水管接头,月底还\n\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 rejected rejected {no-amount-column-row}",
      ], diagnostics: ["no-amount-column@2"]),
    .init(
      name: "no customer anywhere", text: "日期,摘要,金额\n2024-03-05,水管,350\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {row-no-customer}"],
      diagnostics: ["no-customer-column@0"]),
    .init(
      name: "a customer column empty in every row", text: "日期,客户,金额\n2024-03-05,,350\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {row-no-customer}"],
      diagnostics: ["customer-column-empty@0"]),
    .init(
      name: "单位 is the customer in a 往来 sheet", text: "日期,单位,摘要,金额\n2024-03-05,张记五金,水管,350\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张记五金 350.00 2024-03-05"]),
    .init(
      name: "单位 is the unit of measure next to 数量",
      text: "日期,客户,品名,单位,数量,单价,金额\n2024-03-05,张建国,水管,根,10,3.5,35\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 张建国 35.00 2024-03-05 [quantityTimesPrice 35.00]",
      ]),
    // Two-level headers (用友): merged 借方 / 贷方 over 发生 / 已结 / 未结.
    .init(
      name: "second header row, 发生 first",
      text: "日期,客户名称,借方,,,贷方,,,余额\n,,发生,已结,未结,发生,已结,未结,\n"
        + "2024-01-05,张建国,1200,0,1200,,,,1200\n2024-02-01,张建国,,,,500,500,0,700\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 skipped skipped {second-header-row,second-header-column,second-header-column}",
        "L3/0 debt ok 张建国 1200.00 2024-01-05 [runningBalance 1200.00]",
        "L4/0 payment ok 张建国 500.00 2024-02-01 [runningBalance 700.00]",
      ]),
    .init(
      name: "second header row, 发生 last",
      text: "日期,客户名称,借方,,,贷方,,,余额\n,,未结,已结,发生,已结,未结,发生,\n"
        + "2024-01-05,张建国,1200,0,1200,,,,1200\n2024-02-01,张建国,,,,0,0,500,700\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 skipped skipped {second-header-row,second-header-column,second-header-column}",
        "L3/0 debt ok 张建国 1200.00 2024-01-05 [runningBalance 1200.00]",
        "L4/0 payment ok 张建国 500.00 2024-02-01 [runningBalance 700.00]",
      ]),
    .init(
      name: "a second header row longer than the header, the unit of the column above kept",
      text: "日期,客户名称,借方（万元）\n,,未结,已结,发生\n2024-01-05,张建国,0,0,1.2\n",
      expected: [
        "L1/0 skipped skipped {header-row,header-unit}", "L2/0 skipped skipped {second-header-row,second-header-column}",
        "L3/0 debt ok 张建国 12000.00 2024-01-05",
      ]),
    .init(
      name: "a second header row shorter than the money column's place",
      text: "日期,客户名称,,,借方,,\n,,未结\n2024-01-05,张建国,,,1200,0,1200\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 skipped skipped {second-header-row}",
        "L3/0 debt ok 张建国 1200.00 2024-01-05",
      ]),
    .init(
      name: "sub-columns with no movement label: the first is read, said so",
      text: "日期,客户名称,借方,,\n,,未结,已结,\n2024-01-05,张建国,1200,0,\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 skipped skipped {second-header-row,second-header-no-movement}",
        "L3/0 debt ok 张建国 1200.00 2024-01-05",
      ]),
    .init(
      name: "a first row of words is data, not a second header (大写 amount)",
      text: "客户名称,金额,\n张建国,壹仟贰佰元,老客户\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1200.00"]),
    .init(
      name: "a first row without an amount is rejected, not taken for a second header",
      text: "日期,客户名称,金额,\n,张建国,,还没算\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {row-no-amount}"]),
    .init(
      name: "a row after the header with digits is data, not a second header",
      text: "日期,客户名称,金额,,\n2024-01-05,张建国,350,,\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-01-05"]),
  ]

  @Test(arguments: headers) func findsHeaderAndTitles(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  /// The same row under every spelling of the columns (domain.md §6.1).
  @Test(arguments: [
    "日期,客户,摘要,借方,贷方", "单据日期,客户名称,商品名称,应收金额,已收金额", "业务日期,姓名,货品,欠款,还款",
    "交易日期,往来单位,品名,应收,已收", "开单日期,购货单位,内容,赊欠,实收", "凭证日期,单位名称,说明,借方金额,贷方金额",
    "日期,客户,摘要,增加,减少", "出库日期,往来单位,货品名称,应收增加,应收减少", "日 期,客户名称,品 名,金额(元),已付",
  ])
  func mapsColumnSynonyms(_ header: String) {
    let (records, _) = runSheet(SheetCase(name: header, text: header + "\n2024-03-05,张建国,水管,350,100\n", expected: []))
    #expect(
      records == [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L2/1 payment ok 张建国 100.00 2024-03-05",
      ])
  }

  static let units: [SheetCase] = [
    .init(
      name: "header 金额(万元)", text: "日期,客户,金额（万元）\n2024-03-05,李四,2.5\n",
      expected: ["L1/0 skipped skipped {header-row,header-unit}", "L2/0 debt ok 李四 25000.00 2024-03-05"]),
    .init(
      name: "title 单位：万元", text: "工程欠款（单位：万元）\n日期,客户,欠款,余额\n2024-03-05,李四,1.25,1.25\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row,header-unit}",
        "L3/0 debt ok 李四 12500.00 2024-03-05 [runningBalance 12500.00]",
      ]),
    .init(
      name: "title 单位：千元", text: "单位：千元\n日期,客户,金额\n2024-03-05,李四,3.5\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row,header-unit}",
        "L3/0 debt ok 李四 3500.00 2024-03-05",
      ]),
    .init(
      name: "万元 beyond the fen", text: "日期,客户,金额(万元)\n2024-03-05,李四,1.2345678\n",
      expected: ["L1/0 skipped skipped {header-row,header-unit}", "L2/0 rejected rejected {row-bad-amount}"]),
  ]

  @Test(arguments: units) func scalesUnits(_ c: SheetCase) {
    let got = runSheet(c).0
    #expect(got == c.expected)
  }

  // MARK: rows

  static let header = "日期,客户,品名,金额,已收,备注\n"

  static let rows: [SheetCase] = [
    .init(name: "debt", text: header + "2024-03-05,张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 2024-03-05"]),
    .init(name: "payment", text: header + "2024-03-05,张建国,还款,,200,", expected: ["L2/0 payment ok 张建国 200.00 2024-03-05"]),
    .init(
      name: "debt and payment on one row", text: header + "2024-03-05,张建国,水管,350,100,",
      expected: ["L2/0 debt ok 张建国 350.00 2024-03-05", "L2/1 payment ok 张建国 100.00 2024-03-05"]),
    .init(
      name: "negative", text: header + "2024-03-05,张建国,退货,-50,,\n2024-03-06,张建国,退货,(50.00),,",
      expected: [
        "L2/0 debt ok 张建国 -50.00 2024-03-05 {negative-amount}", "L3/0 debt ok 张建国 -50.00 2024-03-06 {negative-amount}",
      ]),
    .init(name: "no amount", text: header + "2024-03-05,张建国,水管,,,", expected: ["L2/0 rejected rejected {row-no-amount}"]),
    .init(name: "zero amount", text: header + "2024-03-05,张建国,水管,0.00,-,", expected: ["L2/0 rejected rejected {row-no-amount}"]),
    .init(name: "no customer", text: header + "2024-03-05,,水管,350,,", expected: ["L2/0 rejected rejected {row-no-customer}"]),
    .init(name: "blank rows are not records", text: header + ",,,,,\n\n  \n2024-03-05,张建国,水管,350,,", expected: ["L5/0 debt ok 张建国 350.00 2024-03-05"]),
    .init(name: "comment", text: header + "# 下面是三月的,,,,,\n注：单位元,,,,,", expected: ["L2/0 skipped skipped {comment-row}", "L3/0 skipped skipped {comment-row}"]),
    .init(name: "footer", text: header + "对账人签字：,,,,,\n制表人：小李,,,,,", expected: ["L2/0 skipped skipped {footer-row}", "L3/0 skipped skipped {footer-row}"]),
    .init(name: "repeated header", text: header + "日期,客户,品名,金额,已收,备注", expected: ["L2/0 skipped skipped {repeated-header}"]),
    .init(name: "page carry", text: header + "过次页,,,350,,", expected: ["L2/0 skipped skipped {page-carry-row}"]),
    .init(name: "Excel serial", text: header + "45356,张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 2024-03-05 {excel-serial-date}"]),
    .init(name: "impossible date", text: header + "2024-02-30,张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 {date-impossible}"]),
    .init(name: "impossible US date", text: header + "2/30/2024,张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 {date-impossible}"]),
    .init(
      name: "impossible year-less date", text: "2023年\n" + header + "2月30日,张建国,水管,350,,",
      expected: ["L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}", "L3/0 debt ok 张建国 350.00 {date-impossible}"]),
    .init(
      name: "misplaced thousands commas", text: header + "2024-03-05,张建国,水管,\"1,2000\",,\n2024-03-05,张建国,水管,\"¥12,00\",,",
      expected: ["L2/0 rejected rejected {row-amount-not-read,row-bad-thousands}", "L3/0 rejected rejected {row-amount-not-read,row-bad-thousands}"]),
    .init(
      name: "an unreadable amount is said once", text: header + "2024-03-05,张建国,水管,1.2x4,,\n2024-03-05,张建国,水管,约300,,",
      expected: ["L2/0 rejected rejected {row-bad-amount}", "L3/0 rejected rejected {row-amount-not-read,amount-approximate}"]),
    .init(name: "no date", text: header + ",张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 {row-no-date}"]),
    .init(name: "US order guessed", text: header + "3/5/2024,张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 2024-03-05 {date-order-guessed}"]),
    .init(name: "year-less without a title year", text: header + "3月5日,张建国,水管,350,,", expected: ["L2/0 debt ok 张建国 350.00 {sheet-date-no-year}"]),
    .init(
      name: "year-less dates roll into the next year", text: "2023年赊账\n" + header + "11/5,张建国,水管,350,,\n12/20,张建国,电线,120,,\n1/8,张建国,还款,,470,",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 debt ok 张建国 350.00 2023-11-05 {year-from-title}", "L4/0 debt ok 张建国 120.00 2023-12-20 {year-from-title}",
        "L5/0 payment ok 张建国 470.00 2024-01-08 {year-rollover}",
      ]),
    .init(
      name: "date and customer merged: filled down, not across a total",
      text: header + "2024-03-05,张建国,水管,350,,\n,,接头,20,,\n,,弯头,15,,\n小计,,,385,,\n,,电线,50,,",
      expected: [
        "L2/0 debt ok 张建国 350.00 2024-03-05", "L3/0 debt ok 张建国 20.00 2024-03-05 {customer-filled-down,date-filled-down}",
        "L4/0 debt ok 张建国 15.00 2024-03-05 {customer-filled-down,date-filled-down}",
        "L5/0 skipped skipped [total 385.00] {total-row}", "L6/0 rejected rejected {row-no-customer}",
      ]),
    .init(
      name: "an empty customer cell alone is not a merged cell",
      text: header + "2024-03-05,张建国,水管,350,,\n2024-03-05,,水管,100,,\n2024-03-06,,电线,50,,",
      expected: [
        "L2/0 debt ok 张建国 350.00 2024-03-05", "L3/0 rejected rejected {row-no-customer,customer-above-not-taken}",
        "L4/0 rejected rejected {row-no-customer,customer-above-not-taken}",
      ]),
    .init(
      name: "the same document number",
      text: "日期,单号,客户,品名,金额\n2024-03-05,XS001,张建国,水管,350\n2024-03-05,XS001,,接头,20\n2024-03-05,XS002,,电线,50",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L3/0 debt ok 张建国 20.00 2024-03-05 {customer-filled-down-same-document}",
        "L4/0 rejected rejected {row-no-customer,customer-above-not-taken}",
      ]),
    .init(
      name: "the running balance carries on",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-01-05,张建国,水管,350,,350\n2024-01-06,,电线,120,,470\n2024-01-07,,还款,,100,370\n2024-01-08,,水泥,100,,999",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-01-05 [runningBalance 350.00]",
        "L3/0 debt ok 张建国 120.00 2024-01-06 [runningBalance 470.00] {customer-filled-down-balance}",
        "L4/0 payment ok 张建国 100.00 2024-01-07 [runningBalance 370.00] {customer-filled-down-balance}",
        "L5/0 rejected rejected {row-no-customer,customer-above-not-taken}",
      ]),
    .init(
      name: "customer block rows", text: header + "客户：李四,,,,,\n2024-03-08,,水泥,450,,\n客户：老王,,,,,\n2024-03-09,,胶布,5,,",
      expected: [
        "L2/0 skipped skipped {customer-title-row}", "L3/0 debt ok 李四 450.00 2024-03-08",
        "L4/0 skipped skipped {customer-title-row}", "L5/0 debt ok 老王 5.00 2024-03-09",
      ]),
    .init(
      name: "单据类型", text: "日期,单据类型,客户,金额\n2024-03-05,销售单,张建国,350\n2024-03-09,收款单,张建国,200\n2024-03-10,退货单,张建国,50\n2024-01-01,期初,张建国,1000",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05", "L3/0 payment ok 张建国 200.00 2024-03-09",
        "L4/0 debt ok 张建国 -50.00 2024-03-10 {return-goods,negative-amount}",
        "L5/0 skipped skipped 张建国 2024-01-01 [carriedForward 1000.00] {carried-forward-row}",
      ]),
    .init(
      name: "phone", text: "客户,电话,金额\n张建国,138-0734-1234,350\n老王,1.38073E+10,20",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 tel 13807341234",
        "L3/0 debt ok 老王 20.00 {phone-scientific}",
      ]),
    .init(
      name: "due date", text: "日期,客户,金额,约定还款日期\n2024-03-05,张建国,350,2024-06-30\n2024-03-05,张建国,350,月底",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05 due 2024-06-30",
        "L3/0 debt ok 张建国 350.00 2024-03-05 {bad-due-date}",
      ]),
    .init(
      name: "discount", text: "日期,客户,应收,实收,抹零\n2024-03-05,张建国,,300,5",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 payment ok 张建国 300.00 2024-03-05",
        "L2/1 payment ok 张建国 5.00 2024-03-05 {discount-as-payment}",
      ]),
    .init(
      name: "三栏式 month and day columns", text: "2023年\n月,日,摘要,客户,借方,贷方\n3,5,水管,张建国,350,\n12,1,还款,张建国,,350",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 debt ok 张建国 350.00 2023-03-05 {year-from-title}", "L4/0 payment ok 张建国 350.00 2023-12-01 {year-from-title}",
      ]),
    .init(
      name: "TSV keeps empty fields", text: "日期\t客户\t金额\t已收\n2024-03-05\t张建国\t\t200\n2024-03-06\t 李四 \t350\t\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 payment ok 张建国 200.00 2024-03-05", "L3/0 debt ok 李四 350.00 2024-03-06",
      ], tsv: true),
  ]

  @Test(arguments: rows) func readsRows(_ c: SheetCase) {
    var (records, _) = runSheet(c)
    if c.text.hasPrefix(SheetTests.header) { records.removeFirst() }  // the header row
    #expect(records == c.expected)
  }

  /// Not a plain decimal: AmountParser / DateParser decide; their specific reasons follow the
  /// sheet's own note, their generic "cannot read" is not said twice.
  @Test(arguments: [("三千多", "row-amount-not-read"), ("xyz", "row-bad-amount"), ("约300", "row-amount-not-read")])
  func unreadableAmountGoesThroughTheFullParser(_ text: String, _ code: String) {
    let (records, _) = SheetFixtures.sheet(SheetTests.header + "2024-03-05,张建国,水管,\(text),,")
    let r = records.last
    #expect(r?.kind == .rejected)
    #expect(r?.source.line == 2)
    #expect(r?.notes.first?.code == code)
    #expect(r?.notes.first?.render(.zh).contains(text) == true)
    #expect(r?.notes.contains { $0.code == "amount-unreadable" } == false)
  }

  @Test(arguments: ["腊月廿三X", "60", "明天"]) func unreadableDateGoesThroughTheFullParser(_ text: String) {
    let (records, _) = SheetFixtures.sheet(SheetTests.header + "\(text),张建国,水管,350,,")
    let r = records.last
    #expect(r?.kind == .debt)
    #expect(r?.date == nil)
    #expect(r?.notes.isEmpty == false)
  }

  // MARK: checks

  static let checks: [SheetCase] = [
    .init(
      name: "running balance per customer",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-01-05,张建国,水管,350,,350\n2024-01-06,李四,电线,120,,120\n2024-01-09,张建国,还款,,100,250\n2024-01-12,李四,水泥,450,,507\n2024-01-15,李四,还款,,7,500",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-01-05 [runningBalance 350.00]",
        "L3/0 debt ok 李四 120.00 2024-01-06 [runningBalance 120.00]",
        "L4/0 payment ok 张建国 100.00 2024-01-09 [runningBalance 250.00]",
        "L5/0 debt conflict 李四 450.00 2024-01-12 [runningBalance 507.00] {running-balance-break}",
        "L6/0 payment ok 李四 7.00 2024-01-15 [runningBalance 500.00]",
      ]),
    .init(
      name: "carried forward seeds the balance",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-01-01,张建国,上年结转,,,1500\n2024-01-05,张建国,水管,350,,1850\n2024-01-09,张建国,还款,,100,1700",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 skipped skipped 张建国 2024-01-01 [carriedForward 1500.00] {carried-forward-row}",
        "L3/0 debt ok 张建国 350.00 2024-01-05 [runningBalance 1850.00]",
        "L4/0 payment conflict 张建国 100.00 2024-01-09 [runningBalance 1700.00] {running-balance-break}",
      ]),
    .init(
      name: "an empty 余额 cell still moves the balance",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-01-05,张建国,水管,350,,350\n2024-01-06,张建国,电线,120,,\n2024-01-09,张建国,还款,,100,370\n2024-01-12,张建国,水泥,50,,400",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-01-05 [runningBalance 350.00]",
        "L3/0 debt ok 张建国 120.00 2024-01-06",
        "L4/0 payment ok 张建国 100.00 2024-01-09 [runningBalance 370.00]",
        "L5/0 debt conflict 张建国 50.00 2024-01-12 [runningBalance 400.00] {running-balance-break}",
      ]),
    .init(
      name: "balance side 借或贷",
      text: "日期,客户,摘要,借方,贷方,余额,借或贷\n2024-01-05,张建国,预收,,500,500,贷\n2024-01-06,张建国,水管,500,,0,平",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 payment ok 张建国 500.00 2024-01-05 [runningBalance -500.00]",
        "L3/0 debt ok 张建国 500.00 2024-01-06 [runningBalance 0.00]",
      ]),
    .init(
      name: "balance-only row", text: "日期,客户,借方,余额\n2024-01-01,张建国,,800\n2024-01-05,张建国,200,1000",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 skipped skipped 张建国 [runningBalance 800.00] {balance-only-row}",
        "L3/0 debt ok 张建国 200.00 2024-01-05 [runningBalance 1000.00]",
      ]),
    .init(
      name: "数量 × 单价",
      text: "日期,客户,品名,数量,单价,金额\n2024-03-05,张建国,水管接头,20,17.5,350\n2024-03-05,张建国,水管接头,20,17.5,530\n2024-03-05,张建国,电线,2.5,12.35,30.88\n2024-03-05,张建国,电线,2,12.5,\n2024-03-05,张建国,电线,两,12.5,25\n2024-03-06,张建国,退货,10,58,(580.00)\n2024-03-06,张建国,退货,10,58,-590",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05 [quantityTimesPrice 350.00]",
        "L3/0 debt conflict 张建国 530.00 2024-03-05 [quantityTimesPrice 350.00] {quantity-price-break}",
        "L4/0 debt ok 张建国 30.88 2024-03-05 [quantityTimesPrice 30.88]",
        "L5/0 debt ok 张建国 25.00 2024-03-05 [quantityTimesPrice 25.00] {amount-from-quantity-price}",
        "L6/0 debt ok 张建国 25.00 2024-03-05 {bad-quantity-price}",
        // A return written negative agrees with its positive quantity × price; 退货 in the
        // 品名 of a one-amount sheet says it is a return.
        "L7/0 debt ok 张建国 -580.00 2024-03-06 [quantityTimesPrice 580.00] {return-goods,negative-amount}",
        "L8/0 debt conflict 张建国 -590.00 2024-03-06 [quantityTimesPrice 580.00] {return-goods,quantity-price-break,negative-amount}",
      ]),
    .init(
      name: "totals",
      text: "日期,客户,品名,金额,已收\n2024-03-05,张建国,水管,350,\n2024-03-06,李四,电线,120,50\n小计,,,470,50\n2024-03-07,张建国,水泥,450,\n小计,,,540,\n合计,,,920,50\n总计,,,900,",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L3/0 debt ok 李四 120.00 2024-03-06", "L3/1 payment ok 李四 50.00 2024-03-06",
        "L4/0 skipped skipped [total 470.00] {total-row}", "L5/0 debt ok 张建国 450.00 2024-03-07",
        "L6/0 skipped skipped [total 540.00] {total-row,total-mismatch}", "L7/0 skipped skipped [total 920.00] {total-row}",
        "L8/0 skipped skipped [total 900.00] {total-row,total-mismatch}",
      ]),
    .init(
      name: "a balance-only row whose 摘要 says 对账/签字确认 keeps its date (c09); another does not",
      text: "日期,客户,摘要,借方,贷方,余额\n2021-05-01,吴国强,钢筋,5000,,5000\n2023-09-01,吴国强,对账签字确认,,,5000\n2023-10-01,吴国强,余额,,,5000",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 吴国强 5000.00 2021-05-01 [runningBalance 5000.00]",
        "L3/0 skipped skipped 吴国强 2023-09-01 [runningBalance 5000.00] {balance-only-row}",
        "L4/0 skipped skipped 吴国强 [runningBalance 5000.00] {balance-only-row}",
      ]),
  ]

  @Test(arguments: checks) func checksArithmetic(_ c: SheetCase) {
    let got = runSheet(c).0
    #expect(got == c.expected)
  }

  @Test func notesGiveBothFigures() {
    let (balance, _) = SheetFixtures.sheet(SheetTests.checks[0].text)
    #expect(
      balance[4].notes.first?.render(.zh)
        == "余额对不上：上一行余额 120.00 + 本行欠款 450.00 − 本行收款 0.00 = 570.00，表上写的是 507.00：请核对这一行")
    let (totals, _) = SheetFixtures.sheet(SheetTests.checks[6].text)
    #expect(totals[6].notes.last?.render(.en) == "the total 540.00 differs from the sum of the rows above, 450.00 (by 90.00): check against the original books")
    #expect(totals[8].notes.last?.render(.zh) == "合计 900.00 和上面各行相加 920.00 不一致（差 -20.00）：请对照原账核对")
    let (qty, _) = SheetFixtures.sheet(SheetTests.checks[5].text)
    #expect(qty[2].notes.first?.render(.zh) == "数量×单价对不上：20 × 17.50 = 350.00，金额写的是 530.00：请核对这一行")
  }

  // MARK: quoting

  static let quoting: [SheetCase] = [
    .init(
      name: "a cell with a line break keeps the row's first line",
      text: "日期,客户,品名,金额\n2024-03-05,张建国,\"水管\n接头\",350\n2024-03-06,李四,电线,120\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05", "L4/0 debt ok 李四 120.00 2024-03-06",
      ]),
    .init(
      name: "quote never closed",
      text: "日期,客户,品名,金额\n2024-03-05,张建国,\"水管接头,350\n2024-03-06,李四,电线,120\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {quote-unbalanced}", "L3/0 debt ok 李四 120.00 2024-03-06"]),
    .init(
      name: "inch mark inside a field",
      text: "日期,客户,品名,金额\n2024-03-07,老王,4分\"弯头,15\n2024-03-08,老王,\"1/2\"\"接头\",8\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 老王 15.00 2024-03-07 {quote-as-text}",
        "L3/0 debt ok 老王 8.00 2024-03-08",
      ]),
    .init(
      name: "inch marks in a TSV and in a cell that spans lines",
      text: "日期\t客户\t品名\t金额\n2024-03-07\t老王\t6分\"三通\t15\n2024-03-08\t老王\t\"弯头\n4分\"\"\"\t8\n", expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 老王 15.00 2024-03-07 {quote-as-text}",
        "L3/0 debt ok 老王 8.00 2024-03-08",
      ], tsv: true),
    .init(
      name: "text after a closing quote is still refused",
      text: "日期,客户,品名,金额\n2024-03-07,老王,\"4分\"弯头,15\n2024-03-08,老王,接头,8\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {quote-unbalanced}", "L3/0 debt ok 老王 8.00 2024-03-08",
      ]),
    .init(
      name: "a quoted cell of 200 lines is one field",
      text: "日期,客户,品名,金额\n2024-03-01,张建国,水管,100\n2024-03-02,李四,\"x" + String(repeating: "\nx", count: 199)
        + "\",200\n2024-03-03,王五金店,电线,300\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-01", "L3/0 debt ok 李四 200.00 2024-03-02",
        "L203/0 debt ok 王五金店 300.00 2024-03-03",
      ]),
    .init(
      name: "a cell left open at the end that holds no rows is one record",
      text: "日期,客户,品名,金额\n2024-03-01,张建国,水管,100\n2024-03-02,李四,\"x" + String(repeating: "\nx", count: 99) + "\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-01", "L3/0 rejected rejected {quote-cell-unbalanced}",
      ]),
    .init(
      name: "quoted amounts with thousands separators",
      text: "日期,客户,品名,金额\r\n2024-03-05,张建国,\"开关,插座\",\"1,200.00\"\r\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1200.00 2024-03-05"]),
  ]

  @Test(arguments: quoting) func handlesQuotes(_ c: SheetCase) {
    let got = runSheet(c).0
    #expect(got == c.expected)
  }

  @Test func anOpenQuoteCannotSwallowTheFile() {
    var text = "日期,客户,品名,金额\n2024-03-01,张建国,\"水管,350\n"
    for i in 1...150 { text += "2024-03-05,李四,电线\(i),\(i)\n" }
    let (records, _) = SheetFixtures.sheet(text)
    #expect(records.count == 152)
    #expect(records[1].kind == .rejected && records[1].source.line == 2)
    #expect(records.dropFirst(2).allSatisfy { $0.kind == .debt })
    #expect(records.last?.source.line == 152)
    #expect(records.last?.amount == Money(yuan: 150))
  }

  /// Over the row limit: one record for the whole cell, memory bounded, and reading goes on.
  @Test(arguments: [(30_000, 64 * 1024), (400_000, SheetReader.defaultMaxRowBytes)]) func aHugeCellIsOneRecord(
    _ lines: Int, _ limit: Int
  ) {
    let text = "日期,客户,品名,金额\n2024-03-01,张建国,水管,100\n2024-03-02,李四,\"x"
      + String(repeating: "\nxx", count: lines) + "\",200\n2024-03-03,王五金店,电线,300\n"
    let (records, _) = SheetFixtures.sheet(text, maxRowBytes: limit)
    #expect(records.map(SheetFixtures.describe) == [
      "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-01", "L3/0 rejected rejected {row-too-big}",
      "L\(lines + 4)/0 debt ok 王五金店 300.00 2024-03-03",
    ])
    #expect(records[2].notes.count == 1)
    #expect(records[2].notes[0].args == ["3", String(lines + 3), String(3 * lines + 25)])
    #expect(records[2].raw.utf8.count < 300)
  }

  /// A stray quote over the row limit: the rows it swallowed are read again.
  @Test func aStrayQuoteOverTheLimitDoesNotSwallowRows() {
    var text = "日期,客户,品名,金额\n2024-03-01,张建国,\"水管,350\n"
    for i in 1...300 { text += "2024-03-05,李四,电线\(i),\(i)\n" }
    let (records, _) = SheetFixtures.sheet(text, maxRowBytes: 2048)
    #expect(records.count == 302)
    #expect(records[1].kind == .rejected && records[1].notes.map(\.code) == ["quote-unbalanced"])
    #expect(records.dropFirst(2).allSatisfy { $0.kind == .debt })
    #expect(records.last?.source.line == 302)
  }

  /// Left open to the end of a big file: one record naming the lines.
  @Test func aCellLeftOpenOverTheLimitIsOneRecord() {
    let text = "日期,客户,品名,金额\n2024-03-01,张建国,\"水管" + String(repeating: "\n很长的备注", count: 500)
    let (records, _) = SheetFixtures.sheet(text, maxRowBytes: 1024)
    #expect(records.map(SheetFixtures.describe) == ["L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {quote-cell-unbalanced}"])
    #expect(records[1].notes.first?.args.prefix(2) == ["2", "502"])
  }

  @Test func goodsKeepTheirText() {
    let (records, _) = SheetFixtures.sheet(SheetTests.quoting[0].text)
    #expect(records[1].goods == "水管\n接头")
    #expect(records[1].raw == "2024-03-05,张建国,\"水管\n接头\",350")
    #expect(records[1].origin == .sheet)
  }

  // MARK: layouts

  static func layout(_ json: String) throws -> SheetLayout {
    let path = NSTemporaryDirectory() + "qz-layout-\(getpid())-\(StableHash.hex(json, digits: 8)).json"
    try json.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try SheetLayout.load(path: path, vocabulary: SheetFixtures.vocabulary)
  }

  static let layoutCases: [(String, SheetCase)] = [
    (
      #"{"name": "英文表头", "headerRow": 2, "dateOrder": "dmy", "columns": {"Date": "date", "Who": "customer", "Owes": "debit"}}"#,
      .init(
        name: "header row and names given", text: "My shop\nDate,Who,Owes\n5/3/2024,张建国,350\n",
        expected: [
          "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row,header-layout}",
          "L3/0 debt ok 张建国 350.00 2024-03-05",
        ])
    ),
    (
      #"{"header": ["开单时间", "本单欠款"], "unit": "万元", "columns": {"开单时间": "date", "本单欠款": "debit", "客户": "customer"}}"#,
      .init(
        name: "recognised by its header", text: "开单时间,客户,本单欠款\n2024-03-05 10:00,李四,1.5\n",
        expected: ["L1/0 skipped skipped {header-row,header-layout,header-unit}", "L2/0 debt ok 李四 15000.00 2024-03-05"])
    ),
    (
      ##"{"headerRow": 0, "skipRows": 1, "year": 2024, "customer": "张建国", "columns": {"#1": "date", "#2": "goods", "#3": "debit"}}"##,
      .init(
        name: "no header row, by position", text: "张建国的账\n3/5,水管,350\n3/9,电线,120\n",
        expected: [
          "L1/0 skipped skipped {title-row}", "L2/0 debt ok 张建国 350.00 2024-03-05 {year-from-mapping}",
          "L3/0 debt ok 张建国 120.00 2024-03-09 {year-from-mapping}",
        ])
    ),
    (
      #"{"columns": {"欠多少": "debit", "谁": "customer"}}"#,
      .init(
        name: "extra column names for any sheet", text: "日期,谁,欠多少\n2024-03-05,张建国,350\n",
        expected: ["L1/0 skipped skipped {header-row,header-layout}", "L2/0 debt ok 张建国 350.00 2024-03-05"])
    ),
  ]

  @Test(arguments: layoutCases.map(\.1.name)) func readsWithLayouts(_ name: String) throws {
    let (json, c) = try #require(SheetTests.layoutCases.first { $0.1.name == name })
    let got = runSheet(c, layouts: [try SheetTests.layout(json)]).0
    #expect(got == c.expected)
  }

  @Test(arguments: [
    #"{"columns": {"日期": "when"}}"#, ##"{"columns": {"#0": "date"}}"##, #"{"unit": "斤", "columns": {}}"#, "{\"columns\": ",
  ])
  func refusesBadLayouts(_ json: String) {
    do {
      _ = try SheetTests.layout(json)
      Issue.record("accepted \(json)")
    } catch let error as Diagnostic {
      #expect(error.code == "bad-layout-file")
    } catch {
      Issue.record("\(error)")
    }
  }

  // MARK: speed (by hand)

  /// `QZ_SHEET_SPEED=1 swift test -c release --filter SheetTests/readingSpeed`: prints rows/s for a
  /// generated 1,000,000-row GBK sheet (decoding + libcsv + records, no SQLite).
  @Test(.enabled(if: ProcessInfo.processInfo.environment["QZ_SHEET_SPEED"] != nil))
  func readingSpeed() throws {
    let rows = Int(ProcessInfo.processInfo.environment["QZ_SHEET_ROWS"] ?? "") ?? 1_000_000
    // Generated once and kept (it takes longer to write than to read): delete it by hand.
    let path = NSTemporaryDirectory() + "qz-speed-\(rows).csv"
    if !FileManager.default.fileExists(atPath: path) { try SheetTests.writeSpeedSheet(rows: rows, to: path) }
    let reader = try SheetFixtures.reader()
    var count = 0
    var conflicts = 0
    let start = Date()
    let summary = try reader.read(InputFile(displayPath: "speed.csv", fsPath: path)) { r in
      count += 1
      if r.status == .conflict { conflicts += 1 }
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      "read \(summary.lines) lines (\(summary.encoding)), \(count) records, \(conflicts) conflicts in "
        + "\(String(format: "%.3f", seconds)) s: \(Int(Double(rows) / seconds)) rows/s")
    #expect(conflicts == 0)
    #expect(summary.encoding == "GB18030")
  }

  /// A realistic GBK sheet: title, header, `rows` rows of eight customers with a running balance.
  static func writeSpeedSheet(rows: Int, to path: String) throws {
    let names = ["张建国", "李四", "陈立新", "王五金店", "老张", "刘德华", "赵铁柱", "孙小美"]
    let goods = ["水管接头", "PPR水管", "电线", "水泥", "开关插座", "瓷砖胶", "角阀", "电工胶布"]
    var text = "李记五金2023年客户欠款明细\r\n日期,客户名称,品名,数量,单价,金额,已收,余额,备注\r\n"
    var balances = [Int](repeating: 0, count: names.count)
    func yuan(_ f: Int) -> String { "\(f / 100).\(f % 100 < 10 ? "0" : "")\(f % 100)" }
    for i in 0..<rows {
      let c = i % names.count
      let qty = 1 + i % 20
      let price = 150 + i % 900  // fen
      let amount = qty * price
      let paid = i % 7 == 0 ? amount / 2 : 0
      balances[c] += amount - paid
      let day = 1 + i % 28
      let month = 1 + (i / 28) % 12
      text += "2023/\(month)/\(day),\(names[c]),\(goods[i % goods.count]),\(qty),\(yuan(price)),\(yuan(amount)),"
      text += (paid > 0 ? yuan(paid) : "") + ",\(yuan(balances[c])),\r\n"
    }
    let utf8Path = path + ".utf8"
    try text.write(toFile: utf8Path, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: utf8Path) }
    let iconv = Process()
    iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    iconv.arguments = ["-f", "UTF-8", "-t", "GBK", "-o", path, utf8Path]
    try iconv.run()
    iconv.waitUntilExit()
  }
}
