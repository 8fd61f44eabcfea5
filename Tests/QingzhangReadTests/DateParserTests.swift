import QingzhangModel
import Testing

@testable import QingzhangRead

struct DateTextCase: Sendable, CustomTestStringConvertible {
  var text: String
  var year: Int?
  var origin: String
  var iso: String?
  var notes: [String]

  init(_ text: String, year: Int? = nil, origin: String = "", _ iso: String?, _ notes: [String] = []) {
    self.text = text
    self.year = year
    self.origin = origin
    self.iso = iso
    self.notes = notes
  }

  var testDescription: String { "\"\(text)\" (\(year.map(String.init) ?? "-")) → \(iso ?? "nil")" }
}

@Suite struct DateParserTests {
  static let gregorian: [DateTextCase] = [
    .init("2024-03-05", "2024-03-05"),
    .init("2024.3.5", "2024-03-05"),
    .init("2024.03.05", "2024-03-05"),
    .init("2024/3/5", "2024-03-05"),
    .init(" 2024/3/5 ", "2024-03-05"),
    .init("2024/3/5 0:00", "2024-03-05"),
    .init("2024-03-05 00:00:00", "2024-03-05"),
    .init("20240305", "2024-03-05"),
    .init("24.3.5", "2024-03-05"),
    .init("24/3/5", "2024-03-05"),
    .init("24-3-5", "2024-03-05"),
    .init("2024年3月5日", "2024-03-05"),
    .init("2024年3月5号", "2024-03-05"),
    .init("2024 年 3 月 5 日", "2024-03-05"),
    .init("２０２４年３月５日", "2024-03-05"),
    .init("二〇二四年三月五日", "2024-03-05"),
    .init("二零二四年三月五日", "2024-03-05"),
    .init("贰零贰肆年零叁月零伍日", "2024-03-05"),
    .init("二〇二四年十二月三十一日", "2024-12-31"),
    .init("2024-02-29", "2024-02-29"),
  ]

  static let withoutYear: [DateTextCase] = [
    .init("3月5号", year: 2024, "2024-03-05", ["date-year-given"]),
    .init("3月5日", year: 2024, origin: "标题“2024年”", "2024-03-05", ["date-year-from"]),
    .init("3.5", year: 2024, "2024-03-05", ["date-year-given"]),
    .init("3/5", year: 2024, "2024-03-05", ["date-year-given"]),
    .init("三月五日", year: 2024, "2024-03-05", ["date-year-given"]),
    .init("3月5号", nil, ["date-no-year"]),
    .init("3.5", nil, ["date-no-year"]),
    .init("腊月廿三", nil, ["date-no-year"]),
  ]

  /// Known conversions (domain.md §8.3, checked there against ICU and published calendars).
  static let lunar: [DateTextCase] = [
    .init("农历腊月廿三", year: 2023, "2024-02-02", ["date-year-given", "date-lunar", "date-lunar-other-year"]),
    .init("2023年腊月廿三", "2024-02-02", ["date-lunar", "date-lunar-other-year"]),
    .init("2024年腊月廿三", "2025-01-22", ["date-lunar", "date-lunar-other-year"]),
    .init("农历2023年腊月廿三", "2024-02-02", ["date-lunar", "date-lunar-other-year"]),
    .init("正月十五", year: 2024, "2024-02-24", ["date-year-given", "date-lunar"]),
    .init("正月初一", year: 2024, "2024-02-10", ["date-year-given", "date-lunar"]),
    .init("2023年腊月三十", "2024-02-09", ["date-lunar", "date-lunar-other-year"]),
    // Lunar 2024's 腊月 has 29 days: 三十 is read as 除夕, with a note, never rolled over.
    .init("2024年腊月三十", "2025-01-28", ["date-lunar-short-month", "date-lunar", "date-lunar-other-year"]),
    .init("除夕", year: 2024, "2025-01-28", ["date-year-given", "date-lunar"]),
    .init("大年三十", year: 2023, "2024-02-09", ["date-year-given", "date-lunar"]),
    .init("闰四月初一", year: 2020, "2020-05-23", ["date-year-given", "date-lunar"]),
    .init("闰四月初五", year: 2020, "2020-05-27", ["date-year-given", "date-lunar"]),
    .init("2023年闰二月初一", "2023-03-22", ["date-lunar"]),
    .init("农历2025年闰六月初一", "2025-07-25", ["date-lunar"]),
    .init("闰四月初五", year: 2024, nil, ["date-year-given", "date-lunar-no-leap-month"]),
  ]

  static let impossible: [DateTextCase] = [
    .init("2024-02-30", nil, ["date-impossible"]),
    .init("2023-02-29", nil, ["date-impossible"]),
    .init("2024年13月5日", nil, ["date-impossible"]),
    .init("13月5日", year: 2024, nil, ["date-impossible"]),
    .init("13月", year: 2024, nil, ["date-impossible"]),
    .init("2024年2月30日", nil, ["date-impossible"]),
    // 上旬/中旬/下旬, 月初/月中: no exact day; the earliest day, with a note.
    .init("2024年3月上旬", "2024-03-01", ["date-month-part"]),
    .init("2024年3月中旬", "2024-03-11", ["date-month-part"]),
    .init("2024年3月下旬", "2024-03-21", ["date-month-part"]),
    .init("2024年3月初", "2024-03-01", ["date-month-part"]),
    .init("3月下旬", year: 2024, "2024-03-21", ["date-year-given", "date-month-part"]),
    .init("三月上旬", year: 2024, "2024-03-01", ["date-year-given", "date-month-part"]),
    .init("abc", nil, ["date-unreadable"]),
    .init("", nil, ["date-unreadable"]),
    // A month without a day: no day is made up, the month is said.
    .init("2024.3", nil, ["date-month-only"]),
    .init("2024年3月", nil, ["date-month-only"]),
    .init("2024年3月份", nil, ["date-month-only"]),
    .init("2024-3", nil, ["date-month-only"]),
    .init("3月", nil, ["date-month-only-no-year"]),
    .init("3月", year: 2024, nil, ["date-year-given", "date-month-only"]),
    .init("2024年13月", nil, ["date-impossible"]),
    .init("2024.13", nil, ["date-impossible"]),
    .init("2024年", nil, ["date-unreadable"]),
    .init("2024-03-05 张三", nil, ["date-unreadable"]),
    // Day and month before the year: the order only when one of them cannot be a month.
    .init("25/3/2024", "2024-03-25"),
    .init("3/25/2024", "2024-03-25"),
    .init("5/5/2024", "2024-05-05"),
    .init("5/3/2024", nil, ["date-order-unknown"]),
    .init("13/13/2024", nil, ["date-impossible"]),
    .init("31/2/2024", nil, ["date-impossible"]),
    // A full date with a year no book has is a date to check.
    .init("0000-00-00", nil, ["date-impossible"]),
    .init("1024-03-05", nil, ["date-impossible"]),
  ]

  /// `2024年3月`, `2024.3`, `3月`: the month is known, not the day (year, month as written).
  @Test(arguments: [
    ("2024年3月", 2024, 3), ("2024年 3 月", 2024, 3), ("2024年03月份", 2024, 3), ("2024.3", 2024, 3),
    ("2024.10", 2024, 10), ("2024/3", 2024, 3), ("2024-3", 2024, 3), ("２０２４年３月", 2024, 3),
    ("3月", nil, 3), ("12月份", nil, 12), ("2024年13月", 2024, 13),
  ] as [(String, Int?, Int)])
  func readsAMonthWithoutADay(_ text: String, _ year: Int?, _ month: Int) throws {
    let mo = try #require(DateParser.monthOnly(text))
    #expect(mo.year == year)
    #expect(mo.month == month)
  }

  @Test(arguments: ["2024", "2024年", "2024.3.5", "3月5日", "2024年3月5日", "24.3", "3", "2024.123", "1800.3", "上月", "2024-3-"])
  func aDateOrNoDateIsNoBareMonth(_ text: String) {
    #expect(DateParser.monthOnly(text) == nil)
  }

  @Test(arguments: gregorian + withoutYear + lunar + impossible)
  func readsDate(_ c: DateTextCase) {
    let r = DateParser.parse(c.text, context: DateContext(year: c.year, yearOrigin: c.origin))
    #expect(r.day?.iso == c.iso)
    #expect(r.notes.map(\.code) == c.notes)
  }

  @Test func theOtherLunarReadingIsNamed() throws {
    let r = DateParser.parse("2023年腊月廿三")
    let other = try #require(r.notes.first { $0.code == "date-lunar-other-year" })
    #expect(other.args.contains("2023-01-14"))
    #expect(other.args.contains("2022"))
  }

  @Test func yearOriginIsSaid() throws {
    let r = DateParser.parse("3月5日", context: DateContext(year: 2023, yearOrigin: "文件名“2023账本.txt”"))
    let note = try #require(r.notes.first)
    #expect(note.render(.zh) == "日期“3月5日”没写年份，按文件名“2023账本.txt”算作 2023 年")
  }

  struct DueCase: Sendable, CustomTestStringConvertible {
    var helper: String
    var day: String
    var iso: String?
    var testDescription: String { "\(helper) \(day)" }
  }

  @Test(arguments: [
    DueCase(helper: "endOfMonth", day: "2024-02-05", iso: "2024-02-29"),
    DueCase(helper: "endOfMonth", day: "2023-11-02", iso: "2023-11-30"),
    DueCase(helper: "springFestival", day: "2023-11-02", iso: "2024-02-09"),
    DueCase(helper: "springFestival", day: "2024-02-09", iso: "2024-02-09"),
    DueCase(helper: "springFestival", day: "2024-02-10", iso: "2025-01-28"),
    DueCase(helper: "springFestival", day: "2024-03-05", iso: "2025-01-28"),
  ])
  func dueDateHelpers(_ c: DueCase) throws {
    let day = try #require(Day(iso: c.day))
    let got = c.helper == "endOfMonth" ? DateParser.endOfMonth(of: day) : DateParser.beforeSpringFestival(after: day)
    #expect(got?.iso == c.iso)
  }

  struct SolarTermCase: Sendable, CustomTestStringConvertible {
    var longitude: Double
    var year: Int
    var iso: String
    var testDescription: String { "\(longitude)° \(year) → \(iso)" }
  }

  /// 清明 (15°) and 冬至 (270°), Beijing time, as published by the Purple Mountain Observatory.
  @Test(arguments: [
    SolarTermCase(longitude: 15, year: 2020, iso: "2020-04-04"),
    SolarTermCase(longitude: 15, year: 2021, iso: "2021-04-04"),
    SolarTermCase(longitude: 15, year: 2022, iso: "2022-04-05"),
    SolarTermCase(longitude: 15, year: 2023, iso: "2023-04-05"),
    SolarTermCase(longitude: 15, year: 2024, iso: "2024-04-04"),
    SolarTermCase(longitude: 15, year: 2025, iso: "2025-04-04"),
    SolarTermCase(longitude: 270, year: 2021, iso: "2021-12-21"),
    SolarTermCase(longitude: 270, year: 2022, iso: "2022-12-22"),
    SolarTermCase(longitude: 270, year: 2023, iso: "2023-12-22"),
    SolarTermCase(longitude: 270, year: 2024, iso: "2024-12-21"),
    SolarTermCase(longitude: 0, year: 2024, iso: "2024-03-20"),
    SolarTermCase(longitude: 90, year: 2024, iso: "2024-06-21"),
  ])
  func solarTermDays(_ c: SolarTermCase) {
    #expect(SolarTerms.day(longitude: c.longitude, year: c.year)?.iso == c.iso)
  }
}
