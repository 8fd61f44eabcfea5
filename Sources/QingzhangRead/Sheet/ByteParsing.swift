import QingzhangModel

/// Parsing of spreadsheet cells straight from their UTF-8 bytes (performance.md: going through
/// `String` costs 8×). Anything these fast paths do not recognise goes to `AmountParser` /
/// `DateParser`.
enum ByteCell {
  /// Trims ASCII blanks, U+3000 (ideographic space) and U+00A0 from both ends.
  @inline(__always)
  static func trim(_ p: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var s = 0
    var e = p.count
    while s < e {
      let c = p[s]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        s += 1
      } else if c == 0xE3, s + 2 < e, p[s + 1] == 0x80, p[s + 2] == 0x80 {
        s += 3
      } else if c == 0xC2, s + 1 < e, p[s + 1] == 0xA0 {
        s += 2
      } else {
        break
      }
    }
    while e > s {
      let c = p[e - 1]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        e -= 1
      } else if c == 0x80, e - 3 >= s, p[e - 3] == 0xE3, p[e - 2] == 0x80 {
        e -= 3
      } else if c == 0xA0, e - 2 >= s, p[e - 2] == 0xC2 {
        e -= 2
      } else {
        break
      }
    }
    return UnsafeBufferPointer(rebasing: p[s..<e])
  }

  static func string(_ p: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: p, as: UTF8.self)
  }

  static func string(_ a: [UInt8]) -> String {
    String(decoding: a, as: UTF8.self)
  }

  static func equal(_ p: UnsafeBufferPointer<UInt8>, _ q: [UInt8]) -> Bool {
    if p.count != q.count { return false }
    for i in 0..<p.count where p[i] != q[i] { return false }
    return true
  }

  static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ q: [UInt8]) -> Bool {
    if p.count < q.count { return false }
    for i in 0..<q.count where p[i] != q[i] { return false }
    return true
  }
}

/// A plain decimal read from bytes: `mantissa / 10^fraction`.
struct ByteDecimal: Equatable {
  var mantissa: Int64
  var fraction: Int

  enum Result: Equatable {
    /// Blank, or an accounting zero (`-`, `—`).
    case empty
    case value(ByteDecimal)
    /// Not a plain decimal; ask the full parser.
    case other
  }

  /// `1200`, `1,200.00`, `-50`, `+3`, `(50.00)`, `¥1,200.00`, `-¥5`: at most `maxFraction`
  /// decimals and 15 digits.
  static func parse(_ cell: UnsafeBufferPointer<UInt8>, maxFraction: Int) -> Result {
    let p = ByteCell.trim(cell)
    var n = p.count
    if n == 0 { return .empty }
    // Accounting zero / dash placeholders: "-", "--", "—" (E2 80 94), "－" (EF BC 8D).
    if isDashes(p) { return .empty }
    var i = 0
    var negative = false
    if p[0] == 0x28 {  // (
      guard p[n - 1] == 0x29 else { return .other }
      negative = true
      i = 1
      n -= 1
    }
    i = skipYen(p, i, n)
    if i < n, p[i] == 0x2D || p[i] == 0x2B {
      if negative { return .other }
      negative = p[i] == 0x2D
      i += 1
    }
    i = skipYen(p, i, n)
    var mantissa: Int64 = 0
    var digits = 0
    var fraction = 0
    var sawDot = false
    var groupDigits = -1  // digits since the last comma; -1 before any comma
    var intDigits = 0
    while i < n {
      let c = p[i]
      if c >= 0x30 && c <= 0x39 {
        digits += 1
        if digits > 15 { return .other }
        mantissa = mantissa * 10 + Int64(c - 0x30)
        if sawDot {
          fraction += 1
        } else {
          intDigits += 1
          if groupDigits >= 0 { groupDigits += 1 }
        }
      } else if c == 0x2C, !sawDot {  // thousands separator
        if intDigits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && intDigits > 3) {
          return .other
        }
        groupDigits = 0
      } else if c == 0x2E, !sawDot {
        if groupDigits >= 0 && groupDigits != 3 { return .other }
        sawDot = true
      } else {
        return .other
      }
      i += 1
    }
    if digits == 0 || (groupDigits >= 0 && !sawDot && groupDigits != 3) { return .other }
    if fraction > maxFraction { return .other }
    return .value(ByteDecimal(mantissa: negative ? -mantissa : mantissa, fraction: fraction))
  }

  @inline(__always)
  private static func skipYen(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
    if i + 1 < n, p[i] == 0xC2, p[i + 1] == 0xA5 { return i + 2 }  // ¥
    if i + 2 < n, p[i] == 0xEF, p[i + 1] == 0xBF, p[i + 2] == 0xA5 { return i + 3 }  // ￥
    return i
  }

  static func isDashes(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = p.count
    while i < n {
      if p[i] == 0x2D || p[i] == 0x20 {
        i += 1
      } else if i + 2 < n, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x94 {
        i += 3
      } else if i + 2 < n, p[i] == 0xEF, p[i + 1] == 0xBC, p[i + 2] == 0x8D {
        i += 3
      } else {
        return false
      }
    }
    return n > 0
  }

  static let powers: [Int64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000]

  /// Whether the value is above `limit` fen (either sign), or too large to compute at all.
  func exceeds(_ limit: Int64, fenPerUnit: Int64) -> Bool {
    guard fraction < ByteDecimal.powers.count else { return false }
    let (product, overflow) = mantissa.multipliedReportingOverflow(by: fenPerUnit)
    return overflow || (product / ByteDecimal.powers[fraction]).magnitude > limit.magnitude
  }

  /// The value in fen when one unit is `fenPerUnit` fen (100 for 元, 1 000 000 for 万元); nil
  /// when it does not come out in whole fen.
  func fen(fenPerUnit: Int64) -> Int64? {
    guard fraction < ByteDecimal.powers.count else { return nil }
    let (product, overflow) = mantissa.multipliedReportingOverflow(by: fenPerUnit)
    if overflow { return nil }
    let div = ByteDecimal.powers[fraction]
    return product % div == 0 ? product / div : nil
  }
}

/// A date read from bytes.
enum ByteDate: Equatable {
  case empty
  /// Year, month, day as written (not yet validated).
  case ymd(Int, Int, Int)
  /// Month and day, no year.
  case monthDay(Int, Int)
  /// Day/month order unknown (`3/5/2024`): read as month/day/year.
  case ambiguous(month: Int, day: Int, year: Int)
  case serial(Int)
  case other

  enum Order: String, Sendable {
    case ymd, mdy, dmy
  }

  static let nian: (UInt8, UInt8, UInt8) = (0xE5, 0xB9, 0xB4)  // 年
  static let yue: (UInt8, UInt8, UInt8) = (0xE6, 0x9C, 0x88)  // 月
  static let ri: (UInt8, UInt8, UInt8) = (0xE6, 0x97, 0xA5)  // 日
  static let hao: (UInt8, UInt8, UInt8) = (0xE5, 0x8F, 0xB7)  // 号

  /// `2024-03-05`, `2024/3/5`, `2024.3.5`, `20240305`, `24.3.5`, `2024年3月5日`, `3月5号`, `3/5`,
  /// `3/5/2024` (per `order`), `45356` (Excel serial), each optionally followed by a time.
  static func parse(_ cell: UnsafeBufferPointer<UInt8>, order: Order?) -> ByteDate {
    let p = ByteCell.trim(cell)
    let n = p.count
    if n == 0 { return .empty }
    var nums = (0, 0, 0)
    var lens = (0, 0, 0)
    var count = 0
    var i = 0
    var lastWasSep = true
    var ended = false
    while i < n {
      let c = p[i]
      if c >= 0x30 && c <= 0x39 {
        if !lastWasSep || count == 3 { return .other }
        var v = 0
        var len = 0
        while i < n, p[i] >= 0x30, p[i] <= 0x39 {
          if len == 8 { return .other }
          v = v * 10 + Int(p[i] - 0x30)
          len += 1
          i += 1
        }
        switch count {
        case 0: nums.0 = v; lens.0 = len
        case 1: nums.1 = v; lens.1 = len
        default: nums.2 = v; lens.2 = len
        }
        count += 1
        lastWasSep = false
        continue
      }
      if c == 0x2D || c == 0x2F || c == 0x2E {
        if lastWasSep { return .other }
        lastWasSep = true
        i += 1
        continue
      }
      if i + 2 < n {
        let t = (p[i], p[i + 1], p[i + 2])
        if t == nian || t == yue {
          if lastWasSep { return .other }
          lastWasSep = true
          i += 3
          continue
        }
        if t == ri || t == hao {
          if lastWasSep || count < 2 { return .other }
          i += 3
          ended = true
          break
        }
      }
      if c == 0x20 || c == 0x54 {  // a time follows: "2024-03-05 10:23:00", "…T10:23"
        ended = true
        break
      }
      return .other
    }
    if ended {
      // Only a time may follow.
      while i < n {
        let c = p[i]
        if !(c == 0x20 || c == 0x54 || c == 0x3A || (c >= 0x30 && c <= 0x39)) { return .other }
        i += 1
      }
    } else if lastWasSep && count > 0 && !(count == 2 && lens.0 == 5) {
      return .other
    }
    switch count {
    case 1:
      if lens.0 == 8 { return .ymd(nums.0 / 10000, nums.0 / 100 % 100, nums.0 % 100) }
      if lens.0 == 5 { return .serial(nums.0) }
      return .other
    case 2:
      if lens.0 == 5 { return .serial(nums.0) }  // 45356.5: a serial with a time
      if lens.0 <= 2, lens.1 <= 2 { return .monthDay(nums.0, nums.1) }
      return .other
    case 3:
      if lens.0 == 4, lens.1 <= 2, lens.2 <= 2 { return .ymd(nums.0, nums.1, nums.2) }
      if lens.0 == 2, lens.1 <= 2, lens.2 <= 2 { return .ymd(2000 + nums.0, nums.1, nums.2) }
      if lens.0 <= 2, lens.1 <= 2, lens.2 == 4 {
        switch order {
        case .mdy: return .ymd(nums.2, nums.0, nums.1)
        case .dmy: return .ymd(nums.2, nums.1, nums.0)
        default:
          if nums.0 > 12 { return .ymd(nums.2, nums.1, nums.0) }
          if nums.1 > 12 { return .ymd(nums.2, nums.0, nums.1) }
          if nums.0 == nums.1 { return .ymd(nums.2, nums.0, nums.1) }
          return .ambiguous(month: nums.0, day: nums.1, year: nums.2)
        }
      }
      return .other
    default:
      return .other
    }
  }

  /// Excel's 1900 date system: serial 1 is 1900-01-01; 60 is the fictitious 1900-02-29.
  static func excelDay(serial: Int) -> Day? {
    guard serial >= 1, serial <= 2_958_465, serial != 60, let epoch = Day(year: 1899, month: 12, day: 30)
    else { return nil }
    return epoch.adding(days: serial >= 61 ? serial : serial + 1)
  }
}

/// Finds the first-listed category of summary words (合计, 上年结转, 签字 …) inside a cell,
/// checking each character against a bitmap of the words' first characters before comparing.
struct KeywordMatcher: Sendable {
  struct Word: Sendable {
    var bytes: [UInt8]
    var category: Int
  }

  private var bitmap = [UInt64](repeating: 0, count: 1024)  // BMP scalars
  private var byFirst: [UInt32: [Word]] = [:]

  /// `groups[k]` are the words of category `k`; a lower `k` wins when several match.
  init(groups: [[String]]) {
    for (k, words) in groups.enumerated() {
      for w in words where !w.isEmpty {
        guard let first = w.unicodeScalars.first, first.value < 0x10000 else { continue }
        let v = first.value
        bitmap[Int(v >> 6)] |= 1 << UInt64(v & 63)
        byFirst[v, default: []].append(Word(bytes: Array(w.utf8), category: k))
      }
    }
  }

  /// Whether `word` is written in `p` from `start`, blanks between its characters allowed
  /// (`合  计`, `合　计`: spaced out to fill a merged cell).
  @inline(__always)
  static func matches(_ word: [UInt8], _ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var k = start
    var j = 0
    while j < word.count {
      guard k < p.count else { return false }
      if p[k] == word[j] {
        k += 1
        j += 1
        continue
      }
      // A blank between two characters of the word (never before its first).
      guard j > 0, word[j] & 0xC0 != 0x80 else { return false }
      if p[k] == 0x20 || p[k] == 0x09 {
        k += 1
      } else if p[k] == 0xE3 && k + 2 < p.count && p[k + 1] == 0x80 && p[k + 2] == 0x80 {
        k += 3  // U+3000
      } else if p[k] == 0xC2 && k + 1 < p.count && p[k + 1] == 0xA0 {
        k += 2  // U+00A0
      } else {
        return false
      }
    }
    return true
  }

  /// The best (lowest) category found in `p`, or nil.
  func match(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
    var best: Int? = nil
    var i = 0
    let n = p.count
    while i < n {
      let c = p[i]
      var scalar: UInt32
      var len: Int
      if c < 0x80 {
        scalar = UInt32(c)
        len = 1
      } else if c >= 0xE0 && c < 0xF0 && i + 2 < n {
        scalar = (UInt32(c & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
        len = 3
      } else {
        i += c >= 0xF0 ? 4 : (c >= 0xC0 ? 2 : 1)
        continue
      }
      if bitmap[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0, let words = byFirst[scalar] {
        for w in words where w.bytes.count <= n - i && w.category < (best ?? Int.max) {
          if KeywordMatcher.matches(w.bytes, p, at: i) { best = w.category }
        }
      }
      i += len
    }
    return best
  }
}

/// Interns short cell texts (customer names, goods) by their bytes: a repeated name costs a
/// hash of its bytes instead of a new `String` and an NFC-normalising `String` hash. Each text
/// gets a stable slot number for per-customer state.
struct TextTable {
  // The texts by slot, their bytes in one flat store, and per hash a chain of slots: a
  // lookup compares bytes in place and copies nothing but the text it returns (an array of
  // entries per hash made the lookup retain and release the entries and their texts).
  private var firstByHash: [UInt64: Int] = [:]
  private var next: [Int] = []
  private var texts: [String] = []
  private var ends: [Int] = []
  private var storage: [UInt8] = []
  var count: Int { texts.count }
  /// Texts longer than this are not interned (they rarely repeat).
  static let maxLength = 96
  /// Beyond this many different texts, new ones are not kept (memory stays bounded).
  static let maxEntries = 50_000

  /// The text of `p` and its slot.
  mutating func intern(_ p: UnsafeBufferPointer<UInt8>) -> (text: String, slot: Int) {
    if p.count > TextTable.maxLength { return (ByteCell.string(p), -1) }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in p {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    let first = firstByHash[h] ?? -1
    var slot = first
    while slot >= 0 {
      let end = ends[slot]
      let start = slot == 0 ? 0 : ends[slot - 1]
      if end - start == p.count {
        let same = storage.withUnsafeBufferPointer { q -> Bool in
          for k in 0..<p.count where p[k] != q[start + k] { return false }
          return true
        }
        if same { return (texts[slot], slot) }
      }
      slot = next[slot]
    }
    if count >= TextTable.maxEntries { return (ByteCell.string(p), -1) }
    let text = ByteCell.string(p)
    let newSlot = texts.count
    texts.append(text)
    storage.append(contentsOf: p)
    ends.append(storage.count)
    next.append(first)
    firstByHash[h] = newSlot
    return (text, newSlot)
  }
}

/// What Excel writes into a CSV when a cell holds no value it could show.
enum ExcelCell {
  /// Error values of a formula that failed (`#VALUE!`, `#N/A` …), upper case. Chinese Excel and
  /// WPS write them in English too.
  static let errorValues: Set<String> = [
    "#VALUE!", "#REF!", "#N/A", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
  ]

  /// The note for an Excel error value (`#VALUE!`) or a column too narrow (`########`); nil for
  /// anything else. Cheap for cells that do not start with `#`.
  static func note(_ cell: UnsafeBufferPointer<UInt8>) -> Note? {
    let p = ByteCell.trim(cell)
    guard p.count >= 1, p[0] == 0x23 else { return nil }
    let text = ByteCell.string(p)
    if p.allSatisfy({ $0 == 0x23 }) { return Note(ReadMessage.excelColumnTooNarrow, text) }
    if errorValues.contains(text.uppercased()) { return Note(ReadMessage.excelErrorValue, text) }
    return nil
  }

  /// A number in scientific notation (`1.25E+04`, `-3E2`, `1.5e-01`): its digits as one integer,
  /// the digits after the point, and the exponent; nil for anything else.
  static func scientific(_ cell: UnsafeBufferPointer<UInt8>) -> (negative: Bool, digits: Int64, decimals: Int, exponent: Int)? {
    let p = ByteCell.trim(cell)
    let n = p.count
    var i = 0
    var negative = false
    if i < n, p[i] == 0x2D || p[i] == 0x2B {
      negative = p[i] == 0x2D
      i += 1
    }
    var digits: Int64 = 0
    var count = 0
    var decimals = 0
    var sawDot = false
    while i < n, (p[i] >= 0x30 && p[i] <= 0x39) || (p[i] == 0x2E && !sawDot) {
      if p[i] == 0x2E {
        sawDot = true
      } else {
        count += 1
        if count > 17 { return nil }
        digits = digits * 10 + Int64(p[i] - 0x30)
        if sawDot { decimals += 1 }
      }
      i += 1
    }
    guard count > 0, i < n, p[i] == 0x45 || p[i] == 0x65 else { return nil }
    i += 1
    var expNegative = false
    if i < n, p[i] == 0x2D || p[i] == 0x2B {
      expNegative = p[i] == 0x2D
      i += 1
    }
    var exponent = 0
    var expDigits = 0
    while i < n, p[i] >= 0x30, p[i] <= 0x39 {
      exponent = exponent * 10 + Int(p[i] - 0x30)
      expDigits += 1
      if expDigits > 3 { return nil }
      i += 1
    }
    guard expDigits > 0, i == n else { return nil }
    return (negative, digits, decimals, expNegative ? -exponent : exponent)
  }

  /// The fen of a scientific-notation amount when its digits reach down to the fen (or finer) and
  /// it is whole fen: `1.253400E+04` = 1253400 fen. Nil when the last digit written stands for
  /// more than a fen (`1.25E+04`: 12534 would be written so too): the saved digits may be
  /// rounded, and money is never guessed.
  static func scientificFen(_ cell: UnsafeBufferPointer<UInt8>, fenPerUnit: Int64) -> Int64? {
    guard let s = scientific(cell) else { return nil }
    // The value in fen is digits × fenPerUnit × 10^(exponent − decimals).
    let shift = s.exponent - s.decimals
    guard shift > -19, shift < 19 else { return nil }
    var place = fenPerUnit  // fen of one unit of the last digit written
    var divisor: Int64 = 1
    if shift >= 0 {
      for _ in 0..<shift {
        let (m, o) = place.multipliedReportingOverflow(by: 10)
        if o { return nil }
        place = m
      }
    } else {
      for _ in 0..<(-shift) { divisor *= 10 }
    }
    // The last digit written must stand for one fen or less.
    guard place <= divisor else { return nil }
    let (product, o) = s.digits.multipliedReportingOverflow(by: place)
    guard !o, product % divisor == 0 else { return nil }
    let fen = product / divisor
    return s.negative ? -fen : fen
  }
}
