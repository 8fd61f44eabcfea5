import QingzhangModel
import Testing

@testable import QingzhangStore

@Suite struct RecordStoreTests {
  func store(_ store: RecordStore, _ path: String, hash: String, _ records: [Record], lines: Int = 12) throws -> Bool {
    if try store.beginFile(path: path, contentHash: hash, encoding: "GB18030") { return true }
    for r in records { try store.insert(r) }
    try store.endFile(lines: lines)
    return false
  }

  @Test func everyFieldRoundTrips() throws {
    let store = try RecordStore(path: ":memory:")
    let records = Samples.records(path: "账本/2024.csv")
    #expect(try !self.store(store, "账本/2024.csv", hash: "h1", records))
    let back = try store.loadRecords()
    let expected = records.sorted { ($0.source, $0.part) < ($1.source, $1.part) }
    #expect(back.count == expected.count)
    for (b, e) in zip(back, expected) {
      #expect(b == e, "\(e.source) part \(e.part)")
      #expect(b.notes.render(.zh) == e.notes.render(.zh))
      #expect(b.notes.render(.en) == e.notes.render(.en))
    }
  }

  @Test func contentHashIsTheStableHashOfRaw() throws {
    let store = try RecordStore(path: ":memory:")
    let records = Samples.records(path: "a.csv")
    _ = try self.store(store, "a.csv", hash: "h", records)
    let s = try store.database.prepare("SELECT raw, content_hash FROM records")
    var n = 0
    while try s.step() {
      #expect(s.string(at: 1) == StableHash.hex(s.string(at: 0)))
      n += 1
    }
    #expect(n == records.count)
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let folder = try TempFolder()
    let path = folder.path("db.sqlite")
    let records = Samples.records(path: "a.txt")
    do {
      let store = try RecordStore(path: path)
      #expect(try !self.store(store, "a.txt", hash: "same", records))
      #expect(try self.store(store, "a.txt", hash: "same", records))
    }
    let store = try RecordStore(path: path)
    #expect(try store.isStored(path: "a.txt", contentHash: "same"))
    #expect(try self.store(store, "a.txt", hash: "same", records))
    #expect(try store.recordCount() == records.count)
    #expect(try store.storedFiles().count == 1)
    #expect(try store.storedFiles().first?.lines == 12)
  }

  @Test func aChangedFileReplacesTheOldVersion() throws {
    let store = try RecordStore(path: ":memory:")
    let old = Samples.records(path: "a.csv")
    _ = try self.store(store, "a.csv", hash: "v1", old)
    _ = try self.store(store, "b.csv", hash: "v1", Samples.records(path: "b.csv"))
    var changed = Array(old.prefix(3))
    changed[1].amount = Money(fen: 99_900)
    #expect(try !self.store(store, "a.csv", hash: "v2", changed, lines: 3))
    let files = try store.storedFiles()
    #expect(files.map(\.path) == ["a.csv", "b.csv"])
    #expect(files.map(\.contentHash) == ["v2", "v1"])
    let back = try store.loadRecords().filter { $0.source.path == "a.csv" }
    #expect(back == changed)
    #expect(try store.recordCount() == 3 + old.count)
  }

  @Test func cancellingAFileKeepsTheOldVersion() throws {
    let store = try RecordStore(path: ":memory:")
    let old = Samples.records(path: "a.csv")
    _ = try self.store(store, "a.csv", hash: "v1", old)
    #expect(try !store.beginFile(path: "a.csv", contentHash: "v2", encoding: "UTF-8"))
    try store.insert(old[0])
    store.cancelFile()
    #expect(try store.loadRecords() == old.sorted { ($0.source, $0.part) < ($1.source, $1.part) })
    #expect(try store.storedFiles().map(\.contentHash) == ["v1"])
  }

  @Test func recordsComeBackInPathLinePartOrder() throws {
    let store = try RecordStore(path: ":memory:")
    for path in ["z.txt", "a/b.csv", "a.csv"] {
      let records = Samples.records(path: path).reversed()
      _ = try self.store(store, path, hash: path, Array(records))
    }
    let back = try store.loadRecords()
    let keys = back.map { "\($0.source.path):\($0.source.line).\($0.part)" }
    let sorted = back.sorted { ($0.source.path, $0.source.line, $0.part) < ($1.source.path, $1.source.line, $1.part) }
    #expect(keys == sorted.map { "\($0.source.path):\($0.source.line).\($0.part)" })
    #expect(back.first?.source.path == "a.csv")
  }

  @Test func misuseIsAnErrorNotACrash() throws {
    let store = try RecordStore(path: ":memory:")
    let r = Samples.records(path: "a.csv")[0]
    #expect(throws: StoreError.self) { try store.insert(r) }
    #expect(throws: StoreError.self) { try store.endFile(lines: 1) }
    _ = try store.beginFile(path: "a.csv", contentHash: "h", encoding: "UTF-8")
    #expect(throws: StoreError.self) { try store.beginFile(path: "b.csv", contentHash: "h", encoding: "UTF-8") }
    try store.insert(r)
    let dup = #expect(throws: StoreError.self) { try store.insert(r) }
    #expect(dup?.code == 19)
    #expect(dup?.sql?.hasPrefix("INSERT INTO records") == true)
  }
}

@Suite struct RecordStreamTests {
  @Test func forEachRecordSeesWhatLoadRecordsReturns() throws {
    let store = try RecordStore(path: ":memory:")
    for path in ["b.txt", "a.csv"] {
      _ = try store.beginFile(path: path, contentHash: "h", encoding: "UTF-8")
      for r in Samples.records(path: path) { try store.insert(r) }
      try store.endFile(lines: 12)
    }
    var seen: [Record] = []
    try store.forEachRecord { seen.append($0) }
    #expect(seen == (try store.loadRecords()))
    #expect(seen.count == 16)
  }
}
