/// An amount expression found inside a line: folded scalars `start..<end`.
struct AmountSpan {
  var start: Int
  var end: Int
  var value: AmountValue
  /// Written inside parentheses: the `（¥3500.00）` figure beside a 大写 amount.
  var parenthesized: Bool
}

/// Finds amount expressions in a line of folded scalars (see `Scalars`), skipping positions
/// already taken by dates, phone numbers and ids (`mask[i] != 0`).
enum AmountScanner {
  private enum Last { case start, prefix, arabic, han, zero, unit, big, yuan, jiao, fen, approx, range }

  /// Appends every amount expression of `s[lo..<hi]` to `out`.
  static func scan(_ s: [UInt32], _ lo: Int, _ hi: Int, mask: [UInt8], into out: inout [AmountSpan]) {
    var i = lo
    while i < hi {
      if mask[i] != 0 || !mayStart(s, i, hi) {
        i += 1
        continue
      }
      var end = extend(s, i, hi, mask: mask)
      if end > i, isCandidate(s, i, end) {
        var v = AmountEngine.evaluate(s, i, end, wholeText: false)
        // More of the number that cannot be read (`1½元`, `3٣٥元`, `5毛2分8厘`, `人民币1/0`):
        // the whole is refused, never read as the part before it.
        if let e = unreadableTail(s, i, end, hi, mask: mask, strong: v.strong) {
          end = e
          v.fen = nil
          v.problem = .malformed
          v.strong = true  // a figure, refused: never dropped as part of a word
        }
        var p = i - 1
        while p >= lo && Scalars.isSpace(s[p]) { p -= 1 }
        var q = end
        while q < hi && Scalars.isSpace(s[q]) { q += 1 }
        let paren = p >= lo && s[p] == 0x28 && q < hi && s[q] == 0x29
        out.append(AmountSpan(start: i, end: end, value: v, parenthesized: paren))
        i = end
      } else {
        i += 1
      }
    }
  }

  /// Where an unreadable continuation of the number ending at `end` ends, or nil when none.
  private static func unreadableTail(_ s: [UInt32], _ start: Int, _ end: Int, _ hi: Int, mask: [UInt8], strong: Bool) -> Int? {
    guard end < hi, mask[end] == 0 else { return nil }
    func odd(_ c: UInt32) -> Bool {
      (0xBC...0xBE).contains(c) || (0x2150...0x215F).contains(c)  // ¼ ½ ¾ ⅓ …
        || c == 0xB2 || c == 0xB3 || c == 0xB9  // ² ³ ¹
        || (0x0660...0x0669).contains(c) || (0x06F0...0x06F9).contains(c)  // Arabic-Indic digits
        || (0x0966...0x096F).contains(c)  // Devanagari digits
    }
    var e = end
    if odd(s[e]) {
      while e < hi && (odd(s[e]) || Scalars.isDigit(s[e])) { e += 1 }
      if e < hi && NumChar.of(s[e]).kind == .yuan { e += 1 }
      return e
    }
    // `3块5毛2分8厘`: 厘 (a tenth of a fen) after yuan and fen (not `月息1分5厘`, a rate).
    let hasYuan = (start..<end).contains { NumChar.of(s[$0]).kind == .yuan }
    while e < hi && (Scalars.isDigit(s[e]) || NumChar.of(s[e]).kind == .digit) { e += 1 }
    if hasYuan && e > end && e < hi && s[e] == 0x5398 { return e + 1 }
    // `人民币1/0`: a figure certainly money (not ending in 元: `5000元/2次` is in two goes), cut by
    // a slash before more digits.
    if strong && !hasYuan && s[end] == 0x2F && end + 1 < hi && Scalars.isDigit(s[end + 1]) {
      e = end + 1
      while e < hi && Scalars.isDigit(s[e]) { e += 1 }
      return e
    }
    return nil
  }

  /// Could an amount start at `i`?
  @inline(__always)
  private static func mayStart(_ s: [UInt32], _ i: Int, _ hi: Int) -> Bool {
    let c = s[i]
    if Scalars.isDigit(c) {
      if i > 0 {
        let p = s[i - 1]
        if Scalars.isDigit(p) || p == 0x2E || Scalars.isLatinLetter(p) { return false }
      }
      return true
    }
    if c < 0x80 {
      if c == 0x2D {  // a minus before a number, not a dash inside a word
        return i + 1 < hi && Scalars.isDigit(s[i + 1])
          && (i == 0 || Scalars.isSpace(s[i - 1]) || s[i - 1] == 0x28 || s[i - 1] == 0x3A)
      }
      return false
    }
    if c == 0xA5 || c == 0x25B3 {  // ¥ △
      var j = i + 1
      while j < hi && Scalars.isSpace(s[j]) { j += 1 }
      return j < hi && Scalars.isDigit(s[j])
    }
    if c == 0x4EBA {  // 人民币
      return i + 3 < hi && s[i + 1] == 0x6C11 && (s[i + 2] == 0x5E01 || s[i + 2] == 0x5E63)
    }
    let nc = NumChar.of(c)
    switch nc.kind {
    case .digit, .tens: return true
    case .unit, .big:
      // 十块, 十万八, 千把块, 万把块; not 万能胶, 千斤顶, 百叶窗.
      guard i + 1 < hi else { return false }
      let n = NumChar.of(s[i + 1]).kind
      if nc.value == 10 { return n == .digit || n == .yuan || n == .big || n == .approx || n == .unit }
      return n == .approx
    case .approx:
      // 几千, 几百块
      return c == 0x51E0 && i + 1 < hi && NumChar.of(s[i + 1]).kind == .unit
    default: return false
    }
  }

  /// A one-character measure word (`个`, `包`, `米`): after `15元一` it makes the 一 a count.
  @inline(__always)
  private static func isMeasure(_ c: UInt32) -> Bool {
    switch c {
    case 0x4E2A, 0x53EA, 0x652F, 0x6839, 0x6761, 0x5305, 0x888B, 0x7BB1, 0x6876, 0x5377, 0x76D8, 0x6346, 0x624E,
      0x7C73, 0x65A4, 0x5428, 0x5F20, 0x7247, 0x76D2, 0x5957, 0x4EF6, 0x628A, 0x5BF9, 0x526F, 0x53F0, 0x7EC4,
      0x74F6, 0x7F50, 0x5757, 0x584A, 0x6B21, 0x7B14, 0x671F, 0x56DE, 0x8D9F, 0x6279, 0x8F66, 0x65B9, 0x5E73,
      0x8282, 0x6BB5, 0x6247, 0x6A18:
      // 个 只 支 根 条 包 袋 箱 桶 卷 盘 捆 扎 米 斤 吨 张 片 盒 套 件 把 对 副 台 组 瓶 罐 块 塊;
      // 次 笔 期 回 趟 批 车 (`三千元一次还清`); 方 平 节 段 扇 樘 (`80元一方`: not 80.10)
      return true
    default: return false
    }
  }

  /// The end of the amount expression that starts at `i`.
  private static func extend(_ s: [UInt32], _ i: Int, _ hi: Int, mask: [UInt8]) -> Int {
    var j = i
    var last = Last.start
    var end = i
    func take(_ to: Int, _ k: Last) {
      j = to
      end = to
      last = k
    }
    // Prefixes: -, △, ¥, 人民币.
    while j < hi {
      let c = s[j]
      if c == 0x2D || c == 0x25B3 || c == 0xA5 {
        j += 1
        last = .prefix
      } else if c == 0x4EBA && j + 2 < hi && s[j + 1] == 0x6C11 {
        j += 3
        last = .prefix
      } else if last == .prefix && Scalars.isSpace(c) {
        j += 1
      } else {
        break
      }
    }
    loop: while j < hi && mask[j] == 0 {
      let c = s[j]
      if Scalars.isDigit(c) {
        switch last {
        case .start, .prefix, .unit, .big, .yuan, .jiao, .zero, .range: break
        default: break loop
        }
        var k = j
        while k < hi && Scalars.isDigit(s[k]) && mask[k] == 0 { k += 1 }
        // Thousands groups: ",ddd" not followed by another digit.
        while k + 3 < hi && s[k] == 0x2C && Scalars.isDigit(s[k + 1]) && Scalars.isDigit(s[k + 2])
          && Scalars.isDigit(s[k + 3]) && (k + 4 >= hi || !Scalars.isDigit(s[k + 4]))
        {
          k += 4
        }
        if k < hi && s[k] == 0x2E {
          if k + 1 < hi && Scalars.isDigit(s[k + 1]) && mask[k + 1] == 0 {
            k += 1
            while k < hi && Scalars.isDigit(s[k]) && mask[k] == 0 { k += 1 }
          } else if k + 1 < hi && s[k + 1] == 0x2D {  // 1200.- / 1200.—
            k += 1
            while k < hi && s[k] == 0x2D { k += 1 }
          }
        }
        // A comma or a point still followed by a digit (`1,2000`, `12,00`, `1200.5.3`,
        // `1.200,50`): one malformed number, read whole so it is refused rather than cut into
        // a fragment that looks like an amount.
        if k + 1 < hi && (s[k] == 0x2C || s[k] == 0x2E) && Scalars.isDigit(s[k + 1]) && mask[k + 1] == 0 {
          while k + 1 < hi && (s[k] == 0x2C || s[k] == 0x2E) && Scalars.isDigit(s[k + 1]) && mask[k + 1] == 0 {
            k += 1
            while k < hi && Scalars.isDigit(s[k]) && mask[k] == 0 { k += 1 }
          }
        }
        // A stray point before more of the amount (`1..2万`, `1.2.万`): read whole, so it is
        // refused rather than read as the piece before it.
        if k + 1 < hi && s[k] == 0x2E && mask[k + 1] == 0 {
          var d = k
          while d < hi && s[d] == 0x2E && mask[d] == 0 { d += 1 }
          if d < hi && mask[d] == 0 {
            let nk = NumChar.of(s[d]).kind
            if Scalars.isDigit(s[d]) || nk == .unit || nk == .big {
              k = d
              while k < hi && mask[k] == 0 && (Scalars.isDigit(s[k]) || s[k] == 0x2E) { k += 1 }
            }
          }
        }
        take(k, .arabic)
        continue
      }
      let nc = NumChar.of(c)
      switch nc.kind {
      case .digit:
        // `15元一个`, `5块一包`: a count of the goods a price is for, not 角 (15.10).
        if last == .yuan && j + 1 < hi && isMeasure(s[j + 1]) { break loop }
        switch last {
        case .start, .prefix, .unit, .big, .zero, .yuan, .jiao, .han, .range: take(j + 1, .han)
        default: break loop
        }
      case .can:
        // 参 only inside a capital amount: 参仟, 参佰元.
        guard j + 1 < hi else { break loop }
        let n = NumChar.of(s[j + 1])
        if (n.kind == .unit && n.capital) || n.kind == .yuan || n.kind == .big { take(j + 1, .han) } else { break loop }
      case .zero, .ling:
        guard last == .han || last == .unit || last == .big || last == .yuan, j + 1 < hi else { break loop }
        let n = NumChar.of(s[j + 1]).kind
        if n == .digit || n == .can || Scalars.isDigit(s[j + 1]) { take(j + 1, .zero) } else { break loop }
      case .unit:
        // (a unit after a unit, `十十`, `百千`: taken, so the whole is refused)
        switch last {
        case .start, .prefix, .han, .arabic, .big, .zero, .unit: take(j + 1, .unit)
        default: break loop
        }
      case .big:
        // (`万亿` is read, and refused as too large; `亿亿` is refused)
        switch last {
        case .start, .prefix, .han, .arabic, .unit, .zero, .big: take(j + 1, .big)
        default: break loop
        }
      case .tens:
        switch last {
        case .start, .prefix, .big, .zero: take(j + 1, .unit)
        default: break loop
        }
      case .yuan:
        switch last {
        case .han, .arabic, .unit, .big, .approx:
          var k = j + 1
          if k < hi && NumChar.of(s[k]).kind == .qian { k += 1 }  // 块钱
          take(k, .yuan)
        default: break loop
        }
      case .jiao:
        switch last {
        case .han, .arabic:
          var k = j + 1
          if k < hi && NumChar.of(s[k]).kind == .qian { k += 1 }  // 毛钱
          take(k, .jiao)
        default: break loop
        }
      case .fen:
        switch last {
        case .han, .arabic: take(j + 1, .fen)
        default: break loop
        }
      case .zheng:
        if last == .yuan || last == .jiao || last == .fen { take(j + 1, .fen) }
        break loop
      case .approx:
        switch c {
        case 0x628A:  // 把: 千把块
          if last == .unit || last == .big { take(j + 1, .approx) } else { break loop }
        case 0x6765, 0x4F86:  // 来: 三十来块
          if last == .unit { take(j + 1, .approx) } else { break loop }
        case 0x51E0, 0x5E7E:  // 几: 十几块, 几千
          if last == .unit || last == .start { take(j + 1, .han) } else { break loop }
        default:  // 多 余: 三千多, 1000多
          if last == .han || last == .arabic || last == .unit || last == .big || last == .yuan {
            take(j + 1, .approx)
          } else {
            break loop
          }
        }
      default:
        switch c {
        case 0x6B, 0x4B, 0x77, 0x57:  // 12k, 1w2 (not 5kg, 3kW)
          guard last == .arabic else { break loop }
          if j + 1 < hi && Scalars.isLatinLetter(s[j + 1]) { break loop }
          take(j + 1, c == 0x6B || c == 0x4B ? .unit : .big)
        case 0x20, 0x09:
          // 350 元: a space before a money word only.
          guard last == .arabic || last == .han || last == .unit || last == .big else { break loop }
          var k = j
          while k < hi && Scalars.isSpace(s[k]) { k += 1 }
          guard k < hi, mask[k] == 0 else { break loop }
          let n = NumChar.of(s[k]).kind
          if n == .yuan && !NumChar.isKuai(s[k]) {
            j = k
          } else {
            break loop
          }
        case 0x2D, 0x7E, 0x5230, 0x81F3:  // 2000-3000, 两千到三千
          guard last == .arabic || last == .han || last == .unit || last == .big, j + 1 < hi, mask[j + 1] == 0
          else { break loop }
          let n = s[j + 1]
          if Scalars.isDigit(n) || NumChar.of(n).kind == .digit { take(j + 1, .range) } else { break loop }
        default:
          break loop
        }
      }
    }
    return end
  }

  /// A run that is really a number: Arabic digits, or Han numerals with a unit or a money word
  /// (`三千五`, `五毛`, `千把块`, `十块`); not a lone `四` (李四), `五` (五金) or `十` (十字).
  private static func isCandidate(_ s: [UInt32], _ lo: Int, _ hi: Int) -> Bool {
    var i = lo
    var digit = false
    var unit = false
    var money = false
    var approx = false
    while i < hi {
      let c = s[i]
      if Scalars.isDigit(c) { return true }
      switch NumChar.of(c).kind {
      case .digit, .can: digit = true
      case .tens: return true
      case .unit, .big: unit = true
      case .yuan, .jiao, .fen: money = true
      case .approx: approx = true
      default: break
      }
      i += 1
    }
    return (digit && (unit || money)) || (unit && (money || approx))
  }
}
