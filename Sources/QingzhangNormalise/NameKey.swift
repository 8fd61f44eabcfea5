import QingzhangModel

/// What a written customer name turned out to be.
public enum NameKind: String, Sendable, Hashable, CaseIterable {
  /// A full name: surname + given name (`张建国`, `欧阳明`).
  case person
  /// A surname with a form of address (`老王`, `张老板`, `水电张`, `张(8866)`, a bare `张`).
  case addressForm = "address-form"
  /// A shop or company (`王五金店`, `衡阳市张记五金经营部`, `张记`).
  case company
  /// Readable, but not a Chinese name this reader understands (Latin letters, mixed scripts,
  /// digits, a nickname like `胖子`, a 字号 like `鑫源`): matched only to the same spelling.
  case verbatim
  /// Nothing that names anyone (empty, punctuation, only a phone number).
  case unreadable
}

/// The normalised reading of one written customer name.
///
/// `matchKey` is the identity used to group mentions: two spellings with the same key name the
/// same thing (`張建國`, `张建囯`, `张 建 国`, `张建国 13807341234` all give `p:张建国`; the
/// phone is kept apart in `phone`).
public struct NameKey: Sendable, Hashable {
  /// The name exactly as written.
  public var raw: String
  public var kind: NameKind
  /// Simplified surname (person, address form); empty otherwise.
  public var surname: String
  /// Simplified given name (person; for a household relation like `张三家`, the named person).
  public var given: String
  /// The form of address as written in the mappings (`老`, `老板`, `师傅`); empty when none.
  public var form: String
  /// How a form of address may merge with the one customer it can mean.
  public var formMerge: FormMerge
  /// The form names a relative (`家`, `老婆`), not the customer.
  public var relation: Bool
  /// Company: the 字号 left after place, industry and organisation words (`张记`, `王`).
  /// Verbatim: the cleaned text.
  public var core: String
  /// Canonical simplified text of the whole name, without phone and brackets
  /// (`张建国`, `老王`, `衡阳市张记五金经营部`, `zhang jianguo`).
  public var full: String
  /// The real name as written, cleaned (NFKC, no spaces, phone or brackets) but not simplified:
  /// a candidate display name (`張建國`).
  public var spelling: String
  /// Toneless pinyin, syllables separated by one space, ü kept as `v` (`zhang jian guo`).
  /// For Latin names: the letters without spaces.
  public var pinyin: String
  /// Toneless pinyin of the surname (`shan` for 单).
  public var surnamePinyin: String
  /// The first phone number found in the name: digits only, or a 4-digit tail (`张(8866)`).
  public var phone: String
  /// Trade words (`水电`, `木工`) and place words (`衡南`, `常宁市`).
  public var trades: [String]
  public var places: [String]
  /// Company: industry words (`五金`, `建材`) and organisation words (`经营部`, `有限公司`).
  public var industries: [String]
  public var organisations: [String]
  /// Another reading of the same text: `发永水电` is a person 发永 who does 水电 work, or the
  /// shop 发永水电. The resolver takes the company reading when that company is in the books.
  public var alternatives: [NameKey]
  /// What the reader noticed (emoji removed, Latin letters, …), for the record's note.
  public var notes: [Note]
  /// Grouping identity: kind prefix + canonical parts (phone excluded).
  public var matchKey: String

  public init(raw: String, kind: NameKind) {
    self.raw = raw
    self.kind = kind
    surname = ""
    given = ""
    form = ""
    formMerge = .auto
    relation = false
    core = ""
    full = ""
    spelling = ""
    pinyin = ""
    surnamePinyin = ""
    phone = ""
    trades = []
    places = []
    industries = []
    organisations = []
    alternatives = []
    notes = []
    matchKey = ""
  }

  /// Whether the phone is only the last four digits (`张(8866)`).
  public var phoneIsTail: Bool { phone.utf8.count == 4 }

  /// The real name of a person (`张建国`), else the canonical text.
  public var realName: String { kind == .person ? surname + given : full }
}

/// Phone numbers as digit strings: full numbers (7–12 digits) and 4-digit tails.
public enum PhoneMatch: Sendable, Equatable {
  /// At least one side has no phone.
  case unknown
  /// Both full and equal, or both tails and equal.
  case same
  /// One is a tail that the other ends with.
  case tail
  /// Both known and not compatible: strong evidence of two customers.
  case differ

  public init(_ a: String, _ b: String) {
    if a.isEmpty || b.isEmpty {
      self = .unknown
    } else if a == b {
      self = .same
    } else if PhoneMatch.sameLandline(a, b) || PhoneMatch.sameLandline(b, a) {
      self = .same
    } else {
      let at = a.utf8.count == 4
      let bt = b.utf8.count == 4
      if at && !bt {
        self = b.hasSuffix(a) ? .tail : .differ
      } else if bt && !at {
        self = a.hasSuffix(b) ? .tail : .differ
      } else {
        self = .differ
      }
    }
  }

  /// Not a conflict.
  public var compatible: Bool { self != .differ }

  /// `8221234` and `07348221234`: a local number with and without its area code.
  static func sameLandline(_ short: String, _ long: String) -> Bool {
    let s = short.utf8.count
    let l = long.utf8.count
    return (7...8).contains(s) && (10...12).contains(l) && long.hasPrefix("0") && long.hasSuffix(short)
  }

  /// Digits only, without a leading country code 86 (`+86 138 0734 1234` → `13807341234`).
  public static func normalise(_ phone: String) -> String {
    var d = String(String.UnicodeScalarView(phone.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }))
    if d.utf8.count == 13 && d.hasPrefix("861") { d.removeFirst(2) }
    if d.utf8.count == 15 && d.hasPrefix("0086") { d.removeFirst(4) }
    return d
  }
}
