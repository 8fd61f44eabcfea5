import QingzhangModel
import QingzhangText

/// What a date text says.
public struct DateReading: Sendable, Hashable {
  public var day: Day?
  /// Why the date is doubtful, or where its year came from.
  public var notes: [Note]

  public init(day: Day?, notes: [Note] = []) {
    self.day = day
    self.notes = notes
  }
}

/// Where a date without a year takes its year from.
public struct DateContext: Sendable, Hashable {
  /// The year to use for `3月5号` / `3.5`, if known.
  public var year: Int?
  /// Where that year comes from, said in the note (`标题“2024年”`, `文件名`, `上一条记录`).
  public var yearOrigin: String

  public init(year: Int? = nil, yearOrigin: String = "") {
    self.year = year
    self.yearOrigin = yearOrigin
  }
}

/// An agreed repayment date (`月底还`, `年前还`, `定于2024年6月30日前还清`).
public struct DueReading: Sendable, Hashable {
  public var day: Day?
  public var basis: DueBasis
  public var notes: [Note]

  public init(day: Day?, basis: DueBasis, notes: [Note] = []) {
    self.day = day
    self.basis = basis
    self.notes = notes
  }

  public static let none = DueReading(day: nil, basis: .none)
}

/// Reads dates as they are written in Chinese books and sheets (domain.md §4).
///
/// - Gregorian: `2024-03-05`, `2024.3.5`, `2024/3/5`, `20240305`, `24.3.5`, `24/3/5`,
///   `2024年3月5日`, `2024年3月5号`, `2024 年 3 月 5 日`, `二〇二四年三月五日`, 大写 bill dates
///   (`贰零贰肆年零叁月零伍日`), and a trailing time (`2024/3/5 0:00`) is ignored.
/// - Without a year: `3月5号`, `3月5日`, `3.5`, `3/5`, `三月五日` take `context.year`; the note
///   says where it came from. With no year known the result is nil with a note.
/// - Lunar: `农历腊月廿三`, `腊月廿三`, `正月十五`, `二月十二` (a Han month without 日/号 is
///   lunar), `闰四月初五`, `2023年腊月廿三`, `除夕`, `大年三十`. The Chinese calendar comes from
///   ICU (`LunarCalendar`), never lenient.
///
/// **Which lunar year.** A year written with a lunar date (`2023年腊月廿三`), or the context year
/// of a yearless one, is read as *the lunar year that began in that Gregorian year*: lunar 2023's
/// 腊月廿三 = 2024-02-02. People also write the Gregorian year they were in (lunar 2022's 腊月廿三
/// = 2023-01-14), so for 冬月 and 腊月, which straddle the Gregorian new year, a note gives that
/// other reading (domain.md §4.2). Inside an IOU list, a yearless lunar date that takes its year
/// from the record before it uses the first reading not well before that record instead.
///
/// **Impossible days** (`2024-02-30`, `13月5日`, a leap month the year lacks) give nil with a
/// note. `腊月三十` in a year whose 腊月 has 29 days is read as 除夕 (the people who write it
/// mean New Year's Eve), with a note; any other lunar day that does not exist gives nil.
///
/// Excel serial numbers are the spreadsheet reader's job.
public enum DateParser {
  /// Reads one date: `2024-03-05`, `24.3.5`, `2024年3月5日`, `3月5号`, `腊月廿三`, …
  ///
  /// `YYYY-MM-DD`, `YYYY/M/D` and `YYYY.M.D` in ASCII are read from UTF-8 without allocating.
  public static func parse(_ text: some StringProtocol, context: DateContext = DateContext()) -> DateReading {
    if let d = plainYMD(text) { return DateReading(day: d) }
    let s = Scalars.folded(text)
    let (lo, hi) = Scalars.trim(s, 0, s.count)
    let shown = Scalars.string(folded: s, lo, hi)
    guard lo < hi, let sp = DateScanner.scan(s, at: lo, hi, bareMonthDay: true), isTimeOrNothing(s, sp.end, hi) else {
      return monthOnlyReading(shown, context: context)
        ?? DateReading(day: nil, notes: [Note(ReadMessage.dateUnreadable, shown)])
    }
    let source: YearSource = context.year.map { .given(year: $0, origin: context.yearOrigin) } ?? .none
    return DateResolver.resolve(sp.value, text: Scalars.string(folded: s, sp.start, sp.end), source: source)
  }

  /// A month without a day, the whole text: `2024年3月`, `2024年3月份`, `2024-3`, `2024/3`,
  /// `2024.3`, `3月`, `3月份` (digits may be full-width; spaces allowed around them). The year is
  /// nil when not written; the month is as written (13 is for the caller to refuse).
  public static func monthOnly(_ text: some StringProtocol) -> (year: Int?, month: Int)? {
    let s = Scalars.folded(text)
    let (lo, hi) = Scalars.trim(s, 0, s.count)
    var i = lo
    let (first, n, e) = DateScanner.readInt(s, i, hi)
    guard n > 0 else { return nil }
    i = DateScanner.skipSpaces(s, e, hi)
    var year: Int? = nil
    var month = first
    if n == 4 {
      guard (1900...2099).contains(first), i < hi else { return nil }
      year = first
      let sep = s[i]
      guard sep == 0x5E74 || sep == 0x2D || sep == 0x2F || sep == 0x2E else { return nil }  // 年 - / .
      if sep != 0x5E74 && i != e { return nil }
      i = DateScanner.skipSpaces(s, i + 1, hi)
      let (m, mn, e2) = DateScanner.readInt(s, i, hi)
      guard (1...2).contains(mn) else { return nil }
      month = m
      i = DateScanner.skipSpaces(s, e2, hi)
      if sep != 0x5E74 {
        // `2024-3`, `2024.3`: nothing after the month but an optional 月.
        if i < hi && s[i] == 0x6708 { i += 1 }
        if i < hi && s[i] == 0x4EFD { i += 1 }  // 份
        i = DateScanner.skipSpaces(s, i, hi)
        return i == hi ? (year, month) : nil
      }
    } else if n > 2 {
      return nil
    }
    guard i < hi, s[i] == 0x6708 else { return nil }  // 月
    i += 1
    if i < hi && s[i] == 0x4EFD { i += 1 }  // 份
    i = DateScanner.skipSpaces(s, i, hi)
    return i == hi ? (year, month) : nil
  }

  /// `2024.3`, `3月`: no day is made up; the note says the month (and, for the cautious
  /// limitation reading, its first day).
  static func monthOnlyReading(_ text: String, context: DateContext) -> DateReading? {
    guard let mo = monthOnly(text) else { return nil }
    var notes: [Note] = []
    var year = mo.year
    if year == nil, let y = context.year {
      year = y
      notes.append(
        context.yearOrigin.isEmpty
          ? Note(ReadMessage.dateYearGiven, text, String(y)) : Note(ReadMessage.dateYearFrom, text, context.yearOrigin, String(y)))
    }
    guard let year else { return DateReading(day: nil, notes: [Note(ReadMessage.dateMonthOnlyNoYear, text)]) }
    guard let first = Day(year: year, month: mo.month, day: 1) else {
      return DateReading(day: nil, notes: notes + [Note(ReadMessage.dateImpossible, text)])
    }
    return DateReading(day: nil, notes: notes + [Note(ReadMessage.dateMonthOnly, text, first.iso)])
  }

  /// `月底`: the last day of the month of `day`.
  public static func endOfMonth(of day: Day) -> Day { day.endOfMonth }

  /// `年前` / `年底` said on `day`: the next 除夕 on or after it.
  public static func beforeSpringFestival(after day: Day) -> Day? {
    LunarCalendar.nextNewYearsEve(onOrAfter: day)
  }

  /// Nothing, or a time of day (`0:00`, `00:00:00`), from `i` to `hi`.
  private static func isTimeOrNothing(_ s: [UInt32], _ i: Int, _ hi: Int) -> Bool {
    var j = DateScanner.skipSpaces(s, i, hi)
    if j == hi { return true }
    guard j > i else { return false }
    var groups = 0
    while j < hi {
      let (_, n, e) = DateScanner.readInt(s, j, hi)
      guard (1...2).contains(n) else { return false }
      groups += 1
      j = e
      if j < hi && s[j] == 0x3A { j += 1 } else { break }
    }
    return j == hi && groups >= 2
  }

  /// `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D` (ASCII, optional surrounding spaces) → a valid day.
  static func plainYMD(_ text: some StringProtocol) -> Day? {
    var parts = (0, 0, 0)
    var counts = (0, 0, 0)
    var field = 0
    var sep: UInt8 = 0
    var trailing = false
    var started = false
    for b in text.utf8 {
      if trailing {
        if b == 0x20 || b == 0x09 { continue }
        return nil
      }
      switch b {
      case 0x30...0x39:
        started = true
        let v = Int(b &- 0x30)
        switch field {
        case 0:
          parts.0 = parts.0 * 10 + v
          counts.0 += 1
          if counts.0 > 4 { return nil }
        case 1:
          parts.1 = parts.1 * 10 + v
          counts.1 += 1
          if counts.1 > 2 { return nil }
        default:
          parts.2 = parts.2 * 10 + v
          counts.2 += 1
          if counts.2 > 2 { return nil }
        }
      case 0x2D, 0x2F, 0x2E:
        if field == 0 {
          guard counts.0 == 4 else { return nil }
          sep = b
        } else if field == 1 {
          guard counts.1 > 0, b == sep else { return nil }
        } else {
          return nil
        }
        field += 1
      case 0x20, 0x09:
        if !started { continue }
        trailing = true
      default:
        return nil
      }
    }
    guard field == 2, counts.2 > 0, (1900...2099).contains(parts.0) else { return nil }
    return Day(year: parts.0, month: parts.1, day: parts.2)
  }
}
