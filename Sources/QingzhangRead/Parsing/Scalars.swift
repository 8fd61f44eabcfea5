/// Scalar-level helpers shared by the amount, date and IOU parsers.
///
/// Parsing works on arrays of Unicode scalar values (`UInt32`) that were *folded* one to one:
/// full-width ASCII becomes ASCII, `￥` becomes `¥`, dashes and minus signs become `-`, and
/// circled or bracketed list markers (`①`, `⑴`, `㈠`, `❶`, `Ⅰ`) become a space. Folding keeps
/// one folded scalar per original scalar, so an index into the folded array is also an index
/// into the original text (names and goods are cut from the original, as written).
///
/// This replaces NFKC for what the parsers read: list markers are removed *before* anything
/// that would turn `①` into `1`, and full-width digits and punctuation fold exactly as NFKC
/// folds them (domain.md §1.5, §8.1).
enum Scalars {
  /// The folded value of one scalar (see the type's documentation).
  @inline(__always)
  static func fold(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return v }
    switch v {
    case 0xFF01...0xFF5E: return v - 0xFEE0  // full-width ASCII
    case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F: return 0x20  // ideographic and other spaces
    case 0xFFE5, 0xFFE6: return 0xA5  // ￥ → ¥
    case 0x2212, 0x2010...0x2015, 0xFE63, 0xFE58, 0x2E3A, 0x2E3B: return 0x2D  // minus and dashes
    case 0x2460...0x24FF,  // ① ⑴ ⒈ ⓪ ⓫ …
      0x2776...0x2793,  // ❶ ➀ ➊
      0x3220...0x3243,  // ㈠ …
      0x3280...0x32B0,  // ㊀ …
      0x2160...0x2188:  // Ⅰ ⅰ
      return 0x20
    case 0xFE50: return 0x2C  // small comma
    case 0x301C: return 0x7E  // 〜 wave dash → ~
    default: return v
    }
  }

  @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }

  @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
    v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0A || v == 0x0B || v == 0x0C
  }

  @inline(__always) static func isLatinLetter(_ v: UInt32) -> Bool {
    (v | 0x20) &- 0x61 < 26
  }

  /// A CJK ideograph (URO, Ext-A, compatibility, Ext-B…).
  @inline(__always) static func isHan(_ v: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v) || v == 0x3007
  }

  /// Punctuation that separates words in a transcribed line (parentheses excluded: a name
  /// like `陈师傅（陈立新）` keeps its bracket).
  @inline(__always) static func isSeparator(_ v: UInt32) -> Bool {
    switch v {
    case 0x20, 0x09, 0x0D, 0x0A, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x7C, 0x2F, 0x5C, 0x22, 0x27,
      0x3002, 0x3001, 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x2026,
      0x3010, 0x3011, 0x300A, 0x300B, 0x2D, 0x3D, 0x2A, 0x23, 0x7E, 0x5B, 0x5D, 0x3C, 0x3E:
      return true
    default:
      return false
    }
  }

  @inline(__always) static func isOpenParen(_ v: UInt32) -> Bool { v == 0x28 }
  @inline(__always) static func isCloseParen(_ v: UInt32) -> Bool { v == 0x29 }

  /// A line as UTF-8 bytes and folded scalars: `fold[i]` is the folded value of the scalar
  /// that starts at byte `offsets[i]` (and `offsets[fold.count]` is the end), so the original
  /// text of scalars `a..<b` is `bytes[offsets[a]..<offsets[b]]`.
  struct Line {
    var bytes: [UInt8] = []
    var offsets: [Int32] = []
    var fold: [UInt32] = []

    /// Loads `text`, reusing the buffers.
    mutating func load(_ text: Substring) {
      bytes.removeAll(keepingCapacity: true)
      let copied = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
      if copied == nil { bytes.append(contentsOf: text.utf8) }
      let n = bytes.count
      // Sized for the worst case (one scalar a byte), filled through pointers, then cut to
      // the scalars found: appending one by one checked uniqueness and capacity per scalar.
      offsets.removeAll(keepingCapacity: true)
      offsets.append(contentsOf: repeatElement(0, count: n + 1))
      fold.removeAll(keepingCapacity: true)
      fold.append(contentsOf: repeatElement(0, count: n))
      var count = 0
      bytes.withUnsafeBufferPointer { bytes in
        offsets.withUnsafeMutableBufferPointer { offsets in
          fold.withUnsafeMutableBufferPointer { fold in
            var i = 0
            while i < n {
              let b0 = UInt32(bytes[i])
              var v = b0
              var len = 1
              if b0 >= 0xF0 && i + 3 < n {
                v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                  | (UInt32(bytes[i + 3]) & 0x3F)
                len = 4
              } else if b0 >= 0xE0 && i + 2 < n {
                v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                len = 3
              } else if b0 >= 0xC0 && i + 1 < n {
                v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                len = 2
              }
              offsets[count] = Int32(i)
              fold[count] = Scalars.fold(v)
              count += 1
              i += len
            }
            offsets[count] = Int32(n)
          }
        }
      }
      offsets.removeSubrange((count + 1)...)
      fold.removeSubrange(count...)
    }

    /// The original text of scalars `a..<b`.
    func text(_ a: Int, _ b: Int) -> String {
      guard b > a else { return "" }
      return String(decoding: bytes[Int(offsets[a])..<Int(offsets[b])], as: UTF8.self)
    }
  }

  /// Folded scalars of `text` (for words of the vocabulary and one-off parses).
  static func folded(_ text: some StringProtocol) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(text.unicodeScalars.count)
    for s in text.unicodeScalars { out.append(fold(s.value)) }
    return out
  }

  /// The text of folded scalars `s[lo..<hi]`.
  static func string(folded s: [UInt32], _ lo: Int, _ hi: Int) -> String {
    var out = ""
    var i = lo
    while i < hi {
      if let u = Unicode.Scalar(s[i]) { out.unicodeScalars.append(u) }
      i += 1
    }
    return out
  }

  /// `lo..<hi` without leading and trailing white space.
  static func trim(_ s: [UInt32], _ lo: Int, _ hi: Int) -> (Int, Int) {
    var a = lo
    var b = hi
    while a < b && isSpace(s[a]) { a += 1 }
    while b > a && isSpace(s[b - 1]) { b -= 1 }
    return (a, b)
  }
}
