/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public var ordinal: Int32

  public init(ordinal: Int32) { self.ordinal = ordinal }

  /// A valid date, or nil (month 1–12, day within the month, year 1–9999).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= Day.daysIn(month: month, year: year)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    ordinal = Int32(era * 146097 + doe - 719468)
  }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// (year, month, day).
  public var components: (year: Int, month: Int, day: Int) {
    let z = Int(ordinal) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public var year: Int { components.year }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + Int32(days)) }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { Int(other.ordinal - ordinal) }

  /// The same day `years` later; 29 Feb becomes 28 Feb (民法典 art. 202).
  public func adding(years: Int) -> Day {
    let c = components
    let y = c.year + years
    let d = min(c.day, Day.daysIn(month: c.month, year: y))
    return Day(year: y, month: c.month, day: d) ?? self
  }

  /// Last day of this day's month.
  public var endOfMonth: Day {
    let c = components
    return Day(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year)) ?? self
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    let c = components
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(v)
      return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
  }

  public var description: String { iso }

  /// Parses exactly `YYYY-MM-DD` (for flags and decision files).
  public init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
      let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }
}
