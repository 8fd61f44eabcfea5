internal import CICUShim
import QingzhangModel

/// A failed ICU call: its status code and name.
public struct ICUError: Error, Sendable, CustomStringConvertible {
  public var status: Int32
  public var description: String { String(cString: qz_icu_error_name(status)) }
}

@inline(__always)
func check(_ status: Int32) throws(ICUError) {
  if status > 0 { throw ICUError(status: status) }
}

/// An ICU transliterator (`Traditional-Simplified`, `Han-Latin`, …).
///
/// Not thread-safe: make one per thread.
public final class Transliterator {
  private let handle: OpaquePointer

  public init(_ id: String) throws(ICUError) {
    let units = Array(id.utf16)
    var status: Int32 = 0
    let h = units.withUnsafeBufferPointer {
      qz_translit_open($0.baseAddress, Int32($0.count), &status)
    }
    try check(status)
    guard let h else { throw ICUError(status: 1) }
    handle = h
  }

  deinit { qz_translit_close(handle) }

  public func apply(_ text: String) -> String {
    if text.isEmpty { return text }
    var buf = Array(text.utf16)
    let len = Int32(buf.count)
    var cap = max(16, buf.count * 4)
    for _ in 0..<2 {
      var work = buf + [UInt16](repeating: 0, count: cap - buf.count)
      var status: Int32 = 0
      let n = work.withUnsafeMutableBufferPointer {
        qz_translit_apply(handle, $0.baseAddress, len, Int32(cap), &status)
      }
      if status == 15 {  // U_BUFFER_OVERFLOW_ERROR: retry once with what ICU asked for
        cap = Int(n) + 16
        continue
      }
      if status > 0 { return text }
      buf = Array(work[0..<Int(n)])
      return String(decoding: buf, as: UTF16.self)
    }
    return text
  }
}

/// Unicode normalisation.
public enum Unicode2 {
  /// NFKC (full-width letters and digits become ASCII, compatibility forms folded).
  public static func nfkc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    let src = Array(text.utf16)
    var cap = src.count * 3 + 16
    for _ in 0..<2 {
      var dst = [UInt16](repeating: 0, count: cap)
      var status: Int32 = 0
      let n = src.withUnsafeBufferPointer { s in
        dst.withUnsafeMutableBufferPointer { d in
          qz_normalize_nfkc(s.baseAddress, Int32(s.count), d.baseAddress, Int32(cap), &status)
        }
      }
      if status == 15 {
        cap = Int(n) + 16
        continue
      }
      if status > 0 { return text }
      return String(decoding: dst[0..<Int(n)], as: UTF16.self)
    }
    return text
  }
}

/// The Chinese lunisolar calendar (ICU, non-lenient: impossible dates fail, never roll over).
public enum LunarCalendar {
  /// The Gregorian day of a lunar date. `lunarYear` is the Gregorian year in which that lunar
  /// year's 正月初一 falls. Nil when the date does not exist (腊月三十 in a short year).
  public static func gregorian(lunarYear: Int, month: Int, day: Int, leap: Bool = false) -> Day? {
    var y: Int32 = 0
    var m: Int32 = 0
    var d: Int32 = 0
    var status: Int32 = 0
    qz_lunar_to_gregorian(
      Int32(lunarYear), Int32(month), leap ? 1 : 0, Int32(day), &y, &m, &d, &status)
    guard status <= 0 else { return nil }
    return Day(year: Int(y), month: Int(m), day: Int(d))
  }

  /// The lunar date of a Gregorian day.
  public static func lunar(of day: Day) -> (year: Int, month: Int, day: Int, leap: Bool)? {
    let c = day.components
    var ly: Int32 = 0
    var lm: Int32 = 0
    var leap: Int32 = 0
    var ld: Int32 = 0
    var status: Int32 = 0
    qz_gregorian_to_lunar(Int32(c.year), Int32(c.month), Int32(c.day), &ly, &lm, &leap, &ld, &status)
    guard status <= 0 else { return nil }
    return (Int(ly), Int(lm), Int(ld), leap != 0)
  }

  /// Days in a lunar month (29 or 30); nil when that month does not exist.
  public static func monthLength(lunarYear: Int, month: Int, leap: Bool = false) -> Int? {
    var status: Int32 = 0
    let n = qz_lunar_month_length(Int32(lunarYear), Int32(month), leap ? 1 : 0, &status)
    return status > 0 || n == 0 ? nil : Int(n)
  }

  /// 除夕, the last day of the lunar year that begins in Gregorian `lunarYear`.
  public static func newYearsEve(lunarYear: Int) -> Day? {
    gregorian(lunarYear: lunarYear + 1, month: 1, day: 1)?.adding(days: -1)
  }

  /// The first 除夕 on or after `day` ("年前" said on that day).
  public static func nextNewYearsEve(onOrAfter day: Day) -> Day? {
    guard let l = lunar(of: day) else { return nil }
    return newYearsEve(lunarYear: l.year)
  }
}

/// ICU's zh spellout parser: a second opinion on well-formed 大写 only (it reads 三千五 as 3005).
public enum Spellout {
  /// The integer value when the whole text parses, else nil.
  public static func parseWhole(_ text: String) -> Int64? {
    let units = Array(text.utf16)
    var pos: Int32 = 0
    var status: Int32 = 0
    let v = units.withUnsafeBufferPointer {
      qz_spellout_parse_zh($0.baseAddress, Int32($0.count), &pos, &status)
    }
    return status <= 0 && Int(pos) == units.count ? v : nil
  }
}

/// Charset detection (ICU ucsdet): a tie-breaker hint only.
public enum CharsetDetector {
  public static func guess(_ bytes: UnsafeRawBufferPointer) -> (name: String, confidence: Int)? {
    var name = [CChar](repeating: 0, count: 64)
    let conf = qz_detect_charset(
      bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), &name, 64)
    guard conf >= 0 else { return nil }
    return (String(cString: name), Int(conf))
  }
}
