import QingzhangModel
import QingzhangText

/// What a date text says, before its year is settled.
enum DateValue: Equatable {
  /// Gregorian year-month-day; `year` nil when not written (`3月5号`, `3.5`).
  case ymd(year: Int?, month: Int, day: Int)
  /// The end of a month (`6月底`).
  case monthEnd(year: Int?, month: Int)
  /// A lunar date (`腊月廿三`, `2023年腊月廿三`, `闰四月初五`); `year` is the written year.
  case lunar(year: Int?, month: Int, day: Int, leap: Bool)
  /// 除夕 / 大年三十.
  case newYearsEve(year: Int?)
  /// Part of a month with no exact day (`3月上旬`, `三月下旬`, `3月初`); `day` is its first day.
  case monthPart(year: Int?, month: Int, day: Int)
  /// A year or a year and month with no day (`2024年`, `2024年3月`): a heading, not a date.
  case yearMonth(year: Int, month: Int?)
  /// Recognised as a date but it does not exist (`2024-02-30`, `13月5日`).
  case impossible
  /// Day and month before a four-digit year, either order possible (`5/3/2024`: 5 March or
  /// 3 May): no day is guessed.
  case orderUnknown(year: Int, first: Int, second: Int)
}

/// A date found in folded scalars `start..<end`.
struct DateSpan {
  var start: Int
  var end: Int
  var value: DateValue
}

/// Finds dates in folded scalars (see `Scalars`): Gregorian in digits or Han numerals, with or
/// without a year, lunar dates, 除夕, month ends. It never resolves a year; `DateResolver` does.
enum DateScanner {
  static let nian: UInt32 = 0x5E74  // 年
  static let yue: UInt32 = 0x6708  // 月
  static let ri: UInt32 = 0x65E5  // 日
  static let hao: UInt32 = 0x53F7  // 号
  static let hao2: UInt32 = 0x865F  // 號
  static let di: UInt32 = 0x5E95  // 底
  static let chu: UInt32 = 0x521D  // 初

  @inline(__always)
  static func readInt(_ s: [UInt32], _ i: Int, _ hi: Int) -> (value: Int, count: Int, end: Int) {
    var v = 0
    var n = 0
    var j = i
    while j < hi && Scalars.isDigit(s[j]) {
      if n < 9 { v = v * 10 + Int(s[j] - 0x30) }
      n += 1
      j += 1
    }
    return (v, n, j)
  }

  @inline(__always)
  static func skipSpaces(_ s: [UInt32], _ i: Int, _ hi: Int) -> Int {
    var j = i
    while j < hi && (s[j] == 0x20 || s[j] == 0x09) { j += 1 }
    return j
  }

  static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { Day(year: y, month: m, day: d) != nil }

  /// `上旬` (day 1), `中旬` (11), `下旬` (21) or `初` not followed by a day (`3月初`, day 1) at
  /// `k`: the first day of that part of the month and where it ends.
  static func monthPart(_ s: [UInt32], _ k: Int, _ hi: Int) -> (day: Int, end: Int)? {
    guard k < hi else { return nil }
    if k + 1 < hi && s[k + 1] == 0x65EC {  // 旬
      switch s[k] {
      case 0x4E0A: return (1, k + 2)  // 上旬
      case 0x4E2D: return (11, k + 2)  // 中旬
      case 0x4E0B: return (21, k + 2)  // 下旬
      default: return nil
      }
    }
    if s[k] == chu {  // 月初, but not 初五
      if k + 1 < hi, NumChar.hanDigit(s[k + 1]) != nil || NumChar.of(s[k + 1]).kind == .unit { return nil }
      return (1, k + 1)
    }
    return nil
  }

  /// A small Han number for a month or a day: 一 … 三十一, 初五, 廿三, 卅, 零叁 (bill dates).
  /// `lunarForm` when written as a lunar day (初X, 廿X, 卅).
  static func readHanSmall(_ s: [UInt32], _ i: Int, _ hi: Int) -> (value: Int, end: Int, lunarForm: Bool)? {
    var j = i
    if j < hi && s[j] == chu {  // 初一 … 初十
      j += 1
      guard j < hi else { return nil }
      if let d = NumChar.hanDigit(s[j]), d >= 1 { return (d, j + 1, true) }
      if NumChar.of(s[j]).kind == .unit && NumChar.of(s[j]).value == 10 { return (10, j + 1, true) }
      return nil
    }
    while j < hi && NumChar.of(s[j]).kind == .zero && j + 1 < hi && NumChar.hanDigit(s[j + 1]) != nil
      && NumChar.hanDigit(s[j + 1]) != 0
    {
      j += 1  // 零叁月 (bill dates)
    }
    guard j < hi else { return nil }
    let c = NumChar.of(s[j])
    var value = 0
    var lunarForm = false
    switch c.kind {
    case .tens:  // 廿 卅
      value = Int(c.value) * 10
      lunarForm = true
      j += 1
    case .unit where c.value == 10:  // 十, 十五
      value = 10
      j += 1
    case .digit, .can:
      value = Int(c.value)
      j += 1
      if j < hi, NumChar.of(s[j]).kind == .unit, NumChar.of(s[j]).value == 10 {  // 二十, 二十三
        value *= 10
        j += 1
      } else {
        return (value, j, false)
      }
    default:
      return nil
    }
    if j < hi, let d = NumChar.hanDigit(s[j]), d >= 1 {
      value += d
      j += 1
    }
    return (value, j, lunarForm)
  }

  /// A lunar month name at `i`: 正月 冬月 腊月 闰四月 …; `named` when 正/冬/腊/闰 (certainly lunar).
  static func readLunarMonth(_ s: [UInt32], _ i: Int, _ hi: Int, allowNumbered: Bool)
    -> (month: Int, leap: Bool, end: Int, named: Bool)?
  {
    var j = i
    var leap = false
    if j < hi && (s[j] == 0x95F0 || s[j] == 0x958F) {  // 闰 閏
      leap = true
      j += 1
    }
    guard j < hi else { return nil }
    var month = 0
    var named = leap
    switch s[j] {
    case 0x6B63:  // 正
      month = 1
      named = true
      j += 1
    case 0x51AC:  // 冬
      month = 11
      named = true
      j += 1
    case 0x814A, 0x81D8:  // 腊 臘
      month = 12
      named = true
      j += 1
    default:
      guard allowNumbered || leap, let (v, e, lf) = readHanSmall(s, j, hi), !lf, (1...12).contains(v) else {
        return nil
      }
      month = v
      j = e
    }
    guard j < hi && s[j] == yue else { return nil }
    return (month, leap, j + 1, named)
  }

  /// The date starting exactly at `i`, if any. `bareMonthDay` allows `3.5` / `3/5` (only where a
  /// date is expected: a whole date field, or the first word of an IOU line).
  static func scan(_ s: [UInt32], at i: Int, _ hi: Int, bareMonthDay: Bool) -> DateSpan? {
    guard i < hi else { return nil }
    let c = s[i]
    if Scalars.isDigit(c) {
      if i > 0 && (Scalars.isDigit(s[i - 1]) || s[i - 1] == 0x2E || Scalars.isLatinLetter(s[i - 1])) { return nil }
      return scanArabic(s, i, hi, bareMonthDay: bareMonthDay)
    }
    return scanHan(s, i, hi)
  }

  private static func scanArabic(_ s: [UInt32], _ i: Int, _ hi: Int, bareMonthDay: Bool) -> DateSpan? {
    let (v, n, j) = readInt(s, i, hi)
    if n == 8 {
      if j < hi && (s[j] == 0x2E || Scalars.isLatinLetter(s[j])) { return nil }
      let y = v / 10000
      let m = (v / 100) % 100
      let d = v % 100
      guard (1900...2099).contains(y), valid(y, m, d) else { return nil }
      return DateSpan(start: i, end: j, value: .ymd(year: y, month: m, day: d))
    }
    if n == 4 && (1900...2099).contains(v) {
      let k = skipSpaces(s, j, hi)
      if k < hi && k == j && (s[k] == 0x2D || s[k] == 0x2E || s[k] == 0x2F) {
        let sep = s[k]
        let (m, mn, k2) = readInt(s, k + 1, hi)
        guard (1...2).contains(mn) else { return nil }
        if k2 < hi && s[k2] == sep {
          let (d, dn, k3) = readInt(s, k2 + 1, hi)
          guard (1...2).contains(dn) else { return nil }
          if k3 < hi && (s[k3] == sep || s[k3] == 0x2E) && k3 + 1 < hi && Scalars.isDigit(s[k3 + 1]) { return nil }
          let value: DateValue = valid(v, m, d) ? .ymd(year: v, month: m, day: d) : .impossible
          return DateSpan(start: i, end: k3, value: value)
        }
        if sep != 0x2E && (1...12).contains(m) {
          return DateSpan(start: i, end: k2, value: .yearMonth(year: v, month: m))
        }
        return nil
      }
      if k < hi && s[k] == nian {
        // `欠 2000 年前结清`: 2000 yuan owed, due before the Spring Festival (年前, 年后,
        // 年底, 年内), not the year 2000.
        // (Glued to 年 with a figure later on the line, `欠2024年底货款 5000`, it is the year;
        // `还 2000 年底再还 1000` is 2000 yuan.)
        // (`欠2000年底还清 先付了500`: a due verb after 年底 makes it money again.)
        if k + 1 < hi && [0x524D, 0x540E, 0x5E95, 0x5185].contains(s[k + 1])
          && (k != j || !s[(k + 1)..<hi].contains(where: Scalars.isDigit)
            || (k + 2 < hi && [0x8FD8, 0x7ED3, 0x4ED8, 0x524D].contains(s[k + 2])))  // 还 结 付 前
        {
          var p = i
          while p > 0 && Scalars.isSpace(s[p - 1]) { p -= 1 }
          if p > 0 && [0x6B20, 0x8FD8, 0x4ED8, 0x501F].contains(s[p - 1]) { return nil }  // 欠 还 付 借
        }
        return afterYear(s, i, k + 1, hi, year: v)
      }
      return nil
    }
    // The shape of a full date with a year no shop book has (`0000-00-00`, `1024-03-05`): a
    // date to check, not an amount range.
    // Only `-` or `/` and two-digit parts: `1200.5.3元` is an amount with a slip, not a date.
    if n == 4 && j < hi && (s[j] == 0x2D || s[j] == 0x2F) {
      let sep = s[j]
      let (_, mn, k2) = readInt(s, j + 1, hi)
      guard mn == 2, k2 < hi, s[k2] == sep else { return nil }
      let (_, dn, k3) = readInt(s, k2 + 1, hi)
      guard dn == 2 else { return nil }
      if k3 < hi && (s[k3] == sep || s[k3] == 0x2E) && k3 + 1 < hi && Scalars.isDigit(s[k3 + 1]) { return nil }
      return DateSpan(start: i, end: k3, value: .impossible)
    }
    if n >= 1 && n <= 2 {
      let k = skipSpaces(s, j, hi)
      if k < hi && s[k] == yue {
        return afterMonth(s, i, k + 1, hi, year: nil, month: v)
      }
      if k == j && k < hi && (s[k] == 0x2D || s[k] == 0x2E || s[k] == 0x2F) {
        let sep = s[k]
        let (m, mn, k2) = readInt(s, k + 1, hi)
        guard (1...2).contains(mn) else { return nil }
        // 25/3/2024, 3/25/2024, 5/3/2024: day and month before the year (an Excel habit).
        if k2 < hi && s[k2] == sep {
          let (y, yn, k3) = readInt(s, k2 + 1, hi)
          if yn == 4 && (1900...2099).contains(y) {
            if k3 < hi && (s[k3] == sep || s[k3] == 0x2E) && k3 + 1 < hi && Scalars.isDigit(s[k3 + 1]) { return nil }
            let value: DateValue
            if v == m || (v > 12) != (m > 12) {
              let (month, day) = v > 12 ? (m, v) : (v, m)
              value = valid(y, month, day) ? .ymd(year: y, month: month, day: day) : .impossible
            } else if v > 12 {
              value = .impossible
            } else {
              value = valid(y, v, m) && valid(y, m, v) ? .orderUnknown(year: y, first: v, second: m) : .impossible
            }
            return DateSpan(start: i, end: k3, value: value)
          }
        }
        if n == 2 && k2 < hi && s[k2] == sep {  // 24.3.5, 24/3/5, 24-3-5
          let (d, dn, k3) = readInt(s, k2 + 1, hi)
          guard (1...2).contains(dn) else { return nil }
          if k3 < hi && (s[k3] == sep || s[k3] == 0x2E) && k3 + 1 < hi && Scalars.isDigit(s[k3 + 1]) { return nil }
          let y = 2000 + v
          let value: DateValue = valid(y, m, d) ? .ymd(year: y, month: m, day: d) : .impossible
          return DateSpan(start: i, end: k3, value: value)
        }
        if bareMonthDay && sep != 0x2D {  // 3.5, 3/5
          if k2 < hi {
            let nx = s[k2]
            if nx == sep || nx == 0x2E || nx == 0x2C || Scalars.isLatinLetter(nx) { return nil }
            let nc = NumChar.of(nx).kind
            if nc == .big || nc == .unit || nc == .yuan || nc == .jiao || nc == .fen { return nil }
          }
          guard (1...12).contains(v), valid(2000, v, m) else { return nil }
          return DateSpan(start: i, end: k2, value: .ymd(year: nil, month: v, day: m))
        }
      }
    }
    return nil
  }

  /// After `YYYY年`: a month (Gregorian or lunar), a day, or nothing (a year heading).
  private static func afterYear(_ s: [UInt32], _ start: Int, _ k0: Int, _ hi: Int, year: Int) -> DateSpan? {
    let k = skipSpaces(s, k0, hi)
    if let lm = readLunarMonth(s, k, hi, allowNumbered: false) {
      if let (d, e, _) = readHanSmall(s, skipSpaces(s, lm.end, hi), hi), (1...30).contains(d) {
        return DateSpan(start: start, end: e, value: .lunar(year: year, month: lm.month, day: d, leap: lm.leap))
      }
      return nil
    }
    if k < hi && s[k] == 0x5E95 {  // 2024年底: the end of that year (the earlier reading of 年底)
      return DateSpan(start: start, end: k + 1, value: .monthEnd(year: year, month: 12))
    }
    if k < hi && (s[k] == 0x9664 || s[k] == 0x5927) {  // 2023年除夕
      if let eve = scanEve(s, k, hi) {
        return DateSpan(start: start, end: eve, value: .newYearsEve(year: year))
      }
    }
    if k < hi && (s[k] == 0x519C || s[k] == 0x9634 || s[k] == 0x9670) {  // 2023年农历腊月…
      if let sp = scanHan(s, k, hi), case .lunar(nil, let m, let d, let leap) = sp.value {
        return DateSpan(start: start, end: sp.end, value: .lunar(year: year, month: m, day: d, leap: leap))
      }
    }
    if k < hi && Scalars.isDigit(s[k]) {
      let (m, mn, e) = readInt(s, k, hi)
      let k2 = skipSpaces(s, e, hi)
      if (1...2).contains(mn) && k2 < hi && s[k2] == yue {
        return afterMonth(s, start, k2 + 1, hi, year: year, month: m)
      }
      return DateSpan(start: start, end: k0, value: .yearMonth(year: year, month: nil))
    }
    if let (m, e, lf) = readHanSmall(s, k, hi), !lf {
      let k2 = skipSpaces(s, e, hi)
      if k2 < hi && s[k2] == yue {
        return afterHanMonth(s, start, k2 + 1, hi, year: year, month: m)
      }
    }
    return DateSpan(start: start, end: k0, value: .yearMonth(year: year, month: nil))
  }

  /// After an Arabic `M月`: `D日`/`D号`/`D`, `底`, or nothing.
  private static func afterMonth(_ s: [UInt32], _ start: Int, _ k0: Int, _ hi: Int, year: Int?, month: Int)
    -> DateSpan?
  {
    let k = skipSpaces(s, k0, hi)
    if k < hi && s[k] == di {
      guard (1...12).contains(month) else { return DateSpan(start: start, end: k + 1, value: .impossible) }
      return DateSpan(start: start, end: k + 1, value: .monthEnd(year: year, month: month))
    }
    if let (d, e) = monthPart(s, k, hi) {
      guard (1...12).contains(month) else { return DateSpan(start: start, end: e, value: .impossible) }
      return DateSpan(start: start, end: e, value: .monthPart(year: year, month: month, day: d))
    }
    var day: Int?
    var e = k
    if k < hi && Scalars.isDigit(s[k]) {
      let (d, dn, e2) = readInt(s, k, hi)
      if dn <= 2 {
        day = d
        e = e2
      }
    } else if let (d, e2, _) = readHanSmall(s, k, hi) {
      day = d
      e = e2
    }
    guard let d = day else {
      if let year, (1...12).contains(month) {
        return DateSpan(start: start, end: k0, value: .yearMonth(year: year, month: month))
      }
      if !(1...12).contains(month) && month < 100 {
        return DateSpan(start: start, end: k0, value: .impossible)  // 13月
      }
      return nil
    }
    let e3 = skipSpaces(s, e, hi)
    if e3 < hi && (s[e3] == ri || s[e3] == hao || s[e3] == hao2) { e = e3 + 1 }
    let ok = (1...12).contains(month) && valid(year ?? 2000, month, d)
    return DateSpan(start: start, end: e, value: ok ? .ymd(year: year, month: month, day: d) : .impossible)
  }

  /// After a Han `X月` (Gregorian when the day ends in 日/号, lunar otherwise: 二月十二).
  private static func afterHanMonth(_ s: [UInt32], _ start: Int, _ k0: Int, _ hi: Int, year: Int?, month: Int)
    -> DateSpan?
  {
    let k = skipSpaces(s, k0, hi)
    if k < hi && s[k] == di {
      guard (1...12).contains(month) else { return nil }
      return DateSpan(start: start, end: k + 1, value: .monthEnd(year: year, month: month))
    }
    if let (d, e) = monthPart(s, k, hi) {
      guard (1...12).contains(month) else { return nil }
      return DateSpan(start: start, end: e, value: .monthPart(year: year, month: month, day: d))
    }
    guard let (d, e, lunarForm) = readHanSmall(s, k, hi) else {
      if let year, (1...12).contains(month) {
        return DateSpan(start: start, end: k0, value: .yearMonth(year: year, month: month))
      }
      return nil
    }
    let e2 = skipSpaces(s, e, hi)
    if !lunarForm && e2 < hi && (s[e2] == ri || s[e2] == hao || s[e2] == hao2) {
      let ok = (1...12).contains(month) && valid(year ?? 2000, month, d)
      return DateSpan(start: start, end: e2 + 1, value: ok ? .ymd(year: year, month: month, day: d) : .impossible)
    }
    guard (1...12).contains(month), (1...30).contains(d) else { return nil }
    return DateSpan(start: start, end: e, value: .lunar(year: year, month: month, day: d, leap: false))
  }

  /// 除夕 / 大年三十 / 年三十 at `i`: the end index.
  private static func scanEve(_ s: [UInt32], _ i: Int, _ hi: Int) -> Int? {
    if i + 1 < hi && s[i] == 0x9664 && s[i + 1] == 0x5915 { return i + 2 }  // 除夕
    var j = i
    if j < hi && s[j] == 0x5927 { j += 1 }  // 大
    if j + 2 < hi && s[j] == nian && s[j + 1] == 0x4E09 && s[j + 2] == 0x5341 { return j + 3 }  // 年三十
    return nil
  }

  private static func scanHan(_ s: [UInt32], _ i: Int, _ hi: Int) -> DateSpan? {
    let c = s[i]
    // 农历 / 阴历 / 古历 / 老历 prefix
    var k = i
    var forcedLunar = false
    if i + 1 < hi && s[i + 1] == 0x5386 && (c == 0x519C || c == 0x9634 || c == 0x9670 || c == 0x53E4 || c == 0x8001) {
      forcedLunar = true
      k = skipSpaces(s, i + 2, hi)
      if k < hi && (s[k] == 0x9664 || s[k] == 0x5927), let e = scanEve(s, k, hi) {
        return DateSpan(start: i, end: e, value: .newYearsEve(year: nil))
      }
    }
    guard k < hi else { return nil }
    if forcedLunar && Scalars.isDigit(s[k]) {  // 农历2023年腊月廿三
      let (y, n, e) = readInt(s, k, hi)
      let k2 = skipSpaces(s, e, hi)
      guard n == 4, (1900...2099).contains(y), k2 < hi, s[k2] == nian else { return nil }
      let k3 = skipSpaces(s, k2 + 1, hi)
      if let lm = readLunarMonth(s, k3, hi, allowNumbered: true),
        let (d, e2, _) = readHanSmall(s, skipSpaces(s, lm.end, hi), hi), (1...30).contains(d)
      {
        return DateSpan(start: i, end: e2, value: .lunar(year: y, month: lm.month, day: d, leap: lm.leap))
      }
      return nil
    }
    if !forcedLunar && (c == 0x9664 || c == 0x5927 || c == nian) {
      if c == nian && i > 0 && (Scalars.isDigit(s[i - 1]) || NumChar.hanDigit(s[i - 1]) != nil) { return nil }
      if let e = scanEve(s, i, hi) { return DateSpan(start: i, end: e, value: .newYearsEve(year: nil)) }
      return nil
    }
    // A Han year: 二〇二四年 / 贰零贰肆年
    if k + 4 < hi, let d0 = NumChar.hanDigit(s[k]), let d1 = NumChar.hanDigit(s[k + 1]),
      let d2 = NumChar.hanDigit(s[k + 2]), let d3 = NumChar.hanDigit(s[k + 3])
    {
      let y = d0 * 1000 + d1 * 100 + d2 * 10 + d3
      let k2 = skipSpaces(s, k + 4, hi)
      if k2 < hi && s[k2] == nian && (1900...2099).contains(y) {
        if forcedLunar {
          let k3 = skipSpaces(s, k2 + 1, hi)
          if let lm = readLunarMonth(s, k3, hi, allowNumbered: true),
            let (d, e, _) = readHanSmall(s, skipSpaces(s, lm.end, hi), hi), (1...30).contains(d)
          {
            return DateSpan(start: i, end: e, value: .lunar(year: y, month: lm.month, day: d, leap: lm.leap))
          }
          return nil
        }
        return afterYear(s, i, k2 + 1, hi, year: y)
      }
    }
    if let lm = readLunarMonth(s, k, hi, allowNumbered: forcedLunar) {
      guard let (d, e, _) = readHanSmall(s, skipSpaces(s, lm.end, hi), hi), (1...30).contains(d) else {
        return nil
      }
      if !forcedLunar && !lm.named {
        // 三月五日 (Gregorian) or 二月十二 (lunar): decided by the day's form.
        return afterHanMonth(s, i, lm.end, hi, year: nil, month: lm.month)
      }
      return DateSpan(start: i, end: e, value: .lunar(year: nil, month: lm.month, day: d, leap: lm.leap))
    }
    if forcedLunar { return nil }
    // 三月五日 / 十二月三号 / 二月十二
    if let (m, e, lf) = readHanSmall(s, k, hi), !lf, (1...12).contains(m) {
      let k2 = skipSpaces(s, e, hi)
      if k2 < hi && s[k2] == yue {
        return afterHanMonth(s, i, k2 + 1, hi, year: nil, month: m)
      }
    }
    return nil
  }

  /// Could a date start at `s[i]`? (a cheap filter before `scan`)
  @inline(__always)
  static func mayStart(_ v: UInt32) -> Bool {
    if Scalars.isDigit(v) { return true }
    if v < 0x3000 { return v == 0x25CB }
    switch v {
    case 0x519C, 0x9634, 0x9670, 0x53E4, 0x8001,  // 农 阴 陰 古 老
      0x6B63, 0x51AC, 0x814A, 0x81D8, 0x95F0, 0x958F,  // 正 冬 腊 臘 闰 閏
      0x9664, 0x5927, 0x5E74,  // 除 大 年
      0x5341, 0x62FE, 0x5EFF:  // 十 拾 廿
      return true
    default:
      return NumChar.hanDigit(v) != nil
    }
  }
}

/// Where the year of a date without one comes from.
enum YearSource {
  case none
  /// Given by a caller of `DateParser.parse` (`DateContext`).
  case given(year: Int, origin: String)
  /// A heading line like `2024年` or `=== 2024年3月 ===`.
  case heading(year: Int, line: Int)
  /// The file name (`2023账本.txt`).
  case fileName(year: Int, name: String)
  /// The record before (ledgers run in date order).
  case previous(day: Day, line: Int)

  var year: Int? {
    switch self {
    case .none: return nil
    case .given(let y, _), .heading(let y, _), .fileName(let y, _): return y
    case .previous(let d, _): return d.year
    }
  }
}

/// Turns a `DateValue` into a day, with notes saying where a missing year came from and what a
/// lunar date converts to (domain.md §4).
enum DateResolver {
  /// The year for a date written without one, and the note that says so.
  static func year(for text: String, month: Int, day: Int, source: YearSource) -> (Int?, Note?) {
    switch source {
    case .none:
      return (nil, Note(ReadMessage.dateNoYear, text))
    case .given(let y, let origin):
      if origin.isEmpty { return (y, Note(ReadMessage.dateYearGiven, text, String(y))) }
      return (y, Note(ReadMessage.dateYearFrom, text, origin, String(y)))
    case .heading(let y, let line):
      return (y, Note(ReadMessage.dateYearFromHeading, text, String(line), String(y)))
    case .fileName(let y, let name):
      return (y, Note(ReadMessage.dateYearFromFileName, text, name, String(y)))
    case .previous(let prev, let line):
      let y = prev.year
      // A date well before the previous record (more than 60 days) starts a new year.
      if let d = Day(year: y, month: month, day: min(day, 28)), d.days(to: prev) > 60 {
        return (y + 1, Note(ReadMessage.dateYearRolledOver, text, String(line), String(y + 1)))
      }
      return (y, Note(ReadMessage.dateYearFromPrevious, text, String(line), String(y)))
    }
  }

  static func resolve(_ value: DateValue, text: String, source: YearSource) -> DateReading {
    switch value {
    case .impossible:
      return DateReading(day: nil, notes: [Note(ReadMessage.dateImpossible, text)])
    case .orderUnknown(let y, let a, let b):
      let one = Day(year: y, month: a, day: b)?.iso ?? ""
      let other = Day(year: y, month: b, day: a)?.iso ?? ""
      return DateReading(day: nil, notes: [Note(ReadMessage.dateOrderUnknown, text, one, other)])
    case .yearMonth(let y, let m):
      // `2024年3月`: the month is known, not the day; no day is made up (the earliest is said,
      // for the cautious limitation reading).
      guard let m, let first = Day(year: y, month: m, day: 1) else {
        return DateReading(day: nil, notes: [Note(ReadMessage.dateUnreadable, text)])
      }
      return DateReading(day: nil, notes: [Note(ReadMessage.dateMonthOnly, text, first.iso)])
    case .ymd(let y, let m, let d):
      var notes: [Note] = []
      var year = y
      if year == nil {
        let (yy, note) = self.year(for: text, month: m, day: d, source: source)
        year = yy
        if let note { notes.append(note) }
      }
      guard let year else { return DateReading(day: nil, notes: notes) }
      guard let day = Day(year: year, month: m, day: d) else {
        return DateReading(day: nil, notes: notes + [Note(ReadMessage.dateImpossible, text)])
      }
      return DateReading(day: day, notes: notes)
    case .monthPart(let y, let m, let d):
      // No exact day: the earliest (the cautious reading for ageing and limitation), said.
      var r = resolve(.ymd(year: y, month: m, day: d), text: text, source: source)
      if let day = r.day { r.notes.append(Note(ReadMessage.dateMonthPart, text, day.iso)) }
      return r
    case .monthEnd(let y, let m):
      var notes: [Note] = []
      var year = y
      if year == nil {
        let (yy, note) = self.year(for: text, month: m, day: 28, source: source)
        year = yy
        if let note { notes.append(note) }
      }
      guard let year, let first = Day(year: year, month: m, day: 1) else { return DateReading(day: nil, notes: notes) }
      return DateReading(day: first.endOfMonth, notes: notes)
    case .newYearsEve(let y):
      var notes: [Note] = []
      var year = y
      if year == nil {
        let (yy, note) = self.year(for: text, month: 12, day: 31, source: source)
        year = yy
        if let note { notes.append(note) }
      }
      guard let year, let eve = LunarCalendar.newYearsEve(lunarYear: year) else {
        return DateReading(day: nil, notes: notes)
      }
      notes.append(Note(ReadMessage.dateLunar, text, String(year), eve.iso))
      return DateReading(day: eve, notes: notes)
    case .lunar(let y, let m, let d, let leap):
      var notes: [Note] = []
      var year = y
      var settledByNeighbour = false
      if year == nil {
        if case .previous(let prev, let line) = source {
          // Ledgers run in date order: take the first reading not well before the record above.
          for candidate in (prev.year - 1)...(prev.year + 1) {
            if let g = lunarDay(year: candidate, month: m, day: d, leap: leap, text: text).0, g.days(to: prev) <= 60 {
              year = candidate
              break
            }
          }
          if year == nil { year = prev.year }
          settledByNeighbour = true
          notes.append(Note(ReadMessage.dateYearFromPrevious, text, String(line), String(year ?? prev.year)))
        } else {
          // The lunar year that began in the context's Gregorian year (see DateParser).
          let (yy, note) = self.year(for: text, month: m, day: d, source: source)
          year = yy
          if let note { notes.append(note) }
        }
      }
      guard let year else { return DateReading(day: nil, notes: notes) }
      let (day, extra) = lunarDay(year: year, month: m, day: d, leap: leap, text: text)
      notes += extra
      guard let day else { return DateReading(day: nil, notes: notes) }
      notes.append(Note(ReadMessage.dateLunar, text, String(year), day.iso))
      if m >= 11, !leap, !settledByNeighbour {
        // 冬月/腊月 fall around the turn of the Gregorian year: say what the year before gives.
        let (alt, _) = lunarDay(year: year - 1, month: m, day: d, leap: false, text: text)
        if let alt { notes.append(Note(ReadMessage.dateLunarOtherYear, text, String(year - 1), alt.iso)) }
      }
      return DateReading(day: day, notes: notes)
    }
  }

  /// A lunar date, never rolled over: 腊月三十 in a 29-day 腊月 is 除夕 (with a note); any
  /// other impossible day is nil with a note.
  static func lunarDay(year: Int, month: Int, day: Int, leap: Bool, text: String) -> (Day?, [Note]) {
    if let g = LunarCalendar.gregorian(lunarYear: year, month: month, day: day, leap: leap) { return (g, []) }
    guard let length = LunarCalendar.monthLength(lunarYear: year, month: month, leap: leap) else {
      if leap { return (nil, [Note(ReadMessage.dateLunarNoLeapMonth, String(year), text)]) }
      return (nil, [Note(ReadMessage.dateImpossible, text)])
    }
    if month == 12 && !leap && day == 30 && length == 29,
      let eve = LunarCalendar.gregorian(lunarYear: year, month: 12, day: 29)
    {
      return (eve, [Note(ReadMessage.dateLunarShortMonth, String(year), text, eve.iso)])
    }
    return (nil, [Note(ReadMessage.dateLunarNoSuchDay, String(year), text, String(length))])
  }
}
