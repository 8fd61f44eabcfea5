import QingzhangModel
import Testing

@testable import QingzhangStore

struct CodecCase: Sendable, CustomTestStringConvertible {
  var notes: [Note]
  var encoded: String
  var testDescription: String { "\(notes.map(\.code)) ↔ \(encoded)" }
}

@Suite struct NoteCodecTests {
  static let cases: [CodecCase] = [
    .init(notes: [], encoded: ""),
    .init(notes: [Note(ReadMessage.emptyFile)], encoded: "0|10:empty-file"),
    .init(notes: [Note(ReadMessage.invalidBytes, "12", "0xFF")], encoded: "2|13:invalid-bytes2:124:0xFF"),
    .init(
      notes: [Note(ReadMessage.cannotOpen, "张三|3:x"), Note(ModelMessage.badDecision, "")],
      encoded: "1|11:cannot-open10:张三|3:x1|12:bad-decision0:"),
    .init(notes: [Note(ReadMessage.cannotOpen, "a\nb\u{1F}c")], encoded: "1|11:cannot-open5:a\nb\u{1F}c"),
  ]

  @Test(arguments: cases)
  func encodesAndDecodes(_ c: CodecCase) throws {
    #expect(NoteCodec.encode(c.notes) == c.encoded)
    let back = try #require(NoteCodec.decode(c.encoded))
    #expect(back == c.notes)
    for language in Language.allCases {
      #expect(back.render(language) == c.notes.render(language))
    }
  }

  static let malformed = ["x", "1|", "1|3:abc", "0|99:short", "|3:abc", "0|3:abc2", "0:3:abc", "1|3:abc4:xy"]

  @Test(arguments: malformed)
  func rejectsMalformedText(_ text: String) {
    #expect(NoteCodec.decode(text) == nil)
  }

  @Test func unknownCodeKeepsCodeAndArguments() throws {
    let notes = try #require(NoteCodec.decode("1|12:gone-message3:350"))
    #expect(notes.count == 1)
    #expect(notes[0].code == "gone-message")
    #expect(notes[0].args == ["350"])
    #expect(notes[0].render(.zh).contains("gone-message"))
    #expect(notes[0].render(.en).contains("gone-message"))
  }

  @Test func catalogueCodesAreUnique() {
    #expect(MessageRegistry.standard.duplicateCodes == [])
    #expect(MessageRegistry.standard.byCode["db-busy"] != nil)
    #expect(MessageRegistry.standard.byCode["bad-decision"] != nil)
  }

  static func placeholders(_ s: String) -> [String] {
    var found: Set<String> = []
    var rest = Substring(s)
    while let open = rest.firstIndex(of: "{") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: "}") else { break }
      found.insert(String(rest[..<close].prefix { $0 != "|" }))
      rest = rest[rest.index(after: close)...]
    }
    return found.sorted()
  }

  @Test(arguments: StoreMessage.allCases)
  func storeMessagesUseTheSamePlaceholders(_ m: StoreMessage) {
    #expect(Self.placeholders(m.zh) == Self.placeholders(m.en))
    #expect(!m.zh.isEmpty && !m.en.isEmpty)
  }
}
