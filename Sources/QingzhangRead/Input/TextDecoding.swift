import QingzhangModel
import QingzhangText

/// The character encoding a text input was read in.
public enum TextEncoding: String, Sendable, Hashable {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 (BOM)"
  case gb18030 = "GB18030"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
}

/// One physical line of a decoded input, handed to a callback; `text` is only valid during it.
public struct DecodedLine {
  /// 1-based physical line number.
  public var number: Int
  /// The line as UTF-8, without its terminator. Invalid input appears as U+FFFD. For a line that
  /// was too long this is only its first few hundred bytes.
  public var text: UnsafeBufferPointer<UInt8>
  /// The bytes of the line that were not valid text, as hex (`FF FE`, `00`); empty when none.
  public var badBytes: String
  /// The full length in bytes when the line exceeded the maximum line length, else 0.
  public var tooLongLength: Int

  public var isBad: Bool { !badBytes.isEmpty }
  public var isTooLong: Bool { tooLongLength > 0 }
  /// The text as a `String` (U+FFFD for invalid input).
  public var string: String { String(decoding: text, as: UTF8.self) }
}

/// Streams bytes, detects their encoding (domain.md §6.2) and splits the UTF-8 result into
/// physical lines.
///
/// Encoding: a BOM (UTF-8, UTF-16LE/BE) decides; otherwise strict UTF-8; otherwise strict
/// GB18030; `CharsetDetector` only breaks a tie when both fail. The decision is taken on the
/// first chunk holding a non-ASCII byte (ASCII reads the same either way). Invalid bytes are
/// never dropped: the line holding them is reported with the bytes in hex. Lines end at LF, CRLF
/// or a bare CR. Memory stays flat: input is read in chunks and a line longer than
/// `maxLineLength` is reported (with a preview) instead of being buffered.
public struct LineDecoder {
  public static let defaultChunkSize = 1 << 20
  public static let defaultMaxLineLength = 1 << 20

  /// The outcome of decoding a whole input.
  public struct Summary: Sendable {
    /// Nil for an empty input.
    public var encoding: TextEncoding?
    public var lines: Int
    public var bytes: Int
    /// FNV-1a of the raw bytes.
    public var contentHash: UInt64
    /// Warnings (uncertain encoding, empty file).
    public var diagnostics: [Diagnostic]
  }

  public var displayPath: String
  /// What the file is read as: the advice of the decoding messages depends on it (a text file
  /// is re-saved as UTF-8 text, a spreadsheet as CSV UTF-8 from Excel).
  public var kind: InputFile.Kind
  public var chunkSize: Int
  public var maxLineLength: Int

  /// - Parameter kind: nil: from the extension of `displayPath` (a spreadsheet when unknown).
  public init(
    displayPath: String, kind: InputFile.Kind? = nil, chunkSize: Int = LineDecoder.defaultChunkSize,
    maxLineLength: Int = LineDecoder.defaultMaxLineLength
  ) {
    self.displayPath = displayPath
    self.kind = kind ?? InputFile.kind(of: displayPath) ?? .csv
    self.chunkSize = max(16, chunkSize & ~1)
    self.maxLineLength = max(64, maxLineLength)
  }

  /// Decodes everything `read` delivers and calls `line` for every physical line.
  ///
  /// - Parameter read: fills the buffer it is given and returns the number of bytes written;
  ///   0 at the end of the input.
  /// - Throws: a `Diagnostic` when the input is not text (binary, a spreadsheet workbook).
  public func run(
    read: (UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int,
    line: (DecodedLine) -> Void
  ) throws(Diagnostic) -> Summary {
    let state = DecoderState(path: displayPath, textFile: kind == .iouList, maxLineLength: maxLineLength)
    let input = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
    defer { input.deallocate() }
    var first = true
    var total = 0
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    while true {
      // Fill the chunk completely (short reads happen on pipes); keeps UTF-16 units aligned.
      var n = 0
      while n < input.count {
        let got = try read(UnsafeMutableRawBufferPointer(rebasing: input[n...]))
        if got <= 0 { break }
        n += got
      }
      let final = n < input.count
      total += n
      let chunk = UnsafeRawBufferPointer(rebasing: input[0..<n])
      hash = StableHash.fnv1a(chunk, seed: hash)
      if first {
        first = false
        if n == 0 {
          return Summary(
            encoding: nil, lines: 0, bytes: 0, contentHash: hash,
            diagnostics: [Diagnostic(.warning, file: displayPath, Note(ReadMessage.emptyFile))])
        }
        try state.start(chunk, final: final)
      }
      state.decode(UnsafeRawBufferPointer(rebasing: chunk[state.skip...]), final: final)
      state.skip = 0
      state.splitter.split(final: final, line)
      if final { break }
    }
    state.splitter.finish(line)
    var diagnostics = state.diagnostics
    if state.splitter.lineCount == 0 {
      diagnostics.append(Diagnostic(.warning, file: displayPath, Note(ReadMessage.emptyFile)))
    }
    return Summary(
      encoding: state.encoding, lines: state.splitter.lineCount, bytes: total, contentHash: hash,
      diagnostics: diagnostics)
  }

  /// Decodes an in-memory input (tests, small files).
  public func run(bytes: [UInt8], line: (DecodedLine) -> Void) throws(Diagnostic) -> Summary {
    var offset = 0
    return try run(
      read: { buf in
        let n = min(buf.count, bytes.count - offset)
        if n > 0 {
          bytes.withUnsafeBytes { src in
            buf.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + n]))
          }
        }
        offset += n
        return n
      }, line: line)
  }
}

/// Hex of some bytes, `FF FE 00`.
func hexBytes(_ bytes: some Sequence<UInt8>) -> String {
  let digits: [Character] = Array("0123456789ABCDEF")
  var s = ""
  for b in bytes {
    if !s.isEmpty { s.append(" ") }
    s.append(digits[Int(b >> 4)])
    s.append(digits[Int(b & 15)])
  }
  return s
}

/// A bad input sequence, at an absolute offset of the decoded output (where its U+FFFD is).
struct BadEvent {
  var offset: Int
  var hex: String
}

final class DecoderState {
  enum Mode {
    case undecided
    case utf8
    case icu(StrictDecoder)
  }

  let path: String
  /// A .txt file: messages advise re-saving it as UTF-8 text, not as CSV from Excel.
  let textFile: Bool
  @exclusivity(unchecked) var mode: Mode = .undecided
  @exclusivity(unchecked) var encoding: TextEncoding? = nil
  @exclusivity(unchecked) var diagnostics: [Diagnostic] = []
  /// Bytes to skip at the start of the first chunk (a BOM).
  @exclusivity(unchecked) var skip = 0
  /// Trailing bytes of an incomplete UTF-8 sequence, kept for the next chunk.
  @exclusivity(unchecked) var carry: [UInt8] = []
  let splitter: LineSplitter

  init(path: String, textFile: Bool, maxLineLength: Int) {
    self.path = path
    self.textFile = textFile
    splitter = LineSplitter(maxLineLength: maxLineLength)
  }

  // MARK: first chunk: BOM and binary checks

  func start(_ chunk: UnsafeRawBufferPointer, final: Bool) throws(Diagnostic) {
    let b = chunk
    if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
      skip = 3
      mode = .utf8
      encoding = .utf8BOM
      return
    }
    if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE {
      skip = 2
      try openICU("UTF-16LE", .utf16LE)
      return
    }
    if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF {
      skip = 2
      try openICU("UTF-16BE", .utf16BE)
      return
    }
    if !textFile, let kind = DecoderState.workbookKind(b) {
      // An .xlsx or .xls renamed .csv: say what it is and how to save it as CSV.
      let name = path.split(separator: "/").last.map(String.init) ?? path
      throw Diagnostic(file: path, Note(ReadMessage.excelWorkbookRenamed, name, kind))
    }
    if DecoderState.hasBinaryMagic(b) { throw binary() }
    // NUL bytes: UTF-16 without a BOM (ASCII-heavy text has NULs in every other byte), or binary.
    let sample = UnsafeRawBufferPointer(rebasing: b[0..<min(b.count, 1 << 16)])
    var nulEven = 0
    var nulOdd = 0
    var controls = 0
    for i in 0..<sample.count {
      let c = sample[i]
      if c == 0 {
        if i & 1 == 0 { nulEven += 1 } else { nulOdd += 1 }
      } else if c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) {
        controls += 1
      }
    }
    let nuls = nulEven + nulOdd
    // Text with a stray NUL or two, or padded with NULs at its end (a truncated copy, an old
    // export): read as text; the lines holding them are listed with their bytes.
    var trailingNuls = 0
    if final {
      var i = b.count - 1
      while i >= 0 && b[i] == 0 {
        trailingNuls += 1
        i -= 1
      }
    }
    let strayNuls = nuls - min(nuls, trailingNuls)
    let text = sample.count - min(sample.count, trailingNuls)
    if nuls > 0, text >= 16, strayNuls <= max(2, text / 200), controls * 50 <= text {
      return
    }
    if nuls > 0 {
      let pairs = sample.count / 2
      if nulOdd * 10 >= nuls * 9, nulOdd * 5 >= pairs, controls * 50 <= sample.count {
        try openICU("UTF-16LE", .utf16LE)
      } else if nulEven * 10 >= nuls * 9, nulEven * 5 >= pairs, controls * 50 <= sample.count {
        try openICU("UTF-16BE", .utf16BE)
      } else {
        throw binary()
      }
      return
    }
    if controls * 20 > sample.count { throw binary() }
  }

  /// `xlsx` for a zip (an .xlsx, .et or .ods workbook), `xls` for an OLE2 compound file (.xls, .et):
  /// what a spreadsheet file given as .csv/.tsv holds when it was renamed, not saved as CSV.
  static func workbookKind(_ b: UnsafeRawBufferPointer) -> String? {
    guard b.count >= 4 else { return nil }
    if b[0] == 0x50 && b[1] == 0x4B && b[2] == 0x03 && b[3] == 0x04 { return "xlsx" }
    if b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0 { return "xls" }
    return nil
  }

  static func hasBinaryMagic(_ b: UnsafeRawBufferPointer) -> Bool {
    let magics: [[UInt8]] = [
      [0x50, 0x4B, 0x03, 0x04],  // zip: .xlsx, .docx
      [0xD0, 0xCF, 0x11, 0xE0],  // OLE: .xls, .doc
      [0x25, 0x50, 0x44, 0x46],  // %PDF
      [0x89, 0x50, 0x4E, 0x47],  // PNG
      [0xFF, 0xD8, 0xFF],  // JPEG
      [0x47, 0x49, 0x46, 0x38],  // GIF8
    ]
    for m in magics where b.count >= m.count {
      var same = true
      for i in 0..<m.count where b[i] != m[i] {
        same = false
        break
      }
      if same { return true }
    }
    return false
  }

  func binary() -> Diagnostic {
    Diagnostic(file: path, Note(textFile ? ReadMessage.binaryTextFile : ReadMessage.binaryFile))
  }

  func openICU(_ charset: String, _ enc: TextEncoding) throws(Diagnostic) {
    do {
      mode = .icu(try StrictDecoder(charset: charset))
      encoding = enc
    } catch {
      throw Diagnostic(file: path, Note(ReadMessage.converterMissing, charset))
    }
  }

  // MARK: decoding

  func decode(_ chunk: UnsafeRawBufferPointer, final: Bool) {
    switch mode {
    case .utf8:
      decodeUTF8(chunk, final: final)
    case .icu(let decoder):
      decodeICU(decoder, chunk, final: final)
    case .undecided:
      decide(chunk, final: final)
    }
  }

  private func decodeUTF8(_ chunk: UnsafeRawBufferPointer, final: Bool) {
    if carry.isEmpty {
      carry = UTF8Validator.append(chunk, final: final, to: splitter)
    } else {
      var joined = carry
      joined.append(contentsOf: chunk)
      carry = joined.withUnsafeBytes { UTF8Validator.append($0, final: final, to: splitter) }
    }
  }

  private func decodeICU(_ decoder: StrictDecoder, _ chunk: UnsafeRawBufferPointer, final: Bool) {
    let before = splitter.buffer.count
    let bad = decoder.decode(chunk, flush: final, into: &splitter.buffer)
    // Find U+FFFD (one per bad sequence, in order) and NUL in what was just appended.
    let hexes = bad.map { b in hexBytes(chunk[b.offset..<min(chunk.count, b.offset + b.length)]) }
    splitter.markReplacements(from: before, hexes: hexes)
  }

  /// ASCII so far: decide between UTF-8 and GB18030 on the first chunk with a non-ASCII byte.
  private func decide(_ chunk: UnsafeRawBufferPointer, final: Bool) {
    var allASCII = true
    for b in chunk where b >= 0x80 {
      allASCII = false
      break
    }
    if allASCII {
      // ASCII (with NUL checks) reads the same in both: validate as UTF-8, stay undecided.
      carry = UTF8Validator.append(chunk, final: final, to: splitter)
      if final { encoding = .utf8 }
      return
    }
    // Try strict UTF-8 on a scratch splitter first.
    let utf8Errors = UTF8Validator.countErrors(chunk, final: final)
    if utf8Errors == 0 {
      mode = .utf8
      encoding = .utf8
      decodeUTF8(chunk, final: final)
      return
    }
    // UTF-8 text with a few lines in another encoding (one line pasted from a GBK file): read
    // as UTF-8, the odd lines are listed with their bytes. Read as GB18030, every name of the
    // file would turn to mojibake (张三 → 寮犱笁) without a word.
    let lines = UTF8Validator.countLines(chunk)
    if lines.utf8 >= 2 && lines.utf8 >= lines.bad {
      // (No bad line: the errors were NULs, listed line by line; no word of GBK then.)
      if lines.bad > 0 { diagnostics.append(
        Diagnostic(.warning, file: path, Note(ReadMessage.encodingMixed, String(lines.bad)))) }
      mode = .utf8
      encoding = .utf8
      decodeUTF8(chunk, final: final)
      return
    }
    guard let gb = try? StrictDecoder(charset: "GB18030") else {
      mode = .utf8
      encoding = .utf8
      decodeUTF8(chunk, final: final)
      return
    }
    var scratch: [UInt8] = []
    scratch.reserveCapacity(chunk.count * 3 / 2)
    let gbBad = gb.decode(chunk, flush: final, into: &scratch)
    var useGB = gbBad.isEmpty
    if !useGB {
      // Both fail: a hint from ICU's detector, then fewer errors.
      let hint = CharsetDetector.guess(chunk)?.name.uppercased() ?? ""
      if hint.hasPrefix("GB") || hint == "BIG5" || hint == "EUC-KR" {
        useGB = true
      } else if hint == "UTF-8" {
        useGB = false
      } else {
        useGB = gbBad.count < utf8Errors
      }
      diagnostics.append(
        Diagnostic(
          .warning, file: path,
          Note(
            textFile ? ReadMessage.encodingDoubtfulText : ReadMessage.encodingDoubtful,
            useGB ? TextEncoding.gb18030.rawValue : "UTF-8")))
    }
    if useGB {
      mode = .icu(gb)
      encoding = .gb18030
      let before = splitter.buffer.count
      splitter.buffer.append(contentsOf: scratch)
      let hexes = gbBad.map { b in hexBytes(chunk[b.offset..<min(chunk.count, b.offset + b.length)]) }
      splitter.markReplacements(from: before, hexes: hexes)
    } else {
      mode = .utf8
      encoding = .utf8
      decodeUTF8(chunk, final: final)
    }
  }
}
