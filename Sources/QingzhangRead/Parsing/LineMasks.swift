/// A phone number (or an id number) found in a line: folded scalars `start..<end`.
struct NumberSpan {
  var start: Int
  var end: Int
  /// A phone (mobile or landline with area code); false for an id card or other long number.
  var isPhone: Bool
}

/// Marks what in a line is a date, a phone number or an id number, so that the amount scanner
/// does not read `2024.3.5`, `13807341234` or an id card as money.
enum LineMasks {
  static let dateMark: UInt8 = 1
  static let phoneMark: UInt8 = 2
  static let numberMark: UInt8 = 3

  /// Finds dates, phone numbers and long numbers in `s[lo..<hi]`, marks them in `mask` and
  /// appends them to `dates` and `phones`. `bareMonthDayAt` is the one position
  /// where `3.5` may be read as a date (the first word of an IOU line); `4/05` is one anywhere.
  /// A month and day with no year (`4/05`), as `DateScanner` gives it with `bareMonthDay`.
  static func bareSlashDate(_ d: DateSpan) -> Bool {
    if case .ymd(nil, _, _) = d.value { return true }
    return false
  }

  /// Whether a bare `4/05` in the middle of a line is said as a due date: a word of when right
  /// after it (还 前 之前 以前: `4/05 还清`, `4/05前`) or a due lead right before (`还到 3/4`,
  /// `约定 4/05`), which make it the line's due date, never its own date. Anything else
  /// (`水管1/2寸`, `3/4 球阀`, `3/4至1/2`: inches of pipe) is none.
  static func saidAsDue(_ s: [UInt32], _ start: Int, _ end: Int, _ lo: Int, _ hi: Int) -> Bool {
    var k = end
    while k < hi && Scalars.isSpace(s[k]) { k += 1 }
    if k < hi {
      if s[k] == 0x8FD8 || s[k] == 0x524D { return true }  // 还 前
      // 之前 以前
      if k + 1 < hi && (s[k] == 0x4E4B || s[k] == 0x4EE5) && s[k + 1] == 0x524D { return true }
    }
    // Or a two-character lead right before: 还到 约定 定于 说好 讲好 (never a lone 到 至 于:
    // `3/4至1/2`, `用于1/2管`).
    var p = start
    while p > lo && Scalars.isSpace(s[p - 1]) { p -= 1 }
    guard p - 2 >= lo else { return false }
    let lead = (s[p - 2], s[p - 1])
    let leads: [(UInt32, UInt32)] = [(0x8FD8, 0x5230), (0x7EA6, 0x5B9A), (0x5B9A, 0x4E8E), (0x8BF4, 0x597D), (0x8BB2, 0x597D)]
    return leads.contains { $0 == lead }
  }

  static func markDatesAndNumbers(
    _ s: [UInt32], _ lo: Int, _ hi: Int, mask: inout [UInt8],
    dates: inout [DateSpan], phones: inout [NumberSpan],
    bareMonthDayAt: Int = -1
  ) {
    // Phones and ids first: a phone number is never a date (20240305 is; 13807341234 is not).
    var i = lo
    while i < hi {
      guard Scalars.isDigit(s[i]), i == lo || !(Scalars.isDigit(s[i - 1]) || Scalars.isLatinLetter(s[i - 1])) else {
        i += 1
        continue
      }
      // The decimals of a number (`1.000000000000万`) are no phone or id number.
      if i - 2 >= lo && s[i - 1] == 0x2E && Scalars.isDigit(s[i - 2]) {
        while i < hi && Scalars.isDigit(s[i]) { i += 1 }
        continue
      }
      var j = i
      while j < hi && Scalars.isDigit(s[j]) { j += 1 }
      let n = j - i
      var span: NumberSpan?
      if n == 11 && s[i] == 0x31 && s[i + 1] >= 0x33 {
        span = NumberSpan(start: i, end: j, isPhone: true)  // 13807341234
      } else if n == 3 && s[i] == 0x31, let e = grouped(s, j, hi, [4, 4]) {
        span = NumberSpan(start: i, end: e, isPhone: true)  // 138-0734-1234
      } else if (3...4).contains(n) && s[i] == 0x30, let e = grouped(s, j, hi, [7]) ?? grouped(s, j, hi, [8]) {
        span = NumberSpan(start: i, end: e, isPhone: true)  // 0734-8123456
      } else if (10...12).contains(n) && s[i] == 0x30 && s[i + 1] != 0x30 {
        span = NumberSpan(start: i, end: j, isPhone: true)  // 07348123456
      } else if n == 17 && j < hi && (s[j] | 0x20) == 0x78 {
        span = NumberSpan(start: i, end: j + 1, isPhone: false)  // id ending in X
      } else if n >= 12 && !writtenAsMoney(s, lo, i, j, hi) {
        span = NumberSpan(start: i, end: j, isPhone: false)
      }
      if let sp = span, sp.end >= hi || !Scalars.isDigit(s[sp.end]) {
        for k in sp.start..<sp.end { mask[k] = sp.isPhone ? phoneMark : numberMark }
        phones.append(sp)
        i = sp.end
      } else {
        i = j
      }
    }
    i = lo
    while i < hi {
      if mask[i] != 0 || !DateScanner.mayStart(s[i]) {
        i += 1
        continue
      }
      // Never inside a written number: the 三月初一 of 十三月初一 (no such month) is no date.
      if i > lo && s[i] >= 0x3000 && s[i - 1] >= 0x3000 && NumChar.of(s[i]).kind != .other
        && NumChar.of(s[i - 1]).kind != .other
      {
        i += 1
        continue
      }
      // `3.5` is a date only first on the line (elsewhere an amount); `4/05` anywhere (`约定
      // 4/05 还清`: read as an amount, `05 还清` was a payment of 5).
      // Not `1/2寸` (half an inch of pipe): mid-line, a bare `4/05` only said as a due date.
      var slash = i
      while slash < hi && Scalars.isDigit(s[slash]) { slash += 1 }
      let slashed = i != bareMonthDayAt && slash < hi && s[slash] == 0x2F
      if let d = DateScanner.scan(s, at: i, hi, bareMonthDay: i == bareMonthDayAt || slashed), d.end > i,
        !slashed || !LineMasks.bareSlashDate(d) || LineMasks.saidAsDue(s, d.start, d.end, lo, hi)
      {
        var clear = true
        for k in d.start..<d.end where mask[k] != 0 { clear = false }
        if clear {
          for k in d.start..<d.end { mask[k] = dateMark }
          dates.append(d)
          i = d.end
          continue
        }
      }
      i += 1
    }
  }

  /// A long digit run `s[i..<j]` written as money (`¥…`, `…元`, `…块`, `….50`): an amount,
  /// too large to be plausible, rather than an id number.
  private static func writtenAsMoney(_ s: [UInt32], _ lo: Int, _ i: Int, _ j: Int, _ hi: Int) -> Bool {
    var k = j
    while k < hi && Scalars.isSpace(s[k]) { k += 1 }
    if k < hi {
      if NumChar.of(s[k]).kind == .yuan || NumChar.of(s[k]).kind == .big { return true }
      if s[k] == 0x2E && k + 1 < hi && Scalars.isDigit(s[k + 1]) { return true }
    }
    var p = i - 1
    while p >= lo && Scalars.isSpace(s[p]) { p -= 1 }
    return p >= lo && (s[p] == 0xA5 || s[p] == 0x5E01)  // ¥, 人民币
  }

  /// After a first group ending at `j`: separator (`-` or space) and digit groups of the given
  /// lengths; the end index, or nil.
  private static func grouped(_ s: [UInt32], _ j: Int, _ hi: Int, _ groups: [Int]) -> Int? {
    var k = j
    for g in groups {
      guard k < hi, s[k] == 0x2D || s[k] == 0x20 else { return nil }
      k += 1
      var n = 0
      while k < hi && Scalars.isDigit(s[k]) {
        n += 1
        k += 1
      }
      guard n == g else { return nil }
    }
    return k
  }
}
