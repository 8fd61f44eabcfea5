import QingzhangModel
import QingzhangNormalise

/// Union-find over unit indices (path halving, union by size; the smaller index never matters
/// for the result, which is re-sorted by content).
struct UnionFind {
  var parent: [Int32]
  var size: [Int32]

  init(count: Int) {
    parent = (0..<Int32(count)).map { $0 }
    size = [Int32](repeating: 1, count: count)
  }

  mutating func find(_ x: Int32) -> Int32 {
    var x = x
    while parent[Int(x)] != x {
      parent[Int(x)] = parent[Int(parent[Int(x)])]
      x = parent[Int(x)]
    }
    return x
  }

  mutating func union(_ a: Int32, _ b: Int32) {
    var ra = find(a)
    var rb = find(b)
    if ra == rb { return }
    if size[Int(ra)] < size[Int(rb)] { swap(&ra, &rb) }
    parent[Int(rb)] = ra
    size[Int(ra)] += size[Int(rb)]
  }
}

/// A mention group: the same name key, the same phone, and for forms of address the same book.
struct UnitKey: Hashable {
  var mk: Int32
  var phone: Int32
  var file: Int32
}

/// An open question being assembled.
struct ReviewDraft {
  var id: String
  /// Units concerned (for sources and needs_review); the first `questioned` are the ones asked
  /// about (their records get a note), the rest are candidates.
  var units: [Int32]
  var questioned: Int = 1
  var detail: [Note]
  var suggestion: [Note]
  /// An automatic merge already made: the question asks to confirm it (and stays open only
  /// while its units are one customer).
  var applied: Bool = false
  /// When set, the question is about the questioned units' records in this book only.
  var questionedPath: String? = nil
  /// Candidates not listed whose balance the answer may still change (`ReviewItem.affects`).
  var affected: [Int32] = []
}

/// The name of a person spelled one way (possibly with several compatible phones): what the
/// fuzzy comparison works on.
struct NameCluster {
  var units: [Int32]
  var mk: Int32
  var count: Int
  var phones: [String]
  var files: [Int32]
  /// Records per book (file index → count).
  var perBook: [Int32: Int] = [:]
  var subject: String
  var chars: [Unicode.Scalar]
  var syllables: [Substring]
  var surname: String
}

/// The evidence that two spellings are one customer.
struct Evidence {
  var score: Int
  /// The names are related by sound or shape (not just one character off).
  var related: Bool
  var samePhone: Bool
  /// Same phone or matching tail.
  var phoneEvidence: Bool = false
  /// The smaller spelling is rare next to the other (at most 2 records, a third or less).
  var rare: Bool = false
  /// What the names alone say (6 same sound, 4 same shape, 3 a local sound merger).
  var nameScore: Int = 0
  /// Both spellings are written in one book at least.
  var shareBook: Bool = false
  var notes: [Note]
}

final class ResolveRun {
  let resolver: Resolver
  let mentions: [Mention]
  let aliases: AliasTable
  let decisions: Decisions
  /// Names on records that are not booked (rejected or skipped lines): never customers, but a
  /// form of address may mean them.
  let bystanders: [Mention]

  // Distinct spellings and interned strings.
  var keys: [NameKey] = []
  var keyOfRaw: [String: Int32] = [:]
  var matchKeys: [String] = []
  var matchKeyIndex: [String: Int32] = [:]
  /// A representative spelling per match key (its structural fields are shared).
  var mkRep: [Int32] = []
  var phones: [String] = []
  var phoneIndex: [String: Int32] = [:]
  var files: [String] = []
  var fileIndex: [String: Int32] = [:]

  // Per mention.
  var mentionRawKey: [Int32] = []
  var mentionKey: [Int32] = []
  var mentionUnit: [Int32] = []
  var notes: [[Note]] = []

  // Units.
  var unitKeys: [UnitKey] = []
  var unitIndex: [UnitKey: Int32] = [:]
  var unitCount: [Int] = []
  var unitMentionStart: [Int] = []
  var unitMentionList: [Int32] = []
  var uf = UnionFind(count: 0)

  /// Units of one book taken out of their same-name customer by a `keep SOURCE` answer to a
  /// slip question (`slipID`): they join the customer of that record once spellings are merged.
  var detachedSlips: [(unit: Int32, id: String, source: SourceRef)] = []

  /// The question whether a name in one book is a slip for another customer's name: the name
  /// (with its phone) and the book.
  func slipID(mk: Int32, path: String) -> String {
    ReviewItem.makeID(type: .customerMerge, subject: [matchKeys[Int(mk)] + "@" + path, "slip-in-book"])
  }

  /// The name a key stands for, for comparing spellings (`张建国`, or the text as written).
  static func plainName(_ k: NameKey) -> [Unicode.Scalar] {
    Array((k.kind == .person ? k.surname + k.given : k.full).unicodeScalars)
  }

  /// Two names of one length that differ in exactly one character: what a slip of the pen or of
  /// the input method makes.
  static func oneCharacterApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) } == 1
  }

  /// A choice or slip question asked again although answered: why its answer was not applied
  /// (a `keep` whose record is no candidate's, or an answer that does not say who). An applied
  /// answer never gets here: its question is not asked again.
  func unappliedAnswer(_ id: String) -> Note? {
    switch decisions[id] {
    case .keep(let source)?: return Note(ResolveMessage.answerNamesNoRecord, id, source.description)
    case .merge?, .same?, .amount?, .ignore?: return Note(ResolveMessage.answerNeedsKeep, id)
    case .apart?, nil: return nil
    }
  }

  /// Notes for every mention of a unit (merge reasons).
  var unitNotes: [Int32: [Note]] = [:]
  var reviews: [String: ReviewDraft] = [:]

  init(resolver: Resolver, mentions: [Mention], aliases: AliasTable, decisions: Decisions, bystanders: [Mention] = []) {
    self.resolver = resolver
    self.mentions = mentions
    self.aliases = aliases
    self.decisions = decisions
    self.bystanders = bystanders
  }

  var normaliser: NameNormaliser { resolver.normaliser }

  func intern(_ s: String, _ table: inout [String], _ index: inout [String: Int32]) -> Int32 {
    if let i = index[s] { return i }
    let i = Int32(table.count)
    table.append(s)
    index[s] = i
    return i
  }

  func keyIndex(_ raw: String) -> Int32 {
    if let i = keyOfRaw[raw] { return i }
    let k = normaliser.key(raw)
    let i = Int32(keys.count)
    keys.append(k)
    keyOfRaw[raw] = i
    return i
  }

  func mkIndex(ofKey k: Int32) -> Int32 {
    let mk = keys[Int(k)].matchKey
    if let i = matchKeyIndex[mk] { return i }
    let i = Int32(matchKeys.count)
    matchKeys.append(mk)
    matchKeyIndex[mk] = i
    mkRep.append(k)
    return i
  }

  func repKey(_ mk: Int32) -> NameKey { keys[Int(mkRep[Int(mk)])] }
  func kind(ofUnit u: Int32) -> NameKind { repKey(unitKeys[Int(u)].mk).kind }

  func unitSubject(_ u: Int32) -> String {
    let k = unitKeys[Int(u)]
    var s = matchKeys[Int(k.mk)]
    if k.mk < 0 || s.isEmpty { s = "phone" }
    if k.phone >= 0 { s += "#" + phones[Int(k.phone)] }
    if k.file >= 0 { s += "@" + files[Int(k.file)] }
    return s
  }

  func pairID(_ a: String, _ b: String) -> String {
    ReviewItem.makeID(type: .customerMerge, subject: a < b ? [a, b] : [b, a])
  }

  // MARK: - Run

  func execute() -> Resolution {
    readMentions()
    buildUnits()
    let personClusters = clusterSameNames()
    let anchors = fuzzyMerge(personClusters)
    joinDetachedSlips()
    attachAddressForms(anchors)
    attachPhoneOnly()
    return buildResult()
  }

  // MARK: 1. Keys, aliases, phones

  func readMentions() {
    let n = mentions.count
    mentionRawKey.reserveCapacity(n)
    mentionKey.reserveCapacity(n)
    notes = [[Note]](repeating: [], count: n)
    var mentionPhone = [Int32](repeating: -1, count: n)

    // Aliases: match key of the alias → (target spelling index, phone, line).
    var aliasOf: [String: (target: Int32, phone: String, name: String)] = [:]
    for e in aliases.entries {
      let a = normaliser.key(e.alias)
      guard !a.matchKey.isEmpty else { continue }
      aliasOf[a.matchKey] = (keyIndex(e.name), e.phone, e.name)
    }

    // A shop name that also reads as a tradesman (`发永水电`) is the shop when the books
    // name that shop elsewhere (`衡阳市发永水电门市部`).
    var companyCores = Set<String>()
    for m in mentions {
      let k = keys[Int(keyIndex(m.name))]
      if k.kind == .company { companyCores.insert(k.core + "|" + k.industries.sorted().joined(separator: ",")) }
    }
    var companyReadingOf: [Int32: Int32] = [:]
    for i in 0..<Int32(keys.count) {
      guard let alt = keys[Int(i)].alternatives.first, alt.kind == .company,
        companyCores.contains(alt.core + "|" + alt.industries.sorted().joined(separator: ","))
      else { continue }
      var a = alt
      a.raw = keys[Int(i)].raw
      a.phone = keys[Int(i)].phone
      a.notes = keys[Int(i)].notes.filter { $0.code != ResolveMessage.nameNotAPersonName.code }
      companyReadingOf[i] = Int32(keys.count)
      keys.append(a)
    }

    // A household form `谭南家` names a person 谭南家 when the books have no 谭南.
    var personNames = Set<String>()
    for k in keys where k.kind == .person { personNames.insert(k.surname + k.given) }
    var nameReadingOf: [Int32: Int32] = [:]
    for i in 0..<Int32(keys.count) {
      let k = keys[Int(i)]
      guard k.kind == .addressForm, k.relation, !k.given.isEmpty, let alt = k.alternatives.first, alt.kind == .person,
        !personNames.contains(k.surname + k.given)
      else { continue }
      var a = alt
      a.raw = k.raw
      a.phone = k.phone
      a.notes = k.notes
      nameReadingOf[i] = Int32(keys.count)
      keys.append(a)
    }

    for (i, m) in mentions.enumerated() {
      var raw = keyIndex(m.name)
      if let alt = companyReadingOf[raw] ?? nameReadingOf[raw] { raw = alt }
      mentionRawKey.append(raw)
      var k = raw
      let key = keys[Int(raw)]
      var ns = key.notes
      var phone = Self.digits(m.phone)
      if !key.phone.isEmpty {
        if phone.isEmpty {
          phone = key.phone
        } else if !PhoneMatch(phone, key.phone).compatible {
          ns.append(Note(ResolveMessage.namePhoneDiffers, key.phone, phone))
        }
      }
      // Follow aliases (a chain at most a few steps; a circle is reported).
      var seen: Set<String> = []
      var current = keys[Int(k)].matchKey
      while let a = aliasOf[current], !current.isEmpty {
        if seen.contains(current) {
          ns.append(Note(ResolveMessage.aliasCycle, m.name))
          break
        }
        seen.insert(current)
        if !a.phone.isEmpty && !phone.isEmpty && !PhoneMatch(a.phone, phone).compatible {
          ns.append(Note(ResolveMessage.aliasPhoneConflict, keys[Int(k)].raw, a.name, a.phone, phone))
          break
        }
        if phone.isEmpty { phone = a.phone }
        ns.append(Note(ResolveMessage.aliasApplied, keys[Int(k)].raw, a.name))
        k = a.target
        let next = keys[Int(k)].matchKey
        if next == current { break }
        current = next
      }
      mentionKey.append(k)
      if !phone.isEmpty { mentionPhone[i] = intern(phone, &phones, &phoneIndex) }
      notes[i] = ns
    }
    self.mentionPhone = mentionPhone
  }

  var mentionPhone: [Int32] = []

  static func digits(_ s: String) -> String {
    s.isEmpty ? s : PhoneMatch.normalise(s)
  }

  // MARK: 2. Units

  func buildUnits() {
    var slipAnswerCache: [Int64: (String, SourceRef)?] = [:]
    var mentionBySource: [SourceRef: Int]? = nil
    var lastPath = ""
    var lastFile: Int32 = -1
    let n = mentions.count
    mentionUnit = [Int32](repeating: -1, count: n)
    for i in 0..<n {
      let k = mentionKey[i]
      let key = keys[Int(k)]
      let phone = mentionPhone[i]
      if key.kind == .unreadable && phone < 0 {
        if !notes[i].contains(where: { $0.code == ResolveMessage.unnamedNoCustomer.code }) {
          notes[i].append(Note(ResolveMessage.unnamedNoCustomer))
        }
        continue
      }
      let mk = mkIndex(ofKey: k)
      var file: Int32 = -1
      var slip: (String, SourceRef)? = nil
      if key.kind == .addressForm {
        file = intern(mentions[i].source.path, &files, &fileIndex)
      } else if !decisions.isEmpty && (key.kind == .person || key.kind == .verbatim) {
        // A name of one book answered to be a slip for another customer's name: that book's
        // records are a unit of their own, joined to that customer after the spellings.
        // Mentions come in source order: the book changes seldom.
        if mentions[i].source.path != lastPath {
          lastPath = mentions[i].source.path
          lastFile = intern(lastPath, &files, &fileIndex)
        }
        let f = lastFile
        let cacheKey = Int64(mk) << 32 | Int64(f)
        let answer: (String, SourceRef)?
        if let cached = slipAnswerCache[cacheKey] {
          answer = cached
        } else {
          let id = slipID(mk: mk, path: mentions[i].source.path)
          switch decisions[id] {
          case .keep(let source)?:
            // The record named must be another customer's name in that same book: a line
            // off, a record without a name, or this very name is not an answer.
            if mentionBySource == nil {
              var index: [SourceRef: Int] = [:]
              for (j, m) in mentions.enumerated() where index[m.source] == nil { index[m.source] = j }
              mentionBySource = index
            }
            if let j = mentionBySource?[source], source.path == mentions[i].source.path,
              case let other = keys[Int(mentionKey[j])], other.kind == .person || other.kind == .verbatim,
              other.matchKey != matchKeys[Int(mk)], Self.oneCharacterApart(Self.plainName(other), Self.plainName(key))
            {
              answer = (id, source)
            } else {
              answer = nil  // asked again, saying why (`unappliedAnswer`)
            }
          default: answer = nil
          }
          slipAnswerCache[cacheKey] = .some(answer)
        }
        if let a = answer {
          file = f
          slip = a
        }
      }
      let uk = UnitKey(mk: mk, phone: phone, file: file)
      let u: Int32
      if let x = unitIndex[uk] {
        u = x
      } else {
        u = Int32(unitKeys.count)
        unitKeys.append(uk)
        unitIndex[uk] = u
        unitCount.append(0)
        if let (id, source) = slip { detachedSlips.append((u, id, source)) }
      }
      unitCount[Int(u)] += 1
      mentionUnit[i] = u
    }
    // Mentions per unit.
    unitMentionStart = [Int](repeating: 0, count: unitKeys.count + 1)
    for u in 0..<unitKeys.count { unitMentionStart[u + 1] = unitMentionStart[u] + unitCount[u] }
    var fill = unitMentionStart
    unitMentionList = [Int32](repeating: 0, count: unitMentionStart[unitKeys.count])
    for i in 0..<n where mentionUnit[i] >= 0 {
      let u = Int(mentionUnit[i])
      unitMentionList[fill[u]] = Int32(i)
      fill[u] += 1
    }
    // Each unit's mentions in source order, whatever order they came in (the goods sampled for
    // evidence and for ranking candidates come from the first of them).
    for u in 0..<unitKeys.count where unitCount[u] > 1 {
      unitMentionList[unitMentionStart[u]..<unitMentionStart[u + 1]].sort { a, b in
        let (x, y) = (mentions[Int(a)].source, mentions[Int(b)].source)
        return x != y ? x < y : a < b
      }
    }
    uf = UnionFind(count: unitKeys.count)
  }

  func mentionsOf(_ u: Int32) -> ArraySlice<Int32> {
    unitMentionList[unitMentionStart[Int(u)]..<unitMentionStart[Int(u) + 1]]
  }

  func recordsPerBook(_ units: [Int32]) -> [Int32: Int] {
    var count: [Int32: Int] = [:]
    for u in units {
      for m in mentionsOf(u) { count[intern(mentions[Int(m)].source.path, &files, &fileIndex), default: 0] += 1 }
    }
    return count
  }

  /// In every book that writes `small` (four records at most in all), it is written once or
  /// twice and `big` three times as often: the signature of writers' slips.
  static func slipsInEveryBook(_ small: NameCluster, _ big: NameCluster) -> Bool {
    guard !small.perBook.isEmpty, small.count <= 4 else { return false }
    return small.perBook.allSatisfy { file, here in here <= 2 && (big.perBook[file] ?? 0) >= max(3, 3 * here) }
  }

  /// Sorting order of units: more specific phone first, then more mentions, then by text.
  func phoneSpecificity(_ u: Int32) -> Int {
    let p = unitKeys[Int(u)].phone
    if p < 0 { return 0 }
    return phones[Int(p)].utf8.count == 4 ? 1 : 2
  }

  // MARK: 3. One name, several phones

  /// Groups units of the same name (persons, verbatim names) and of the same company 字号 into
  /// clusters whose phones (and, for companies, industries and places) agree. Returns the
  /// person clusters.
  func clusterSameNames() -> [NameCluster] {
    var byGroup: [String: [Int32]] = [:]
    let detached = Set(detachedSlips.map(\.unit))
    for u in 0..<Int32(unitKeys.count) where !detached.contains(u) {
      let k = repKey(unitKeys[Int(u)].mk)
      switch k.kind {
      case .person, .verbatim: byGroup[matchKeys[Int(unitKeys[Int(u)].mk)], default: []].append(u)
      case .company: byGroup["c:" + k.core, default: []].append(u)
      case .addressForm, .unreadable: break
      }
    }
    var personClusters: [NameCluster] = []

    for group in byGroup.keys.sorted() {
      let units = byGroup[group] ?? []
      let clusters = attachCompatible(units)
      for c in clusters {
        for u in c.dropFirst() { uf.union(c[0], u) }
        let rep = repKey(unitKeys[Int(c[0])].mk)
        // Persons, and short Han names that are not (yet) read as persons: a slip in the
        // surname (`雯林福` for 文林福) leaves a name whose first character is no surname.
        let hanOnly = rep.kind == .verbatim && (2...4).contains(rep.full.unicodeScalars.count)
          && rep.full.unicodeScalars.allSatisfy { $0.value >= 0x3400 && $0.value <= 0x9FFF }
        if rep.kind == .person || hanOnly {
          let name = rep.kind == .person ? rep.surname + rep.given : rep.full
          let syl = rep.pinyin.split(separator: " ")
          let perBook = recordsPerBook(c)
          personClusters.append(
            NameCluster(
              units: c, mk: unitKeys[Int(c[0])].mk, count: c.reduce(0) { $0 + unitCount[Int($1)] },
              phones: c.compactMap { u in unitKeys[Int(u)].phone >= 0 ? phones[Int(unitKeys[Int(u)].phone)] : nil },
              files: perBook.keys.sorted(), perBook: perBook, subject: subjectBeforeSlipAnswers(c),
              chars: Array(name.unicodeScalars),
              syllables: syl, surname: rep.kind == .person ? rep.surname : ""))
        }
      }
    }
    return personClusters
  }

  /// A cluster's subject (what the ids of questions about it hash) as it was before slip answers
  /// took some books' records out: the most specific (name, phone) of it and of the records
  /// taken out, by the order `attachCompatible` uses, counting each (name, phone) whole. So an
  /// answer to a slip question never renumbers the other questions about that name.
  func subjectBeforeSlipAnswers(_ c: [Int32]) -> String {
    guard !detachedSlips.isEmpty else { return unitSubject(c[0]) }
    let mk = unitKeys[Int(c[0])].mk
    let out = detachedSlips.map(\.unit).filter { d in
      unitKeys[Int(d)].mk == mk && c.allSatisfy { unitsCompatible(d, $0) }
    }
    if out.isEmpty { return unitSubject(c[0]) }
    var count: [Int32: Int] = [:]  // phone index (-1: none) → records
    for u in c + out { count[unitKeys[Int(u)].phone, default: 0] += unitCount[Int(u)] }
    func subject(_ phone: Int32) -> String { matchKeys[Int(mk)] + (phone >= 0 ? "#" + phones[Int(phone)] : "") }
    func specificity(_ phone: Int32) -> Int { phone < 0 ? 0 : (phones[Int(phone)].utf8.count == 4 ? 1 : 2) }
    let best = count.keys.min { a, b in
      if specificity(a) != specificity(b) { return specificity(a) > specificity(b) }
      if count[a] != count[b] { return (count[a] ?? 0) > (count[b] ?? 0) }
      return subject(a) < subject(b)
    }
    return best.map(subject) ?? unitSubject(c[0])
  }

  func unitsCompatible(_ a: Int32, _ b: Int32) -> Bool {
    let ka = unitKeys[Int(a)]
    let kb = unitKeys[Int(b)]
    if ka.phone >= 0 && kb.phone >= 0 && !PhoneMatch(phones[Int(ka.phone)], phones[Int(kb.phone)]).compatible {
      return false
    }
    let ra = repKey(ka.mk)
    let rb = repKey(kb.mk)
    if ra.kind == .company {
      func clash(_ x: [String], _ y: [String]) -> Bool { !x.isEmpty && !y.isEmpty && Set(x).isDisjoint(with: y) }
      if clash(ra.industries, rb.industries) || clash(ra.places, rb.places) { return false }
    }
    return true
  }

  func specificity(_ u: Int32) -> Int {
    let k = repKey(unitKeys[Int(u)].mk)
    return phoneSpecificity(u) * 4 + (k.kind == .company ? min(k.industries.count, 1) + min(k.places.count, 1) : 0)
  }

  /// Most specific units first; each joins the one cluster it agrees with, starts a new one
  /// when it agrees with none, and starts a new one with a question when it agrees with several.
  func attachCompatible(_ units: [Int32]) -> [[Int32]] {
    if units.count == 1 { return [units] }
    let order = units.sorted { a, b in
      let sa = specificity(a)
      let sb = specificity(b)
      if sa != sb { return sa > sb }
      if unitCount[Int(a)] != unitCount[Int(b)] { return unitCount[Int(a)] > unitCount[Int(b)] }
      return unitSubject(a) < unitSubject(b)
    }
    var clusters: [[Int32]] = []
    for u in order {
      let fits = clusters.indices.filter { c in clusters[c].allSatisfy { unitsCompatible(u, $0) } }
      if fits.count == 1 {
        clusters[fits[0]].append(u)
        continue
      }
      guard fits.count >= 2 else {
        clusters.append([u])
        continue
      }
      // The same name could be any of several customers told apart by phone (or industry):
      // one question listing all of them; `keep SOURCE` names the right one.
      let mine = unitSubject(u)
      let others = fits.map { clusters[$0][0] }
      let digest = "candidates:" + StableHash.hex(others.map(unitSubject).sorted().joined(separator: "\u{1F}"))
      let id = ReviewItem.makeID(type: .customerMerge, subject: [mine, digest].sorted())
      switch decisions[id] {
      case .apart?:
        clusters.append([u])
        continue
      case .keep(let source)?:
        if let c = fits.first(where: { c in clusters[c].contains { unitHasSource($0, source) } }) {
          addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, displayKey(u), displayKey(clusters[c][0])))
          clusters[c].append(u)
          continue
        }
      default: break
      }
      clusters.append([u])
      let isCompany = repKey(unitKeys[Int(u)].mk).kind == .company
      var detail = [
        Note(
          isCompany ? ResolveMessage.reviewSameNameChoice : ResolveMessage.reviewSameNameNoPhone, displayKey(u),
          String(unitCount[Int(u)]), String(fits.count))
      ]
      let listed = others.sorted { firstSource($0) < firstSource($1) }
      for o in listed {
        let p = unitKeys[Int(o)].phone
        if p >= 0 {
          detail.append(Note(ResolveMessage.candidateWithPhone, displayKey(o), phones[Int(p)], firstSource(o)))
        } else {
          detail.append(Note(ResolveMessage.candidate, displayKey(o), firstSource(o)))
        }
      }
      let example = listed[0]
      if let bad = unappliedAnswer(id) { detail.append(bad) }
      addReview(
        id: id, units: [u] + listed, detail: detail,
        suggestion: Note(ResolveMessage.suggestKeepOrApart, id, firstSource(example), displayKey(example)))
    }
    return clusters
  }

  /// A readable name for a unit: the canonical text of its key.
  func displayKey(_ u: Int32) -> String {
    let k = repKey(unitKeys[Int(u)].mk)
    if k.kind == .unreadable {
      let p = unitKeys[Int(u)].phone
      return p >= 0 ? phones[Int(p)] : ""
    }
    switch k.kind {
    case .person: return k.surname + k.given
    case .verbatim: return k.spelling.isEmpty ? k.full : k.spelling
    default: return k.full
    }
  }

  func addUnitNote(_ u: Int32, _ note: Note) {
    unitNotes[u, default: []].append(note)
  }

  func addReview(id: String, units: [Int32], detail: [Note], suggestion: Note? = nil) {
    addReview(id: id, units: units, detail: detail, suggestions: [suggestion ?? Note(ResolveMessage.suggestMergeOrApart, id)])
  }

  func addReview(
    id: String, units: [Int32], questioned: Int = 1, detail: [Note], suggestions: [Note], affected: [Int32] = []
  ) {
    if reviews[id] != nil { return }
    reviews[id] = ReviewDraft(
      id: id, units: units, questioned: questioned, detail: detail, suggestion: suggestions, affected: affected)
  }

  /// An automatic merge of `units[..<questioned]` into `units[questioned...]`, made already: a
  /// question to confirm it, so every uncertain merge is in review.csv and its customer is
  /// marked needs_review.
  func addAppliedMerge(id: String, units: [Int32], questioned: Int, detail: [Note]) {
    if reviews[id] != nil { return }
    reviews[id] = ReviewDraft(
      id: id, units: units, questioned: questioned, detail: detail,
      suggestion: [Note(ResolveMessage.suggestConfirmOrApart, id)], applied: true)
  }

  /// Whether one of a unit's mentions is at `source`.
  func unitHasSource(_ u: Int32, _ source: SourceRef) -> Bool {
    mentionsOf(u).contains { mentions[Int($0)].source == source }
  }

  // MARK: 4. Different spellings of one person

  /// Scores candidate pairs found by blocking and merges by the star rule. Returns, per person
  /// customer (union-find root), its anchor cluster index.
  func fuzzyMerge(_ clusters: [NameCluster]) -> [Int32: Int] {
    let n = clusters.count
    // Rank: more mentions, more books, then text (never input order).
    let order = (0..<n).sorted { a, b in
      let x = clusters[a]
      let y = clusters[b]
      if x.count != y.count { return x.count > y.count }
      if x.files.count != y.files.count { return x.files.count > y.files.count }
      return x.subject < y.subject
    }
    var rank = [Int](repeating: 0, count: n)
    for (r, c) in order.enumerated() { rank[c] = r }

    // Blocks.
    var byPinyin: [String: [Int]] = [:]
    var byName: [String: [Int]] = [:]
    var byPhone: [String: [Int]] = [:]
    for (i, c) in clusters.enumerated() {
      byPinyin[c.syllables.joined(separator: " "), default: []].append(i)
      byName[String(String.UnicodeScalarView(c.chars)), default: []].append(i)
      for p in Set(c.phones) where p.utf8.count > 4 { byPhone[p, default: []].append(i) }
    }
    var candidatePairs = Set<Int64>()
    func add(_ a: Int, _ b: Int) {
      if a == b { return }
      let (x, y) = a < b ? (a, b) : (b, a)
      candidatePairs.insert(Int64(x) << 32 | Int64(y))
    }
    for (i, c) in clusters.enumerated() {
      for j in byPinyin[c.syllables.joined(separator: " ")] ?? [] { add(i, j) }
      for (pos, ch) in c.chars.enumerated() {
        for alt in resolver.lookalikes[ch] ?? [] {
          var v = c.chars
          v[pos] = alt
          for j in byName[String(String.UnicodeScalarView(v))] ?? [] { add(i, j) }
        }
      }
      if c.syllables.count == c.chars.count {
        for (pos, syl) in c.syllables.enumerated() {
          for alt in resolver.soundalikes(of: syl) {
            var v = c.syllables
            v[pos] = Substring(alt)
            for j in byPinyin[v.joined(separator: " ")] ?? [] { add(i, j) }
          }
        }
      }
      for p in Set(c.phones) where p.utf8.count > 4 {
        for j in byPhone[p] ?? [] { add(i, j) }
      }
    }

    // Score.
    let slipAnsweredKeys = Set(detachedSlips.map { unitKeys[Int($0.unit)].mk })
    var strong = [[Int]](repeating: [], count: n)
    var evidence: [Int64: Evidence] = [:]
    var weak: [(Int, Int)] = []
    var forced: [(Int, Int, String)] = []
    var goodsCache: [Int: Set<UInt64>] = [:]
    for pair in candidatePairs.sorted() {
      let a = Int(pair >> 32)
      let b = Int(pair & 0xFFFF_FFFF)
      if clusters[a].mk == clusters[b].mk { continue }  // same name, phones differ: kept apart
      guard let e = score(clusters[a], clusters[b], a, b, &goodsCache) else { continue }
      let id = pairID(clusters[a].subject, clusters[b].subject)
      switch decisions[id] {
      case .apart?:
        // Kept for the per-book slip questions of the two names.
        evidence[pair] = e
        continue
      case .merge?:
        forced.append((a, b, id))
        continue
      default: break
      }
      // A name that lost a book's records to another customer by a slip answer is a customer
      // of its own elsewhere (the question said so): never merged without asking.
      let slipAnswered = slipAnsweredKeys.contains(clusters[a].mk) || slipAnsweredKeys.contains(clusters[b].mk)
      if e.related && e.score >= 7 && (e.rare || e.phoneEvidence) && !slipAnswered {
        strong[a].append(b)
        strong[b].append(a)
        evidence[pair] = e
      } else if (e.related && e.score >= 5) || (e.samePhone && clusters[a].surname == clusters[b].surname)
        // Two spellings of one shape or sound in one book, however few: a slip or two people,
        // only a person can tell (a local sound merger alone is not enough to ask).
        || (e.related && e.shareBook && e.nameScore >= 4) || (e.related && slipAnswered && e.score >= 4)
      {
        weak.append((a, b))
        evidence[pair] = e
      }
    }

    // Star rule.
    var anchorOf = [Int](repeating: -1, count: n)
    var members = [Int: [Int]]()
    var unresolved: [(Int, Int)] = []
    for c in order {
      let higher = strong[c].filter { rank[$0] < rank[c] }
      let targets = Set(higher.filter { anchorOf[$0] == $0 })
      let viaMembers = higher.filter { anchorOf[$0] != $0 }
      if targets.count == 1, let t = targets.first,
        !(members[t] ?? [t]).contains(where: { m in phonesClash(clusters[c], clusters[m]) })
      {
        anchorOf[c] = t
        members[t, default: [t]].append(c)
        let pair = Int64(min(c, t)) << 32 | Int64(max(c, t))
        let id = pairID(clusters[c].subject, clusters[t].subject)
        for u in clusters[c].units {
          addUnitNote(u, Note(ResolveMessage.mergedFuzzy, displayName(clusters[c]), displayName(clusters[t]), id))
          for e in evidence[pair]?.notes ?? [] { addUnitNote(u, e) }
        }
        uf.union(clusters[c].units[0], clusters[t].units[0])
        addAppliedMerge(
          id: id, units: clusters[c].units + [clusters[t].units[0]], questioned: clusters[c].units.count,
          detail: [
            Note(
              ResolveMessage.reviewMergedFuzzy, displayName(clusters[c]), String(clusters[c].count), displayName(clusters[t]),
              String(clusters[t].count))
          ] + (evidence[pair]?.notes ?? []))
      } else {
        anchorOf[c] = c
        members[c] = [c]
        for t in targets.sorted() { unresolved.append((c, t)) }
      }
      for m in viaMembers { unresolved.append((c, m)) }
    }
    for (a, b, id) in forced {
      uf.union(clusters[a].units[0], clusters[b].units[0])
      for u in clusters[a].units {
        addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, displayName(clusters[a]), displayName(clusters[b])))
      }
    }
    for (x, y) in unresolved + weak {
      // The lower-ranked spelling is the one asked about.
      let (a, b) = rank[x] > rank[y] ? (x, y) : (y, x)
      if uf.find(clusters[a].units[0]) == uf.find(clusters[b].units[0]) { continue }
      let pair = Int64(min(a, b)) << 32 | Int64(max(a, b))
      let id = pairID(clusters[a].subject, clusters[b].subject)
      let e = evidence[pair]
      var detail: [Note]
      if let e, !e.related {
        detail = [Note(ResolveMessage.reviewSamePhone, displayName(clusters[a]), displayName(clusters[b]))]
      } else {
        detail = [
          Note(
            ResolveMessage.reviewFuzzy, displayName(clusters[a]), String(clusters[a].count), displayName(clusters[b]),
            String(clusters[b].count))
        ]
      }
      detail += e?.notes ?? []
      addReview(id: id, units: [clusters[a].units[0], clusters[b].units[0]], detail: detail)
    }

    askAboutSlipsIntoOtherNames(clusters, evidence)
    latinReviews(clusters, rank: rank)

    // Anchor per person customer: its highest-ranked cluster.
    var anchors: [Int32: Int] = [:]
    for c in order {
      let r = uf.find(clusters[c].units[0])
      if anchors[r] == nil { anchors[r] = c }
    }
    self.personClusters = clusters
    return anchors
  }

  var personClusters: [NameCluster] = []

  /// A name written once or twice in a book where another customer of the same sound or shape
  /// is written twice as often (and at least twice), while that name is a customer of its own
  /// in other books (章宇国 ×1 in the book of 张宇国 ×2; 章宇国 ×3 elsewhere): a slip there is as
  /// likely as a visit, and the two names stay apart, so ask about that book's records alone.
  /// `keep SOURCE` moves them to that record's customer; `apart` leaves them. (Three times as
  /// often missed 16 slips of the labelled set, each answered `keep`, for no `apart`.) Where
  /// each name is outnumbered so in some book, three times as often is needed.
  func askAboutSlipsIntoOtherNames(_ clusters: [NameCluster], _ evidence: [Int64: Evidence]) {
    func unitsIn(_ c: Int, _ file: Int32) -> [Int32] {
      let path = files[Int(file)]
      return clusters[c].units.filter { u in mentionsOf(u).contains { mentions[Int($0)].source.path == path } }
    }
    for pair in evidence.keys.sorted() {
      guard let e = evidence[pair], e.related, e.nameScore >= 4 else { continue }
      let a = Int(pair >> 32)
      let b = Int(pair & 0xFFFF_FFFF)
      if uf.find(clusters[a].units[0]) == uf.find(clusters[b].units[0]) { continue }
      for (x, y) in [(a, b), (b, a)] {
        let mine = clusters[x].perBook
        let theirs = clusters[y].perBook
        guard mine.count >= 2 else { continue }
        // Twice as often, unless the other name is itself outnumbered so in a book of its own:
        // two regulars whose names take turns (2:1 here, 1:2 there) are not slips; then only
        // three times as often counts.
        let mutual = theirs.contains { f, here in here <= 2 && (mine[f] ?? 0) >= max(2, 2 * here) }
        let factor = mutual ? 3 : 2
        func dominated(_ f: Int32) -> Bool {
          let here = mine[f] ?? 0
          return here <= 2 && (theirs[f] ?? 0) >= max(factor, factor * here)
        }
        // Or the entry written there under this name is written in another book under the
        // other (the same debt, same amount and date): that book's name is the other's.
        let twins = sameEntries(clusters[x], in: clusters[y])
        func asked(_ f: Int32) -> Bool {
          dominated(f) || ((mine[f] ?? 0) <= 2 && (theirs[f] ?? 0) >= 1 && twins[f] != nil)
        }
        // The name must be a customer of its own somewhere: two records at least in books
        // where it is not asked about.
        let home = mine.filter { !asked($0.key) }.values.reduce(0, +)
        guard home >= 2 else { continue }
        for file in mine.keys.sorted(by: { files[Int($0)] < files[Int($1)] }) where asked(file) {
          let path = files[Int(file)]
          let asked = unitsIn(x, file)
          guard let target = unitsIn(y, file).max(by: { unitCount[Int($0)] < unitCount[Int($1)] }), !asked.isEmpty else {
            continue
          }
          let id = slipID(mk: clusters[x].mk, path: path)
          if case .apart? = decisions[id] { continue }
          if reviews[id] != nil { continue }
          let name = displayName(clusters[x])
          let other = displayName(clusters[y])
          let example = mentionsOf(target).map { mentions[Int($0)].source }.filter { $0.path == path }.min() ?? SourceRef(path: path, line: 0)
          var detail = [
            Note(
              ResolveMessage.reviewSlipInBook, path, name, String(mine[file] ?? 0), other, String(theirs[file] ?? 0),
              String(home))
          ]
          detail += e.notes.filter { $0.code == ResolveMessage.evidenceHomophone.code || $0.code == ResolveMessage.evidenceLookalike.code }
          for t in (twins[file] ?? []).prefix(3) {
            detail.append(Note(ResolveMessage.evidenceSameEntry, t.mine.description, name, t.entry, t.theirs.description, other))
          }
          detail.append(Note(ResolveMessage.candidate, other, example.description))
          if let bad = unappliedAnswer(id) { detail.append(bad) }
          reviews[id] = ReviewDraft(
            id: id, units: asked + [target], questioned: asked.count, detail: detail,
            suggestion: [Note(ResolveMessage.suggestSlipKeepOrApart, id, example.description, other)],
            questionedPath: path)
        }
      }
    }
  }

  /// Per book of `x`: its records there whose entry (debt or payment, the same amount, dates at
  /// most three days apart, as reconcile counts duplicates) `y` has in another book, with the
  /// closest such record; sorted by source.
  func sameEntries(_ x: NameCluster, in y: NameCluster) -> [Int32: [(mine: SourceRef, entry: String, theirs: SourceRef)]] {
    struct Key: Hashable {
      var payment: Bool
      var fen: Int64
    }
    var theirs: [Key: [(day: Int32, source: SourceRef)]] = [:]
    for u in y.units {
      for m in mentionsOf(u) {
        guard let e = mentions[Int(m)].entry else { continue }
        theirs[Key(payment: e.payment, fen: e.amount.fen), default: []].append((e.day.ordinal, mentions[Int(m)].source))
      }
    }
    guard !theirs.isEmpty else { return [:] }
    var out: [Int32: [(mine: SourceRef, entry: String, theirs: SourceRef)]] = [:]
    for u in x.units {
      for m in mentionsOf(u) {
        let me = mentions[Int(m)]
        let file = intern(me.source.path, &files, &fileIndex)
        guard let e = me.entry, let list = theirs[Key(payment: e.payment, fen: e.amount.fen)] else { continue }
        let close = list.filter { $0.source.path != me.source.path && abs(Int($0.day) - Int(e.day.ordinal)) <= 3 }
        guard let best = close.min(by: { a, b in
          let (da, db) = (abs(Int(a.day) - Int(e.day.ordinal)), abs(Int(b.day) - Int(e.day.ordinal)))
          return da != db ? da < db : a.source < b.source
        }) else { continue }
        out[file, default: []].append((me.source, e.description, best.source))
      }
    }
    for k in out.keys { out[k]!.sort { $0.mine < $1.mine } }
    return out
  }

  /// Units taken out by a slip answer join the customer of the record the answer names.
  func joinDetachedSlips() {
    guard !detachedSlips.isEmpty else { return }
    let wanted = Set(detachedSlips.map(\.source))
    var unitOf: [SourceRef: Int32] = [:]
    for (i, m) in mentions.enumerated() where wanted.contains(m.source) { unitOf[m.source] = mentionUnit[i] }
    for d in detachedSlips {
      guard let t = unitOf[d.source], t >= 0 else { continue }
      let target = personClusters.first { uf.find($0.units[0]) == uf.find(t) }.map(displayName) ?? displayKey(t)
      uf.union(d.unit, t)
      addUnitNote(d.unit, Note(ResolveMessage.mergedByDecision, d.id, displayKey(d.unit), target))
    }
  }

  func displayName(_ c: NameCluster) -> String { String(String.UnicodeScalarView(c.chars)) }

  func phonesClash(_ a: NameCluster, _ b: NameCluster) -> Bool {
    for p in a.phones {
      for q in b.phones where !PhoneMatch(p, q).compatible { return true }
    }
    return false
  }

  /// The evidence that two person spellings are one customer; nil when phones disagree.
  func score(_ a: NameCluster, _ b: NameCluster, _ ia: Int, _ ib: Int, _ goodsCache: inout [Int: Set<UInt64>]) -> Evidence? {
    var e = Evidence(score: 0, related: false, samePhone: false, notes: [])
    // Phones.
    var best = PhoneMatch.unknown
    var shown = ""
    for p in a.phones {
      for q in b.phones {
        let m = PhoneMatch(p, q)
        if m == .differ { return nil }
        if m == .same { best = .same; shown = p } else if m == .tail && best != .same { best = .tail; shown = p.utf8.count == 4 ? p : q }
      }
    }
    // Names, position by position.
    var nameScore = 0
    var differing = 0
    var related = a.chars.count == b.chars.count
    var reasons: [Note] = []
    if related {
      let aligned = a.syllables.count == a.chars.count && b.syllables.count == b.chars.count
      var worst = Int.max
      for i in 0..<a.chars.count where a.chars[i] != b.chars[i] {
        differing += 1
        let pairText = String(Character(a.chars[i])) + "/" + String(Character(b.chars[i]))
        var s = 0
        if aligned && a.syllables[i] == b.syllables[i] {
          s = 6
          reasons.append(Note(ResolveMessage.evidenceHomophone, pairText + " " + String(a.syllables[i])))
        } else if (resolver.lookalikes[a.chars[i]] ?? []).contains(b.chars[i]) {
          s = 4
          reasons.append(Note(ResolveMessage.evidenceLookalike, pairText))
        } else if aligned && resolver.soundalikes(of: a.syllables[i]).contains(String(b.syllables[i])) {
          s = 3
          reasons.append(Note(ResolveMessage.evidenceSoundalike, pairText + " " + a.syllables[i] + "/" + b.syllables[i]))
        } else {
          related = false
          reasons.append(Note(ResolveMessage.evidenceOtherCharacters, pairText))
        }
        worst = min(worst, s)
      }
      if differing == 0 { return nil }
      nameScore = worst - 3 * (differing - 1)
    }
    e.related = related
    e.score = related ? nameScore : 0
    e.nameScore = related ? nameScore : 0
    e.shareBook = !Set(a.files).isDisjoint(with: b.files)
    e.notes = reasons
    switch best {
    case .same:
      e.score += 5
      e.samePhone = true
      e.phoneEvidence = true
      e.notes.append(Note(ResolveMessage.evidencePhoneSame, shown))
    case .tail:
      e.score += 3
      e.phoneEvidence = true
      e.notes.append(Note(ResolveMessage.evidencePhoneTail, shown))
    default: break
    }
    let (small, big) = a.count <= b.count ? (a, b) : (b, a)
    // A slip is rare: one or two records next to three times as many, three next to thirty, or
    // a few next to twenty times as many (a customer with 150 records has a handful of slips;
    // two real customers whose names read the same are seldom that far apart).
    let rareByCount =
      (small.count <= 2 && big.count >= 3 * small.count) || (small.count == 3 && big.count >= 30)
      || (small.count > 3 && big.count >= 20 * small.count)
    // Slips in every book make the spelling rare too, but that is one fact: no extra point.
    let rare = rareByCount || Self.slipsInEveryBook(small, big)
    if !e.shareBook {
      e.score += 1
      e.notes.append(Note(ResolveMessage.evidenceOtherBooks))
    } else if rare && Set(small.files).isSubset(of: big.files) {
      // Both spellings in one book tell two people apart only when the writer keeps to each;
      // a spelling seen once or twice in books that otherwise write the other one is that
      // writer's slip of the pen (or of the input method).
      e.score += 1
      e.notes.append(Note(ResolveMessage.evidenceSlipInBook, displayName(small), displayName(big)))
    } else {
      e.notes.append(Note(ResolveMessage.evidenceSameBook))
    }
    if rare {
      if rareByCount { e.score += 1 }
      e.rare = true
      e.notes.append(Note(ResolveMessage.evidenceRareSpelling, displayName(small), String(small.count)))
    }
    if e.related || e.samePhone {
      let ga = goods(of: ia, a, &goodsCache)
      let gb = goods(of: ib, b, &goodsCache)
      let common = ga.intersection(gb).count
      if common > 0 && common * 2 >= min(ga.count, gb.count) {
        e.score += 1
        e.notes.append(Note(ResolveMessage.evidenceGoods))
      }
    }
    return e
  }

  /// Pairs of adjacent Han characters of the goods on a few units' records (first 64).
  func goodsBigrams(of units: [Int32]) -> Set<UInt64> {
    var set = Set<UInt64>()
    var seen = 0
    outer: for u in units {
      for m in mentionsOf(u) {
        seen += 1
        if seen > 64 { break outer }
        var prev: UInt32 = 0
        for s in mentions[Int(m)].goods.unicodeScalars {
          if s.value >= 0x3400 && s.value <= 0x9FFF {
            if prev != 0 { set.insert(UInt64(prev) << 32 | UInt64(s.value)) }
            prev = s.value
          } else {
            prev = 0
          }
        }
      }
    }
    return set
  }

  /// Pairs of adjacent Han characters of the goods bought (first 64 mentions), per cluster.
  func goods(of index: Int, _ c: NameCluster, _ cache: inout [Int: Set<UInt64>]) -> Set<UInt64> {
    if let g = cache[index] { return g }
    let set = goodsBigrams(of: c.units)
    cache[index] = set
    return set
  }

  /// `Zhang Jianguo` and 张建国 read the same: a question, never a merge.
  func latinReviews(_ clusters: [NameCluster], rank: [Int]) {
    var byPinyin: [String: [Int]] = [:]
    for (i, c) in clusters.enumerated() { byPinyin[c.syllables.joined(), default: []].append(i) }
    for u in 0..<Int32(unitKeys.count) {
      let k = repKey(unitKeys[Int(u)].mk)
      guard k.kind == .verbatim, !k.pinyin.isEmpty, uf.find(u) == u else { continue }
      // One question per customer: about its best-ranked spelling that reads the same.
      var seenRoots: Set<Int32> = []
      let same = (byPinyin[k.pinyin] ?? []).sorted { rank[$0] < rank[$1] }.filter { seenRoots.insert(uf.find(clusters[$0].units[0])).inserted }
      for c in same {
        let id = pairID(unitSubject(u), clusters[c].subject)
        switch decisions[id] {
        case .merge?:
          uf.union(u, clusters[c].units[0])
          addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, k.spelling, displayName(clusters[c])))
        case .apart?: break
        default:
          addReview(
            id: id, units: [u, clusters[c].units[0]],
            detail: [
              Note(ResolveMessage.reviewFuzzy, k.spelling, String(unitCount[Int(u)]), displayName(clusters[c]), String(clusters[c].count)),
              Note(ResolveMessage.evidenceLatinPinyin, k.spelling, displayName(clusters[c])),
            ])
        }
      }
    }
  }

  // MARK: 5. Forms of address

  /// A person customer, as a form of address sees it.
  struct PersonCustomer {
    var root: Int32
    var anchor: Int
    var surnames: Set<String>
    var names: Set<String>
    var phones: [String]
    var count: Int
    /// The books the customer is written in.
    var files: Set<Int32> = []
  }

  /// Someone else a form of address may mean: a shop of that surname in the books (which a
  /// `keep` answer may pick), or a name on a record that was not booked (which never becomes a
  /// customer).
  struct OtherCandidate {
    var name: String
    var source: String
    var phones: [String]
    /// The root unit of a booked company; -1 for a name on a record that was not booked.
    var root: Int32

    var booked: Bool { root >= 0 }

    func note() -> Note {
      booked ? Note(ResolveMessage.candidate, name, source) : Note(ResolveMessage.candidateNotBooked, name, source)
    }
  }

  /// Shops whose 字号 starts with a surname (`张记五金`, `王五金店`), and names on records that are
  /// not booked, by surname (a two-character surname is looked up by its two characters).
  func otherCandidatesBySurname(personNames: Set<String>) -> [String: [OtherCandidate]] {
    var out: [String: [OtherCandidate]] = [:]
    func prefixes(_ core: String) -> [String] {
      let s = Array(core.unicodeScalars)
      return (0..<min(2, s.count)).map { n in String(String.UnicodeScalarView(s.prefix(n + 1))) }
    }
    // Companies in the books, one entry per company customer.
    var companyUnits: [Int32: [Int32]] = [:]
    var companyCores = Set<String>()
    for u in 0..<Int32(unitKeys.count) where kind(ofUnit: u) == .company {
      companyUnits[uf.find(u), default: []].append(u)
      companyCores.insert(repKey(unitKeys[Int(u)].mk).core)
    }
    for (root, units) in companyUnits {
      let best = units.max { a, b in
        unitCount[Int(a)] != unitCount[Int(b)] ? unitCount[Int(a)] < unitCount[Int(b)] : unitSubject(a) > unitSubject(b)
      } ?? root
      let k = repKey(unitKeys[Int(best)].mk)
      let ps = units.compactMap { unitKeys[Int($0)].phone >= 0 ? phones[Int(unitKeys[Int($0)].phone)] : nil }
      for p in prefixes(k.core) {
        out[p, default: []].append(OtherCandidate(name: k.full, source: firstSource(best), phones: ps, root: root))
      }
    }
    // Names on records that are not booked, unless the books have that customer.
    var seen = Set<String>()
    var notBooked: [(String, OtherCandidate)] = []
    for b in bystanders.sorted(by: { $0.source < $1.source }) {
      let k = normaliser.key(b.name)
      let phone = b.phone.isEmpty ? k.phone : Self.digits(b.phone)
      var keys: [String] = []
      switch k.kind {
      case .person:
        if personNames.contains(k.surname + k.given) { continue }
        keys = [k.surname]
      case .company:
        if companyCores.contains(k.core) { continue }
        keys = prefixes(k.core)
      default: continue
      }
      let c = OtherCandidate(name: k.realName, source: b.source.description, phones: phone.isEmpty ? [] : [phone], root: -1)
      // The first record of each name (bystanders are in source order).
      guard seen.insert(c.name).inserted else { continue }
      for key in keys { notBooked.append((key, c)) }
    }
    for (key, c) in notBooked { out[key, default: []].append(c) }
    for key in out.keys {
      out[key]?.sort { ($0.booked ? 0 : 1, $0.name, $0.source) < ($1.booked ? 0 : 1, $1.name, $1.source) }
    }
    return out
  }

  func attachAddressForms(_ anchors: [Int32: Int]) {
    var choiceGoodsCache: [Int: Set<UInt64>] = [:]
    var customers: [Int32: PersonCustomer] = [:]
    var personNames = Set<String>()
    for (i, c) in personClusters.enumerated() {
      let r = uf.find(c.units[0])
      var pc = customers[r] ?? PersonCustomer(root: r, anchor: anchors[r] ?? i, surnames: [], names: [], phones: [], count: 0)
      pc.surnames.insert(c.surname)
      pc.names.insert(displayName(c))
      personNames.insert(displayName(c))
      pc.phones += c.phones
      pc.count += c.count
      pc.files.formUnion(c.files)
      customers[r] = pc
    }
    let sortedCustomers = customers.values.sorted { personClusters[$0.anchor].subject < personClusters[$1.anchor].subject }
    var bySurname: [String: [Int32]] = [:]
    var customersByPhone: [String: [Int32]] = [:]
    for pc in sortedCustomers {
      for s in pc.surnames.sorted() where !s.isEmpty { bySurname[s, default: []].append(pc.root) }
      for p in Set(pc.phones) where p.utf8.count > 4 { customersByPhone[p, default: []].append(pc.root) }
    }
    let othersBySurname = otherCandidatesBySurname(personNames: personNames)

    // Address units grouped across books by key and phone.
    var groups: [UnitKey: [Int32]] = [:]
    for u in 0..<Int32(unitKeys.count) where kind(ofUnit: u) == .addressForm {
      var g = unitKeys[Int(u)]
      g.file = -1
      groups[g, default: []].append(u)
    }
    let orderedGroups = groups.keys.sorted { a, b in
      (matchKeys[Int(a.mk)], a.phone >= 0 ? phones[Int(a.phone)] : "") < (matchKeys[Int(b.mk)], b.phone >= 0 ? phones[Int(b.phone)] : "")
    }
    // Forms of address told apart by where the person lives (`东村老王`, `老王（西村）`, `老王`):
    // two of them are not one person, so none is merged by surname alone.
    func rivalName(_ g: UnitKey) -> String {
      let k = repKey(g.mk)
      let place = k.places.joined()
      return place.isEmpty || k.full.hasPrefix(place) ? k.full : place + k.full
    }
    func rivalNote(_ g: UnitKey) -> Note {
      Note(ResolveMessage.candidate, rivalName(g), groups[g]?.first.map(firstSource) ?? "")
    }
    func placeless(_ k: NameKey) -> String { k.surname + "|" + k.form + "|" + k.given + "|" + k.trades.sorted().joined(separator: ",") }
    var byPlaceless: [String: [UnitKey]] = [:]
    for g in orderedGroups { byPlaceless[placeless(repKey(g.mk)), default: []].append(g) }
    for g in orderedGroups {
      let units = (groups[g] ?? []).sorted { files[Int(unitKeys[Int($0)].file)] < files[Int(unitKeys[Int($1)].file)] }
      let key = repKey(g.mk)
      let rivals = (byPlaceless[placeless(key)] ?? []).filter { repKey($0.mk).places != key.places }
      let phone = g.phone >= 0 ? phones[Int(g.phone)] : ""
      // The text of the group, the same in every book (ids of decisions about all of them).
      let groupSubject = matchKeys[Int(g.mk)] + (phone.isEmpty ? "" : "#" + phone)
      var persons: [Int32] = []
      var byPhone: [Int32] = []
      for r in bySurname[key.surname] ?? [] {
        guard let pc = customers[r] else { continue }
        if !key.given.isEmpty && !pc.names.contains(key.surname + key.given) { continue }
        var clash = false
        var same = false
        for p in pc.phones {
          let m = PhoneMatch(phone, p)
          if m == .differ { clash = true }
          if m == .same || m == .tail { same = true }
        }
        if clash { continue }
        persons.append(r)
        if same { byPhone.append(r) }
      }
      if persons.isEmpty && phone.utf8.count > 4 {
        // A nickname (or a surname no named customer has) with a full phone: the one customer
        // with that phone.
        byPhone = customersByPhone[phone] ?? []
        if byPhone.count == 1 { persons = byPhone }
      }
      if byPhone.count == 1 { persons = byPhone }
      // Shops of that surname and names on records that are not booked: they may be meant too.
      var others: [OtherCandidate] = []
      if byPhone.count != 1 && !key.surname.isEmpty {
        others = (othersBySurname[key.surname] ?? []).filter { o in
          (key.given.isEmpty || o.name == key.surname + key.given) && !o.phones.contains { !PhoneMatch(phone, $0).compatible }
        }
      }
      let bare = key.form.isEmpty && key.trades.isEmpty && key.places.isEmpty && key.given.isEmpty && !key.surname.isEmpty

      var undone = false
      if persons.count == 1, let pc = customers[persons[0]] {
        let anchorUnit = personClusters[pc.anchor].units[0]
        let anchorSubject = personClusters[pc.anchor].subject
        let name = displayName(personClusters[pc.anchor])
        let auto =
          key.formMerge == .auto && !key.relation && (byPhone.count == 1 || (others.isEmpty && !bare && rivals.isEmpty))
        if auto {
          // One customer can be meant: merged in every book, under one id.
          let id = pairID(groupSubject, anchorSubject)
          switch decisions[id] {
          case .merge?:
            for u in units {
              uf.union(u, anchorUnit)
              addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, key.full, name))
            }
            continue
          case .apart?:
            undone = true
          default:
            let count = units.reduce(0) { $0 + unitCount[Int($1)] }
            for u in units {
              uf.union(u, anchorUnit)
              if byPhone.count == 1 {
                addUnitNote(u, Note(ResolveMessage.mergedByPhone, key.full, name, phone, id))
              } else {
                addUnitNote(u, Note(ResolveMessage.mergedAddressForm, key.full, name, key.surname, id))
              }
            }
            var detail = [
              byPhone.count == 1
                ? Note(ResolveMessage.reviewMergedByPhone, key.full, String(count), name, phone)
                : Note(ResolveMessage.reviewMergedAddressForm, key.full, String(count), name, key.surname)
            ]
            if units.count > 1 { detail += units.map(bookNote) }
            addAppliedMerge(id: id, units: units + [anchorUnit], questioned: units.count, detail: detail)
            continue
          }
        } else {
          // One customer, but the form may mean a relative, or someone else: asked per book.
          for u in units {
            let id = pairID(unitSubject(u), anchorSubject)
            switch decisions[id] {
            case .merge?:
              uf.union(u, anchorUnit)
              addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, key.full, name))
              continue
            case .apart?: continue
            default: break
            }
            var detail = [
              Note(
                ResolveMessage.reviewAddressForm, key.full, files[Int(unitKeys[Int(u)].file)], String(unitCount[Int(u)]), name,
                String(pc.count))
            ]
            if key.relation || key.formMerge != .auto {
              detail.append(Note(ResolveMessage.reviewRelative, key.full, name))
            } else if bare && others.isEmpty && rivals.isEmpty {
              detail.append(Note(ResolveMessage.reviewBareSurname, key.surname))
            }
            if !rivals.isEmpty {
              let place = key.places.joined()
              let plain = place.isEmpty || !key.full.hasPrefix(place) ? key.full : String(key.full.dropFirst(place.count))
              detail.append(Note(ResolveMessage.reviewOtherPlaces, plain))
              detail += rivals.prefix(10).map(rivalNote)
            }
            if !others.isEmpty {
              detail.append(Note(ResolveMessage.reviewOthersBlock, key.surname))
              detail += others.prefix(10).map { $0.note() }
            }
            var suggestions = [Note(ResolveMessage.suggestMergeOrApart, id)]
            if !others.isEmpty { suggestions.append(Note(ResolveMessage.suggestAlias, key.full)) }
            addReview(id: id, units: [u, anchorUnit], detail: detail, suggestions: suggestions)
          }
          continue
        }
      }

      if persons.count >= 2 && !undone {
        // Several customers can be meant: one question per book listing them; `keep SOURCE`
        // names one (a shop of that surname too).
        let anchorsOf = persons.compactMap { customers[$0] }.sorted { a, b in
          a.count != b.count ? a.count > b.count : personClusters[a.anchor].subject < personClusters[b.anchor].subject
        }
        // The question is about this form of address in this book, whoever the candidates are:
        // its id stays when answers elsewhere merge or part them (answering a spelling question
        // must not renumber this one); `keep SOURCE` names a customer by a record, so it holds.
        let digest = "candidates"
        let bookedCount = anchorsOf.count + others.filter(\.booked).count
        for u in units {
          // Those written in the same book come first (the writer knows them), then the others
          // by how often they are written; ten are shown, any may be answered.
          let book = unitKeys[Int(u)].file
          // Within the book, those who bought the same goods first.
          let mine = goodsBigrams(of: [u])
          var sameBook = anchorsOf.filter { $0.files.contains(book) }
          if !mine.isEmpty && sameBook.count > 1 {
            var overlap: [Int: Int] = [:]
            for a in sameBook { overlap[a.anchor] = goods(of: a.anchor, personClusters[a.anchor], &choiceGoodsCache).intersection(mine).count }
            sameBook.sort { a, b in
              let (x, y) = (overlap[a.anchor] ?? 0, overlap[b.anchor] ?? 0)
              if x != y { return x > y }
              if a.count != b.count { return a.count > b.count }
              return personClusters[a.anchor].subject < personClusters[b.anchor].subject
            }
          }
          let shown = Array((sameBook + anchorsOf.filter { !$0.files.contains(book) }).prefix(10))
          var listed: [Note] = shown.map { a in
            let name = displayName(personClusters[a.anchor])
            let source = firstSource(personClusters[a.anchor].units[0])
            if let p = a.phones.filter({ $0.utf8.count > 4 }).min() {
              return Note(ResolveMessage.candidateWithPhone, name, p, source)
            }
            return Note(ResolveMessage.candidate, name, source)
          }
          listed += others.prefix(10).map { $0.note() }
          let example = shown.first.map { (firstSource(personClusters[$0.anchor].units[0]), displayName(personClusters[$0.anchor])) } ?? ("", "")
          let file = files[Int(unitKeys[Int(u)].file)]
          let id = ReviewItem.makeID(type: .customerMerge, subject: [unitSubject(u), digest].sorted())
          switch decisions[id] {
          case .apart?: continue
          case .keep(let source)?:
            if let chosen = anchorsOf.first(where: { customerHasSource($0.root, source) }) {
              uf.union(u, personClusters[chosen.anchor].units[0])
              addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, key.full, displayName(personClusters[chosen.anchor])))
              continue
            }
            if let shop = others.first(where: { $0.booked && customerHasSource($0.root, source) }) {
              uf.union(u, shop.root)
              addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, key.full, shop.name))
              continue
            }
          default: break
          }
          // Every candidate of the book may be the one meant, listed or not: their balances wait
          // on the answer too (the opening ledger says so).
          let unlisted = sameBook.dropFirst(min(sameBook.count, shown.count)).map { personClusters[$0.anchor].units[0] }
          addReview(
            id: id, units: [u] + shown.map { personClusters[$0.anchor].units[0] },
            detail: [
              Note(
                ResolveMessage.reviewAddressChoice, key.full, file, String(unitCount[Int(u)]), String(bookedCount), key.surname)
            ] + listed + (unappliedAnswer(id).map { [$0] } ?? []),
            suggestions: [Note(ResolveMessage.suggestKeepOrApart, id, example.0, example.1)], affected: unlisted)
        }
        continue
      }

      // `老王` where the books also have `东村老王` and `西村老王` (and no 王 of a full name):
      // one of them, or someone else? Asked per book; `keep SOURCE` names one.
      if persons.isEmpty && !undone && key.places.isEmpty && !rivals.isEmpty {
        let shown = Array(rivals.prefix(10))
        for u in units {
          let id = ReviewItem.makeID(type: .customerMerge, subject: [unitSubject(u), "places"].sorted())
          switch decisions[id] {
          case .apart?: continue
          case .keep(let source)?:
            if let r = rivals.first(where: { r in (groups[r] ?? []).contains { unitHasSource($0, source) } }),
              let target = groups[r]?.first
            {
              uf.union(u, target)
              addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, key.full, rivalName(r)))
              continue
            }
          default: break
          }
          let first = shown[0]
          let example = (groups[first]?.first.map(firstSource) ?? "", rivalName(first))
          addReview(
            id: id, units: [u] + shown.compactMap { groups[$0]?.first },
            detail: [
              Note(
                ResolveMessage.reviewAddressChoice, key.full, files[Int(unitKeys[Int(u)].file)], String(unitCount[Int(u)]),
                String(rivals.count), key.surname)
            ] + shown.map(rivalNote) + (unappliedAnswer(id).map { [$0] } ?? []),
            suggestions: [Note(ResolveMessage.suggestKeepOrApart, id, example.0, example.1)])
        }
        continue
      }

      // No named customer can be meant (or the one that could was answered `apart`): the same
      // form of address in several books may be one person or several; one question for all.
      guard units.count >= 2 else { continue }
      let subjects = units.map(unitSubject).sorted()
      let id = ReviewItem.makeID(type: .customerMerge, subject: subjects)
      switch decisions[id] {
      case .merge?:
        for u in units.dropFirst() { uf.union(units[0], u) }
        for u in units { addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, key.full, key.full)) }
      case .apart?: break
      default:
        var detail = [Note(ResolveMessage.reviewNicknameBooks, key.full, String(units.count))] + units.map(bookNote)
        detail += others.prefix(10).map { $0.note() }
        var suggestions = [Note(ResolveMessage.suggestMergeAllOrApart, id)]
        if !others.isEmpty { suggestions.append(Note(ResolveMessage.suggestAlias, key.full)) }
        addReview(id: id, units: units, questioned: units.count, detail: detail, suggestions: suggestions)
      }
    }
  }

  /// `BOOK: N records` for a unit of one book.
  func bookNote(_ u: Int32) -> Note {
    Note(ResolveMessage.inBook, files[Int(unitKeys[Int(u)].file)], String(unitCount[Int(u)]))
  }

  /// The first source (in sorted order) of a unit's mentions.
  func firstSource(_ u: Int32) -> String {
    mentionsOf(u).map { mentions[Int($0)].source }.min()?.description ?? ""
  }

  /// Whether a mention at `source` belongs to the customer rooted at `root`.
  func customerHasSource(_ root: Int32, _ source: SourceRef) -> Bool {
    for (i, m) in mentions.enumerated() where m.source == source {
      let u = mentionUnit[i]
      if u >= 0 && uf.find(u) == uf.find(root) { return true }
    }
    return false
  }

  // MARK: 6. Only a phone number

  /// Phone-only units merged by their phone, with the id that undoes it.
  var phoneOnlyMerged: [Int32: String] = [:]

  /// A mention with only a phone (or goods with a phone) joins the one customer with that
  /// phone, as a merge to confirm; with no such customer, or several, it names no one.
  func attachPhoneOnly() {
    var byPhone: [String: Set<Int32>] = [:]
    var members: [Int32: [Int32]] = [:]
    for u in 0..<Int32(unitKeys.count) where kind(ofUnit: u) != .unreadable {
      members[uf.find(u), default: []].append(u)
      let k = unitKeys[Int(u)]
      guard k.phone >= 0 else { continue }
      let p = phones[Int(k.phone)]
      if p.utf8.count > 4 { byPhone[p, default: []].insert(uf.find(u)) }
    }
    /// The customer's best-known unit: named kinds first, then the most records, then text.
    func label(_ root: Int32) -> Int32 {
      (members[root] ?? [root]).min { a, b in
        let ka = Self.kindRank(kind(ofUnit: a))
        let kb = Self.kindRank(kind(ofUnit: b))
        if ka != kb { return ka < kb }
        if unitCount[Int(a)] != unitCount[Int(b)] { return unitCount[Int(a)] > unitCount[Int(b)] }
        return unitSubject(a) < unitSubject(b)
      } ?? root
    }
    let phoneOnly = (0..<Int32(unitKeys.count)).filter { kind(ofUnit: $0) == .unreadable }.sorted { unitSubject($0) < unitSubject($1) }
    for u in phoneOnly {
      let p = phones[Int(unitKeys[Int(u)].phone)]
      let roots = byPhone[p] ?? []
      guard roots.count == 1, let r = roots.first else {
        if roots.count > 1 {
          addUnitNote(u, Note(ResolveMessage.phoneOnlySeveral, p, String(roots.count)))
        } else {
          addUnitNote(u, Note(ResolveMessage.phoneOnlyAlone, p))
        }
        continue
      }
      let target = label(r)
      let id = pairID(unitSubject(u), unitSubject(target))
      switch decisions[id] {
      case .apart?:
        continue
      case .merge?:
        uf.union(u, r)
        addUnitNote(u, Note(ResolveMessage.mergedByDecision, id, p, displayKey(target)))
      default:
        uf.union(u, r)
        phoneOnlyMerged[u] = id
        addAppliedMerge(
          id: id, units: [u, target], questioned: 1,
          detail: [Note(ResolveMessage.reviewMergedByPhone, p, String(unitCount[Int(u)]), displayKey(target), p)])
      }
    }
  }
}

// MARK: - 7. Customers, questions, notes

extension ResolveRun {
  static func kindRank(_ k: NameKind) -> Int {
    switch k {
    case .person: return 0
    case .company: return 1
    case .verbatim: return 2
    case .addressForm: return 3
    case .unreadable: return 4
    }
  }

  func buildResult() -> Resolution {
    var members: [Int32: [Int32]] = [:]
    for u in 0..<Int32(unitKeys.count) { members[uf.find(u), default: []].append(u) }

    struct Draft {
      var units: [Int32]
      var anchor: Int32
      var basis: String
      var id: String = ""
    }
    var drafts: [Draft] = []
    drafts.reserveCapacity(members.count)
    var basisCount: [String: Int] = [:]
    for (_, units) in members {
      // Only a phone (or goods), joined to no one: not a customer.
      if units.allSatisfy({ kind(ofUnit: $0) == .unreadable }) { continue }
      // Mentions per name key inside this customer.
      var perMK: [Int32: Int] = [:]
      for u in units { perMK[unitKeys[Int(u)].mk, default: 0] += unitCount[Int(u)] }
      var best = units[0]
      var bestKey = (Int.max, Int.min, Int.min, Int.min, "")
      for u in units {
        let k = unitKeys[Int(u)]
        let key = (
          Self.kindRank(kind(ofUnit: u)), perMK[k.mk] ?? 0, phoneSpecificity(u), unitCount[Int(u)], unitSubject(u)
        )
        let better: Bool
        if key.0 != bestKey.0 { better = key.0 < bestKey.0 }
        else if key.1 != bestKey.1 { better = key.1 > bestKey.1 }
        else if key.2 != bestKey.2 { better = key.2 > bestKey.2 }
        else if key.3 != bestKey.3 { better = key.3 > bestKey.3 }
        else { better = key.4 < bestKey.4 }
        if better {
          best = u
          bestKey = key
        }
      }
      let mk = unitKeys[Int(best)].mk
      let basis = kind(ofUnit: best) == .unreadable ? unitSubject(best) : matchKeys[Int(mk)]
      basisCount[basis, default: 0] += 1
      drafts.append(Draft(units: units, anchor: best, basis: basis))
    }
    // The same anchor text in several customers: tell them apart by phone (and book).
    for i in drafts.indices where (basisCount[drafts[i].basis] ?? 0) > 1 {
      drafts[i].basis = unitSubject(drafts[i].anchor)
    }
    drafts.sort { $0.basis < $1.basis }
    var usedIDs: Set<String> = []
    for i in drafts.indices {
      var id = "C-" + StableHash.hex(drafts[i].basis, digits: 8)
      var n = 1
      while usedIDs.contains(id) {  // a hash collision: deterministic, since drafts are sorted
        id = "C-" + StableHash.hex(drafts[i].basis + "\u{1F}" + String(n), digits: 8)
        n += 1
      }
      usedIDs.insert(id)
      drafts[i].id = id
    }
    drafts.sort { $0.id < $1.id }

    // Open questions: drop those made moot by later merges; a merge to confirm stays while
    // it holds.
    var openReviews: [ReviewDraft] = []
    for r in reviews.values {
      let roots = Set(r.units.map { uf.find($0) })
      if r.applied ? roots.count == 1 : roots.count > 1 { openReviews.append(r) }
    }
    openReviews.sort { $0.id < $1.id }
    var openByUnit: [Int32: [String]] = [:]
    var askedByUnit: [Int32: [(id: String, path: String?)]] = [:]
    for r in openReviews {
      for (n, u) in r.units.enumerated() {
        openByUnit[u, default: []].append(r.id)
        if n < r.questioned && !r.applied { askedByUnit[u, default: []].append((r.id, r.questionedPath)) }
      }
    }

    var customers: [Customer] = []
    customers.reserveCapacity(drafts.count)
    var customerOfMention = [Int](repeating: -1, count: mentions.count)
    for (ci, d) in drafts.enumerated() {
      var aliasSet = Set<String>()
      var phoneCount: [Int32: Int] = [:]
      var records = 0
      var needsReview = false
      for u in d.units {
        if openByUnit[u] != nil { needsReview = true }
        for m in mentionsOf(u) {
          let i = Int(m)
          customerOfMention[i] = ci
          records += 1
          let alias = Self.visible(mentions[i].name)
          if !alias.isEmpty { aliasSet.insert(alias) }
          if mentionPhone[i] >= 0 { phoneCount[mentionPhone[i], default: 0] += 1 }
        }
      }
      let phone = phoneCount.map { (phones[Int($0.key)], $0.value) }.sorted { a, b in
        let fa = a.0.utf8.count > 4
        let fb = b.0.utf8.count > 4
        if fa != fb { return fa }
        if a.1 != b.1 { return a.1 > b.1 }
        return a.0 < b.0
      }.first?.0 ?? ""
      customers.append(
        Customer(
          id: d.id, name: displayName(of: d.units, anchor: d.anchor), aliases: aliasSet.sorted(), phone: phone,
          records: records, needsReview: needsReview))
    }
    Self.tellApart(&customers) { ci in
      // The book most of the customer's records are in (only for names shared by several).
      var count: [String: Int] = [:]
      for u in drafts[ci].units {
        for m in mentionsOf(u) { count[mentions[Int(m)].source.path, default: 0] += 1 }
      }
      return count.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key ?? ""
    }

    // Notes per mention.
    let mergeCodes: Set<String> = [
      ResolveMessage.mergedFuzzy.code, ResolveMessage.mergedAddressForm.code, ResolveMessage.mergedByPhone.code,
      ResolveMessage.mergedByDecision.code,
    ]
    for i in 0..<mentions.count {
      let u = mentionUnit[i]
      guard u >= 0 else { continue }
      if let extra = unitNotes[u] { notes[i] += extra.map { quotingRaw($0, mention: i) } }
      if let id = phoneOnlyMerged[u], customerOfMention[i] >= 0 {
        let p = phones[Int(unitKeys[Int(u)].phone)]
        notes[i].append(quotingRaw(Note(ResolveMessage.mergedByPhone, p, customers[customerOfMention[i]].name, p, id), mention: i))
      }
      if let asked = askedByUnit[u],
        case let ids = asked.filter({ $0.path == nil || $0.path == mentions[i].source.path }).map(\.id), !ids.isEmpty
      {
        // "Kept on its own" only when it is: a spelling merged into a customer is not.
        let merged = phoneOnlyMerged[u] != nil || unitNotes[u]?.contains { mergeCodes.contains($0.code) } == true
        notes[i].append(
          Note(merged ? ResolveMessage.pendingReviewMerged : ResolveMessage.pendingReview, ids.prefix(3).joined(separator: ", ")))
      }
      if customerOfMention[i] < 0 && !notes[i].contains(where: { $0.code == ResolveMessage.unnamedNoCustomer.code }) {
        notes[i].append(Note(ResolveMessage.unnamedNoCustomer))
      }
    }

    // Review items.
    var items: [ReviewItem] = []
    items.reserveCapacity(openReviews.count)
    for r in openReviews {
      var sources: [SourceRef] = []
      for (n, u) in r.units.enumerated() {
        var s = mentionsOf(u).map { mentions[Int($0)].source }
        if let path = r.questionedPath { s = s.filter { $0.path == path } }
        s.sort()
        sources += s.prefix(n < r.questioned ? 20 : 3)
      }
      sources = Array(Set(sources)).sorted()
      let affects = r.affected.compactMap { mentionsOf($0).map { mentions[Int($0)].source }.min() }.sorted()
      items.append(
        ReviewItem(
          id: r.id, type: .customerMerge, sources: sources, detail: r.detail, suggestion: r.suggestion, affects: affects))
    }
    return Resolution(customers: customers, customerOfMention: customerOfMention, reviews: items, mentionNotes: notes)
  }

  /// A merge note of a unit, for one of its mentions: it quotes the name as that record wrote
  /// it (`張建國`), not the unit's normal form (`张建国`), which may be the customer's name too.
  func quotingRaw(_ note: Note, mention i: Int) -> Note {
    let position: Int
    switch note.code {
    case ResolveMessage.mergedFuzzy.code, ResolveMessage.mergedAddressForm.code, ResolveMessage.mergedByPhone.code:
      position = 0
    case ResolveMessage.mergedByDecision.code:
      position = 1
    default:
      return note
    }
    let raw = Self.visible(mentions[i].name)
    guard !raw.isEmpty, position < note.args.count else { return note }
    var n = note
    n.args[position] = raw
    return n
  }

  /// A raw spelling as it can be shown: control and format characters (a bell, a zero-width
  /// space) dropped, tabs and line breaks as one space. The record's note names what was dropped.
  static func visible(_ raw: String) -> String {
    // Most names have nothing to drop.
    if !raw.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && Self.invisible($0)) }) { return raw }
    var out = String.UnicodeScalarView()
    var space = false
    for s in raw.unicodeScalars {
      switch s.properties.generalCategory {
      case .control, .lineSeparator, .paragraphSeparator:
        if s == "\t" || s == "\n" || s == "\r" || s.properties.generalCategory != .control { space = true }
        continue
      case .format, .privateUse, .unassigned, .surrogate:
        continue
      default:
        break
      }
      if space && !out.isEmpty { out.append(" ") }
      space = false
      out.append(s)
    }
    return String(out).trimmingCharacters()
  }

  static func invisible(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate: return true
    default: return false
    }
  }

  /// Customers that would show the same name get a telling one: the book most of their records
  /// are in (`老王（2024赊账本）`), else their phone (`张建国（13807341234）`; one of them may keep
  /// the bare name), else both, else their id. Depends only on the customers of that name.
  static func tellApart(_ customers: inout [Customer], primaryBook: (Int) -> String) {
    var byName: [String: [Int]] = [:]
    for (i, c) in customers.enumerated() { byName[c.name, default: []].append(i) }
    for (name, group) in byName where group.count > 1 {
      let book = group.map { bookLabel(primaryBook($0)) }
      let phone = group.map { customers[$0].phone }
      let both = group.indices.map { phone[$0].isEmpty ? book[$0] : book[$0] + "·" + phone[$0] }
      let labels: [String]
      if Set(book).count == group.count && !book.contains("") {
        labels = book
      } else if Set(phone).count == group.count {
        labels = phone
      } else if Set(both).count == group.count && !both.contains("") {
        labels = both
      } else {
        labels = group.map { customers[$0].id }
      }
      for (n, i) in group.enumerated() where !labels[n].isEmpty {
        customers[i].name = name + "（" + labels[n] + "）"
      }
    }
  }

  /// `fixtures/iou/2024赊账本.txt` → `2024赊账本`.
  static func bookLabel(_ path: String) -> String {
    var name = Substring(path)
    if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
    return String(name)
  }

  /// The fullest real name seen, in its standard form: a person's name simplified with variant
  /// characters folded (张建国 for 張建國 and 张建囯, never 老张); else the longest company name;
  /// else a spelling that is its own normal form, then the most frequent, then by text.
  func displayName(of units: [Int32], anchor: Int32) -> String {
    let anchorKind = kind(ofUnit: anchor)
    let anchorMK = unitKeys[Int(anchor)].mk
    var counts: [String: Int] = [:]
    var standard: Set<String> = []
    for u in units where unitKeys[Int(u)].mk == anchorMK || anchorKind == .company {
      for m in mentionsOf(u) {
        let i = Int(m)
        let eff = keys[Int(mentionKey[i])]
        let k = mentionKey[i] == mentionRawKey[i] ? keys[Int(mentionRawKey[i])] : eff
        let text: String
        switch anchorKind {
        case .person:
          // Every spelling of the anchor's key has the same normal form (simplified, variant
          // characters folded): that is the name shown, whichever way it was written most.
          text = eff.surname + eff.given
          standard.insert(text)
        case .company: text = k.full
        case .verbatim:
          text = k.spelling.isEmpty ? k.full : k.spelling
          if text == k.full { standard.insert(text) }
        case .addressForm:
          // `老王（东村）`: shown as 东村老王, told apart from another village's 老王.
          let place = eff.places.joined()
          text = place.isEmpty || eff.full.hasPrefix(place) ? eff.full : place + eff.full
        case .unreadable: text = phones[Int(unitKeys[Int(u)].phone)]
        }
        counts[text, default: 0] += 1
      }
    }
    let ranked = counts.sorted { a, b in
      if anchorKind == .person || anchorKind == .verbatim {
        let sa = standard.contains(a.key)
        let sb = standard.contains(b.key)
        if sa != sb { return sa }
      }
      if anchorKind == .company {
        let la = a.key.unicodeScalars.count
        let lb = b.key.unicodeScalars.count
        if la != lb { return la > lb }
      }
      if a.value != b.value { return a.value > b.value }
      return a.key < b.key
    }
    return ranked.first?.key ?? displayKey(anchor)
  }
}
