import Foundation
import QingzhangModel

/// The days of the 24 solar terms (节气: 清明, 冬至, …), which are not lunar dates: a term is the
/// moment the sun's apparent ecliptic longitude reaches a multiple of 15° (清明 15°, 冬至 270°),
/// and its day is the Beijing-time (UTC+8) calendar day of that moment.
///
/// ICU's Chinese calendar does not expose the terms, so the sun's position is computed with the
/// low-precision formulae of Meeus, *Astronomical Algorithms* ch. 25 (error about 0.01°, i.e.
/// about a quarter of an hour). Only a term that falls within minutes of midnight could come out
/// one day off; the notes say which day was used.
enum SolarTerms {
  /// The day (Beijing time) in Gregorian `year` when the sun's apparent longitude reaches
  /// `longitude` degrees (0 ≤ longitude < 360), or nil for a year out of range.
  static func day(longitude: Double, year: Int) -> Day? {
    guard (1900...2100).contains(year), longitude >= 0, longitude < 360 else { return nil }
    // The March equinox (0°) is about 20 March; the sun moves about 360° in 365.2422 days.
    guard let equinox = Day(year: year, month: 3, day: 20) else { return nil }
    var jd = julianDay(equinox) + longitude / 360 * 365.2422
    for _ in 0..<8 {
      var delta = longitude - apparentLongitude(jd)
      delta = delta - 360 * (delta / 360).rounded()  // into −180…180
      jd += delta / 360 * 365.2422
      if abs(delta) < 1e-7 { break }
    }
    // Julian Day 2440587.5 is 1970-01-01 00:00 UTC; Beijing time is UTC+8.
    let local = (jd - 2_440_587.5 + 8.0 / 24.0).rounded(.down)
    return Day(ordinal: Int32(local))
  }

  /// The Julian Day of `day` at 00:00 UTC.
  private static func julianDay(_ day: Day) -> Double { Double(day.ordinal) + 2_440_587.5 }

  /// The sun's apparent ecliptic longitude in degrees at Julian Day `jd` (Meeus 25.2–25.8).
  private static func apparentLongitude(_ jd: Double) -> Double {
    let t = (jd - 2_451_545.0) / 36_525
    let l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
    let m = (357.52911 + 35_999.05029 * t - 0.0001537 * t * t) * .pi / 180
    let c =
      (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m)
      + 0.000289 * sin(3 * m)
    let omega = (125.04 - 1934.136 * t) * .pi / 180
    let lambda = l0 + c - 0.00569 - 0.00478 * sin(omega)
    let r = lambda.truncatingRemainder(dividingBy: 360)
    return r < 0 ? r + 360 : r
  }
}
