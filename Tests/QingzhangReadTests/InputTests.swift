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
    _ text: String, tsv: Bool = false, layouts: [SheetLayout] = [],
    maxRowBytes: Int = SheetReader.defaultMaxRowBytes, path: String = "t.csv"
  ) -> (records: [Record], diagnostics: [Diagnostic]) {
    var records: [Record] = []
    let reader = SheetReader(
      path: path, delimiter: tsv ? 0x09 : 0x2C, vocabulary: vocabulary, layouts: layouts,
      maxRowBytes: maxRowBytes)
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
  /// Hidden entries of walked folders said to be skipped.
  var hidden: [String] = []
  var testDescription: String { args.joined(separator: " ") }
}

@Suite struct InputTests {
  /// A scratch folder: a/2.csv, a/1.txt, a/.hidden.csv, a/.git/x.csv, a/sub/3.tsv, b.csv, c.xls.
  static let scratch: String = {
    let root = NSTemporaryDirectory() + "qz-read-sheet-inputs"
    let fm = FileManager.default
    try? fm.removeItem(atPath: root)
    for dir in ["a/sub", "a/.git"] { try? fm.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true) }
    for f in ["a/2.csv", "a/1.txt", "a/.hidden.csv", "a/.git/x.csv", "a/sub/3.tsv", "b.CSV", "c.xls"] {
      _ = fm.createFile(atPath: root + "/" + f, contents: Data("x\n".utf8))
    }
    // l/1.csv, l/gone.csv (a link to nothing), l/sub/loop (a link back to l).
    try? fm.createDirectory(atPath: root + "/l/sub", withIntermediateDirectories: true)
    _ = fm.createFile(atPath: root + "/l/1.csv", contents: Data("x\n".utf8))
    try? fm.createSymbolicLink(atPath: root + "/l/gone.csv", withDestinationPath: root + "/nowhere.csv")
    try? fm.createSymbolicLink(atPath: root + "/l/sub/loop", withDestinationPath: "..")
    return root
  }()

  static let expandCases: [ExpandCase] = [
    .init(args: ["a"], expected: ["a/1.txt", "a/2.csv", "a/sub/3.tsv"], hidden: ["a/.git", "a/.hidden.csv"]),
    .init(args: ["a/"], expected: ["a/1.txt", "a/2.csv", "a/sub/3.tsv"], hidden: ["a/.git", "a/.hidden.csv"]),
    // Named on the command line, a dotfile is read like any other.
    .init(args: ["a/.hidden.csv"], expected: ["a/.hidden.csv"]),
    .init(args: ["b.CSV", "a/sub"], expected: ["a/sub/3.tsv", "b.CSV"]),
    .init(args: ["a/2.csv", "a"], expected: ["a/1.txt", "a/2.csv", "a/sub/3.tsv"], hidden: ["a/.git", "a/.hidden.csv"]),
    // A link back up is read once; a link to nothing is said and left (the run goes on).
    .init(args: ["l"], expected: ["l/1.csv"], hidden: ["l/gone.csv", "l/sub/loop"]),
    .init(args: ["c.xls"], errorCode: "excel-workbook-file"),
    .init(args: ["missing.csv"], errorCode: "file-not-found"),
    .init(args: ["b.CSV/x.csv"], errorCode: "file-not-found"),
  ]

  @Test(arguments: expandCases) func expandsArguments(_ c: ExpandCase) throws {
    let root = InputTests.scratch + "/"
    do {
      var skipped: [Diagnostic] = []
      let files = try Inputs.expand(c.args.map { root + $0 }, skipped: &skipped)
      #expect(files.map { String($0.displayPath.dropFirst(root.count)) } == c.expected)
      #expect(skipped.map { String($0.file.dropFirst(root.count)) } == c.hidden)
      #expect(files.allSatisfy { $0.fsPath == $0.displayPath })
      #expect(c.errorCode == nil)
    } catch {
      #expect(error.code == c.errorCode)
    }
  }

  // MARK: fixtures end to end

  struct FixtureCase: Sendable, CustomTestStringConvertible {
    var name: String
    var encoding: String
    var lines: Int
    var records: [String]
    var diagnostics: [String] = []
    /// Lines inside a quoted cell that spans lines (they belong to the row above).
    var continuation: Set<Int> = []
    var layouts: [String] = []
    var testDescription: String { name }
  }

  static let fixtures: [FixtureCase] = [
    .init(
      name: "sheets/lijj-2023-gbk.csv", encoding: "GB18030", lines: 18,
      records: [
        "L1/0 skipped skipped {title-row}",
        "L2/0 skipped skipped {title-row}",
        "L3/0 skipped skipped {header-row}",
        "L4/0 skipped skipped 张建国 2023-01-01 [carriedForward 1200.00] {carried-forward-row}",
        "L5/0 debt ok 张建国 350.00 2023-01-05 [quantityTimesPrice 350.00]",
        "L6/0 debt ok 李四 400.00 2023-01-09 [quantityTimesPrice 400.00]",
        "L7/0 debt ok 王五金店 555.00 2023-01-15 [quantityTimesPrice 555.00]",
        "L8/0 payment ok 张建国 500.00 2023-01-28",
        "L9/0 skipped skipped [total 1305.00] {total-row}",
        "L10/0 debt ok 陈立新 450.00 2023-02-03 [quantityTimesPrice 450.00]",
        "L12/0 debt ok 老张 180.00 2023-02-11 [quantityTimesPrice 180.00]",
        "L13/0 payment ok 李四 400.00 2023-02-20",
        "L14/0 debt ok 王五金店 280.00 2023-02-25 [quantityTimesPrice 280.00]",
        "L14/1 payment ok 王五金店 100.00 2023-02-25 [quantityTimesPrice 280.00]",
        "L15/0 skipped skipped [total 950.00] {total-row,total-mismatch}",
        "L16/0 skipped skipped [total 2215.00] {total-row}",
        "L18/0 skipped skipped {footer-row}",
      ], continuation: [11]),
    .init(
      name: "sheets/zhang-statement-utf8bom.csv", encoding: "UTF-8 (BOM)", lines: 13,
      records: [
        "L1/0 skipped skipped {title-row}",
        "L2/0 skipped skipped {customer-title-row}",
        "L3/0 skipped skipped {title-row}",
        "L4/0 skipped skipped {header-row}",
        "L5/0 skipped skipped 张建国 2024-01-01 [carriedForward 1500.00] {carried-forward-row}",
        "L6/0 debt ok 张建国 350.00 2024-01-08 tel 13807341234 [runningBalance 1850.00]",
        "L7/0 debt ok 张建国 370.00 2024-02-02 tel 13807341234 [runningBalance 2220.00]",
        "L8/0 payment ok 张建国 1000.00 2024-02-09 tel 13807341234 [runningBalance 1220.00]",
        "L9/0 debt conflict 张建国 450.00 2024-03-05 tel 13807341234 [runningBalance 1760.00] {running-balance-break}",
        "L10/0 payment ok 张建国 200.00 2024-04-01 tel 13807341234 [runningBalance 1560.00]",
        "L11/0 debt ok 张建国 180.00 2024-05-12 tel 13807341234 [runningBalance 1740.00]",
        "L12/0 skipped skipped [total 1350.00] {total-row}",
        "L13/0 skipped skipped {footer-row}",
      ]),
    .init(
      name: "sheets/hengyang-unicode.tsv", encoding: "UTF-16LE", lines: 10,
      records: [
        "L1/0 skipped skipped {title-row}",
        "L2/0 skipped skipped {header-row}",
        "L3/0 debt ok 王五金店 1200.00 2023-03-05 [runningBalance 1200.00] {year-from-title}",
        "L4/0 debt ok 陈立新 36.00 2023-03-08 [runningBalance 36.00] {year-from-title}",
        "L5/0 payment ok 王五金店 800.00 2023-03-20 [runningBalance 400.00] {year-from-title}",
        "L6/0 debt ok 陈立新 150.00 2023-04-02 [runningBalance 186.00] {year-from-title}",
        "L7/0 debt ok 王五金店 2600.00 2023-11-30 [runningBalance 3000.00] {year-from-title}",
        "L8/0 payment ok 陈立新 186.00 2023-12-28 [runningBalance 0.00] {year-from-title}",
        "L9/0 payment ok 王五金店 3000.00 2024-01-06 [runningBalance 0.00] {year-rollover}",
        "L10/0 skipped skipped [total 3986.00] {total-row}",
      ]),
    .init(
      name: "sheets/gongcheng-wanyuan.csv", encoding: "UTF-8", lines: 4,
      records: [
        "L1/0 skipped skipped {title-row}",
        "L2/0 skipped skipped {header-row,header-unit}",
        "L3/0 debt ok 李四 25000.00 2022-10-01 due 2023-06-30",
        "L3/1 payment ok 李四 5000.00 2022-10-01 due 2023-06-30",
        "L4/0 debt ok 王五金店 12500.00 2022-11-15 due 2023-01-20",
      ]),
    .init(
      name: "sheets/qinsi-export.csv", encoding: "UTF-8", lines: 4,
      records: [
        "L1/0 skipped skipped {header-row,header-layout}",
        "L2/0 debt ok 张建国 350.00 2024-03-05 [runningBalance 350.00]",
        "L3/0 payment ok 张建国 200.00 2024-03-18 [runningBalance 150.00]",
        "L4/0 debt ok 老王 45.00 2024-04-02 [runningBalance 45.00]",
      ]),
    .init(
      name: "sheets/no-header.csv", encoding: "UTF-8", lines: 3,
      records: [
        "L1/0 skipped skipped {title-row}",
        "L2/0 debt ok 张建国 350.00 2024-03-05 {year-from-mapping}",
        "L3/0 debt ok 李四 120.00 2024-03-09 {year-from-mapping}",
      ], layouts: [InputTests.noHeaderMapping]),
    .init(
      name: "bad/unbalanced-quote.csv", encoding: "UTF-8", lines: 4,
      records: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 rejected rejected {quote-unbalanced}",
        "L3/0 debt ok 李四 120.00 2024-03-06",
        "L4/0 debt ok 老王 15.00 2024-03-07 {quote-as-text}",
      ]),
    .init(
      name: "bad/no-amount-column.csv", encoding: "UTF-8", lines: 3,
      records: [
        "L1/0 skipped skipped {header-row}",
        "L2/0 rejected rejected {no-amount-column-row}",
        "L3/0 rejected rejected {no-amount-column-row}",
      ], diagnostics: ["no-amount-column@1"]),
    .init(
      name: "bad/invalid-gbk.csv", encoding: "GB18030", lines: 11,
      records: [
        "L1/0 skipped skipped {title-row}",
        "L2/0 skipped skipped {header-row}",
        "L3/0 debt ok 张建国 350.00 2023-03-05",
        "L4/0 rejected rejected {invalid-bytes}",
        "L5/0 debt ok 李四 400.00 2023-03-09",
        "L6/0 debt ok 王五金店 555.00 2023-03-12",
        "L7/0 debt ok 陈立新 450.00 2023-03-15",
        "L8/0 debt ok 老张 180.00 2023-03-18",
        "L9/0 debt ok 张建国 66.00 2023-03-21",
        "L10/0 debt ok 李四 280.00 2023-03-25",
        "L11/0 debt ok 王五金店 150.00 2023-03-28",
      ], diagnostics: ["encoding-doubtful@0"]),
    .init(name: "bad/empty.csv", encoding: "", lines: 0, records: [], diagnostics: ["empty-file@0"]),
  ]

  /// The `--mapping` file for sheets/no-header.csv (written here: a .json among the sheets would
  /// make a walk of the folder fail).
  static let noHeaderMapping: String = {
    let path = NSTemporaryDirectory() + "qz-read-sheet-no-header-mapping.json"
    let json = ##"{"name": "赊账本（无表头）", "headerRow": 0, "skipRows": 1, "year": 2024, "columns": {"#1": "date", "#2": "customer", "#3": "goods", "#4": "debit"}}"##
    try? json.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }()

  @Test(arguments: fixtures) func readsFixtures(_ c: FixtureCase) throws {
    let (summary, records) = try SheetFixtures.read(c.name, layouts: c.layouts)
    let got = records.map(SheetFixtures.describe)
    #expect(got == c.records)
    #expect(summary.encoding == c.encoding)
    #expect(summary.lines == c.lines)
    #expect(summary.records == records.count)
    #expect(summary.diagnostics.map { "\($0.code)@\($0.line)" } == c.diagnostics)
    #expect(records.allSatisfy { $0.source.path == c.name && $0.origin == .sheet })
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: SheetFixtures.fixture(c.name))))
    #expect(summary.contentHash == bytes.withUnsafeBytes { StableHash.fnv1a($0) })
  }

  /// Every non-blank line is the start of exactly one record (a debt and a payment read from one
  /// row share it, as parts 0 and 1), or a line inside a multi-line cell.
  @Test(arguments: fixtures) func everyLineBelongsToOneRecord(_ c: FixtureCase) throws {
    let (_, records) = try SheetFixtures.read(c.name, layouts: c.layouts)
    var nonBlank = Set<Int>()
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: SheetFixtures.fixture(c.name))))
    _ = try LineDecoder(displayPath: c.name).run(bytes: bytes) { l in
      if !l.string.allSatisfy({ $0 == "," || $0 == "\t" || $0 == " " }) { nonBlank.insert(l.number) }
    }
    let starts = records.filter { $0.part == 0 }.map(\.source.line)
    #expect(Set(starts).count == starts.count)
    #expect(Set(starts) == nonBlank.subtracting(c.continuation))
    for r in records where r.part > 0 {
      #expect(records.contains { $0.source == r.source && $0.part == r.part - 1 })
    }
  }

  @Test func invalidBytesNoteGivesLineAndHex() throws {
    let (_, records) = try SheetFixtures.read("bad/invalid-gbk.csv")
    let bad = try #require(records.first { $0.kind == .rejected })
    #expect(bad.notes.map { $0.render(.zh) } == ["第 4 行有无法识别的字节（FF），这一行没有读入：请对照原件修正"])
    #expect(bad.raw.contains("\u{FFFD}"))
  }

  // MARK: refused files

  @Test(arguments: [
    ("bad/workbook.csv", "excel-workbook-renamed"), ("bad/renamed-xls.csv", "excel-workbook-renamed"),
    ("bad/accounts.xls", "excel-workbook-file"),
    ("bad/nothing-here.csv", "file-not-found"),
  ])
  func refusesFiles(_ name: String, _ code: String) throws {
    do {
      _ = try SheetFixtures.read(name)
      Issue.record("read \(name)")
    } catch let error as Diagnostic {
      #expect(error.code == code)
      #expect(error.file == name)
      #expect(error.render(.zh).hasPrefix(name + ": 错误: "))
    }
  }

  /// A workbook is named as one, with how to save it as CSV; it is never "not text" or rows.
  @Test(arguments: [
    ("欠款.xlsx", "excel-workbook-file"), ("欠款.XLS", "excel-workbook-file"), ("欠款.et", "excel-workbook-file"),
    ("欠款.xlsm", "excel-workbook-file"), ("欠款.wps", "wps-document-file"), ("欠款.doc", "unknown-extension"),
    ("欠款", "unknown-extension"),
  ])
  func aWorkbookIsNamedAsOne(_ name: String, _ code: String) {
    #expect(InputFile.unreadableKind(name).code == code)
  }

  @Test func workbookMessagesSayHowToSaveAsCSV() throws {
    #expect(
      InputFile.unreadableKind("欠款.xlsx").render(.zh)
        == "这是 Excel/WPS 表格的原文件（.xlsx），不是文本，读不了：请在 Excel 或 WPS 里打开它，“另存为”CSV（UTF-8 或 GBK 都行），再读另存的 .csv")
    do {
      _ = try SheetFixtures.read("bad/renamed-xls.csv")
      Issue.record("read a workbook")
    } catch let error as Diagnostic {
      #expect(
        error.render(.zh)
          == "bad/renamed-xls.csv: 错误: 文件名是“renamed-xls.csv”，内容却是 Excel/WPS 表格的原文件（xls，像是改了扩展名），不是文本：请在 Excel 或 WPS 里打开它，“另存为”CSV（UTF-8 或 GBK 都行），再读另存的 .csv")
    }
  }

  // MARK: bytes old tools leave

  /// Ctrl-Z (0x1A) ends a file written by old DOS tools: no row, and the last line is whole.
  @Test(arguments: [
    "日期,客户,金额\n2024-03-05,张三,400\n2024-03-06,张三,401\n\u{1A}",
    "日期,客户,金额\n2024-03-05,张三,400\n2024-03-06,张三,401\u{1A}",
    "日期,客户,金额\n2024-03-05,张三,400\n2024-03-06,张三,401\r\n\u{1A}\u{1A}",
  ])
  func aCtrlZAtTheEndIsNoText(_ text: String) {
    let (records, diagnostics) = SheetFixtures.sheet(text)
    #expect(
      records.map(SheetFixtures.describe) == [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张三 400.00 2024-03-05", "L3/0 debt ok 张三 401.00 2024-03-06",
      ])
    #expect(diagnostics.isEmpty)
  }

  @Test func aCtrlZAtTheEndOfAnIOUListIsNoText() throws {
    var lines: [String] = []
    let s = try LineDecoder(displayPath: "欠条.txt").run(bytes: Array("张三欠400\n李四欠50元\u{1A}".utf8)) { lines.append($0.string) }
    #expect(lines == ["张三欠400", "李四欠50元"])
    #expect(s.lines == 2)
  }

  @Test func aNulByteMidFileRefusesItsLineWithPathAndLine() throws {
    let (records, _) = SheetFixtures.sheet("日期,客户,金额\n2024-03-05,张三,400\n2024-03-06,张\u{0}三,401\n2024-03-07,张三,402\n")
    #expect(
      records.map(SheetFixtures.describe) == [
        "L1/0 skipped skipped {header-row}", "L2/0 debt ok 张三 400.00 2024-03-05", "L3/0 rejected rejected {invalid-bytes}",
        "L4/0 debt ok 张三 402.00 2024-03-07",
      ])
    #expect(records[2].source == SourceRef(path: "t.csv", line: 3))
    #expect(records[2].notes.map { $0.render(.zh) } == ["第 3 行有无法识别的字节（00），这一行没有读入：请对照原件修正"])
  }

  @Test func fixtureFoldersCanBeWalked() throws {
    let files = try Inputs.expand([SheetFixtures.fixture("sheets")])
    #expect(files.count == 6)
    #expect(throws: Diagnostic.self) { try Inputs.expand([SheetFixtures.fixture("bad")]) }  // accounts.xls
  }

  @Test func badMappingFilesAreDiagnostics() {
    #expect(throws: Diagnostic.self) {
      _ = try SheetFixtures.reader(layouts: [SheetFixtures.fixture("sheets/lijj-2023-gbk.csv")])
    }
    #expect(throws: Diagnostic.self) { _ = try InputReader(config: ReadConfig(mappingsDirectory: "/nonexistent")) }
  }

  // MARK: IOU lists

  @Test func iouListLinesWithBadBytesAreRejectedHere() throws {
    let (summary, records) = try SheetFixtures.read("bad/iou-bad-bytes.txt")
    #expect(summary.lines == 3)
    let bad = records.filter { $0.source.line == 2 }
    #expect(bad.count == 1)
    #expect(bad.first?.kind == .rejected)
    #expect(bad.first?.origin == .iou)
    #expect(bad.first?.notes.first?.code == "invalid-bytes")
    #expect(bad.first?.notes.first?.args == ["2", "FF, FE"])
    // The other lines went to the IOU-list reader.
    #expect(Set(records.map(\.source.line)).isSuperset(of: [1, 3]))
  }

  /// System errors are told in the catalogue's words, never as the C library's English text.
  @Test(arguments: [
    (ENOENT, "file-not-found", "找不到这个文件：请检查路径和文件名"), (ENOTDIR, "file-not-found", "找不到这个文件：请检查路径和文件名"),
    (EACCES, "file-denied", "没有权限读这个文件：请检查文件权限，或先把它复制到自己的文件夹"),
    (EISDIR, "file-is-folder", "这是一个文件夹，不能当文件读：请给出其中的 .txt/.csv/.tsv 文件，或把文件夹作为输入"),
    (EIO, "read-failed", "读不了这个文件（系统错误号 \(EIO)）"),
  ] as [(Int32, String, String)])
  func mapsSystemErrors(_ code: Int32, _ expected: String, _ zh: String) {
    let note = Inputs.openError(code)
    #expect(note.code == expected)
    #expect(note.render(.zh) == zh)
    #expect(!note.render(.zh).contains(String(cString: strerror(code))))
    #expect(!note.render(.en).contains(String(cString: strerror(code))))
  }

  @Test func aFolderThatCannotBeListedIsTold() throws {
    let root = NSTemporaryDirectory() + "qz-read-sheet-locked-\(getpid())"
    try FileManager.default.createDirectory(atPath: root + "/inner", withIntermediateDirectories: true)
    defer {
      chmod(root + "/inner", 0o755)
      try? FileManager.default.removeItem(atPath: root)
    }
    chmod(root + "/inner", 0)
    if let d = opendir(root + "/inner") {  // running as root: permissions do not apply
      closedir(d)
      return
    }
    do {
      _ = try Inputs.expand([root])
      Issue.record("listed a locked folder")
    } catch {
      #expect(error.code == "file-denied")
    }
  }

  // MARK: the catalogue

  /// English templates use English punctuation (no 、 lists).
  @Test(arguments: ReadMessage.allCases) func englishTemplatesHaveNoChinesePunctuation(_ m: ReadMessage) {
    #expect(!m.en.contains("、") && !m.en.contains("；"))
  }

  @Test(arguments: ReadMessage.allCases) func messagesHaveTheSamePlaceholders(_ m: ReadMessage) {
    func placeholders(_ t: String) -> [String] {
      var out: [String] = []
      var rest = t[...]
      while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        out.append(String(rest[open...close]).replacing(/\|[^}]*/, with: ""))
        rest = rest[rest.index(after: close)...]
      }
      return out.sorted()
    }
    #expect(placeholders(m.zh) == placeholders(m.en))
    #expect(!m.zh.isEmpty && !m.en.isEmpty)
  }

  // MARK: a 50 MB line

  @Test func fiftyMegabyteLineIsRejectedNotFatal() throws {
    let path = NSTemporaryDirectory() + "qz-long-\(getpid()).csv"
    guard let h = FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
    else {
      Issue.record("cannot write \(path)")
      return
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    h.write(Data("日期,客户,品名,金额\n2024-03-05,张建国,".utf8))
    let block = Data(repeating: 0x61, count: 1 << 20)
    for _ in 0..<50 { h.write(block) }
    h.write(Data(",350\n2024-03-06,李四,电线,120\n".utf8))
    try h.close()
    var records: [Record] = []
    let summary = try SheetFixtures.reader().read(InputFile(displayPath: "long.csv", fsPath: path)) { records.append($0) }
    #expect(summary.lines == 3)
    #expect(records.map(SheetFixtures.describe) == [
      "L1/0 skipped skipped {header-row}", "L2/0 rejected rejected {line-too-long}", "L3/0 debt ok 李四 120.00 2024-03-06",
    ])
    #expect(records[1].notes.first?.args == ["2", String(50 * (1 << 20) + 25)])
    #expect(records[1].raw.utf8.count < 1000)
  }
}
