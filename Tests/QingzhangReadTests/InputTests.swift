import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

/// Paths and helpers shared by the decoding, sheet and input tests.
enum SheetFixtures {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let mappings = repo + "/mappings"
  static func fixture(_ name: String) -> String { repo + "/fixtures/" + name }

  static let vocabulary: ColumnVocabulary = {
    (try? ColumnVocabulary.load(mappingsDirectory: mappings)) ?? ColumnVocabulary()
  }()

  static func reader(layouts: [String] = []) throws -> InputReader {
    try InputReader(config: ReadConfig(mappingsDirectory: mappings, layoutFiles: layouts))
  }

  /// Reads a fixture (relative to fixtures/) as the command line would name it.
  static func read(_ name: String, layouts: [String] = []) throws -> (FileSummary, [Record]) {
    var records: [Record] = []
    let file = InputFile(displayPath: name, fsPath: fixture(name))
    let summary = try reader(layouts: layouts).read(file) { records.append($0) }
    return (summary, records)
  }

  /// Reads sheet text through `SheetReader` directly.
  static func sheet(
    _ text: String, tsv: Bool = false, layouts: [SheetLayout] = []
  ) -> (records: [Record], diagnostics: [Diagnostic]) {
    var records: [Record] = []
    let reader = SheetReader(
      path: "t.csv", delimiter: tsv ? 0x09 : 0x2C, vocabulary: vocabulary, layouts: layouts)
    let decoder = LineDecoder(displayPath: "t.csv")
    var diagnostics: [Diagnostic] = []
    do {
      let s = try decoder.run(bytes: Array(text.utf8)) { line in reader.feed(line) { records.append($0) } }
      diagnostics = s.diagnostics
    } catch {
      diagnostics = [error]
    }
    diagnostics += reader.finish { records.append($0) }
    return (records, diagnostics)
  }

  /// One record in a line: `L5/0 debt ok 张建国 350.00 2023-01-05 [quantityTimesPrice 350.00] {codes}`.
  static func describe(_ r: Record) -> String {
    var s = "L\(r.source.line)/\(r.part) \(r.kind.rawValue) \(r.status.rawValue)"
    if !r.name.isEmpty { s += " " + r.name }
    if r.isMovement { s += " " + r.amount.yuanString }
    if let d = r.date { s += " " + d.iso }
    if let d = r.dueDate { s += " due " + d.iso }
    if !r.phone.isEmpty { s += " tel " + r.phone }
    if let c = r.checkAmount { s += " [\(r.check.rawValue) \(c.yuanString)]" }
    if !r.notes.isEmpty { s += " {" + r.notes.map(\.code).joined(separator: ",") + "}" }
    return s
  }
}

struct ExpandCase: Sendable, CustomTestStringConvertible {
  var args: [String]
  var expected: [String]?
  var errorCode: String?
  var testDescription: String { args.joined(separator: " ") }
}

@Suite struct InputTests {
  /// A scratch folder: a/2.csv, a/1.txt, a/.hidden.csv, a/.git/x.csv, a/sub/3.tsv, b.csv, c.xls.
  static let scratch: String = {
    let root = NSTemporaryDirectory() + "qz-inputs-\(getpid())"
    let fm = FileManager.default
    try? fm.removeItem(atPath: root)
    for dir in ["a/sub", "a/.git"] { try? fm.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true) }
    for f in ["a/2.csv", "a/1.txt", "a/.hidden.csv", "a/.git/x.csv", "a/sub/3.tsv", "b.CSV", "c.xls"] {
      fm.createFile(atPath: root + "/" + f, contents: Data("x\n".utf8))
    }
    return root
  }()

  static let expandCases: [ExpandCase] = [
    .init(args: ["a"], expected: ["a/1.txt", "a/2.csv", "a/sub/3.tsv"]),
    .init(args: ["a/"], expected: ["a/1.txt", "a/2.csv", "a/sub/3.tsv"]),
    .init(args: ["b.CSV", "a/sub"], expected: ["a/sub/3.tsv", "b.CSV"]),
    .init(args: ["a/2.csv", "a"], expected: ["a/1.txt", "a/2.csv", "a/sub/3.tsv"]),
    .init(args: ["c.xls"], errorCode: "unknown-extension"),
    .init(args: ["missing.csv"], errorCode: "cannot-open"),
  ]

  @Test(arguments: expandCases) func expandsArguments(_ c: ExpandCase) throws {
    let root = InputTests.scratch + "/"
    do {
      let files = try Inputs.expand(c.args.map { root + $0 })
      #expect(files.map { String($0.displayPath.dropFirst(root.count)) } == c.expected)
      #expect(files.allSatisfy { $0.fsPath == $0.displayPath })
      #expect(c.errorCode == nil)
    } catch {
      #expect(error.code == c.errorCode)
    }
  }

  @Test func dumpFixtures() throws {
    for name in ["sheets/lijj-2023-gbk.csv", "sheets/zhang-statement-utf8bom.csv", "sheets/hengyang-unicode.tsv",
      "sheets/gongcheng-wanyuan.csv", "sheets/qinsi-export.csv", "bad/unbalanced-quote.csv",
      "bad/no-amount-column.csv", "bad/invalid-gbk.csv", "bad/iou-bad-bytes.txt"]
    {
      let (s, records) = try SheetFixtures.read(name)
      print("== \(name) \(s.encoding) lines \(s.lines) records \(s.records) diags \(s.diagnostics.map { $0.code + "@" + String($0.line) })")
      for r in records { print("  \"" + SheetFixtures.describe(r) + "\",") }
    }
    let (s, records) = try SheetFixtures.read("sheets/no-header.csv", layouts: [SheetFixtures.fixture("sheets/no-header-mapping.json")])
    print("== no-header \(s.encoding) \(s.diagnostics.map(\.code))")
    for r in records { print("  \"" + SheetFixtures.describe(r) + "\",") }
  }
}
