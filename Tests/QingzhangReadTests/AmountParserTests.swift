import QingzhangModel
import QingzhangText
import Testing

@testable import QingzhangRead

/// One amount text and what it must give: a value in fen (nil: no value) and the note code
/// expected (nil: no note).
struct AmountTextCase: Sendable, CustomTestStringConvertible {
  var text: String
  var fen: Int64?
  var note: String?
  var capital: Bool?

  init(_ text: String, _ fen: Int64?, note: String? = nil, capital: Bool? = nil) {
    self.text = text
    self.fen = fen
    self.note = note
    self.capital = capital
  }

  var testDescription: String { "\"\(text)\" → \(fen.map { String($0) } ?? "nil") fen \(note ?? "")" }
}

@Suite struct AmountParserTests {
  /// domain.md §1.4, rows 1–57 (row 54, a 万元 column, is the sheet reader's), in order.
  static let domainTable: [AmountTextCase] = [
    .init("人民币壹万贰仟叁佰肆拾伍元整", 1_234_500, capital: true),
    .init("人民币壹仟肆佰零玖元伍角", 140_950, capital: true),
    .init("人民币陆仟零柒元壹角肆分", 600_714),
    .init("人民币壹仟陆佰捌拾元零叁角贰分", 168_032),
    .init("人民币壹仟陆佰捌拾元叁角贰分", 168_032),
    .init("人民币壹拾万柒仟元零伍角叁分", 10_700_053),
    .init("人民币壹拾万零柒仟元伍角叁分", 10_700_053),
    .init("人民币壹万陆仟肆佰零玖元零贰分", 1_640_902),
    .init("人民币叁佰贰拾伍元零肆分", 32_504),
    .init("伍佰叁拾贰元正", 53_200),
    .init("壹佰零壹元伍角整", 10_150),
    .init("壹萬貳仟參佰肆拾伍圓整", 1_234_500, capital: true),
    .init("叁仟伍佰元整", 350_000, capital: true),
    .init("叁仟零伍元整", 300_500),
    .init("叁仟伍元整", nil, note: "amount-capital-ambiguous", capital: true),
    .init("贰万零叁拾元整", 2_003_000),
    .init("拾伍元整", 1_500),
    .init("壹拾伍元整", 1_500),
    .init("拾万元整", 10_000_000),
    .init("壹拾万元整", 10_000_000),
    .init("壹佰万元整", 100_000_000),
    .init("壹仟零伍拾元整", 105_000),
    .init("玖角", 90),
    .init("玖角整", 90),
    .init("一千二", 120_000, capital: false),
    .init("一千零二", 100_200),
    .init("一千零二十", 102_000),
    .init("三千五", 350_000),
    .init("三千零五", 300_500),
    .init("三千五百", 350_000),
    .init("3千5", 350_000),
    .init("三百五", 35_000),
    .init("3百5", 35_000),
    .init("三百零五", 30_500),
    .init("八百八", 88_000),
    .init("一万二", 1_200_000),
    .init("一万二千五", 1_250_000),
    .init("一万零二百", 1_020_000),
    .init("一万零二", 1_000_200, note: "amount-zero-gap"),
    .init("一万五千五", 1_550_000),
    .init("两万五", 2_500_000),
    .init("十万八", 10_800_000),
    .init("两千", 200_000),
    .init("二千", 200_000),
    .init("两千二", 220_000),
    .init("1.2万", 1_200_000),
    .init("1万2", 1_200_000),
    .init("1万2千", 1_200_000),
    .init("1.25万", 1_250_000),
    .init("1w2", 1_200_000),
    .init("1.2w", 1_200_000),
    .init("12k", 1_200_000),
    .init("一千另五", 100_500),
    .init("一千〇五", 100_500),
    .init("廿", 2_000),
    .init("念", 2_000),
    .init("二十", 2_000),
    .init("两块五", 250),
    .init("三块五毛", 350),
    .init("三毛五", 35),
    .init("五毛", 50),
    .init("一块二毛五", 125),
    .init("十块零五毛", 1_050),
    .init("¥1,200.00", 120_000),
    .init("￥1200元", 120_000),
    .init("1200.-", 120_000),
    .init("1200.—", 120_000),
    .init("(1,200.00)", -120_000),
    .init("-1200", -120_000),
    .init("－1200", -120_000),
    .init("△1200", -120_000, note: "amount-triangle-minus"),
    .init("千把块", nil, note: "amount-approximate"),
    .init("三千多", nil, note: "amount-approximate"),
    .init("两三千", nil, note: "amount-range"),
  ]

  /// The task's own list, and edge cases.
  static let moreCases: [AmountTextCase] = [
    // A unit alone is no amount (a sheet cell `亿` was booked as 1 亿元); 十 alone is ten.
    .init("亿", nil, note: "amount-unreadable"),
    .init("万", nil, note: "amount-unreadable"),
    .init("千", nil, note: "amount-unreadable"),
    .init("k", nil, note: "amount-unreadable"),
    .init("w", nil, note: "amount-unreadable"),
    .init("十", 1_000),
    .init("千把块", nil, note: "amount-approximate"),
    // A decimal before 万 is multiplied whole: exactly 12345.00.
    .init("1.2345万", 1_234_500),
    .init("2.13907345678万", nil, note: "amount-too-many-decimals"),
    .init("350", 35_000),
    .init("350元", 35_000),
    .init("350.5", 35_050),
    .init("1200块", 120_000),
    .init("１２００", 120_000),
    .init("３５０", 35_000),
    .init("３５０元", 35_000),
    .init("两千块", 200_000),
    .init("两块钱", 200),
    .init("5k", 500_000),
    .init("2.5万", 2_500_000),
    .init("伍佰元正", 50_000),
    .init("壹万贰仟叁佰肆拾伍元陆角柒分", 1_234_567),
    .init("叁佰元整", 30_000),
    .init("参仟伍佰元整", 350_000, capital: true),
    .init("（1,200.00）", -120_000),
    .init(" 350 ", 35_000),
    .init("350 元", 35_000),
    .init("-1,200.50", -120_050),
    .init("0.5", 50),
    .init("①1200", 120_000),
    .init("⑵350元", 35_000),
    .init("RMB 1200", 120_000),
    .init("三十来块", nil, note: "amount-approximate"),
    .init("万把块", nil, note: "amount-approximate"),
    .init("百把块", nil, note: "amount-approximate"),
    .init("几百块", nil, note: "amount-approximate"),
    .init("1000多", nil, note: "amount-approximate"),
    .init("三四百", nil, note: "amount-range"),
    .init("2000-3000", nil, note: "amount-range"),
    .init("12.345", nil, note: "amount-too-many-decimals"),
    .init("1,2000", nil, note: "amount-unreadable"),
    .init("12,00", nil, note: "amount-unreadable"),
    .init("abc", nil, note: "amount-unreadable"),
    .init("水泥", nil, note: "amount-unreadable"),
    .init("二〇二四", nil, note: "amount-unreadable"),
    .init("五百三千", nil, note: "amount-unreadable"),
    .init("1 200", nil, note: "amount-unreadable"),
    .init("", nil, note: "amount-empty"),
    .init("   ", nil, note: "amount-empty"),
    .init("999999999999999999", nil, note: "amount-too-large"),
    // Fix round 2: units in order, 万/亿 not repeated, one decimal point between digits.
    .init("壹万亿元", nil, note: "amount-too-large"),
    .init("九千九百九十九万亿元", nil, note: "amount-too-large"),
    .init("壹亿亿元", nil, note: "amount-unreadable"),
    .init("一万万", nil, note: "amount-unreadable"),
    .init("1..2万", nil, note: "amount-unreadable"),
    .init("1.2.万", nil, note: "amount-unreadable"),
    .init("十十元", nil, note: "amount-unreadable"),
    .init("百千元", nil, note: "amount-unreadable"),
    .init("1.2w3", nil, note: "amount-unreadable"),
    .init("1.2万3千", nil, note: "amount-unreadable"),
    // 亿 is read; one entry may be at most 1 亿元 (`Money.recordLimitFen`).
    .init("一亿", 10_000_000_000),
    .init("三亿五千万", nil, note: "amount-too-large"),
    .init("1.5万元", 1_500_000),
  ]

  @Test(arguments: domainTable + moreCases)
  func readsAmount(_ c: AmountTextCase) {
    let r = AmountParser.parse(c.text)
    #expect(r.fen == c.fen)
    #expect(r.notes.map(\.code) == (c.note.map { [$0] } ?? []))
    if let capital = c.capital { #expect(r.isCapital == capital) }
  }

  /// ICU's spellout reads well-formed 大写 the same way (a second opinion, domain.md §8.2).
  @Test(arguments: ["壹万贰仟叁佰肆拾伍", "壹仟零伍", "贰万零叁拾", "壹拾万", "叁仟伍佰", "陆仟零柒", "玖佰玖拾玖"])
  func agreesWithICUOnWellFormedCapitals(_ text: String) throws {
    let icu = try #require(Spellout.parseWhole(text))
    #expect(AmountParser.parse(text).fen == icu * 100)
  }

  /// The one place ICU is wrong, and why the parser is custom (domain.md §0.1).
  @Test func differsFromICUOnTheTrailingDigitRule() {
    #expect(Spellout.parseWhole("三千五") == 3005)
    #expect(AmountParser.parse("三千五").fen == 350_000)
  }

  @Test func notesRenderInBothLanguages() throws {
    let r = AmountParser.parse("叁仟伍元整")
    let note = try #require(r.notes.first)
    #expect(note.render(.zh).contains("3500.00"))
    #expect(note.render(.zh).contains("3005.00"))
    #expect(note.render(.en).contains("3500.00"))
  }

  struct Found: Sendable {
    var text: String
    var fen: Int64?
    var marker: Bool
    var parenthesized: Bool
    init(_ text: String, _ fen: Int64?, marker: Bool = false, parenthesized: Bool = false) {
      self.text = text
      self.fen = fen
      self.marker = marker
      self.parenthesized = parenthesized
    }
  }

  struct FindCase: Sendable, CustomTestStringConvertible {
    var line: String
    var found: [Found]
    var testDescription: String { line }
  }

  static let findCases: [FindCase] = [
    .init(
      line: "今欠到李记五金水管款人民币叁仟伍佰元整（¥3500.00），定于2024年6月30日前还清。",
      found: [.init("人民币叁仟伍佰元整", 350_000, marker: true), .init("¥3500.00", 350_000, marker: true, parenthesized: true)]),
    .init(line: "2024.3.5 张建国 水管接头20个 350元 月底还", found: [.init("20", 2_000), .init("350元", 35_000, marker: true)]),
    .init(line: "张建国 13807341234 拿货 水泥10包 450", found: [.init("10", 1_000), .init("450", 45_000)]),
    .init(line: "李四 2.5万 工程款 2022/10/1 已还5000", found: [.init("2.5万", 2_500_000), .init("5000", 500_000)]),
    .init(line: "老王 千斤顶 万能胶 十字螺丝刀", found: []),
    .init(line: "老王 千把块", found: [.init("千把块", nil)]),
    // Malformed thousands and decimals are one unreadable amount, not a fragment of one.
    .init(line: "张建国 水管 1,2000元", found: [.init("1,2000元", nil, marker: true)]),
    .init(line: "李四 水管 12,00元", found: [.init("12,00元", nil, marker: true)]),
    .init(line: "赵六 水管 ¥1,2000", found: [.init("¥1,2000", nil, marker: true)]),
    .init(line: "戊一 水管 1200.5.3元", found: [.init("1200.5.3元", nil, marker: true)]),
    .init(line: "陈立新 1.200,50元", found: [.init("1.200,50元", nil, marker: true)]),
    .init(line: "刘德明 水管 1,200元", found: [.init("1,200元", 120_000, marker: true)]),
    // A figure too long for an id number but written as money is an amount (too large).
    .init(line: "丙三 水管 99999999999999999999元", found: [.init("99999999999999999999元", nil, marker: true)]),
  ]

  @Test(arguments: findCases)
  func findsAmountsInALine(_ c: FindCase) {
    let found = AmountParser.find(in: c.line)
    #expect(found.count == c.found.count)
    for (m, e) in zip(found, c.found) {
      #expect(String(c.line[m.range]) == e.text)
      #expect(m.reading.fen == e.fen)
      #expect(m.hasMoneyMarker == e.marker)
      #expect(m.isParenthesized == e.parenthesized)
    }
  }
}
