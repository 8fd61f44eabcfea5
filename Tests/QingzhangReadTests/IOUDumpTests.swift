import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

@Suite struct IOUDumpTests {
  @Test func dump() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let vocab = try IOUVocabulary.load(mappingsDirectory: root.appendingPathComponent("mappings").path)
    for name in ["2024赊账本.txt", "老账本-李记.txt", "欠条2023-2024.txt", "看不清的条目.txt"] {
      let text = try String(contentsOf: root.appendingPathComponent("fixtures/iou/" + name), encoding: .utf8)
      var reader = IOUListReader(path: "fixtures/iou/" + name, vocabulary: vocab)
      var n = 0
      func show(_ r: Record) {
        print("\(r.source.line)/\(r.part) \(r.kind) \(r.status) [\(r.name)] \(r.amount) d=\(r.date?.iso ?? "-") due=\(r.dueDate?.iso ?? "-")/\(r.dueBasis) g=[\(r.goods)] ph=\(r.phone) chk=\(r.checkAmount?.yuanString ?? "") \(r.notes.map(\.code))")
      }
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        n += 1
        reader.feed(line: n, text: line, emit: show)
      }
      reader.finish(emit: show)
    }
  }
}
