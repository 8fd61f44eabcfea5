import QingzhangModel

/// How two different amounts may be one figure miswritten (fen compared digit by digit).
enum AmountRelation: Int, Comparable {
  /// Two neighbouring digits swapped: 350 / 530.
  case swapped = 0
  /// A zero added or dropped: 1200 / 120, 1050 / 150.
  case zero = 1
  /// One digit differs: 350 / 380.
  case oneDigit = 2

  static func < (a: AmountRelation, b: AmountRelation) -> Bool { a.rawValue < b.rawValue }

  /// The relation between two positive amounts in fen, or nil (also nil when equal).
  static func between(_ a: Int64, _ b: Int64) -> AmountRelation? {
    guard a > 0, b > 0, a != b else { return nil }
    let la = digitCount(a)
    let lb = digitCount(b)
    if la == lb {
      var x = a
      var y = b
      var diffs = 0
      var p1 = -1
      var p2 = -1
      var xd1: Int64 = 0
      var yd1: Int64 = 0
      var xd2: Int64 = 0
      var yd2: Int64 = 0
      var pos = 0
      while x > 0 || y > 0 {
        let dx = x % 10
        let dy = y % 10
        if dx != dy {
          diffs += 1
          if diffs > 2 { return nil }
          if diffs == 1 {
            p1 = pos
            xd1 = dx
            yd1 = dy
          } else {
            p2 = pos
            xd2 = dx
            yd2 = dy
          }
        }
        x /= 10
        y /= 10
        pos += 1
      }
      if diffs == 1 { return .oneDigit }
      if diffs == 2, p2 == p1 + 1, xd1 == yd2, xd2 == yd1 { return .swapped }
      return nil
    }
    if abs(la - lb) == 1 {
      let long = la > lb ? a : b
      let short = la > lb ? b : a
      var pow: Int64 = 1
      var rest = long
      while rest > 0 {
        if rest % 10 == 0 {
          // Remove the zero at this position.
          let high = long / (pow * 10)
          let low = long % pow
          if high * pow + low == short { return .zero }
        }
        rest /= 10
        if pow > Int64.max / 100 { break }
        pow *= 10
      }
    }
    return nil
  }

  static func digitCount(_ v: Int64) -> Int {
    var n = 0
    var x = v
    repeat {
      n += 1
      x /= 10
    } while x > 0
    return n
  }
}

/// How the goods (cause) of two records compare.
enum GoodsRelation: Int, Comparable {
  case equal = 0
  case contains = 1
  case overlap = 2
  /// One or both are empty: nothing to compare, no objection.
  case unknown = 3
  case different = 4

  static func < (a: GoodsRelation, b: GoodsRelation) -> Bool { a.rawValue < b.rawValue }

  var compatible: Bool { self != .different }

  /// The goods text reduced to what identifies it: letters, digits and ideographs, ASCII
  /// lower-case, full-width folded to half-width; spaces and punctuation dropped.
  static func key(_ text: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.unicodeScalars.count)
    for var s in text.unicodeScalars {
      if (0xFF01...0xFF5E).contains(s.value), let h = Unicode.Scalar(s.value - 0xFEE0) { s = h }
      if s.properties.isAlphabetic || s.properties.numericType != nil {
        if (0x41...0x5A).contains(s.value), let l = Unicode.Scalar(s.value + 0x20) { s = l }
        out.append(s)
      }
    }
    return out
  }

  static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> GoodsRelation {
    if a.isEmpty || b.isEmpty { return .unknown }
    if a == b { return .equal }
    // 防水涂料22桶 / 防水涂料16桶: the same goods in other quantities are another purchase.
    if quantitiesDiffer(a, b) { return .different }
    if contains(a, b) || contains(b, a) { return .contains }
    // A common run of two non-digit characters (水管 in 水管接头 / 水管弯头).
    if a.count >= 2 && b.count >= 2 {
      for i in 0..<(a.count - 1) where !isDigit(a[i]) && !isDigit(a[i + 1]) {
        for j in 0..<(b.count - 1) where a[i] == b[j] && a[i + 1] == b[j + 1] {
          return .overlap
        }
      }
    }
    return .different
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

  /// The quantities written in a goods key: each run of digits followed by a measure word (the
  /// next character, when it is not a digit or an ASCII letter: `22桶` → (22, 桶); `20mm` is a
  /// size, not a quantity).
  static func quantities(_ k: [Unicode.Scalar]) -> [(value: Int64, unit: Unicode.Scalar)] {
    var out: [(value: Int64, unit: Unicode.Scalar)] = []
    var i = 0
    while i < k.count {
      guard isDigit(k[i]) else {
        i += 1
        continue
      }
      var v: Int64 = 0
      while i < k.count && isDigit(k[i]) {
        if v < Int64.max / 100 { v = v * 10 + Int64(k[i].value - 0x30) }
        i += 1
      }
      if i < k.count && !k[i].isASCII { out.append((v, k[i])) }
    }
    return out
  }

  /// Both goods say how many, and not the same: a measure word on both sides has no number in
  /// common (`17个` / `8个`), or no measure word is shared and no number either (`10根` / `20米`).
  static func quantitiesDiffer(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    let qa = quantities(a)
    let qb = quantities(b)
    guard !qa.isEmpty && !qb.isEmpty else { return false }
    var sharedUnit = false
    for x in qa where qb.contains(where: { $0.unit == x.unit }) {
      sharedUnit = true
      if !qb.contains(where: { $0.unit == x.unit && $0.value == x.value }) { return true }
    }
    if sharedUnit { return false }
    return !qa.contains { x in qb.contains { $0.value == x.value } }
  }

  private static func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard needle.count <= hay.count else { return false }
    if needle.count == hay.count { return hay == needle }
    for start in 0...(hay.count - needle.count) {
      var k = 0
      while k < needle.count && hay[start + k] == needle[k] { k += 1 }
      if k == needle.count { return true }
    }
    return false
  }
}

/// Limitation arithmetic (民法典 arts. 188, 195, 201–202; 法释〔2018〕12号 for the 2017 switch).
enum Limitation {
  static let newLawStart = Day(year: 2017, month: 10, day: 1) ?? Day(ordinal: 17440)

  /// End of the period that starts on `start` (the due date, the debt's date, or a payment):
  /// three years under art. 202 (the first day is not counted), or two years when those two
  /// years had already run out before 2017-10-01. Statutory holidays (art. 203) are not
  /// applied, which errs early: the safe direction.
  static func end(from start: Day) -> (day: Day, oldLaw: Bool) {
    let two = start.adding(years: 2)
    if two < newLawStart { return (two, true) }
    return (start.adding(years: 3), false)
  }
}

/// `350.00` → 35000 fen (for amounts this stage wrote itself in a note).
func parseYuan(_ s: String) -> Int64? {
  var negative = false
  var whole: Int64 = 0
  var frac: Int64 = 0
  var fracDigits = 0
  var seenDot = false
  var seenDigit = false
  for (i, b) in s.utf8.enumerated() {
    if b == UInt8(ascii: "-") && i == 0 {
      negative = true
    } else if b == UInt8(ascii: ".") && !seenDot {
      seenDot = true
    } else if b >= 0x30 && b <= 0x39 {
      seenDigit = true
      if seenDot {
        guard fracDigits < 2 else { return nil }
        frac = frac * 10 + Int64(b - 0x30)
        fracDigits += 1
      } else {
        guard whole < Int64.max / 1000 else { return nil }
        whole = whole * 10 + Int64(b - 0x30)
      }
    } else {
      return nil
    }
  }
  guard seenDigit else { return nil }
  if fracDigits == 1 { frac *= 10 }
  let fen = whole * 100 + frac
  return negative ? -fen : fen
}
