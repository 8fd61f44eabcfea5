/// The kinds of question a person must answer (`review.csv` `type`).
public enum ReviewType: String, Sendable, Hashable, CaseIterable {
  case customerMerge = "customer-merge"
  case duplicate
  case conflict
  case rejected

  /// The answers a question of this type takes, as written in the decisions file.
  public var answers: String {
    switch self {
    case .customerMerge: return "merge | apart | keep PATH:LINE"
    case .duplicate: return "same | apart"
    case .conflict: return "keep PATH:LINE | amount 3500.00 | apart | ignore"
    case .rejected: return "ignore"
    }
  }
}

/// One open question for a person (`review.csv`).
///
/// `id` is a stable hash of what the question is about (its type and sorted sources, plus the
/// names for a customer merge), so a later run finds the same id, applies the answer stored in
/// the decisions file and never renumbers the others.
public struct ReviewItem: Sendable, Hashable {
  public var id: String
  public var type: ReviewType
  public var sources: [SourceRef]
  public var detail: [Note]
  public var suggestion: [Note]
  /// Records of customers the answer may also change though the question does not list them
  /// (one record each: the other candidates of a form of address written in the same book).
  /// Not written to review.csv; the opening ledger marks their balances as waiting on it.
  public var affects: [SourceRef]

  public init(
    id: String, type: ReviewType, sources: [SourceRef], detail: [Note], suggestion: [Note] = [],
    affects: [SourceRef] = []
  ) {
    self.id = id
    self.type = type
    self.sources = sources
    self.detail = detail
    self.suggestion = suggestion
    self.affects = affects
  }

  /// The order of review.csv and `qingzhang review`: by type (customer-merge, duplicate,
  /// conflict, rejected), then by id.
  public static func reportOrder(_ items: [ReviewItem]) -> [ReviewItem] {
    func rank(_ t: ReviewType) -> Int { ReviewType.allCases.firstIndex(of: t) ?? 0 }
    return items.sorted { (rank($0.type), $0.id) < (rank($1.type), $1.id) }
  }

  /// The stable id of a question about `subject` (sorted, joined text): `R-` + 12 hex digits.
  public static func makeID(type: ReviewType, subject: [String]) -> String {
    "R-" + StableHash.hex(type.rawValue + "\u{1F}" + subject.joined(separator: "\u{1F}"), digits: 12)
  }
}

/// A resolved customer (`customers.csv`).
public struct Customer: Sendable, Hashable {
  /// Stable id (`C-` + hash of the customer's anchor key), independent of input order.
  public var id: String
  /// Display name: the fullest real name seen, not a nickname.
  public var name: String
  /// Every raw spelling seen, sorted.
  public var aliases: [String]
  public var phone: String
  public var records: Int
  public var needsReview: Bool

  public init(id: String, name: String, aliases: [String], phone: String, records: Int, needsReview: Bool) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.phone = phone
    self.records = records
    self.needsReview = needsReview
  }
}

/// FNV-1a 64-bit: a small, stable (run- and platform-independent) hash for ids.
/// Swift's `Hasher` is seeded per process and must never be used for ids.
public enum StableHash {
  public static func fnv1a(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }

  public static func fnv1a(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    var h = seed
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }

  /// A finaliser (MurmurHash3's fmix64): every input bit moves every output bit, so ids that
  /// differ by one character in the text differ everywhere, not only in their last digits.
  public static func mix(_ value: UInt64) -> UInt64 {
    var h = value
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h = h &* 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h
  }

  /// Lower-case hex of the mixed hash, `digits` long (at most 16).
  public static func hex(_ text: String, digits: Int = 16) -> String {
    String(hexDigits(mix(fnv1a(text))).prefix(digits))
  }

  /// A 64-bit value as 16 lower-case hex digits, zero-padded.
  public static func hexDigits(_ value: UInt64) -> String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
