import QingzhangModel

/// Every catalogue message by its code, so that notes stored as code + arguments come back
/// with both their Chinese and English texts.
public struct MessageRegistry: Sendable {
  public private(set) var byCode: [String: any Message] = [:]
  /// Codes given more than once (the first one wins); a stored note with such a code could
  /// come back with the wrong text, so a test keeps this empty.
  public private(set) var duplicateCodes: [String] = []

  public init(_ messages: [any Message]) {
    for m in messages {
      if byCode[m.code] == nil { byCode[m.code] = m } else { duplicateCodes.append(m.code) }
    }
    duplicateCodes.sort()
  }

  /// All the catalogue enums of `Sources/QingzhangModel/Catalogue`. A stage that adds an enum
  /// there adds it here too.
  public static let standard = MessageRegistry(
    ModelMessage.allCases.map { $0 as any Message }
      + ReadMessage.allCases.map { $0 as any Message }
      + ResolveMessage.allCases.map { $0 as any Message }
      + ReconcileMessage.allCases.map { $0 as any Message }
      + CLIMessage.allCases.map { $0 as any Message }
      + StoreMessage.allCases.map { $0 as any Message })

  /// The note for a stored code and its arguments. An unknown code (a database written by
  /// another version) gives a note that says so, keeping the code and the arguments.
  public func note(code: String, args: [String]) -> Note {
    if let message = byCode[code] { return Note(message, args: args) }
    let stand = UnknownMessage(
      code: code, zh: Note(StoreMessage.unknownNote, code).render(.zh),
      en: Note(StoreMessage.unknownNote, code).render(.en))
    return Note(stand, args: args)
  }
}

private struct UnknownMessage: Message {
  var code: String
  var zh: String
  var en: String
}

/// How the `notes` column holds a record's notes: codes and arguments only, never rendered
/// text, so a stored note renders in either language.
///
/// Each note is `ARGC|` followed by length-prefixed strings (`LEN:BYTES`, LEN in UTF-8 bytes):
/// the code, then ARGC arguments. `1|16:amount-ambiguous3:350`. No escaping is needed, so any
/// text (separators, newlines) survives. No notes is the empty string.
public enum NoteCodec {
  /// Appends the encoding of `notes` to `out`.
  public static func encode(_ notes: [Note], into out: inout [UInt8]) {
    for note in notes {
      appendDecimal(note.args.count, to: &out)
      out.append(UInt8(ascii: "|"))
      appendString(note.code, to: &out)
      for arg in note.args { appendString(arg, to: &out) }
    }
  }

  public static func encode(_ notes: [Note]) -> String {
    var out: [UInt8] = []
    encode(notes, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The notes in `bytes`, or nil when they are not in this format.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, registry: MessageRegistry) -> [Note]? {
    var notes: [Note] = []
    var i = 0
    let n = bytes.count
    func number(until terminator: UInt8) -> Int? {
      var v = 0
      var digits = 0
      while i < n {
        let b = bytes[i]
        i += 1
        if b == terminator { return digits > 0 ? v : nil }
        guard b >= 0x30, b <= 0x39, digits < 9 else { return nil }
        v = v * 10 + Int(b - 0x30)
        digits += 1
      }
      return nil
    }
    func string() -> String? {
      guard let len = number(until: UInt8(ascii: ":")), len <= n - i else { return nil }
      let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + len)]), as: UTF8.self)
      i += len
      return s
    }
    while i < n {
      guard let argc = number(until: UInt8(ascii: "|")), let code = string() else { return nil }
      var args: [String] = []
      args.reserveCapacity(argc)
      for _ in 0..<argc {
        guard let a = string() else { return nil }
        args.append(a)
      }
      notes.append(registry.note(code: code, args: args))
    }
    return notes
  }

  public static func decode(_ text: String, registry: MessageRegistry = .standard) -> [Note]? {
    var text = text
    return text.withUTF8 { decode($0, registry: registry) }
  }

  private static func appendString(_ s: String, to out: inout [UInt8]) {
    appendDecimal(s.utf8.count, to: &out)
    out.append(UInt8(ascii: ":"))
    out.append(contentsOf: s.utf8)
  }

  static func appendDecimal(_ v: Int, to out: inout [UInt8]) {
    if v >= 10 { appendDecimal(v / 10, to: &out) }
    out.append(UInt8(0x30 + v % 10))
  }
}
