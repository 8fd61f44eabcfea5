import Foundation
import QingzhangModel
import Testing

@testable import QingzhangStore

@Suite struct RecordWriterTests {
  /// A synthetic spreadsheet of `count` debt rows, with a note on every 1000th.
  static func synthetic(path: String, count: Int, amountOffset: Int64 = 0) -> [Record] {
    let names = ["张建国", "老王", "李记五金", "陈师傅（陈立新）", "珠晖李"]
    return (0..<count).map { i in
      Record(
        source: SourceRef(path: path, line: i + 2), origin: .sheet, kind: .debt, name: names[i % names.count],
        date: Day(year: 2024, month: 1 + i % 12, day: 1 + i % 28), amount: Money(fen: Int64(i) * 100 + amountOffset),
        goods: "水管接头\(i % 50)个", raw: "2024/\(1 + i % 12)/\(1 + i % 28),\(names[i % names.count]),\(i)",
        notes: i % 1000 == 0 ? [Note(ReadMessage.invalidBytes, String(i + 2), "0xFF")] : [])
    }
  }

  struct WriterCase: Sendable, CustomTestStringConvertible {
    var records: Int
    var batchSize: Int
    var inFlight: Int
    var testDescription: String { "\(records) records, batches of \(batchSize), \(inFlight) in flight" }
  }

  static let sizes: [WriterCase] = [
    .init(records: 0, batchSize: 4096, inFlight: 8),
    .init(records: 1, batchSize: 4096, inFlight: 8),
    .init(records: 4096, batchSize: 4096, inFlight: 8),
    .init(records: 25_000, batchSize: 1000, inFlight: 2),
    .init(records: 9_999, batchSize: 7, inFlight: 1),
  ]

  @Test(arguments: sizes)
  func storesEveryRecord(_ c: WriterCase) throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let records = Self.synthetic(path: "big.csv", count: c.records)
    let writer = try RecordWriter(path: db, batchSize: c.batchSize, batchesInFlight: c.inFlight)
    #expect(!writer.beginFile(path: "big.csv", contentHash: "h1", encoding: "GB18030"))
    for r in records { writer.append(r) }
    writer.endFile(lines: c.records + 1)
    let summary = try writer.finish()
    #expect(summary == .init(filesWritten: 1, filesSkipped: 0, records: c.records))
    let store = try RecordStore(path: db)
    #expect(try store.loadRecords() == records)
    #expect(try store.storedFiles().map(\.lines) == [c.records + 1])
  }

  @Test func secondImportOfTheSameFileIsSkipped() throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let records = Self.synthetic(path: "a.csv", count: 5000)
    for run in 0..<2 {
      let writer = try RecordWriter(path: db)
      let skip = writer.beginFile(path: "a.csv", contentHash: "same", encoding: "UTF-8")
      #expect(skip == (run == 1))
      if !skip {
        for r in records { writer.append(r) }
        writer.endFile(lines: 5001)
      }
      let summary = try writer.finish()
      #expect(summary.filesSkipped == run)
      #expect(summary.records == (run == 0 ? 5000 : 0))
    }
    #expect(try RecordStore(path: db).recordCount() == 5000)
  }

  /// A new path is begun without its hash (read and hashed in one pass) and given it at the
  /// end; the next import of that path, hash known up front, skips it when unchanged and
  /// replaces it when changed.
  @Test(arguments: [("h1", true), ("h2", false)])
  func aHashGivenAtTheEndStillSkipsTheUnchangedFile(_ secondHash: String, _ skipped: Bool) throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let v1 = Self.synthetic(path: "a.csv", count: 3000)
    let v2 = Self.synthetic(path: "a.csv", count: 1000, amountOffset: 1)
    do {
      let writer = try RecordWriter(path: db, batchSize: 256)
      #expect(!writer.hasStoredFile(path: "a.csv"))
      #expect(!writer.beginFile(path: "a.csv", contentHash: nil, encoding: ""))
      for r in v1 { writer.append(r) }
      writer.endFile(lines: 3001, contentHash: "h1")
      #expect(writer.hasStoredFile(path: "a.csv"))
      // The same path again in the same run: its hash is known now.
      #expect(writer.beginFile(path: "a.csv", contentHash: "h1", encoding: ""))
      try writer.finish()
    }
    #expect(try RecordStore(path: db).storedFiles().map(\.contentHash) == ["h1"])
    let writer = try RecordWriter(path: db)
    #expect(writer.hasStoredFile(path: "a.csv"))
    #expect(writer.beginFile(path: "a.csv", contentHash: secondHash, encoding: "") == skipped)
    if !skipped {
      for r in v2 { writer.append(r) }
      writer.endFile(lines: 1001)
    }
    let summary = try writer.finish()
    #expect(summary.filesSkipped == (skipped ? 1 : 0))
    let store = try RecordStore(path: db)
    #expect(try store.loadRecords() == (skipped ? v1 : v2))
    #expect(try store.storedFiles().map(\.contentHash) == [secondHash])
  }

  @Test func endingAFileBegunWithoutItsHashNeedsTheHash() throws {
    let folder = try TempFolder()
    let writer = try RecordWriter(path: folder.path("w.sqlite"))
    #expect(!writer.beginFile(path: "a.csv", contentHash: nil, encoding: ""))
    for r in Self.synthetic(path: "a.csv", count: 10) { writer.append(r) }
    writer.endFile(lines: 11)
    #expect(throws: StoreError.self) { try writer.finish() }
    #expect(try RecordStore(path: folder.path("w.sqlite")).recordCount() == 0)
  }

  @Test func aChangedFileReplacesItsRecords() throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let v1 = Self.synthetic(path: "a.csv", count: 3000)
    let v2 = Self.synthetic(path: "a.csv", count: 2000, amountOffset: 1)
    let other = Self.synthetic(path: "b.csv", count: 10)
    for (version, hash) in [(v1, "v1"), (v2, "v2")] {
      let writer = try RecordWriter(path: db, batchSize: 512)
      if !writer.beginFile(path: "a.csv", contentHash: hash, encoding: "UTF-8") {
        for r in version { writer.append(r) }
        writer.endFile(lines: version.count + 1)
      }
      if !writer.beginFile(path: "b.csv", contentHash: "b", encoding: "UTF-8") {
        for r in other { writer.append(r) }
        writer.endFile(lines: 11)
      }
      try writer.finish()
    }
    let store = try RecordStore(path: db)
    #expect(try store.loadRecords() == v2 + other)
    #expect(try store.storedFiles().map(\.contentHash) == ["v2", "b"])
  }

  @Test func aStorageErrorReachesFinishWithItsSQL() throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    var records = Self.synthetic(path: "a.csv", count: 100)
    records.append(records[40])  // the same (line, part) twice: a reader bug
    let writer = try RecordWriter(path: db, batchSize: 16)
    #expect(!writer.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8"))
    for r in records { writer.append(r) }
    writer.endFile(lines: 101)
    let error = #expect(throws: StoreError.self) { try writer.finish() }
    #expect(error?.code == 19)
    #expect(error?.sql?.contains("INSERT INTO records") == true)
    #expect(writer.hasFailed)
    // Nothing of the failed file was committed.
    #expect(try RecordStore(path: db).recordCount() == 0)
  }

  @Test func outOfOrderCallsAreReportedByFinish() throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let writer = try RecordWriter(path: db)
    writer.append(Self.synthetic(path: "a.csv", count: 1)[0])
    #expect(!writer.beginFile(path: "b.csv", contentHash: "h", encoding: "UTF-8"))
    let error = #expect(throws: StoreError.self) { try writer.finish() }
    #expect(error?.code == 21)
    #expect(try RecordStore(path: db).storedFiles() == [])
  }

  @Test func cancelledFileIsNotStoredAndCanComeAgain() throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let records = Self.synthetic(path: "a.csv", count: 50)
    let writer = try RecordWriter(path: db, batchSize: 8)
    #expect(!writer.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8"))
    for r in records { writer.append(r) }
    writer.cancelFile()
    #expect(!writer.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8"))
    for r in records.prefix(10) { writer.append(r) }
    writer.endFile(lines: 11)
    #expect(try writer.finish().records == 10)
    #expect(try RecordStore(path: db).loadRecords() == Array(records.prefix(10)))
  }

  @Test func unopenableDatabaseFailsAtInit() throws {
    let folder = try TempFolder()
    let error = #expect(throws: StoreError.self) { _ = try RecordWriter(path: folder.path("none/x.sqlite")) }
    #expect(error?.code == 14)
  }
}

@Suite struct RecordKeyTests {
  struct KeyCase: Sendable, CustomTestStringConvertible {
    var file: Int64, line: Int, part: Int
    var key: Int64?
    var testDescription: String { "file \(file) line \(line) part \(part) → \(key.map(String.init) ?? "out of range")" }
  }

  static let cases: [KeyCase] = [
    .init(file: 1, line: 1, part: 0, key: 1 << 40 | 1 << 8),
    .init(file: 1, line: 3, part: 1, key: 1 << 40 | 3 << 8 | 1),
    .init(file: 2, line: RecordKey.maxLine, part: 255, key: 3 << 40 - 1),
    .init(file: 1, line: RecordKey.maxLine + 1, part: 0, key: nil),
    .init(file: 1, line: -1, part: 0, key: nil),
    .init(file: 1, line: 5, part: 256, key: nil),
  ]

  @Test(arguments: cases)
  func packsFileLineAndPart(_ c: KeyCase) {
    #expect(RecordKey.pack(file: c.file, line: c.line, part: c.part) == c.key)
    if let key = c.key { #expect(RecordKey.range(file: c.file).contains(key)) }
  }

  @Test func generatedColumnsReadTheKeyBack() throws {
    let store = try RecordStore(path: ":memory:")
    _ = try store.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8")
    for r in Samples.records(path: "a.csv") { try store.insert(r) }
    try store.endFile(lines: 12)
    let s = try store.database.prepare("SELECT file_id, line, part FROM records ORDER BY key")
    var rows: [String] = []
    while try s.step() { rows.append("\(s.int(at: 0)):\(s.int(at: 1)).\(s.int(at: 2))") }
    #expect(rows == ["1:1.0", "1:3.0", "1:3.1", "1:4.0", "1:9.0", "1:10.0", "1:11.0", "1:12.0"])
  }

  @Test func aLineOutOfRangeIsAnError() throws {
    let store = try RecordStore(path: ":memory:")
    _ = try store.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8")
    let r = Record(source: SourceRef(path: "a.csv", line: 1 << 33), origin: .iou, kind: .rejected)
    let error = #expect(throws: StoreError.self) { try store.insert(r) }
    #expect(error?.code == 25)
  }

  @Test func theWriterLeavesTheDatabaseInWALMode() throws {
    let folder = try TempFolder()
    let db = folder.path("w.sqlite")
    let writer = try RecordWriter(path: db)
    _ = writer.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8")
    for r in Samples.records(path: "a.csv") { writer.append(r) }
    writer.endFile(lines: 12)
    try writer.finish()
    // Bytes 18 and 19 of the header are 2 in WAL mode (1 with a rollback journal); opening a
    // `Database` would switch to WAL itself, so read the file.
    let header = try Data(contentsOf: URL(fileURLWithPath: db)).prefix(20)
    #expect(Array(header.suffix(2)) == [2, 2])
  }
}
