import QingzhangModel
import QingzhangNormalise

/// Decides which written names are one customer.
///
/// Precision first: a wrong merge puts one person's debt on another's name, so the resolver
/// prefers a missed merge (a review question) to a wrong one.
///
/// 1. Every distinct spelling is read once into a `NameKey` (cached), and the aliases file is
///    applied.
/// 2. Mentions with the same key and phone form a unit; units of one name join when their
///    phones agree (`张建国` with `张建国 13807341234`), stay apart when phones differ, and a
///    phone-less spelling that could be either of two phones is asked about.
/// 3. Person names that differ are compared only within blocks (same pinyin, look-alike
///    characters, local sound mergers, same phone), scored on the evidence, and merged by a
///    star rule: a spelling joins a bigger spelling's customer only when its evidence is
///    strong, points to exactly one customer and no phone disagrees; never through a chain.
/// 4. A bare form of address (`老王`, `张老板`, `水电张`) joins the one customer of that surname
///    across all the books (when no shop of that surname and no name on an unbooked record could
///    be meant either), else it stays on its own per book and is asked about.
/// 5. Answers in the decisions file (`merge` / `apart` / `keep` on a question's id) are applied.
///    Every automatic merge that can be undone is also a question (confirm with `merge`).
/// 6. A name that names no one (goods, a date, only a phone no customer has) gets no customer
///    (`customerOfMention` -1) and a note saying why.
public final class Resolver {
  let normaliser: NameNormaliser
  let lookalikes: [Unicode.Scalar: [Unicode.Scalar]]
  let soundInitials: [String: [String]]
  let soundFinals: [String: [String]]
  let soundSyllables: [String: [String]]

  /// Loads the name mappings (names.json, variants.json, lookalikes.json, soundalikes.json)
  /// and opens the ICU transliterators.
  public convenience init(mappingsDirectory: String) throws(Diagnostic) {
    try self.init(normaliser: NameNormaliser(mappingsDirectory: mappingsDirectory))
  }

  public init(normaliser: NameNormaliser) {
    self.normaliser = normaliser
    var look: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    for group in normaliser.mappings.lookalikeGroups {
      let chars = group.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
      for c in chars {
        for o in chars where o != c && !(look[c] ?? []).contains(o) { look[c, default: []].append(o) }
      }
    }
    lookalikes = look
    func pairs(_ groups: [[String]]) -> [String: [String]] {
      var m: [String: [String]] = [:]
      for g in groups {
        for a in g {
          for b in g where a != b && !(m[a] ?? []).contains(b) { m[a, default: []].append(b) }
        }
      }
      return m
    }
    soundInitials = pairs(normaliser.mappings.soundalikeInitials)
    soundFinals = pairs(normaliser.mappings.soundalikeFinals)
    soundSyllables = pairs(normaliser.mappings.soundalikeSyllables)
  }

  /// The key of one written name (for tests and reports).
  public func key(_ name: String) -> NameKey { normaliser.key(name) }

  /// Resolves `mentions` (any order: the result does not depend on it).
  ///
  /// `bystanders` are the names on records that are not booked (rejected or skipped lines:
  /// `张三 水泥 ???`). They never become customers and get no notes, but a bare form of address
  /// may mean them: `老张` is not merged as "the only 张" while a 张三 is on such a line.
  public func resolve(
    _ mentions: [Mention], aliases: AliasTable = AliasTable(), decisions: Decisions = Decisions(), bystanders: [Mention] = []
  ) -> Resolution {
    let run = ResolveRun(resolver: self, mentions: mentions, aliases: aliases, decisions: decisions, bystanders: bystanders)
    return run.execute()
  }

  /// Pinyin syllables that local speech confuses with `syllable` (`lin` → `nin`, `ling`).
  func soundalikes(of syllable: Substring) -> [String] {
    var out: [String] = []
    let s = String(syllable)
    if let w = soundSyllables[s] { out += w }
    let (i, f) = Pinyin.split(syllable)
    for i2 in soundInitials[String(i)] ?? [] { out.append(i2 + f) }
    for f2 in soundFinals[String(f)] ?? [] { out.append(i + f2) }
    return out
  }
}
