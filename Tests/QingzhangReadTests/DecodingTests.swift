import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

struct EncodingCase: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var encoding: TextEncoding?
  var lines: [String]
  var testDescription: String { name }
}

struct LineEndCase: Sendable, CustomTestStringConvertible {
  var text: String
  var lines: [String]
  var testDescription: String { text.debugDescription }
}

struct BadBytesCase: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var chunk: Int
  /// (line, hex) of every line reported bad.
  var bad: [String]
  var testDescription: String { "\(name), chunk \(chunk)" }
}

/// Decodes `bytes` and returns the lines as `N:text` (`N!hex:text` for bad lines).
func decodeLines(
  _ bytes: [UInt8], chunk: Int = LineDecoder.defaultChunkSize, maxLine: Int = LineDecoder.defaultMaxLineLength
) throws(Diagnostic) -> (LineDecoder.Summary, [String]) {
  var out: [String] = []
  let summary = try LineDecoder(displayPath: "x", chunkSize: chunk, maxLineLength: maxLine).run(bytes: bytes) { l in
    out.append(l.isBad ? "\(l.number)!\(l.badBytes):\(l.string)" : "\(l.number):\(l.string)")
  }
  return (summary, out)
}

func gbk(_ s: String) -> [UInt8] {
  // The GBK bytes of the few characters these tests use (CP936).
  let table: [Character: [UInt8]] = [
    "张": [0xD5, 0xC5], "三": [0xC8, 0xFD], "李": [0xC0, 0xEE], "四": [0xCB, 0xC4],
    "水": [0xCB, 0xAE], "管": [0xB9, 0xDC],
  ]
  return s.flatMap { c in table[c] ?? Array(String(c).utf8) }
}

func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
  var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
  for u in s.utf16 {
    let hi = UInt8(u >> 8)
    let lo = UInt8(u & 0xFF)
    out += bigEndian ? [hi, lo] : [lo, hi]
  }
  return out
}

@Suite struct DecodingTests {
  static let encodings: [EncodingCase] = [
    .init(name: "ASCII", bytes: Array("a,1\nb,2\n".utf8), encoding: .utf8, lines: ["1:a,1", "2:b,2"]),
    .init(name: "UTF-8", bytes: Array("张三,1200\n李四,50\n".utf8), encoding: .utf8, lines: ["1:张三,1200", "2:李四,50"]),
    .init(
      name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("张三,1200\r\n".utf8), encoding: .utf8BOM,
      lines: ["1:张三,1200"]),
    .init(name: "GBK", bytes: gbk("张三,1200\r\n李四,水管\r\n"), encoding: .gb18030, lines: ["1:张三,1200", "2:李四,水管"]),
    .init(
      name: "UTF-16LE with BOM", bytes: utf16("张三\t1200\r\n李四\t50\r\n", bigEndian: false, bom: true),
      encoding: .utf16LE, lines: ["1:张三\t1200", "2:李四\t50"]),
    .init(
      name: "UTF-16BE with BOM", bytes: utf16("张三,1200\n", bigEndian: true, bom: true), encoding: .utf16BE,
      lines: ["1:张三,1200"]),
    .init(
      name: "UTF-16LE without BOM", bytes: utf16("date,name,amount\n2024-03-05,张三,1200\n", bigEndian: false, bom: false),
      encoding: .utf16LE, lines: ["1:date,name,amount", "2:2024-03-05,张三,1200"]),
  ]

  @Test(arguments: encodings) func detectsEncoding(_ c: EncodingCase) throws {
    let (summary, lines) = try decodeLines(c.bytes)
    #expect(summary.encoding == c.encoding)
    #expect(lines == c.lines)
    #expect(summary.lines == c.lines.count)
    #expect(summary.diagnostics.isEmpty)
  }

  /// The same result whatever the chunk size: sequences and CRLF split across chunks.
  @Test(arguments: [16, 18, 22, 64, 1 << 20]) func chunkSizeDoesNotMatter(_ chunk: Int) throws {
    let text = "日期,客户,金额\r\n2024-03-05,张建国,350\r\n2024-03-06,陈立新（陈师傅）,1200.00\r\n\r\n合计,,1550"
    for (bytes, enc) in [
      (Array(text.utf8), TextEncoding.utf8),
      (utf16(text, bigEndian: false, bom: true), .utf16LE),
      ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8BOM),
    ] {
      let (summary, lines) = try decodeLines(bytes, chunk: chunk)
      #expect(summary.encoding == enc)
      #expect(
        lines == [
          "1:日期,客户,金额", "2:2024-03-05,张建国,350", "3:2024-03-06,陈立新（陈师傅）,1200.00", "4:", "5:合计,,1550",
        ])
    }
    let (summary, lines) = try decodeLines(gbk("张三,1\r\n李四,2\r\n水管,3"), chunk: chunk)
    #expect(summary.encoding == .gb18030)
    #expect(lines == ["1:张三,1", "2:李四,2", "3:水管,3"])
  }

  static let lineEnds: [LineEndCase] = [
    .init(text: "a\r\nb\r\n", lines: ["1:a", "2:b"]),
    .init(text: "a\nb", lines: ["1:a", "2:b"]),
    .init(text: "a\rb\r", lines: ["1:a", "2:b"]),
    .init(text: "a\r\n\r\nb", lines: ["1:a", "2:", "3:b"]),
    .init(text: "\n", lines: ["1:"]),
    .init(text: "a\r", lines: ["1:a"]),
    .init(text: "a\n\rb", lines: ["1:a", "2:", "3:b"]),
  ]

  @Test(arguments: lineEnds) func splitsLines(_ c: LineEndCase) throws {
    for chunk in [16, 1 << 20] {
      #expect(try decodeLines(Array(c.text.utf8), chunk: chunk).1 == c.lines)
    }
  }

  static let badBytes: [BadBytesCase] = {
    let filler = String(repeating: "2024-03-05,张建国,350\n", count: 3)  // 3 lines, 78 bytes
    return [
      // UTF-8 decided on the first chunk; a GBK byte pair turns up later.
      .init(
        name: "GBK inside UTF-8", bytes: Array(filler.utf8) + [0xD5, 0xC5] + Array(",1\nok\n".utf8), chunk: 32,
        bad: ["4!D5, C5"]),
      .init(
        name: "GBK inside UTF-8, one chunk", bytes: Array(filler.utf8) + [0xD5, 0xC5] + Array(",1\nok\n".utf8),
        chunk: 1 << 20, bad: ["4!D5, C5"]),
      // GB18030 decided; 0xFF never starts a GB18030 character.
      .init(name: "invalid GBK", bytes: gbk("张三,1\n李") + [0xFF] + gbk("四,2\n水管,3\n"), chunk: 1 << 20, bad: ["2!FF"]),
      .init(name: "invalid GBK, small chunks", bytes: gbk("张三,1\n李") + [0xFF] + gbk("四,2\n水管,3\n"), chunk: 16, bad: ["2!FF"]),
      // A NUL after the first chunk (the binary check only looks at the start).
      .init(name: "NUL later", bytes: Array(filler.utf8) + [0x61, 0x00, 0x62, 0x0A], chunk: 32, bad: ["4!00"]),
      // A truncated UTF-8 sequence at the very end.
      .init(name: "truncated at end", bytes: Array("张三\n李".utf8) + [0xE5, 0x9B], chunk: 1 << 20, bad: ["2!E5 9B"]),
      // U+FFFD already in the input: the text was damaged before.
      .init(name: "U+FFFD in input", bytes: Array("张三\n李\u{FFFD}\n".utf8), chunk: 1 << 20, bad: ["2!EF BF BD"]),
    ]
  }()

  @Test(arguments: badBytes) func reportsBadBytesWithTheirLine(_ c: BadBytesCase) throws {
    let (_, lines) = try decodeLines(c.bytes, chunk: c.chunk)
    let bad = lines.filter { $0.contains("!") }.map { String($0.prefix { $0 != ":" }) }
    #expect(bad == c.bad)
    #expect(lines.filter { $0.contains("!") }.allSatisfy { $0.contains("\u{FFFD}") })
  }

  static let binaries: [(String, [UInt8])] = [
    ("xlsx (zip)", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8)),
    ("xls (OLE)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]),
    ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ("random NULs", [0x01, 0x00, 0x00, 0x7F, 0x00, 0x05, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]),
    ("control bytes", [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x41, 0x42]),
  ]

  @Test(arguments: binaries.map(\.0)) func refusesBinaryInput(_ name: String) {
    let bytes = DecodingTests.binaries.first { $0.0 == name }?.1 ?? []
    #expect(throws: Diagnostic.self) { try decodeLines(bytes) }
    do {
      _ = try decodeLines(bytes)
    } catch {
      // A workbook given as a sheet is named as one (save it as CSV), anything else is "not text".
      #expect(error.code == (name.hasPrefix("xls") ? "excel-workbook-renamed" : "binary-file"))
      #expect(error.file == "x")
    }
  }

  /// A text file with a stray NUL, or NUL padding at its end, is read as text: only the lines
  /// holding NULs are listed (with `00`), the others are read.
  static let nulText: [(label: String, bytes: [UInt8], bad: [String], good: Int)] = [
    (
      "one stray NUL", Array(String(repeating: "2024-03-05,张建国,350\n", count: 10).utf8) + [0x61, 0x00, 0x62, 0x0A], ["11"],
      10
    ),
    ("NUL padding at the end", Array("2024.3.5 张三 水管 350元\n2024.3.6 李四 50元\n".utf8) + Array(repeating: 0, count: 4096), ["3"], 2),
  ]

  @Test(arguments: nulText.indices) func textWithAFewNULsIsStillText(_ k: Int) throws {
    let c = Self.nulText[k]
    let (_, lines) = try decodeLines(c.bytes)
    #expect(lines.filter { $0.contains("!") }.map { String($0.prefix { $0 != "!" }) } == c.bad, "\(c.label)")
    #expect(lines.filter { !$0.contains("!") }.count == c.good, "\(c.label)")
    // At most twelve bad sequences shown, then how many more.
    if k == 1 { #expect(lines.last?.hasPrefix("3!" + Array(repeating: "00", count: 12).joined(separator: ", ") + ", … +4084:") == true) }
  }

  @Test func emptyInputIsANoteNotACrash() throws {
    for bytes in [[], [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
      let (summary, lines) = try decodeLines(bytes)
      #expect(lines.isEmpty)
      #expect(summary.lines == 0)
      #expect(summary.diagnostics.map(\.code) == ["empty-file"])
      #expect(summary.diagnostics.first?.severity == .warning)
    }
  }

  @Test func tooLongLineIsReportedAndReadingGoesOn() throws {
    let long = String(repeating: "张", count: 400)  // 1200 bytes
    for chunk in [64, 1 << 20] {
      var got: [(Int, Int, Int)] = []
      _ = try LineDecoder(displayPath: "x", chunkSize: chunk, maxLineLength: 100).run(
        bytes: Array("a\n\(long)\nb\n\(long)".utf8)
      ) { l in got.append((l.number, l.tooLongLength, l.text.count)) }
      #expect(got.map(\.0) == [1, 2, 3, 4])
      #expect(got.map(\.1) == [0, 1200, 0, 1200])
      // The preview is short and cut at a character boundary.
      #expect(got[1].2 <= LineSplitter.previewLength && got[1].2 % 3 == 0 && got[1].2 > 0)
    }
  }

  /// The CR ending the long line is the last byte of the third 64-byte chunk.
  @Test(arguments: ["a\n" + String(repeating: "x", count: 189) + "\r\nb\n", "a\r" + String(repeating: "x", count: 189) + "\rb\r"])
  func tooLongLineEndingAtAChunkBoundary(_ text: String) throws {
    var got: [(Int, Int)] = []
    _ = try LineDecoder(displayPath: "x", chunkSize: 64, maxLineLength: 100).run(bytes: Array(text.utf8)) { l in
      got.append((l.number, l.tooLongLength))
    }
    #expect(got.map(\.0) == [1, 2, 3])
    #expect(got.map(\.1) == [0, 189, 0])
  }

  /// UTF-8 lines with one line pasted from a GBK file: read as UTF-8 (names intact, the odd line
  /// listed with its bytes and a warning), never as GB18030 turning every name to mojibake. A
  /// GBK file stays GBK.
  static let mixed: [(label: String, bytes: [UInt8], encoding: TextEncoding, warning: [String], bad: [String])] = [
    (
      "two UTF-8 lines, one GBK", Array("2024.3.5 张三 350\n2024.3.6 李四 50\n".utf8) + gbk("水管 100\n"), .utf8,
      ["encoding-mixed"], ["3"]
    ),
    ("a GBK file", gbk("张三 350\n李四 50\n水管 100\n"), .gb18030, [], []),
    ("one UTF-8 line, one GBK: undecidable, GB18030 wins as before", Array("张三 350\n".utf8) + gbk("水管 100\n"), .gb18030, [], []),
    // A stray NUL is no GBK line: no such warning.
    ("UTF-8 with a stray NUL", Array("2024.3.5 张三 350\n2024.3.6 李四 50\nab".utf8) + [0x00] + Array("c\n".utf8), .utf8, [], ["3"]),
  ]

  @Test(arguments: mixed.indices) func utf8WithAFewGBKLinesStaysUTF8(_ k: Int) throws {
    let c = Self.mixed[k]
    let (summary, lines) = try decodeLines(c.bytes)
    #expect(summary.encoding == c.encoding, "\(c.label)")
    #expect(summary.diagnostics.map(\.code) == c.warning, "\(c.label)")
    #expect(lines.filter { $0.contains("!") }.map { String($0.prefix { $0 != "!" }) } == c.bad, "\(c.label)")
    if c.encoding == .utf8 { #expect(lines.first == "1:2024.3.5 张三 350", "\(c.label)") }
  }

  @Test func doubtfulEncodingIsAWarning() throws {
    // Neither valid UTF-8 nor valid GB18030.
    let bytes = gbk("张三,1200\n李四,") + [0xFF, 0x80] + Array("50\n".utf8)
    let (summary, lines) = try decodeLines(bytes)
    #expect(summary.diagnostics.map(\.code) == ["encoding-doubtful"])
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix("2!"))
  }

  /// The advice fits the file: a .txt is re-saved as UTF-8 text, a sheet as CSV from Excel.
  @Test(arguments: [
    ("欠条.txt", nil, "encoding-doubtful-text", "binary-text-file"),
    ("表.csv", nil, "encoding-doubtful", "binary-file"),
    ("表.TSV", nil, "encoding-doubtful", "binary-file"),
    ("x", InputFile.Kind.iouList, "encoding-doubtful-text", "binary-text-file"),
  ] as [(String, InputFile.Kind?, String, String)])
  func decodingAdviceFitsTheFileType(_ name: String, _ kind: InputFile.Kind?, _ doubtful: String, _ binary: String) throws {
    let decoder = LineDecoder(displayPath: name, kind: kind)
    let summary = try decoder.run(bytes: gbk("张三,1200\n李四,") + [0xFF, 0x80] + Array("50\n".utf8)) { _ in }
    #expect(summary.diagnostics.map(\.code) == [doubtful])
    do {
      _ = try decoder.run(bytes: DecodingTests.binaries[2].1) { _ in }  // PNG
      Issue.record("binary accepted")
    } catch {
      #expect(error.code == binary)
    }
    if kind == .iouList || name.hasSuffix(".txt") {
      for code in [doubtful, binary] {
        let m = try #require(ReadMessage(rawValue: code))
        #expect(!m.zh.contains("Excel") && !m.zh.contains("CSV") && m.zh.contains("UTF-8") || code == binary)
        #expect(!m.en.contains("CSV"))
      }
    }
  }

  @Test func hashIsFNVOfTheRawBytes() throws {
    let bytes = gbk("张三,1200\n")
    let (summary, _) = try decodeLines(bytes, chunk: 16)
    #expect(summary.contentHash == bytes.withUnsafeBytes { StableHash.fnv1a($0) })
    #expect(summary.bytes == bytes.count)
  }

  @Test(arguments: [
    ("350", 1), ("张三", 3), ("\u{FFFD}", -3), ("\u{10000}", 4),
  ]) func validatesUTF8Sequences(_ text: String, _ expected: Int) {
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { UTF8Validator.sequence($0, 0) } == expected)
  }

  @Test(arguments: [
    ([0xC0, 0x80], -1), ([0xED, 0xA0, 0x80], -1), ([0xE5, 0x41], -1), ([0xE5, 0x9B, 0x41], -2),
    ([0xF4, 0x90, 0x80, 0x80], -1), ([0xE5, 0x9B], 0), ([0x00], -1),
  ] as [([UInt8], Int)]) func rejectsMalformedUTF8(_ bytes: [UInt8], _ expected: Int) {
    #expect(bytes.withUnsafeBytes { UTF8Validator.sequence($0, 0) } == expected)
  }
}
