import Foundation
import QingzhangModel

/// How a form of address may be merged with the one customer it can mean.
public enum FormMerge: String, Sendable, Codable {
  /// `老张` with exactly one 张 customer in all the books: merged, with a note.
  case auto
  /// `小张`, `张老板娘`: may be a relative of that customer; always asked, never merged alone.
  case review
}

/// A form of address (`老`, `老板`, `师傅`, `家`).
public struct AddressForm: Sendable, Codable, Hashable {
  public var form: String
  public var merge: FormMerge
  /// A household relation (`张三家`, `张三老婆`): names a relative of the customer, not the
  /// customer; may follow a full name.
  public var relation: Bool

  public init(form: String, merge: FormMerge = .auto, relation: Bool = false) {
    self.form = form
    self.merge = merge
    self.relation = relation
  }

  enum CodingKeys: String, CodingKey { case form, merge, relation }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    form = try c.decode(String.self, forKey: .form)
    merge = try c.decodeIfPresent(FormMerge.self, forKey: .merge) ?? .auto
    relation = try c.decodeIfPresent(Bool.self, forKey: .relation) ?? false
  }
}

/// The words used to read customer names, loaded from `mappings/` at run time so a user can add
/// their town's habits without a rebuild (documented in mappings/README-names.md).
public struct NameMappings: Sendable {
  public var compoundSurnames: [String] = []
  public var singleSurnames: [String] = []
  /// Surname readings that override ICU (`朴` → `piao`); toneless, `v` for ü.
  public var surnamePinyin: [String: String] = [:]
  public var prefixForms: [AddressForm] = []
  public var suffixForms: [AddressForm] = []
  /// Nicknames (`胖子`, `眼镜`): like a form of address without a surname, never merged across
  /// books without an answer.
  public var nicknames: [String] = []
  public var tradeWords: [String] = []
  public var placePrefixes: [String] = []
  /// `村`, `组`: the last character of a village or hamlet's name (`东村`, `三组`).
  public var placeSuffixes: [String] = []
  public var industryWords: [String] = []
  public var organisationWords: [String] = []
  public var brandMarkers: [String] = []
  public var phoneLabels: [String] = []
  /// Variant character → standard character (`囯` → `国`), applied after Traditional→Simplified.
  public var variants: [String: String] = [:]
  /// Characters ICU's Traditional→Simplified must leave alone in names (`乾`, `於`).
  public var keepInNames: [String] = []
  /// Words that are no one's name (`水管`, `上旬`, `货款`): a name made only of them names no
  /// customer. Goods, dates and times, bookkeeping words.
  public var goodsWords: [String] = []
  public var timeWords: [String] = []
  public var bookkeepingWords: [String] = []
  /// Characters of written dates (`年`, `月`, `号`, `廿`): part of a date only next to a digit or a
  /// time word (`3月`, `腊月廿三`), never a name alone.
  public var dateCharacters: [String] = []
  /// Groups of characters that look alike in handwriting (`李`/`季`).
  public var lookalikeGroups: [[String]] = []
  /// Pinyin initials, finals and whole syllables that local speech merges (`n`/`l`).
  public var soundalikeInitials: [[String]] = []
  public var soundalikeFinals: [[String]] = []
  public var soundalikeSyllables: [[String]] = []

  public init() {}

  struct NamesFile: Decodable {
    struct Surnames: Decodable {
      var compound: [String]
      var single: [String]
    }
    var surnames: Surnames
    var surnamePinyin: [String: String]?
    var prefixForms: [AddressForm]
    var suffixForms: [AddressForm]
    var nicknames: [String]?
    var tradeWords: [String]?
    var placePrefixes: [String]?
    var placeSuffixes: [String]?
    var industryWords: [String]?
    var organisationWords: [String]?
    var brandMarkers: [String]?
    var phoneLabels: [String]?
    var notNames: NotNames?
  }

  struct NotNames: Decodable {
    var goods: [String]?
    var time: [String]?
    var bookkeeping: [String]?
    var dateCharacters: [String]?
  }

  struct VariantsFile: Decodable {
    var variants: [String: String]
    var keepInNames: [String]?
  }

  struct LookalikesFile: Decodable {
    var groups: [[String]]
  }

  struct SoundalikesFile: Decodable {
    var initials: [[String]]?
    var finals: [[String]]?
    var syllables: [[String]]?
  }

  /// Loads names.json, variants.json, lookalikes.json and soundalikes.json from `directory`.
  public static func load(mappingsDirectory directory: String) throws(Diagnostic) -> NameMappings {
    var m = NameMappings()
    let names: NamesFile = try decode(directory, "names.json")
    m.compoundSurnames = names.surnames.compound
    m.singleSurnames = names.surnames.single
    m.surnamePinyin = names.surnamePinyin ?? [:]
    m.prefixForms = names.prefixForms
    m.suffixForms = names.suffixForms
    m.nicknames = names.nicknames ?? []
    m.tradeWords = names.tradeWords ?? []
    m.placePrefixes = names.placePrefixes ?? []
    m.placeSuffixes = names.placeSuffixes ?? []
    m.industryWords = names.industryWords ?? []
    m.organisationWords = names.organisationWords ?? []
    m.brandMarkers = names.brandMarkers ?? []
    m.phoneLabels = names.phoneLabels ?? []
    m.goodsWords = names.notNames?.goods ?? []
    m.timeWords = names.notNames?.time ?? []
    m.bookkeepingWords = names.notNames?.bookkeeping ?? []
    m.dateCharacters = names.notNames?.dateCharacters ?? []
    let variants: VariantsFile = try decode(directory, "variants.json")
    m.variants = variants.variants
    m.keepInNames = variants.keepInNames ?? []
    let look: LookalikesFile = try decode(directory, "lookalikes.json")
    m.lookalikeGroups = look.groups
    let sound: SoundalikesFile = try decode(directory, "soundalikes.json")
    m.soundalikeInitials = sound.initials ?? []
    m.soundalikeFinals = sound.finals ?? []
    m.soundalikeSyllables = sound.syllables ?? []
    try m.validate(directory: directory)
    return m
  }

  static func decode<T: Decodable>(_ directory: String, _ name: String) throws(Diagnostic) -> T {
    let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(file: path, Note(ResolveMessage.mappingMissing, path))
    }
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw Diagnostic(file: path, Note(ResolveMessage.mappingInvalid, path, Self.describe(error)))
    }
  }

  static func describe(_ error: any Error) -> String {
    guard let e = error as? DecodingError else { return String(describing: error) }
    func path(_ c: [any CodingKey]) -> String {
      c.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch e {
    case .keyNotFound(let key, let ctx): return "missing \(path(ctx.codingPath + [key]))"
    case .typeMismatch(_, let ctx): return "wrong type at \(path(ctx.codingPath))"
    case .valueNotFound(_, let ctx): return "missing value at \(path(ctx.codingPath))"
    case .dataCorrupted(let ctx): return "not valid JSON \(path(ctx.codingPath)) \(ctx.debugDescription)"
    @unknown default: return String(describing: e)
    }
  }

  /// Empty words would match everywhere; a variant must be one character to one character.
  func validate(directory: String) throws(Diagnostic) {
    let lists: [(String, [String])] = [
      ("names.json surnames", compoundSurnames + singleSurnames),
      ("names.json prefixForms", prefixForms.map(\.form)),
      ("names.json suffixForms", suffixForms.map(\.form)), ("names.json nicknames", nicknames),
      ("names.json tradeWords", tradeWords), ("names.json placePrefixes", placePrefixes),
      ("names.json placeSuffixes", placeSuffixes),
      ("names.json industryWords", industryWords),
      ("names.json organisationWords", organisationWords),
      ("names.json brandMarkers", brandMarkers), ("names.json phoneLabels", phoneLabels),
      ("names.json notNames.goods", goodsWords), ("names.json notNames.time", timeWords),
      ("names.json notNames.bookkeeping", bookkeepingWords),
      ("names.json notNames.dateCharacters", dateCharacters),
    ]
    for (what, words) in lists where words.contains(where: { $0.isEmpty }) {
      throw Diagnostic(file: directory, Note(ResolveMessage.mappingInvalid, what, "\"\""))
    }
    if let c = dateCharacters.first(where: { $0.unicodeScalars.count != 1 }) {
      throw Diagnostic(file: directory, Note(ResolveMessage.mappingInvalid, "names.json notNames.dateCharacters", c))
    }
    for (k, v) in variants where k.unicodeScalars.count != 1 || v.unicodeScalars.count != 1 {
      throw Diagnostic(file: directory, Note(ResolveMessage.mappingInvalid, "variants.json", "\(k) → \(v)"))
    }
  }
}
