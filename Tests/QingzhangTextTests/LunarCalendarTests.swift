import QingzhangModel
import Testing

@testable import QingzhangText

struct LunarCase: Sendable, CustomTestStringConvertible {
  var year: Int, month: Int, day: Int, leap: Bool
  var expected: String?
  var testDescription: String {
    "lunar \(year) \(leap ? "闰" : "")\(month)/\(day) → \(expected ?? "invalid")"
  }
}

@Suite struct LunarCalendarTests {
  // Known conversions (../shared/spec/domain.md §8.3).
  static let cases: [LunarCase] = [
    .init(year: 2024, month: 1, day: 1, leap: false, expected: "2024-02-10"),
    .init(year: 2024, month: 1, day: 15, leap: false, expected: "2024-02-24"),
    .init(year: 2023, month: 12, day: 23, leap: false, expected: "2024-02-02"),
    .init(year: 2023, month: 12, day: 30, leap: false, expected: "2024-02-09"),
    .init(year: 2023, month: 2, day: 1, leap: true, expected: "2023-03-22"),
    .init(year: 2025, month: 1, day: 1, leap: false, expected: "2025-01-29"),
    .init(year: 2025, month: 6, day: 1, leap: true, expected: "2025-07-25"),
    .init(year: 2020, month: 4, day: 1, leap: true, expected: "2020-05-23"),
    .init(year: 2026, month: 1, day: 1, leap: false, expected: "2026-02-17"),
    .init(year: 2024, month: 12, day: 23, leap: false, expected: "2025-01-22"),
    // Lunar 2024's 腊月 has 29 days: 三十 does not exist and must not roll over.
    .init(year: 2024, month: 12, day: 30, leap: false, expected: nil),
    // 2024 has no leap 3rd month.
    .init(year: 2024, month: 3, day: 1, leap: true, expected: nil),
  ]

  @Test(arguments: cases) func convertsLunarDates(_ c: LunarCase) {
    #expect(
      LunarCalendar.gregorian(lunarYear: c.year, month: c.month, day: c.day, leap: c.leap)?.iso
        == c.expected)
  }

  @Test func findsNewYearsEve() {
    #expect(LunarCalendar.newYearsEve(lunarYear: 2024)?.iso == "2025-01-28")
    #expect(LunarCalendar.nextNewYearsEve(onOrAfter: Day(year: 2024, month: 3, day: 5)!)?.iso == "2025-01-28")
    #expect(LunarCalendar.nextNewYearsEve(onOrAfter: Day(year: 2024, month: 1, day: 20)!)?.iso == "2024-02-09")
  }

  @Test func transliteratesAndNormalises() throws {
    let t2s = try Transliterator("Traditional-Simplified")
    #expect(t2s.apply("張建國") == "张建国")
    let pinyin = try Transliterator("Han-Latin; Latin-ASCII; Any-Lower")
    #expect(pinyin.apply("章建国") == "zhang jian guo")
    #expect(Unicode2.nfkc("ＡＢＣ１２３") == "ABC123")
  }

  @Test func decodesGB18030Strictly() throws {
    let d = try StrictDecoder(charset: "GB18030")
    // 张三 in GBK, then an invalid byte pair, then ",1".
    let bytes: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD, 0xFF, 0xFF, 0x2C, 0x31]
    var out: [UInt8] = []
    let bad = bytes.withUnsafeBytes { d.decode($0, flush: true, into: &out) }
    #expect(bad.first?.offset == 4)
    #expect(String(decoding: out, as: UTF8.self).hasPrefix("张三\u{FFFD}"))
    #expect(String(decoding: out, as: UTF8.self).hasSuffix(",1"))
  }

  @Test func spelloutSecondOpinion() {
    #expect(Spellout.parseWhole("壹万贰仟叁佰肆拾伍") == 12345)
    #expect(Spellout.parseWhole("叁仟伍佰元整") == nil)
  }
}
