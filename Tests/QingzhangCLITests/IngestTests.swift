import Foundation
import QingzhangStore
import Testing

@testable import QingzhangCLI

/// `qingzhang ingest` stores a new file hashed while it is read (no pass of its own), and a
/// second ingest of the same path still skips it when unchanged and replaces it when changed.
@Suite struct IngestTests {
  struct Step: Sendable, CustomTestStringConvertible {
    var text: String
    var records: Int
    var sameRunAsBefore: Bool
    var testDescription: String { "\(records) records, same run: \(sameRunAsBefore)" }
  }

  static let v1 = "3/5,张建国,水管接头,350\n3/9,李四,电线,120\n"
  static let v2 = "3/5,张建国,水管接头,350\n3/9,李四,电线,120\n3/12,王五,胶布,20\n"

  static func fnv1aHex(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }

  @Test(arguments: [
    // New; the same again (skipped: stored by the first run); changed (replaced, a new run).
    [Step(text: v1, records: 2, sameRunAsBefore: false), Step(text: v1, records: 2, sameRunAsBefore: true),
     Step(text: v2, records: 3, sameRunAsBefore: false)],
  ])
  func reImportSkipsAnUnchangedFile(_ steps: [Step]) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qz-ingest-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let csv = dir + "/a.csv"
    let db = dir + "/a.sqlite"
    var lastRun: Int64 = -1
    for step in steps {
      try Data(step.text.utf8).write(to: URL(fileURLWithPath: csv))
      let r = runCLI(["ingest", csv, "--db", db])
      #expect(r.status == .success, "\(r.err)")
      let store = try RecordStore(path: db)
      let files = try store.storedFiles()
      #expect(files.count == 1)
      // The hash stored is FNV-1a of the file's bytes, as 16 hex digits (as a separate pass
      // over the file gives it).
      #expect(files.first?.contentHash == Self.fnv1aHex(Array(step.text.utf8)))
      #expect(try store.recordCount() == step.records)
      if let run = files.first?.importedAtRun {
        #expect((run == lastRun) == step.sameRunAsBefore)
        lastRun = run
      }
    }
  }
}
