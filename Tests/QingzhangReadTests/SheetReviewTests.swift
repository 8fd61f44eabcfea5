import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

/// Findings of the review of the sheet reader (inputs of /tmp/rv-sheets, named in each case):
/// money read twice or on the wrong customer, tables and totals not seen, columns not known.
@Suite struct SheetReviewTests {
  // MARK: 金额 / 已收 / 欠款 sales logs (p01)

  static let salesLogs: [SheetCase] = [
    .init(
      name: "p01: 欠款 is already net of 已收; a cash sale owes nothing",
      text: "日期,客户,品名,数量,单价,金额,已收,欠款,备注\n2024/3/5,张建国,水管,100,10,1000,300,700,\n"
        + "2024/3/6,李四,电线,2,250,500,500,0,现结\n2024/3/7,王五,水泥,10,45,450,0,450,\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 张建国 700.00 2024-03-05 [quantityTimesPrice 1000.00] {sales-log-net-of-received}",
        "L3/0 skipped skipped {paid-on-the-spot}",
        "L4/0 debt ok 王五 450.00 2024-03-07 [quantityTimesPrice 450.00]",
      ]),
    .init(
      name: "金额 − 已收 ≠ 欠款: held with the other figure; an empty 欠款 is refused",
      text: "日期,客户,金额,已收,欠款\n2024/3/8,赵六,1000,300,600\n2024/3/9,钱七,1000,300,\n"
        + "2024/3/10,孙八,1000,,1000\n2024/3/11,张建国,,500,\n2024/3/12,王五,800,,\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt conflict 赵六 600.00 2024-03-08 [amountLessReceived 700.00] {sales-log-relation-break}",
        "L3/0 rejected rejected {sales-log-no-debt}",
        "L4/0 debt ok 孙八 1000.00 2024-03-10",
        "L5/0 payment ok 张建国 500.00 2024-03-11",
        "L6/0 rejected rejected {sales-log-no-debt}",
      ]),
  ]

  @Test(arguments: salesLogs) func aSalesLogTakesTheCashOffOnce(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: a second table below with another header (e05-e08)

  static let tablesBelow: [SheetCase] = [
    .init(
      name: "e06: 还款 table right below a 欠款 table",
      text: "日期,客户,欠款\n2024/1/5,张建国,1000\n日期,客户,还款\n2024/2/5,张建国,500\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-01-05",
        "L3/0 skipped skipped {header-row,header-changed}", "L4/0 payment ok 张建国 500.00 2024-02-05",
      ]),
    .init(
      name: "e07: columns reordered",
      text: "日期,客户,金额,备注\n2024/1/5,张建国,1000,\n日期,金额,客户,备注\n2024/2/5,500,李四,\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-01-05",
        "L3/0 skipped skipped {header-row,header-changed}", "L4/0 debt ok 李四 500.00 2024-02-05",
      ]),
    .init(
      name: "e08: a 已收 column added",
      text: "日期,客户,金额\n2024/1/5,张建国,1000\n日期,客户,金额,已收\n2024/2/6,李四,300,100\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-01-05",
        "L3/0 skipped skipped {header-row,header-changed}", "L4/0 debt ok 李四 300.00 2024-02-06",
        "L4/1 payment ok 李四 100.00 2024-02-06",
      ]),
    .init(
      name: "the same header again is a repeated page header (spaced the same way or not)",
      text: "日期,客户,金额\n2024/1/5,张建国,1000\n日 期,客户,金额\n2024/2/6,李四,300\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-01-05",
        "L3/0 skipped skipped {repeated-header}", "L4/0 debt ok 李四 300.00 2024-02-06",
      ]),
    .init(
      name: "a new header without money: the rows under it are not read",
      text: "日期,客户,金额\n2024/1/5,张建国,1000\n日期,客户,电话\n2024/2/6,李四,13807341234\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-01-05",
        "L3/0 skipped skipped {header-row,header-changed}", "L4/0 rejected rejected {no-amount-column-row}",
      ],
      diagnostics: ["no-amount-column@3"]),
  ]

  @Test(arguments: tablesBelow) func aDifferentHeaderBelowStartsATable(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: tables side by side (e02, e09)

  static let sideBySide: [SheetCase] = [
    .init(
      name: "e09: payments on the right belong to the right table's customers",
      text: "日期,客户,欠款,,日期,客户,还款\n2024/1/5,张建国,1000,,2024/2/5,李四,300\n2024/1/7,李四,500,,,,\n",
      expected: [
        "L1/0 skipped skipped {header-row,tables-side-by-side}",
        "L2/0 debt ok 张建国 1000.00 2024-01-05", "L2/1 payment ok 李四 300.00 2024-02-05",
        "L3/0 debt ok 李四 500.00 2024-01-07",
      ]),
    .init(
      name: "e02: the right-hand table is read too; a row only on the right",
      text: "日期,客户,金额,,日期,客户,金额\n2024/1/5,张建国,100,,2024/2/5,李四,300\n,,,,2024/2/6,赵六,400\n",
      expected: [
        "L1/0 skipped skipped {header-row,tables-side-by-side}",
        "L2/0 debt ok 张建国 100.00 2024-01-05", "L2/1 debt ok 李四 300.00 2024-02-05",
        "L3/0 debt ok 赵六 400.00 2024-02-06",
      ]),
    .init(
      name: "no blank column between; the customer first; a total per table",
      text: "客户,日期,欠款,客户,日期,还款\n张建国,2024/1/5,1000,李四,2024/2/5,300\n合计,,1000,合计,,300\n",
      expected: [
        "L1/0 skipped skipped {header-row,tables-side-by-side}",
        "L2/0 debt ok 张建国 1000.00 2024-01-05", "L2/1 payment ok 李四 300.00 2024-02-05",
        "L3/0 skipped skipped [total 1000.00] {total-row}", "L3/1 skipped skipped [total 300.00] {total-row}",
      ]),
    .init(
      name: "an empty customer on the right is not the left's customer",
      text: "日期,客户,欠款,,日期,客户,还款\n2024/1/5,张建国,1000,,2024/2/5,,300\n",
      expected: [
        "L1/0 skipped skipped {header-row,tables-side-by-side}",
        "L2/0 debt ok 张建国 1000.00 2024-01-05", "L2/1 rejected rejected {row-no-customer}",
      ],
      diagnostics: ["customer-column-empty@0"]),
    .init(
      name: "a customer column written twice is one table",
      text: "日期,客户,客户名称,金额\n2024/1/5,张建国,张建国,1000\n",
      expected: ["L1/0 skipped skipped {header-row,header-duplicate-column}", "L2/0 debt ok 张建国 1000.00 2024-01-05"]),
  ]

  @Test(arguments: sideBySide) func tablesSideBySideAreReadApart(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: totals without a label, or spaced out (g04-g06)

  static let totals: [SheetCase] = [
    .init(
      name: "g04: ,,,550 under 350 and 200 is their total, not 张建国's debt",
      text: "日期,客户,摘要,金额\n2024/3/5,张建国,水管,350\n2024/3/6,张建国,电线,200\n,,,550\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L3/0 debt ok 张建国 200.00 2024-03-06", "L4/0 skipped skipped [total 550.00] {unlabelled-total}",
      ]),
    .init(
      name: "g05: 合  计 with spaces in the first cell",
      text: "日期,客户,摘要,金额\n2024/3/5,张建国,水管,350\n2024/3/6,李四,电线,200\n合  计,,,550\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L3/0 debt ok 李四 200.00 2024-03-06", "L4/0 skipped skipped [total 550.00] {total-row}",
      ]),
    .init(
      name: "g06: 合　计 with a full-width space in the goods cell; the next total counts from it",
      text: "日期,客户,摘要,金额,已收\n2024/3/5,张建国,水管,350,\n,,合　计,350,\n2024/3/6,李四,电线,200,50\n,,,200,50\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L3/0 skipped skipped [total 350.00] {total-row}", "L4/0 debt ok 李四 200.00 2024-03-06",
        "L4/1 payment ok 李四 50.00 2024-03-06", "L5/0 skipped skipped [total 200.00] {unlabelled-total}",
      ]),
    .init(
      name: "a figure that is not the sum is no total",
      text: "日期,客户,摘要,金额\n2024/3/5,张建国,水管,350\n2024/3/6,张建国,电线,200\n,,,300\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05",
        "L3/0 debt ok 张建国 200.00 2024-03-06",
        "L4/0 debt ok 张建国 300.00 2024-03-06 {customer-filled-down,date-filled-down}",
      ]),
  ]

  @Test(arguments: totals) func totalsAreSeenWithoutTheirLabel(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: column spellings; money in columns nobody knows (q-*, r-*, p02, u02)

  @Test(arguments: [
    "已收款", "收款额", "还款额", "已还款", "回款", "回款金额", "本次收款", "本次还款", "付款额", "实付", "实收金额", "实付金额",
  ])
  func paymentColumnSpellings(_ header: String) {
    let (records, diagnostics) = runSheet(
      SheetCase(name: header, text: "日期,客户,金额,\(header)\n2024/3/5,张建国,1000,300\n", expected: []))
    #expect(records == ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-03-05", "L2/1 payment ok 张建国 300.00 2024-03-05"])
    #expect(diagnostics.isEmpty)
  }

  @Test(arguments: ["时间", "日期时间", "开单时间", "发生日期", "购货日期", "赊欠日期", "年月日"])
  func dateColumnSpellings(_ header: String) {
    let (records, _) = runSheet(SheetCase(name: header, text: "\(header),客户,货名,金额\n2024/3/5,张建国,水管,1000\n", expected: []))
    #expect(records == ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 1000.00 2024-03-05"])
  }

  static let unknownColumns: [SheetCase] = [
    .init(
      name: "q-微信: figures in a column nobody knows are said, on the row and on stderr",
      text: "日期,客户,金额,微信\n2024/3/5,张建国,1000,300\n2024/3/6,李四,500,\n2024/3/7,王五,,200\n",
      expected: [
        "L1/0 skipped skipped {header-row,header-unknown-columns}",
        "L2/0 debt ok 张建国 1000.00 2024-03-05 {unknown-column-figure}", "L3/0 debt ok 李四 500.00 2024-03-06",
        "L4/0 rejected rejected {row-no-amount,unknown-column-figure}",
      ],
      diagnostics: ["unknown-money-column@1"]),
    .init(
      name: "words in a column nobody knows: nothing to say beyond the header's note",
      text: "日期,客户,金额,颜色\n2024/3/5,张建国,1000,红\n",
      expected: ["L1/0 skipped skipped {header-row,header-unknown-columns}", "L2/0 debt ok 张建国 1000.00 2024-03-05"]),
    .init(
      name: "u01/u02: a byte-order mark inside the file hides neither a header nor a date",
      text: "日期,客户,金额\n2024/3/5,张建国,100\n\u{FEFF}日期,客户,金额\n\u{FEFF}2024/4/5,李四,200\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-05", "L3/0 skipped skipped {repeated-header}",
        "L4/0 debt ok 李四 200.00 2024-04-05",
      ]),
  ]

  @Test(arguments: unknownColumns) func moneyInAnUnknownColumnIsSaid(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: a key/value title row is no header (w01, w02)

  static let keyValueTitles: [SheetCase] = [
    .init(
      name: "w01: 客户名称,张记五金,联系电话,… above the real header",
      text: "兴旺五金客户对账单,,,,\n客户名称,张记五金,联系电话,13807341234,\n日期,摘要,借方,贷方,余额\n"
        + "2024-01-08,水管,350.00,,350.00\n2024-02-09,还款,,100.00,250.00\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {customer-title-row}",
        "L3/0 skipped skipped {header-row}",
        "L4/0 debt ok 张记五金 350.00 2024-01-08 tel 13807341234 [runningBalance 350.00]",
        "L5/0 payment ok 张记五金 100.00 2024-02-09 tel 13807341234 [runningBalance 250.00]",
      ]),
    .init(
      name: "a header without money and no better row below: its rows are refused as before",
      text: "日期,客户,电话\n2024/3/5,张建国,13807341234\n2024/3/6,李四,13907341234\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {no-amount-column-row}",
        "L3/0 rejected rejected {no-amount-column-row}",
      ],
      diagnostics: ["no-amount-column@1"]),
  ]

  @Test(arguments: keyValueTitles) func aKeyValueTitleLosesToTheRealHeader(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: the other delimiter (c06, c08, c09)

  static let delimiters: [SheetCase] = [
    .init(
      name: "c08: tabs in a .csv",
      text: "日期\t客户\t金额\n2024/3/5\t张建国\t100\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-05"],
      diagnostics: ["delimiter-tab-in-csv@1"]),
    .init(
      name: "c06: a title with one tab, then a tab-separated header, in a .csv",
      text: "客户欠款明细（2024年）\t\n日期\t客户名称\t应收\t实收\n2024/3/5\t张建国\t1,200.00\t\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 debt ok 张建国 1200.00 2024-03-05",
      ],
      diagnostics: ["delimiter-tab-in-csv@2"]),
    .init(
      name: "c09: commas in a .tsv",
      text: "日期,客户,金额\n2024/3/5,张建国,100\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-05"],
      diagnostics: ["delimiter-comma-in-tsv@1"], tsv: true),
    .init(
      name: "a .csv with commas and a tab inside a cell stays comma-separated",
      text: "日期,客户,金额,备注\n2024/3/5,张建国,100,送货\t上门\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 100.00 2024-03-05"]),
  ]

  @Test(arguments: delimiters) func theOtherDelimiterIsSeen(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: Excel exports as they really come (an auditor's rows under `日期,客户,金额`)

  static let excelCells: [SheetCase] = [
    .init(
      name: "error values of a failed formula, and a column too narrow, are said as such",
      text: "日期,客户,金额\n2024-03-03,王五,#VALUE!\n2024-03-03,王五,#REF!\n2024-03-03,王五,#N/A\n"
        + "2024-03-03,王五,#DIV/0!\n2024-03-03,王五,#NAME?\n2024-03-03,王五,#NUM!\n2024-03-03,王五,#NULL!\n"
        + "2024-03-03,王五,########\n2024-03-03,王五,#value!\n2024-03-03,王五,#12\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L3/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L4/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L5/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L6/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L7/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L8/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L9/0 rejected rejected {row-amount-not-read,excel-column-too-narrow}",
        "L10/0 rejected rejected {row-amount-not-read,excel-error-value}",
        "L11/0 rejected rejected {row-bad-amount}",
      ]),
    .init(
      name: "an error value in the customer or date column: no customer #N/A, no date",
      text: "日期,客户,金额\n2024-03-03,#N/A,100\n#VALUE!,王五,100\n########,王五,100\n# 注释,,\n########,,\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 rejected rejected {row-no-customer,excel-error-value}",
        "L3/0 debt ok 王五 100.00 {excel-error-value}",
        "L4/0 debt ok 王五 100.00 {excel-column-too-narrow}",
        "L5/0 skipped skipped {comment-row}",
        "L6/0 skipped skipped {comment-row}",
      ]),
    .init(
      name: "scientific notation: refused unless its digits reach the fen",
      text: "日期,客户,金额\n2024-03-04,王五,1.25E+04\n2024-03-04,王五,1.2534E+04\n2024-03-04,王五,1E+05\n"
        + "2024-03-04,王五,1.253400E+04\n2024-03-04,王五,1.50E-01\n2024-03-04,王五,1.2345E-01\n"
        + "2024-03-04,王五,1.25e4\n2024-03-04,王五,9.9E+99\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 rejected rejected {row-amount-not-read,amount-scientific}",
        "L3/0 rejected rejected {row-amount-not-read,amount-scientific}",
        "L4/0 rejected rejected {row-amount-not-read,amount-scientific}",
        "L5/0 debt ok 王五 12534.00 2024-03-04 {amount-scientific-exact}",
        "L6/0 debt ok 王五 0.15 2024-03-04 {amount-scientific-exact}",
        "L7/0 rejected rejected {row-amount-not-read,amount-scientific}",
        "L8/0 rejected rejected {row-amount-not-read,amount-scientific}",
        "L9/0 rejected rejected {row-amount-not-read,amount-scientific}",
      ]),
    .init(
      name: "a balance Excel could not save says why",
      text: "日期,客户,欠款,余额\n2024-03-04,王五,100,100\n2024-03-05,王五,50,#REF!\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 王五 100.00 2024-03-04 [runningBalance 100.00]",
        "L3/0 debt ok 王五 50.00 2024-03-05 {bad-balance,excel-error-value}",
      ]),
  ]

  @Test(arguments: excelCells) func excelCellsWithoutAValueAreSaid(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  // MARK: 摘要 words (还款, 作废, 已还清, 退货) in a sheet of one amount column

  static let summaryWords: [SheetCase] = [
    .init(
      name: "one amount column: 还款 is a payment, 作废 is struck out, 已还清 is a debt paid the same day",
      text: "日期,客户,摘要,金额\n2024-03-05,张建国,还款,200\n2024-03-06,李四,作废,500\n2024-03-07,王五,已还清,300\n"
        + "2024-03-08,赵六,退货,50\n2024-03-09,钱七,收款,100\n2024-03-10,孙八,还钱,80\n2024-03-11,周九,付款,60\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 payment ok 张建国 200.00 2024-03-05 {summary-payment}",
        "L3/0 skipped skipped 李四 {summary-void}", "L4/0 debt ok 王五 300.00 2024-03-07 {summary-settled}",
        "L4/1 payment ok 王五 300.00 2024-03-07 {summary-settled}",
        "L5/0 debt ok 赵六 -50.00 2024-03-08 {return-goods,negative-amount}",
        "L6/0 payment ok 钱七 100.00 2024-03-09 {summary-payment}",
        "L7/0 payment ok 孙八 80.00 2024-03-10 {summary-payment}",
        "L8/0 payment ok 周九 60.00 2024-03-11 {summary-payment}",
      ]),
    .init(
      name: "words that only look like a payment stay debts: 还款期限, 未还款, 欠款, 没 还款, 收款人",
      text: "日期,客户,摘要,金额\n2024-03-05,张建国,还款期限3个月,350\n2024-03-06,张建国,水泥（未还款）,200\n"
        + "2024-03-07,张建国,欠款,100\n2024-03-08,张建国,没 还款,50\n2024-03-09,张建国,收款人：小李,40\n"
        + "2024-03-10,张建国,未作废,30\n2024-03-11,张建国,3月还款,20\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05", "L3/0 debt ok 张建国 200.00 2024-03-06",
        "L4/0 debt ok 张建国 100.00 2024-03-07", "L5/0 debt ok 张建国 50.00 2024-03-08", "L6/0 debt ok 张建国 40.00 2024-03-09",
        "L7/0 debt ok 张建国 30.00 2024-03-10", "L8/0 debt ok 张建国 20.00 2024-03-11",
      ]),
    .init(
      name: "a word as a part of the cell: 还款（微信）, 水泥，已结清, 水泥(作废), 还款200, a negative payment",
      text: "日期,客户,摘要,金额\n2024-03-05,张建国,还款（微信）,200\n2024-03-06,张建国,水泥，已结清,450\n"
        + "2024-03-07,张建国,水泥(作废),90\n2024-03-08,张建国,还款200,200\n2024-03-09,张建国,还款,-150\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 payment ok 张建国 200.00 2024-03-05 {summary-payment}",
        "L3/0 debt ok 张建国 450.00 2024-03-06 {summary-settled}", "L3/1 payment ok 张建国 450.00 2024-03-06 {summary-settled}",
        "L4/0 skipped skipped 张建国 {summary-void}", "L5/0 payment ok 张建国 200.00 2024-03-08 {summary-payment}",
        "L6/0 payment ok 张建国 150.00 2024-03-09 {summary-payment}",
      ]),
    .init(
      name: "the word in the 备注 cell when 品名 names goods",
      text: "日期,客户,品名,金额,备注\n2024-03-05,张建国,水管,350,已还清\n2024-03-06,李四,电线,120,作废\n2024-03-07,王五,水泥,90,送货\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05 {summary-settled}",
        "L2/1 payment ok 张建国 350.00 2024-03-05 {summary-settled}", "L3/0 skipped skipped 李四 {summary-void}",
        "L4/0 debt ok 王五 90.00 2024-03-07",
      ]),
    .init(
      name: "a 单据类型 column decides before the 摘要",
      text: "日期,单据类型,客户,摘要,金额\n2024-03-05,销售单,张建国,还款,350\n2024-03-06,收款单,张建国,水管,100\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05 {summary-against-column}",
        "L3/0 payment ok 张建国 100.00 2024-03-06",
      ]),
    .init(
      name: "借方/贷方: the column decides; a 摘要 that says otherwise is noted; 作废 is struck out",
      text: "日期,客户,摘要,借方,贷方\n2024-03-05,张建国,还款,200,\n2024-03-06,张建国,还款,,200\n"
        + "2024-03-07,张建国,已还清,300,\n2024-03-08,张建国,退货,-50,\n2024-03-09,张建国,退货,50,\n2024-03-10,张建国,作废,,70\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 200.00 2024-03-05 {summary-against-column}",
        "L3/0 payment ok 张建国 200.00 2024-03-06", "L4/0 debt ok 张建国 300.00 2024-03-07 {summary-against-column}",
        "L5/0 debt ok 张建国 -50.00 2024-03-08 {negative-amount}",
        "L6/0 debt ok 张建国 50.00 2024-03-09 {summary-against-column}", "L7/0 skipped skipped 张建国 {summary-void}",
      ]),
    .init(
      name: "已还清 beside a 余额: paid when the 余额 shows it, else the 余额 column decides",
      text: "日期,客户,摘要,金额,余额\n2024-03-05,张建国,水泥,350,350\n2024-03-06,张建国,电线 已还清,120,350\n"
        + "2024-03-07,张建国,水管 已还清,80,430\n2024-03-08,李四,已还清,60,60\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-05 [runningBalance 350.00]",
        "L3/0 debt ok 张建国 120.00 2024-03-06 [runningBalance 350.00] {summary-settled}",
        "L3/1 payment ok 张建国 120.00 2024-03-06 [runningBalance 350.00] {summary-settled}",
        "L4/0 debt ok 张建国 80.00 2024-03-07 [runningBalance 430.00] {summary-against-column}",
        "L5/0 debt ok 李四 60.00 2024-03-08 [runningBalance 60.00] {summary-against-column}",
      ]),
  ]

  @Test(arguments: summaryWords) func summaryWordsSayWhichWayTheMoneyWent(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  @Test func theScientificNotesSayWhatToDo() {
    let (records, _) = SheetFixtures.sheet("日期,客户,金额\n2024-03-04,王五,1.25E+04\n2024-03-03,王五,#VALUE!\n")
    #expect(
      records[1].notes.map { $0.render(.zh) } == [
        "金额“1.25E+04”不能记账，这一行没有读入",
        "金额“1.25E+04”是科学计数法（列太窄或格式为“常规”时 Excel 这样存），存下的数字可能已经四舍五入（12534 会存成 1.25E+04），看不出确切到分的金额：请在 Excel 里把这一列设成“数值”格式（两位小数）并拉宽，再另存为 CSV",
      ])
    #expect(records[2].notes.last?.render(.zh).hasPrefix("“#VALUE!”是 Excel 的错误值") == true)
  }

  // MARK: dates as Excel writes them

  static let excelDates: [SheetCase] = [
    .init(
      name: "serials: a time after the point is no matter; out of 1990–2099 is no date",
      text: "日期,客户,金额\n45352.5,李四,100\n45352,李四,100\n12,李四,100\n99999,李四,100\n32873,李四,100\n"
        + "73416,李四,100\n1234567,李四,100\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 李四 100.00 2024-03-01 {excel-serial-date}",
        "L3/0 debt ok 李四 100.00 2024-03-01 {excel-serial-date}",
        "L4/0 debt ok 李四 100.00 {excel-serial-out-of-range}",
        "L5/0 debt ok 李四 100.00 {excel-serial-out-of-range}",
        "L6/0 debt ok 李四 100.00 {excel-serial-out-of-range}",
        "L7/0 debt ok 李四 100.00 {excel-serial-out-of-range}",
        "L8/0 debt ok 李四 100.00 {excel-serial-out-of-range}",
      ]),
    .init(
      name: "a month without a day stays undated, the month said",
      text: "日期,客户,金额\n2024年3月,李四,200\n3月,李四,200\n2024.3,李四,200\n2024-3,李四,200\n2024年3月份,李四,200\n"
        + "2024年13月,李四,200\n2024.1,李四,200\n2024.10,李四,200\n2024年1月,李四,200\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 李四 200.00 {date-month-only}",
        "L3/0 debt ok 李四 200.00 {date-month-only-no-year}",
        "L4/0 debt ok 李四 200.00 {date-month-only}",
        "L5/0 debt ok 李四 200.00 {date-month-only}",
        "L6/0 debt ok 李四 200.00 {date-month-only}",
        "L7/0 debt ok 李四 200.00 {date-impossible}",
        "L8/0 debt ok 李四 200.00 {date-month-only,date-month-ten-as-one}",
        "L9/0 debt ok 李四 200.00 {date-month-only}",
        "L10/0 debt ok 李四 200.00 {date-month-only}",
      ]),
    .init(
      name: "days that do not exist",
      text: "日期,客户,金额\n2024-02-30,李四,300\n2023-02-29,李四,300\n2024-13-01,李四,300\n2024-04-31,李四,300\n"
        + "2024-02-29,李四,300\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 李四 300.00 {date-impossible}",
        "L3/0 debt ok 李四 300.00 {date-impossible}",
        "L4/0 debt ok 李四 300.00 {date-impossible}",
        "L5/0 debt ok 李四 300.00 {date-impossible}",
        "L6/0 debt ok 李四 300.00 2024-02-29",
      ]),
    .init(
      name: "2023客户欠款.csv: the file name gives the year",
      text: "日期,客户,金额\n3月5日,张三,400\n3.5,张三,401\n03-05,张三,402\n3月,张三,403\n2024-01-02,张三,404\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 debt ok 张三 400.00 2023-03-05 {year-from-file-name}",
        "L3/0 debt ok 张三 401.00 2023-03-05 {year-from-file-name}",
        "L4/0 debt ok 张三 402.00 2023-03-05 {year-from-file-name}",
        "L5/0 debt ok 张三 403.00 {year-from-file-name,date-month-only}",
        "L6/0 debt ok 张三 404.00 2024-01-02",
      ], path: "账本/2023客户欠款.csv"),
    .init(
      name: "欠款2024.csv", text: "日期,客户,金额\n3月5日,张三,400\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张三 400.00 2024-03-05 {year-from-file-name}"],
      path: "欠款2024.csv"),
    .init(
      name: "lijj-2023-gbk.csv", text: "日期,客户,金额\n3/5,张三,400\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张三 400.00 2023-03-05 {year-from-file-name}"],
      path: "lijj-2023-gbk.csv"),
    .init(
      name: "a title year comes before the file name's",
      text: "2023年赊欠明细\n日期,客户,金额\n3月5日,张三,400\n",
      expected: [
        "L1/0 skipped skipped {title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 debt ok 张三 400.00 2023-03-05 {year-from-title}",
      ], path: "欠款2024.csv"),
    .init(
      name: "a year in neither: no date, said",
      text: "日期,客户,金额\n3月5日,张三,400\n",
      expected: ["L1/0 skipped skipped {header-row}", "L2/0 debt ok 张三 400.00 {sheet-date-no-year}"],
      path: "客户欠款-202403.csv"),
    .init(
      name: "the year of the file name rolls over like a title's",
      text: "日期,客户,金额\n11/5,张三,350\n1/8,张三,120\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张三 350.00 2023-11-05 {year-from-file-name}",
        "L3/0 debt ok 张三 120.00 2024-01-08 {year-rollover}",
      ], path: "2023欠款.csv"),
  ]

  @Test(arguments: excelDates) func datesAsExcelWritesThem(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  @Test func summaryWordsAreNotedInBothLanguages() {
    let (records, _) = SheetFixtures.sheet("日期,客户,摘要,借方,贷方\n2024-03-05,张建国,还款,200,\n2024-03-06,李四,作废,500,\n")
    #expect(records[1].notes.render(.zh) == "摘要写“还款”，与“借方”列不符：按“借方”列记，请核对")
    #expect(records[1].notes.render(.en) == "the summary says “还款”, which the “借方” column does not: booked by the “借方” column; check it")
    #expect(records[2].notes.render(.zh) == "摘要写“作废”：这一行已作废，500.00 不计入欠款（若没有作废，请改掉这个词再读）")
  }


  // MARK: the opening balance a running 余额 implies

  static let impliedOpenings: [SheetCase] = [
    .init(
      name: "the first row's 余额 says 1000.00 was owed before it: said like a 上年结转 row of that line",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-03-01,张建国,水泥,350,,1350\n2024-03-05,张建国,还款,,200,1150\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 skipped skipped 张建国 2024-03-01 [carriedForward 1000.00] {opening-implied-by-balance}",
        "L2/1 debt ok 张建国 350.00 2024-03-01 [runningBalance 1350.00]",
        "L3/0 payment ok 张建国 200.00 2024-03-05 [runningBalance 1150.00]",
      ]),
    .init(
      name: "a negative implied opening is a credit; a payment as the first row",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-03-01,李四,水泥,100,,-200\n2024-03-02,王五,还款,,300,500\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 skipped skipped 李四 2024-03-01 [carriedForward -300.00] {opening-implied-by-balance}",
        "L2/1 debt ok 李四 100.00 2024-03-01 [runningBalance -200.00]",
        "L3/0 skipped skipped 王五 2024-03-02 [carriedForward 800.00] {opening-implied-by-balance}",
        "L3/1 payment ok 王五 300.00 2024-03-02 [runningBalance 500.00]",
      ]),
    .init(
      name: "many customers, each with its own 余额: each first row, and only when it is not its movement",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-03-01,张建国,水泥,350,,1350\n2024-03-02,李四,电线,100,,100\n"
        + "2024-03-03,王五,还款,,50,250\n2024-03-04,张建国,还款,,350,1000\n2024-03-05,李四,水管,20,,120\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 skipped skipped 张建国 2024-03-01 [carriedForward 1000.00] {opening-implied-by-balance}",
        "L2/1 debt ok 张建国 350.00 2024-03-01 [runningBalance 1350.00]",
        "L3/0 debt ok 李四 100.00 2024-03-02 [runningBalance 100.00]",
        "L4/0 skipped skipped 王五 2024-03-03 [carriedForward 300.00] {opening-implied-by-balance}",
        "L4/1 payment ok 王五 50.00 2024-03-03 [runningBalance 250.00]",
        "L5/0 payment ok 张建国 350.00 2024-03-04 [runningBalance 1000.00]",
        "L6/0 debt ok 李四 20.00 2024-03-05 [runningBalance 120.00]",
      ]),
    .init(
      name: "one 余额 for the whole sheet: a customer's first row that goes on from it implies nothing",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-03-01,张建国,水泥,350,,350\n2024-03-02,李四,电线,100,,450\n",
      expected: [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张建国 350.00 2024-03-01 [runningBalance 350.00]",
        "L3/0 debt ok 李四 100.00 2024-03-02 [runningBalance 450.00]",
      ]),
    .init(
      name: "a 上年结转 row first, or a first row without 余额: no opening implied",
      text: "日期,客户,摘要,借方,贷方,余额\n2024-01-01,张建国,上年结转,,,1000\n2024-03-01,张建国,水泥,350,,1350\n"
        + "2024-03-02,李四,电线,100,,\n2024-03-03,李四,水管,20,,520\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 skipped skipped 张建国 2024-01-01 [carriedForward 1000.00] {carried-forward-row}",
        "L3/0 debt ok 张建国 350.00 2024-03-01 [runningBalance 1350.00]",
        "L4/0 debt ok 李四 100.00 2024-03-02",
        "L5/0 debt ok 李四 20.00 2024-03-03 [runningBalance 520.00]",
      ]),
    .init(
      name: "a one-customer statement (客户 in the title) and a 借或贷 column",
      text: "客户：张记五金\n日期,摘要,借方,贷方,借或贷,余额\n2024-01-08,水管,350.00,,贷,150.00\n2024-02-09,还款,,100.00,贷,250.00\n",
      expected: [
        "L1/0 skipped skipped {customer-title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 skipped skipped 张记五金 2024-01-08 [carriedForward -500.00] {opening-implied-by-balance}",
        "L3/1 debt ok 张记五金 350.00 2024-01-08 [runningBalance -150.00]",
        "L4/0 payment ok 张记五金 100.00 2024-02-09 [runningBalance -250.00]",
      ]),
  ]

  @Test(arguments: impliedOpenings) func aRunningBalanceSaysWhatWasOwedBefore(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

  @Test func dateNotesSayTheCellAndWhereTheYearCameFrom() {
    let c = SheetCase(name: "", text: "日期,客户,金额\n45352.5,李四,100\n2024年3月,李四,200\n3月5日,张三,400\n", expected: [], path: "2023客户欠款.csv")
    let (records, _) = SheetFixtures.sheet(c.text, path: c.path)
    #expect(records[1].notes.map { $0.render(.zh) } == ["日期是 Excel 序号 45352.5，读作 2024-03-01"])
    #expect(
      records[2].notes.map { $0.render(.zh) } == [
        "日期“2024年3月”只写了年月，没有日：这一笔没有按哪一天记；按诉讼时效最保守的算法，它最早可能是 2024-03-01：请查原件补上日"
      ])
    #expect(records[3].notes.map { $0.render(.zh) } == ["年份 2023 取自文件名“2023客户欠款.csv”"])
  }

  // MARK: 承前页 / 期初余额 above a 合计: a page total leaves them out, a running total counts them

  static let broughtForwardTotals: [SheetCase] = [
    .init(
      name: "承前页 with only a balance: 本页合计 leaves it out, 累计 counts it",
      text: "客户：张建国\n日期,摘要,借方,贷方,余额\n,承前页,,,1000\n2024-03-01,水泥,350,,1350\n2024-03-05,还款,,200,1150\n"
        + ",本页合计,350,200,1150\n,累计,1350,200,1150\n",
      expected: [
        "L1/0 skipped skipped {customer-title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 skipped skipped 张建国 [carriedForward 1000.00] {carried-forward-row}",
        "L4/0 debt ok 张建国 350.00 2024-03-01 [runningBalance 1350.00]",
        "L5/0 payment ok 张建国 200.00 2024-03-05 [runningBalance 1150.00]",
        "L6/0 skipped skipped [total 350.00] {total-row}",
        "L7/0 skipped skipped [total 1350.00] {total-row,total-with-carried-forward}",
      ]),
    .init(
      name: "承前页 with its 借方 and 贷方 to date: a 累计 holds both; a total that is neither is still noted",
      text: "客户：张建国\n日期,摘要,借方,贷方,余额\n,承前页,5000,4000,1000\n2024-03-01,水泥,350,,1350\n"
        + "2024-03-05,还款,,200,1150\n,累计,5350,4200,1150\n,合计,999,200,\n",
      expected: [
        "L1/0 skipped skipped {customer-title-row}", "L2/0 skipped skipped {header-row}",
        "L3/0 skipped skipped 张建国 [carriedForward 1000.00] {carried-forward-row}",
        "L4/0 debt ok 张建国 350.00 2024-03-01 [runningBalance 1350.00]",
        "L5/0 payment ok 张建国 200.00 2024-03-05 [runningBalance 1150.00]",
        "L6/0 skipped skipped [total 5350.00] {total-row,total-with-carried-forward,total-with-carried-forward}",
        "L7/0 skipped skipped [total 999.00] {total-row,total-mismatch}",
      ]),
    .init(
      name: "期初余额 in a one-amount sheet: 合计 with it or without it",
      text: "日期,客户,摘要,金额\n2024-01-01,张建国,期初余额,1000\n2024-03-01,张建国,水泥,350\n合计,,,350\n"
        + "2024-01-01,李四,期初余额,500\n2024-03-02,李四,电线,100\n合计,,,600\n",
      expected: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 skipped skipped 张建国 2024-01-01 [carriedForward 1000.00] {carried-forward-row}",
        "L3/0 debt ok 张建国 350.00 2024-03-01", "L4/0 skipped skipped [total 350.00] {total-row}",
        "L5/0 skipped skipped 李四 2024-01-01 [carriedForward 500.00] {carried-forward-row}",
        "L6/0 debt ok 李四 100.00 2024-03-02", "L7/0 skipped skipped [total 600.00] {total-row,total-with-carried-forward}",
      ]),
  ]

  @Test(arguments: broughtForwardTotals) func aTotalMayHoldTheBroughtForwardFigureOrNot(_ c: SheetCase) {
    let (records, diagnostics) = runSheet(c)
    #expect(records == c.expected)
    #expect(diagnostics == c.diagnostics)
  }

}
