import QingzhangModel

/// What one folded scalar means inside a written amount or date.
struct NumChar {
  enum Kind: UInt8 {
    case other
    /// 一 … 九, 两, 壹 … 玖 and variants; `value` 1–9.
    case digit
    /// 零 〇 ○ (always zero inside a number).
    case zero
    /// 另: zero, but only after a numeral (`一千另五`); otherwise the word "another".
    case ling
    /// 参: a common mis-write of 叁, only inside a capital amount.
    case can
    /// 十 百 千 (and 拾 佰 仟 伯 阡); `value` 10, 100, 1000.
    case unit
    /// 万 亿 (萬 億); `value` 10⁴, 10⁸.
    case big
    /// 廿 念 (20) and 卅 (30).
    case tens
    /// 元 圆 圓 块 塊.
    case yuan
    /// 角 毛.
    case jiao
    /// 分.
    case fen
    /// 整 正.
    case zheng
    /// 钱 (`两块钱`).
    case qian
    /// 多 余 把 来 几: an approximation (`三千多`, `千把块`, `三十来块`, `几百`).
    case approx
  }

  var kind: Kind
  var value: Int64
  /// Written in 大写 (壹 贰 … 拾 佰 仟).
  var capital: Bool

  init(_ kind: Kind, _ value: Int64 = 0, capital: Bool = false) {
    self.kind = kind
    self.value = value
    self.capital = capital
  }

  static let none = NumChar(.other)

  /// The meaning of a folded scalar.
  static func of(_ v: UInt32) -> NumChar {
    if v < 0x3000 {
      if v == 0x25CB { return NumChar(.zero) }  // ○
      return .none
    }
    // A table, not the switch: on the Han characters of names and goods the switch's tree of
    // comparisons mispredicted branch after branch (it was the costliest leaf of a line).
    let k = Int(v &- 0x3000)
    let table = HanTable.shared
    guard k < table.meaningOf.count else { return .none }
    return table.meanings[Int(table.meaningOf[k])]
  }

  /// `hanMeaning` for every scalar of 0x3000..<0xA000 (every numeral lies there), built once.
  private struct HanTable {
    /// Index into `meanings` by `v - 0x3000`; 0 is `.none`.
    var meaningOf: [UInt8] = []
    var meanings: [NumChar] = [.none]

    static let shared: HanTable = {
      var t = HanTable()
      t.meaningOf.reserveCapacity(0xA000 - 0x3000)
      for v in UInt32(0x3000)..<0xA000 {
        let m = hanMeaning(v)
        if let k = t.meanings.firstIndex(where: { $0.kind == m.kind && $0.value == m.value && $0.capital == m.capital }) {
          t.meaningOf.append(UInt8(k))
        } else {
          t.meaningOf.append(UInt8(t.meanings.count))
          t.meanings.append(m)
        }
      }
      return t
    }()
  }

  /// The meaning of a scalar from 0x3000 on (the switch the table is built from).
  private static func hanMeaning(_ v: UInt32) -> NumChar {
    switch v {
    case 0x96F6, 0x3007: return NumChar(.zero)  // 零 〇
    case 0x53E6: return NumChar(.ling)  // 另
    case 0x4E00: return NumChar(.digit, 1)  // 一
    case 0x58F9, 0x5F0C: return NumChar(.digit, 1, capital: true)  // 壹 弌
    case 0x4E8C, 0x4E24, 0x5169: return NumChar(.digit, 2)  // 二 两 兩
    case 0x8D30, 0x8CB3, 0x5F0D: return NumChar(.digit, 2, capital: true)  // 贰 貳 弍
    case 0x4E09: return NumChar(.digit, 3)  // 三
    case 0x53C1, 0x53C3, 0x53C4: return NumChar(.digit, 3, capital: true)  // 叁 參 叄
    case 0x53C2: return NumChar(.can, 3, capital: true)  // 参
    case 0x56DB: return NumChar(.digit, 4)  // 四
    case 0x8086: return NumChar(.digit, 4, capital: true)  // 肆
    case 0x4E94: return NumChar(.digit, 5)  // 五
    case 0x4F0D: return NumChar(.digit, 5, capital: true)  // 伍
    case 0x516D: return NumChar(.digit, 6)  // 六
    case 0x9646, 0x9678: return NumChar(.digit, 6, capital: true)  // 陆 陸
    case 0x4E03: return NumChar(.digit, 7)  // 七
    case 0x67D2: return NumChar(.digit, 7, capital: true)  // 柒
    case 0x516B: return NumChar(.digit, 8)  // 八
    case 0x634C: return NumChar(.digit, 8, capital: true)  // 捌
    case 0x4E5D: return NumChar(.digit, 9)  // 九
    case 0x7396: return NumChar(.digit, 9, capital: true)  // 玖
    case 0x5341: return NumChar(.unit, 10)  // 十
    case 0x62FE: return NumChar(.unit, 10, capital: true)  // 拾
    case 0x767E: return NumChar(.unit, 100)  // 百
    case 0x4F70, 0x4F2F: return NumChar(.unit, 100, capital: true)  // 佰 伯
    case 0x5343: return NumChar(.unit, 1000)  // 千
    case 0x4EDF, 0x9621: return NumChar(.unit, 1000, capital: true)  // 仟 阡
    case 0x4E07, 0x842C: return NumChar(.big, 10_000)  // 万 萬
    case 0x4EBF, 0x5104: return NumChar(.big, 100_000_000)  // 亿 億
    case 0x5EFF, 0x5FF5: return NumChar(.tens, 2)  // 廿 念
    case 0x5345: return NumChar(.tens, 3)  // 卅
    case 0x5143, 0x5706, 0x5713, 0x5757, 0x584A: return NumChar(.yuan)  // 元 圆 圓 块 塊
    case 0x89D2, 0x6BDB: return NumChar(.jiao)  // 角 毛
    case 0x5206: return NumChar(.fen)  // 分
    case 0x6574, 0x6B63: return NumChar(.zheng)  // 整 正
    case 0x94B1, 0x9322: return NumChar(.qian)  // 钱 錢
    case 0x591A, 0x4F59, 0x9918, 0x628A, 0x6765, 0x4F86, 0x51E0, 0x5E7E:
      return NumChar(.approx)  // 多 余 餘 把 来 來 几 幾
    default: return .none
    }
  }

  /// 块 or 塊 (money, or a measure word: `瓷砖20块`).
  @inline(__always) static func isKuai(_ v: UInt32) -> Bool { v == 0x5757 || v == 0x584A }

  /// The value of a Han digit usable in dates (一 … 九, 〇 零 ○, 壹 … 玖, 两), or nil.
  @inline(__always) static func hanDigit(_ v: UInt32) -> Int? {
    let c = of(v)
    switch c.kind {
    case .digit, .can: return Int(c.value)
    case .zero: return 0
    default: return nil
    }
  }
}

/// Why an amount has no value, or why its value needs a second look.
enum AmountProblem: Equatable {
  case none
  case empty
  /// Not a written amount at all, or one the parser cannot read.
  case malformed
  /// 三千多, 千把块, 三十来块, 万把块, 几百.
  case approximate
  /// 两三千, 2000-3000.
  case range
  /// More than two digits after the decimal point (below one fen).
  case tooManyDecimals
  case tooLarge
  /// 大写 with a bare digit after 佰/仟/万 and no 零 (`叁仟伍元整`): two readings.
  case capitalAmbiguous(Int64, Int64)
}

/// The result of reading one amount run.
struct AmountValue {
  var fen: Int64?
  var problem: AmountProblem = .none
  var isCapital = false
  /// 元/圆/¥/人民币/整/块钱 or 大写: certainly money.
  var strong = false
  /// Has 块 (money or a measure word).
  var kuai = false
  /// Ends in 角/毛/分 (`六角`, `4分` are also hardware words: hex, ½-inch pipe).
  var weakEnd = false
  /// Has 万/亿/k/w or a unit character (`1.2万`, `三千五`).
  var unitWord = false
  var hasArabic = false
  var hasHan = false
  /// 一万零二: read as 10002, but likely 10200 or 12000.
  var zeroGap: (Int64, Int64)?
  /// △1200: a Japanese-style minus.
  var triangle = false
}

/// The evaluator of written amounts (domain.md §1): Arabic decimals with separators,
/// colloquial Han numerals with the trailing-digit rule, 大写 with 元角分, mixed forms
/// (`3千5`, `1.2万`, `1w2`, `12k`) and 块/毛 money words.
enum AmountEngine {
  private struct Pending {
    var mant: Int64
    var scale: Int
    var intDigits: Int
    var han: Bool

    var isSingleDigit: Bool { scale == 0 && mant >= 1 && mant <= 9 && (han || intDigits == 1) }
    var isSmallInteger: Bool { scale == 0 && mant >= 0 && mant <= 9 }
  }

  private static let pow10: [Int64] = [
    1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
  ]
  /// No single amount above `Money.recordLimitFen` (1 亿元) is plausible; larger ones are
  /// refused (`tooLarge`), not wrapped.
  static let maxFen: Int64 = Money.recordLimitFen

  /// `p × multiplier` yuan, in fen; nil when not a whole number of fen or too large.
  private static func fenOf(_ p: Pending, _ multiplier: Int64) -> (Int64?, AmountProblem) {
    guard p.scale < pow10.count, multiplier > 1 || p.scale <= 2 else { return (nil, .tooManyDecimals) }
    let (a, o1) = p.mant.multipliedReportingOverflow(by: multiplier)
    let (b, o2) = a.multipliedReportingOverflow(by: 100)
    let d = pow10[p.scale]
    if o1 || o2 || b / d > maxFen || b < 0 { return (nil, .tooLarge) }
    if b % d != 0 { return (nil, .tooManyDecimals) }
    return (b / d, .none)
  }

  /// Reads `s[lo..<hi]` (folded scalars) as one amount. Leading/trailing space, `¥`, `人民币`,
  /// `RMB`, a sign (`-`, `△`) and accounting parentheses are accepted when `wholeText`.
  static func evaluate(_ s: [UInt32], _ lo0: Int, _ hi0: Int, wholeText: Bool) -> AmountValue {
    var r = AmountValue()
    var (lo, hi) = Scalars.trim(s, lo0, hi0)
    if lo >= hi {
      r.problem = .empty
      return r
    }
    var negative = false
    if wholeText && s[lo] == 0x28 && s[hi - 1] == 0x29 {  // (1,200.00)
      negative = true
      (lo, hi) = Scalars.trim(s, lo + 1, hi - 1)
    }
    // Prefixes, in any order: sign, currency, 人民币/RMB.
    var guardCount = 0
    while lo < hi && guardCount < 6 {
      guardCount += 1
      let c = s[lo]
      if c == 0x2D {
        negative = true
        lo += 1
      } else if c == 0x25B3 || c == 0x25B2 {  // △ ▲
        negative = true
        r.triangle = true
        lo += 1
      } else if c == 0xA5 || c == 0x24 {  // ¥ $
        r.strong = true
        lo += 1
      } else if c == 0x4EBA && lo + 2 < hi && s[lo + 1] == 0x6C11 && (s[lo + 2] == 0x5E01 || s[lo + 2] == 0x5E63) {
        r.strong = true  // 人民币
        lo += 3
      } else if (c | 0x20) == 0x72 && lo + 2 < hi && (s[lo + 1] | 0x20) == 0x6D && (s[lo + 2] | 0x20) == 0x62 {
        r.strong = true  // RMB
        lo += 3
      } else if Scalars.isSpace(c) || c == 0x3A {
        lo += 1
      } else {
        break
      }
    }
    if lo >= hi {
      r.problem = .malformed
      return r
    }

    var total: Int64 = 0  // fen, completed 万/亿 groups
    var section: Int64 = 0  // fen, the current group below 万
    var pending: Pending?
    var lastUnit: Int64 = 0  // yuan multiplier of the last unit (0: none)
    var lastSmall: Int64 = 0  // last 十/百/千 in this group (order check)
    var lastBig: Int64 = 0
    var sawYi = false
    /// A decimal was multiplied by 万/亿 (`1.2万`): nothing but 元… may follow (`1.2w3` is no amount).
    var decimalBig = false
    var zeroSeen = false
    var sawNumeral = false
    var phase = 0  // 0 yuan, 1 after 元 (角 next), 2 after 角 (分 next), 3 done
    var yuanFen: Int64 = 0
    var jiao: Int64 = 0
    var fenDigit: Int64 = 0
    var ended = false
    var problem = AmountProblem.none

    func fail(_ p: AmountProblem) {
      if problem == .none { problem = p }
    }

    // The bare final digit after a unit: 三千五 = 3500, 三千零五 = 3005.
    func flushTrailing() {
      guard let p = pending else { return }
      pending = nil
      if decimalBig { return fail(.malformed) }
      if lastUnit == 0 || zeroSeen {
        let (v, pr) = fenOf(p, 1)
        guard let v else { return fail(pr) }
        if zeroSeen && lastUnit >= 10_000 && p.isSingleDigit && !r.isCapital {
          let base = total + section
          r.zeroGap = (base + p.mant * 100 * 100, base + p.mant * (lastUnit / 10) * 100)
        }
        section += v
      } else if p.isSingleDigit {
        let colloquial = p.mant * (lastUnit / 10) * 100
        if r.isCapital && lastUnit >= 100 {
          let base = total + section
          fail(.capitalAmbiguous(base + colloquial, base + p.mant * 100))
        }
        section += colloquial
      } else if p.scale == 0 && p.mant < lastUnit {
        section += p.mant * 100  // 1万2500
      } else {
        fail(.malformed)
      }
    }

    var i = lo
    while i < hi {
      let c = s[i]
      if ended {
        if !Scalars.isSpace(c) && c != 0x29 { fail(.malformed) }
        i += 1
        continue
      }
      if Scalars.isSpace(c) {
        i += 1
        continue
      }
      if Scalars.isDigit(c) {
        // An Arabic number: 1200, 1,200.00, 350.5, 1200.-
        r.hasArabic = true
        sawNumeral = true
        var mant: Int64 = 0
        var digits = 0
        var j = i
        var firstGroup = 0
        // Wrapping arithmetic: more than 15 digits is refused below, never trapped on.
        while j < hi && Scalars.isDigit(s[j]) {
          mant = mant &* 10 &+ Int64(s[j] - 0x30)
          digits += 1
          firstGroup += 1
          j += 1
        }
        while j < hi && s[j] == 0x2C {  // thousands separators: groups of exactly three
          var k = j + 1
          var n = 0
          while k < hi && Scalars.isDigit(s[k]) {
            n += 1
            k += 1
          }
          if n != 3 || firstGroup > 3 {
            fail(.malformed)
            break
          }
          for q in (j + 1)..<k {
            mant = mant &* 10 &+ Int64(s[q] - 0x30)
            digits += 1
          }
          j = k
        }
        var scale = 0
        if j < hi && s[j] == 0x2E {
          var k = j + 1
          if k < hi && Scalars.isDigit(s[k]) {
            while k < hi && Scalars.isDigit(s[k]) {
              mant = mant &* 10 &+ Int64(s[k] - 0x30)
              scale += 1
              k += 1
            }
            j = k
          } else {
            // 1200.- / 1200.— / 1200.
            while k < hi && s[k] == 0x2D { k += 1 }
            j = k
          }
        }
        if digits > 15 { fail(.tooLarge) }
        if scale > 8 || digits + scale > 17 { fail(.tooManyDecimals) }
        if problem != .none { mant = 0 }
        if pending != nil {
          fail(.malformed)
        }
        pending = Pending(mant: mant, scale: scale, intDigits: digits, han: false)
        i = j
        continue
      }
      var nc = NumChar.of(c)
      if nc.kind == .other {
        switch c {
        case 0x6B, 0x4B: nc = NumChar(.unit, 1000)  // k
        case 0x77, 0x57: nc = NumChar(.big, 10_000)  // w
        case 0x2D, 0x7E, 0x5230, 0x81F3:  // - ~ 到 至 between numbers
          if sawNumeral && i + 1 < hi {
            fail(.range)
            i += 1
            continue
          }
        case 0x5DE6, 0x4E0A, 0x7EA6, 0x5927, 0x6982:  // 左右 上下 约 大约 大概
          fail(.approximate)
          i += 1
          continue
        default: break
        }
      }
      if nc.capital { r.isCapital = true }
      switch nc.kind {
      case .digit, .can, .ling, .zero:
        r.hasHan = true
        if nc.kind == .zero || nc.kind == .ling {
          // 三千零五, 元零贰分; but a zero right after a digit (二〇二四, 1200零) is no amount.
          if pending != nil { fail(.malformed) }
          zeroSeen = true
          sawNumeral = true
        } else {
          if let p = pending {
            fail(p.han ? .range : .malformed)  // 两三千
          }
          pending = Pending(mant: nc.value, scale: 0, intDigits: 1, han: true)
          sawNumeral = true
        }
      case .tens:
        r.hasHan = true
        if pending != nil || phase != 0 {
          fail(.malformed)
          break
        }
        // 廿 = 二十, 卅 = 三十
        if (lastSmall != 0 && 10 >= lastSmall) || decimalBig { fail(.malformed) }
        section += nc.value * 10 * 100
        lastSmall = 10
        lastUnit = 10
        zeroSeen = false
        sawNumeral = true
      case .unit:
        r.unitWord = true
        if phase != 0 {
          fail(.malformed)
          break
        }
        // 十块 is ten; a 百 or 千 alone is no amount (千把块, about a thousand, is one).
        if pending == nil && section == 0 && total == 0 && nc.value > 10 && !(i + 1 < hi && s[i + 1] == 0x628A) {
          fail(.malformed)
        }
        let p = pending ?? Pending(mant: 1, scale: 0, intDigits: 1, han: true)
        // Strictly decreasing within a 万 group: 十十, 百千, 1.2万3千 are no amounts.
        if (lastSmall != 0 && nc.value >= lastSmall) || decimalBig { fail(.malformed) }
        let (v, pr) = fenOf(p, nc.value)
        if let v { section += v } else { fail(pr) }
        pending = nil
        lastSmall = nc.value
        lastUnit = nc.value
        zeroSeen = false
        sawNumeral = true
      case .big:
        r.unitWord = true
        if phase != 0 {
          fail(.malformed)
          break
        }
        if decimalBig || (nc.value == 10_000 && pending == nil && section == 0 && total != 0) {
          fail(.malformed)  // 1.5亿3000万, 一亿万: nothing is counted in this group
        }
        if let p = pending, p.scale > 0 { decimalBig = true }
        // A decimal before the unit is multiplied whole (`1.2345万` = 12345.00, not refused
        // for its four decimals).
        var direct: Int64 = 0
        let bare = pending == nil && section == 0 && total == 0
        if pending != nil {
          if lastSmall != 0 && !zeroSeen, let p = pending, p.isSingleDigit {
            section += p.mant * (lastSmall / 10) * 100  // 三千五万 = 3500万
            pending = nil
          } else if let p = pending {
            let (v, pr) = p.scale > 0 ? fenOf(p, nc.value) : fenOf(p, 1)
            if let v { if p.scale > 0 { direct = v } else { section += v } } else { fail(pr) }
            pending = nil
          }
        }
        if bare {
          // 万把块 (about ten thousand); a 万 or 亿 alone is no amount.
          if i + 1 < hi && s[i + 1] == 0x628A { section = 100 } else { fail(.malformed) }
        }
        if nc.value == 100_000_000 {
          // 亿亿 is no amount; 万亿 (10¹² yuan and more) is one, but far beyond any debt.
          if sawYi { fail(.malformed) } else if lastBig == 10_000 { fail(.tooLarge) }
          sawYi = true
          let (t, o) = (total + section).multipliedReportingOverflow(by: nc.value)
          let (t2, o2) = t.addingReportingOverflow(direct)
          if o || o2 || t2 > maxFen { fail(.tooLarge) } else { total = t2 }
        } else {
          if lastBig == 10_000 { fail(.malformed) }
          let (t, o) = section.multipliedReportingOverflow(by: nc.value)
          let (t2, o2) = t.addingReportingOverflow(direct)
          if o || o2 || t2 > maxFen { fail(.tooLarge) } else { total += t2 }
        }
        lastBig = nc.value
        section = 0
        lastSmall = 0
        lastUnit = nc.value
        zeroSeen = false
        sawNumeral = true
      case .yuan:
        if NumChar.isKuai(c) { r.kuai = true } else { r.strong = true }
        if phase != 0 || !sawNumeral {
          fail(.malformed)
          break
        }
        flushTrailing()
        yuanFen = total + section
        phase = 1
        lastUnit = 0
        zeroSeen = false
      case .jiao:
        guard let p = pending, p.isSmallInteger, phase <= 1 else {
          fail(.malformed)
          break
        }
        if phase == 0 {
          if total != 0 || section != 0 { fail(.malformed) }
        }
        jiao = p.mant
        pending = nil
        phase = 2
        zeroSeen = false
        r.weakEnd = true
      case .fen:
        guard let p = pending, p.isSmallInteger, phase <= 2 else {
          fail(.malformed)
          break
        }
        if phase == 0 && (total != 0 || section != 0) { fail(.malformed) }
        fenDigit = p.mant
        pending = nil
        phase = 3
        r.weakEnd = true
      case .zheng:
        r.strong = true
        if phase == 0 {
          if !sawNumeral {
            fail(.malformed)
            break
          }
          flushTrailing()
          yuanFen = total + section
        } else if pending != nil {
          fail(.malformed)
        }
        phase = 3
        ended = true
      case .qian:
        if r.kuai { r.strong = true }
        if phase == 0 { fail(.malformed) }
      case .approx:
        fail(.approximate)
      case .other:
        fail(.malformed)
      }
      i += 1
    }

    // End of text: the pending digit is the next lower unit of what came before.
    if !sawNumeral {
      fail(.malformed)
    }
    switch phase {
    case 0:
      flushTrailing()
      yuanFen = total + section
    case 1:
      if let p = pending {
        if p.isSmallInteger {
          jiao = p.mant  // 两块五
        } else if p.scale == 0 && p.intDigits == 2 {
          jiao = p.mant / 10  // 3块50
          fenDigit = p.mant % 10
        } else {
          fail(.malformed)
        }
      }
    case 2:
      if let p = pending {
        if p.isSmallInteger { fenDigit = p.mant } else { fail(.malformed) }  // 三毛五
      }
    default:
      if pending != nil { fail(.malformed) }
    }
    r.problem = problem
    switch problem {
    case .none:
      let v = yuanFen + jiao * 10 + fenDigit
      if v > maxFen {
        r.problem = .tooLarge
      } else {
        r.fen = negative ? -v : v
      }
    default:
      r.fen = nil
    }
    if r.isCapital { r.strong = true }
    return r
  }

  /// The fast path: a plain ASCII decimal (`350`, `-1,200.50`, `1200.5`) read straight from
  /// UTF-8, without allocating. Nil when the text is anything else (the general path then
  /// reads it, and says what is wrong).
  static func plainDecimal(_ text: some StringProtocol) -> Int64? {
    var value: Int64 = 0
    var digits = 0
    var frac = 0
    var negative = false
    var sawDot = false
    var sawComma = false
    var group = 0
    var started = false
    var trailing = false
    for b in text.utf8 {
      if trailing {
        if b == 0x20 || b == 0x09 { continue }
        return nil
      }
      switch b {
      case 0x30...0x39:
        started = true
        if sawDot {
          frac += 1
          if frac > 2 { return nil }
        } else {
          digits += 1
          group += 1
          if digits > 15 { return nil }
        }
        value = value &* 10 &+ Int64(b &- 0x30)
      case 0x2C:
        if sawDot || digits == 0 || (sawComma ? group != 3 : group > 3) { return nil }
        sawComma = true
        group = 0
      case 0x2E:
        if sawDot || digits == 0 || (sawComma && group != 3) { return nil }
        sawDot = true
      case 0x2D:
        if started || negative { return nil }
        negative = true
      case 0x20, 0x09:
        if !started && !negative { continue }
        if !started { return nil }
        trailing = true
      default:
        return nil
      }
    }
    if digits == 0 || (sawDot && frac == 0) || (sawComma && !sawDot && group != 3) { return nil }
    let fen = value &* (frac == 0 ? 100 : frac == 1 ? 10 : 1)
    // Above the limit: the general path refuses it and says why.
    if fen > maxFen { return nil }
    return negative ? -fen : fen
  }
}
