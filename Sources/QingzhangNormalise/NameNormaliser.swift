import QingzhangModel
import QingzhangText

/// Reads written customer names into `NameKey`s: NFKC, full-width to half-width,
/// Traditional→Simplified, variant characters, spaces and punctuation, phone numbers, bracketed
/// real names, forms of address, trade/place/business words, toneless pinyin.
///
/// Opens its ICU transliterators once and caches per character and per raw spelling (names
/// repeat a lot). Not thread-safe (ICU transliterators are not): one per thread.
public final class NameNormaliser {
  public let mappings: NameMappings

  private let toSimplified: Transliterator
  private let hanLatin: Transliterator
  private let hanLatinNames: Transliterator

  private var cache: [String: NameKey] = [:]
  private var simplifiedCache: [Unicode.Scalar: Unicode.Scalar] = [:]
  private var pinyinCache: [Unicode.Scalar: String] = [:]
  private var surnamePinyinCache: [String: String] = [:]

  // Word lists as scalar arrays, longest first.
  private let compoundSurnames: Set<[Unicode.Scalar]>
  private let singleSurnames: Set<Unicode.Scalar>
  private let prefixForms: [([Unicode.Scalar], AddressForm)]
  private let suffixForms: [([Unicode.Scalar], AddressForm)]
  private let tradeWords: [[Unicode.Scalar]]
  private let nicknames: Set<String>
  private let tradeSet: Set<String>
  private let placePrefixes: [[Unicode.Scalar]]
  private let placeSuffixes: Set<Unicode.Scalar>
  private let industryWords: [[Unicode.Scalar]]
  private let organisationWords: [[Unicode.Scalar]]
  private let brandMarkers: Set<Unicode.Scalar>
  private let phoneLabels: [[Unicode.Scalar]]
  private let variants: [Unicode.Scalar: Unicode.Scalar]
  private let keepInNames: Set<Unicode.Scalar>
  /// Words that are no name, by kind; and the longest of them (in scalars).
  private let notNameWords: [[Unicode.Scalar]: NotNameKind]
  private let notNameLongest: Int
  private let dateCharacters: Set<Unicode.Scalar>

  /// What a word that is no name is.
  enum NotNameKind: Int, Comparable {
    case date = 0, bookkeeping, time, goods
    static func < (a: NotNameKind, b: NotNameKind) -> Bool { a.rawValue < b.rawValue }
  }

  /// Longest name part that is still read as a name (Han, letters, digits; not punctuation).
  public static let maxNameLength = 40
  /// Longer raw text is not parsed at all (a line pasted into the name column).
  public static let maxRawLength = 400

  public init(mappings: NameMappings) throws(Diagnostic) {
    self.mappings = mappings
    func open(_ id: String) throws(Diagnostic) -> Transliterator {
      do {
        return try Transliterator(id)
      } catch {
        throw Diagnostic(.error, Note(ResolveMessage.icuUnavailable, id))
      }
    }
    toSimplified = try open("Traditional-Simplified")
    hanLatin = try open("Han-Latin")
    hanLatinNames = try open("Han-Latin/Names")

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    func longestFirst(_ words: [String]) -> [[Unicode.Scalar]] {
      Array(Set(words)).map(scalars).sorted {
        $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1))
      }
    }
    compoundSurnames = Set(mappings.compoundSurnames.map(scalars))
    singleSurnames = Set(mappings.singleSurnames.compactMap { s in
      s.unicodeScalars.count == 1 ? s.unicodeScalars.first : nil
    })
    func formsLongestFirst(_ forms: [AddressForm]) -> [([Unicode.Scalar], AddressForm)] {
      forms.map { (scalars($0.form), $0) }.sorted {
        $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.1.form < $1.1.form
      }
    }
    prefixForms = formsLongestFirst(mappings.prefixForms)
    suffixForms = formsLongestFirst(mappings.suffixForms)
    tradeWords = longestFirst(mappings.tradeWords)
    nicknames = Set(mappings.nicknames)
    tradeSet = Set(mappings.tradeWords)
    placePrefixes = longestFirst(mappings.placePrefixes)
    placeSuffixes = Set(mappings.placeSuffixes.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    industryWords = longestFirst(mappings.industryWords)
    organisationWords = longestFirst(mappings.organisationWords)
    brandMarkers = Set(mappings.brandMarkers.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    phoneLabels = longestFirst(mappings.phoneLabels.map { $0.lowercased() })
    var v: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (from, to) in mappings.variants {
      if let f = from.unicodeScalars.first, let t = to.unicodeScalars.first { v[f] = t }
    }
    variants = v
    keepInNames = Set(mappings.keepInNames.compactMap { $0.unicodeScalars.first })
    var words: [[Unicode.Scalar]: NotNameKind] = [:]
    for (list, kind) in [(mappings.bookkeepingWords, NotNameKind.bookkeeping), (mappings.timeWords, .time), (mappings.goodsWords, .goods)] {
      for w in list { words[scalars(w)] = max(words[scalars(w)] ?? kind, kind) }
    }
    dateCharacters = Set(mappings.dateCharacters.compactMap { $0.unicodeScalars.first })
    notNameLongest = words.keys.map(\.count).max() ?? 0
    notNameWords = words
  }

  /// Loads the mappings from `mappingsDirectory` and opens the transliterators.
  public convenience init(mappingsDirectory: String) throws(Diagnostic) {
    try self.init(mappings: NameMappings.load(mappingsDirectory: mappingsDirectory))
  }

  /// Number of distinct raw spellings read so far.
  public var cachedCount: Int { cache.count }

  /// The key of a written name (cached per raw spelling).
  public func key(_ raw: String) -> NameKey {
    if let k = cache[raw] { return k }
    let k = read(raw)
    cache[raw] = k
    return k
  }

  // MARK: - Characters

  /// Traditional→Simplified, then the variants table, for one Han character.
  public func simplify(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if let v = variants[s] { return v }
    if s.value < 0x3400 || keepInNames.contains(s) { return s }
    if let c = simplifiedCache[s] { return c }
    let out = toSimplified.apply(String(Character(s))).unicodeScalars
    var r = s
    if out.count == 1, let f = out.first { r = f }
    if let v = variants[r] { r = v }
    simplifiedCache[s] = r
    return r
  }

  /// Toneless pinyin of one Han character (ICU Han-Latin, ü as v).
  public func pinyin(of s: Unicode.Scalar) -> String {
    if let p = pinyinCache[s] { return p }
    let p = Pinyin.toneless(hanLatin.apply(String(Character(s))))
    pinyinCache[s] = p
    return p
  }

  /// Toneless pinyin of a surname: the mappings' override, else ICU Han-Latin/Names.
  public func surnamePinyin(_ surname: String) -> String {
    if let p = surnamePinyinCache[surname] { return p }
    var p: String
    if let o = mappings.surnamePinyin[surname] {
      p = o
    } else {
      let words = hanLatinNames.apply(surname).split(separator: " ")
      p = words.map { Pinyin.toneless(String($0)) }.joined(separator: " ")
    }
    if p.isEmpty { p = surname.unicodeScalars.map { pinyin(of: $0) }.joined(separator: " ") }
    surnamePinyinCache[surname] = p
    return p
  }

  static func isHan(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    default: return false
    }
  }

  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return true
    default: return false
    }
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  static let openBrackets: [Unicode.Scalar: Unicode.Scalar] = [
    "(": ")", "[": "]", "{": "}", "【": "】", "〔": "〕", "《": "》", "〈": "〉", "「": "」",
    "『": "』", "<": ">", "〖": "〗",
  ]
  static let closeBrackets: Set<Unicode.Scalar> = Set(openBrackets.values)

  enum ScalarClass { case han, latin, digit, otherLetter, separator }

  static func classify(_ s: Unicode.Scalar) -> ScalarClass {
    if isHan(s) { return .han }
    if isDigit(s) { return .digit }
    if isLatin(s) { return .latin }
    if s.value == 0xFFFD { return .otherLetter }
    if s.properties.isAlphabetic { return .otherLetter }
    return .separator
  }

  // MARK: - Reading a name

  private func read(_ raw: String) -> NameKey {
    var notes: [Note] = []
    // A whole line (or worse) in the name column: not worth reading as a name.
    let length = raw.unicodeScalars.count
    if length > Self.maxRawLength {
      var k = NameKey(raw: raw, kind: .verbatim)
      k.full = raw.trimmingSpaces()
      k.core = k.full
      k.spelling = k.full
      k.notes = [Note(ResolveMessage.nameTooLong, String(length))]
      k.matchKey = Self.matchKey(k)
      return k
    }

    // 1. Drop control and format characters, emoji and symbols; keep the rest.
    var cleaned: [Unicode.Scalar] = []
    cleaned.reserveCapacity(raw.unicodeScalars.count)
    var control: [String] = []
    var sawEmoji = false
    var needsNFKC = false
    for s in raw.unicodeScalars {
      let v = s.value
      if v == 0x09 || v == 0x0A || v == 0x0D || v == 0x3000 {
        cleaned.append(" ")
        continue
      }
      if v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { continue }
      if (0x2460...0x24FF).contains(v) || (0x2776...0x2793).contains(v) { continue }  // list markers ①⑴⒈
      let gc = s.properties.generalCategory
      switch gc {
      case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(v, radix: 16).count)) + String(v, radix: 16, uppercase: true)
        if !control.contains(code) && control.count < 5 { control.append(code) }
        continue
      case .otherSymbol, .modifierSymbol:
        if v != 0xFFFD {
          sawEmoji = true
          continue
        }
      default: break
      }
      if s.properties.isEmojiPresentation && !Self.isHan(s) {
        sawEmoji = true
        continue
      }
      if v >= 0x80 && !Self.isHan(s) { needsNFKC = true }
      cleaned.append(s)
    }
    if !control.isEmpty { notes.append(Note(ResolveMessage.nameControlRemoved, control.joined(separator: " "))) }
    if sawEmoji { notes.append(Note(ResolveMessage.nameEmojiRemoved, raw)) }
    if needsNFKC {
      cleaned = Array(Unicode2.nfkc(String(String.UnicodeScalarView(cleaned))).unicodeScalars)
    }

    // 2. Phone numbers.
    var phones: [String] = []
    cleaned = extractPhones(cleaned, into: &phones)
    var key: NameKey
    if phones.count > 1 { notes.append(Note(ResolveMessage.nameSeveralPhones, String(phones.count), phones[0])) }
    let phone = phones.first ?? ""

    // Goods, a date, a bookkeeping word, bare digits: nothing that names anyone.
    if let what = notAName(cleaned) {
      var k = NameKey(raw: raw, kind: .unreadable)
      k.phone = phone
      k.notes = notes + [Note(what, raw.trimmingSpaces())]
      return k
    }

    // 3. Brackets: outer text and bracketed parts.
    let (outer, inners) = splitBrackets(cleaned)
    let outerPart = readPart(outer)
    let innerParts = inners.map(readPart).filter { $0.kind != .unreadable }

    key = combine(raw: raw, outer: outerPart, inners: innerParts, notes: &notes)

    // 4. Nothing readable.
    if key.kind == .unreadable {
      if !phone.isEmpty {
        notes.append(Note(ResolveMessage.namePhoneOnly, phone))
      } else if raw.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
        notes.append(Note(ResolveMessage.nameEmpty))
      } else {
        notes.append(Note(ResolveMessage.namePunctuationOnly, raw))
      }
    }
    key.phone = phone
    key.notes = notes + key.notes
    key.matchKey = Self.matchKey(key)
    return key
  }

  /// Why `s` (phones taken out) names no one: it is made only of goods, time or bookkeeping
  /// words (`水管`, `3月上旬`, `货款`), or only of digits (`8866`). Nil when it may be a name.
  func notAName(_ s: [Unicode.Scalar]) -> ResolveMessage? {
    var runs: [[Unicode.Scalar]] = []
    var run: [Unicode.Scalar] = []
    var latin = 0
    var digits = 0
    for c in s {
      switch Self.classify(c) {
      case .han:
        run.append(simplify(c))
        continue
      case .latin: latin += 1
      case .digit: digits += 1
      case .otherLetter: return nil
      case .separator: break
      }
      if !run.isEmpty {
        runs.append(run)
        run = []
      }
    }
    if !run.isEmpty { runs.append(run) }
    if runs.isEmpty { return digits > 0 && latin == 0 ? .nameDigitsOnly : nil }
    var kinds = Set<NotNameKind>()
    for r in runs {
      guard let k = cover(r) else { return nil }
      kinds.formUnion(k)
    }
    let strongest = kinds.max() ?? .date
    // Date characters alone are a date only with a digit, or as a numeral and a unit
    // (`十月`, `初三号`); `三` or `月` alone is not.
    if strongest == .date && digits == 0 {
      let units: Set<Unicode.Scalar> = ["年", "月", "日", "号"]
      let all = runs.joined()
      guard all.contains(where: units.contains), all.contains(where: { !units.contains($0) }) else { return nil }
    }
    // Letters go with goods only (`PPR水管`, `PVC管件`).
    if latin > 0 && strongest != .goods { return nil }
    switch strongest {
    case .goods: return .nameGoodsWord
    case .time, .date: return .nameTimeWord
    case .bookkeeping: return .nameCommonWord
    }
  }

  /// The kinds of the words that make up `run` exactly, or nil when it is not made of them.
  private func cover(_ run: [Unicode.Scalar]) -> Set<NotNameKind>? {
    let n = run.count
    // best[i]: the kinds used to cover run[..<i], nil when it cannot be covered.
    var best = [Set<NotNameKind>?](repeating: nil, count: n + 1)
    best[0] = []
    for i in 0..<n {
      guard let before = best[i] else { continue }
      if dateCharacters.contains(run[i]), best[i + 1] == nil {
        best[i + 1] = before.union([.date])
      }
      var len = 1
      while len <= notNameLongest && i + len <= n {
        if let kind = notNameWords[Array(run[i..<(i + len)])], best[i + len] == nil {
          best[i + len] = before.union([kind])
        }
        len += 1
      }
    }
    return best[n]
  }

  static func matchKey(_ k: NameKey) -> String {
    switch k.kind {
    case .person: return "p:" + k.surname + k.given
    case .addressForm:
      return "a:" + k.surname + "|" + k.form + "|" + k.given + "|" + k.trades.sorted().joined(separator: ",")
        + "|" + k.places.sorted().joined(separator: ",")
    case .company:
      return "c:" + k.core + "|" + k.industries.sorted().joined(separator: ",") + "|"
        + k.places.sorted().joined(separator: ",")
    case .verbatim: return "v:" + k.full
    case .unreadable: return ""
    }
  }

  /// Removes phone numbers (7–12 digits, possibly split by `-` or spaces; a 4-digit tail in
  /// brackets or after a label like 尾号) and the labels in front of them.
  func extractPhones(_ s: [Unicode.Scalar], into phones: inout [String]) -> [Unicode.Scalar] {
    guard s.contains(where: Self.isDigit) else { return s }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = 0
    let n = s.count
    while i < n {
      guard Self.isDigit(s[i]) else {
        out.append(s[i])
        i += 1
        continue
      }
      var digits = String.UnicodeScalarView()
      var j = i
      while j < n {
        if Self.isDigit(s[j]) {
          digits.append(s[j])
          j += 1
        } else if (s[j] == "-" || s[j] == " ") && j + 1 < n && Self.isDigit(s[j + 1]) && digits.count >= 3
          && digits.count < 11
        {
          // `138 0734 1234`, `0734-8221234`; but not two numbers side by side.
          var group = 0
          while j + 1 + group < n && Self.isDigit(s[j + 1 + group]) { group += 1 }
          if digits.count + group > 12 { break }
          j += 1
        } else {
          break
        }
      }
      let count = digits.count
      let normalised = PhoneMatch.normalise(String(digits))
      // What stands before the number, ignoring spaces and colons.
      var k = out.count
      while k > 0 && (out[k - 1] == " " || out[k - 1] == ":" || out[k - 1] == "：") { k -= 1 }
      let labelLength = phoneLabelLength(endingAt: k, in: out)
      let bracketed = k > 0 && Self.openBrackets[out[k - 1]] != nil && j < n && Self.closeBrackets.contains(s[j])
      let isFull = (7...12).contains(normalised.utf8.count) && !(j < n && Self.isDigit(s[j]))
      let isTail = count == 4 && (bracketed || labelLength > 0)
      // `+86 138…`: a country code in front of a number.
      if count == 2 && String(digits) == "86" && k > 0 && out[k - 1] == "+" && j < n && (s[j] == " " || s[j] == "-" || Self.isDigit(s[j])) {
        out.removeSubrange((k - 1)..<out.count)
        i = j
        continue
      }
      if isFull || isTail {
        phones.append(normalised)
        if labelLength > 0 {
          out.removeSubrange((k - labelLength)..<out.count)
        }
        out.append(" ")
      } else {
        out.append(contentsOf: s[i..<j])
      }
      i = j
    }
    return out
  }

  private func phoneLabelLength(endingAt end: Int, in s: [Unicode.Scalar]) -> Int {
    for label in phoneLabels where label.count <= end {
      var match = true
      for (offset, l) in label.enumerated() {
        var c = s[end - label.count + offset]
        if c.value >= 0x41 && c.value <= 0x5A, let lower = Unicode.Scalar(c.value + 0x20) { c = lower }
        if c != l {
          match = false
          break
        }
      }
      if match { return label.count }
    }
    return 0
  }

  /// The text outside brackets, and each bracketed part (one level; an unmatched bracket is
  /// read as punctuation).
  func splitBrackets(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], [[Unicode.Scalar]]) {
    guard s.contains(where: { Self.openBrackets[$0] != nil }) else { return (s, []) }
    var outer: [Unicode.Scalar] = []
    var inners: [[Unicode.Scalar]] = []
    var i = 0
    while i < s.count {
      if Self.openBrackets[s[i]] != nil, let close = s[(i + 1)...].firstIndex(where: { Self.closeBrackets.contains($0) }) {
        inners.append(Array(s[(i + 1)..<close]))
        outer.append(" ")
        i = close + 1
      } else {
        outer.append(s[i])
        i += 1
      }
    }
    return (outer, inners)
  }

  // MARK: - One part (outside or inside brackets)

  /// Reads one part of a name (no brackets, no phone).
  func readPart(_ s: [Unicode.Scalar]) -> NameKey {
    var han = 0
    var latin = 0
    var digits = 0
    var other = 0
    for c in s {
      switch Self.classify(c) {
      case .han: han += 1
      case .latin: latin += 1
      case .digit: digits += 1
      case .otherLetter: other += 1
      case .separator: break
      }
    }
    let meaningful = han + latin + digits + other
    let written = String(String.UnicodeScalarView(s)).trimmingSpaces()
    if meaningful == 0 { return NameKey(raw: written, kind: .unreadable) }

    var k = NameKey(raw: written, kind: .verbatim)
    if meaningful > Self.maxNameLength || latin > 0 || digits > 0 || other > 0 {
      // Text matched only as written: simplified Han, lower-case letters, digits.
      var full = String.UnicodeScalarView()
      var spelling = String.UnicodeScalarView()
      var lastWasSpace = false
      for c in s {
        switch Self.classify(c) {
        case .han:
          if lastWasSpace && han == 0 { full.append(" ") }
          full.append(simplify(c))
          spelling.append(c)
          lastWasSpace = false
        case .latin, .digit, .otherLetter:
          if lastWasSpace && han == 0 && !full.isEmpty { full.append(" ") }
          let lower = c.properties.lowercaseMapping.unicodeScalars
          full.append(contentsOf: lower)
          spelling.append(c)
          lastWasSpace = false
        case .separator:
          lastWasSpace = true
        }
      }
      k.full = String(full)
      k.core = k.full
      k.spelling = latin > 0 && han == 0 ? written : String(spelling)
      if meaningful > Self.maxNameLength {
        k.notes.append(Note(ResolveMessage.nameTooLong, String(meaningful)))
      } else if other > 0 {
        k.notes.append(Note(ResolveMessage.nameOtherScript, written))
      } else if latin > 0 && han > 0 {
        k.notes.append(Note(ResolveMessage.nameMixedScript, written))
      } else if latin > 0 {
        k.notes.append(Note(ResolveMessage.nameLatin, written))
        k.pinyin = Pinyin.toneless(k.full)
      } else {
        k.notes.append(Note(ResolveMessage.nameHasDigits, written))
      }
      return k
    }

    // Han only.
    let original = s.filter(Self.isHan)
    let h = original.map(simplify)
    return parseHan(h, spelling: String(String.UnicodeScalarView(original)), written: written)
  }

  private func str(_ s: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(s)) }
  private func str(_ s: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(s)) }

  private func hasPrefix(_ s: ArraySlice<Unicode.Scalar>, _ p: [Unicode.Scalar]) -> Bool {
    s.count >= p.count && s.prefix(p.count).elementsEqual(p)
  }

  private func hasSuffix(_ s: ArraySlice<Unicode.Scalar>, _ p: [Unicode.Scalar]) -> Bool {
    s.count >= p.count && s.suffix(p.count).elementsEqual(p)
  }

  /// The surname when `s` is exactly one.
  private func exactSurname(_ s: ArraySlice<Unicode.Scalar>) -> String? {
    if s.count == 2 && compoundSurnames.contains(Array(s)) { return str(s) }
    if s.count == 1, let c = s.first, singleSurnames.contains(c) { return str(s) }
    return nil
  }

  /// Surname + a given name of one or two characters.
  private func personSplit(_ s: ArraySlice<Unicode.Scalar>) -> (String, String)? {
    if s.count >= 3 && s.count <= 4 && compoundSurnames.contains(Array(s.prefix(2))) {
      return (str(s.prefix(2)), str(s.dropFirst(2)))
    }
    if s.count >= 2 && s.count <= 3, let c = s.first, singleSurnames.contains(c) {
      return (str(s.prefix(1)), str(s.dropFirst()))
    }
    return nil
  }

  /// Reads simplified Han text: place, trade, industry and organisation words, forms of
  /// address, surname and given name.
  func parseHan(_ h: [Unicode.Scalar], spelling: String, written: String) -> NameKey {
    var rest = h[...]
    var places: [String] = []
    var trades: [String] = []
    var industries: [String] = []
    var organisations: [String] = []

    var changed = true
    while changed {
      changed = false
      for w in organisationWords where rest.count > w.count && hasSuffix(rest, w) {
        organisations.insert(str(w), at: 0)
        rest = rest.dropLast(w.count)
        changed = true
        break
      }
    }
    changed = true
    while changed {
      changed = false
      for w in industryWords where rest.count > w.count && hasSuffix(rest, w) {
        industries.insert(str(w), at: 0)
        rest = rest.dropLast(w.count)
        changed = true
        break
      }
    }
    var isCompany = !organisations.isEmpty
    var companyReading: NameKey?
    if !isCompany && !industries.isEmpty {
      if industries.allSatisfy(tradeSet.contains) {
        // `张建国水电`: a tradesman; but `发永水电` may be a shop. Keep both readings.
        var c = NameKey(raw: written, kind: .company)
        c.core = str(rest)
        c.industries = industries
        c.full = str(h)
        c.spelling = spelling
        c.pinyin = rest.map { pinyin(of: $0) }.joined(separator: " ")
        companyReading = c
        trades += industries
        industries = []
      } else {
        isCompany = true
      }
    }
    changed = true
    while changed {
      changed = false
      for w in placePrefixes where rest.count > w.count && hasPrefix(rest, w) {
        places.append(str(w))
        rest = rest.dropFirst(w.count)
        changed = true
        break
      }
      if changed || isCompany { continue }
      for w in tradeWords where rest.count > w.count && hasPrefix(rest, w) {
        trades.append(str(w))
        rest = rest.dropFirst(w.count)
        changed = true
        break
      }
    }
    // `东村老王`: a village's name (ending in `村`, `组`) before a form of address and a surname.
    if !isCompany, rest.count >= 4, let n = villageLength(rest), rest.count - n == 2,
      prefixForms.contains(where: { $0.0.count == 1 && $0.0[0] == rest[rest.startIndex + n] })
    {
      places.append(str(rest.prefix(n)))
      rest = rest.dropFirst(n)
    }
    if !isCompany, (2...3).contains(rest.count), let last = rest.last, brandMarkers.contains(last) {
      isCompany = true
    }

    var k = NameKey(raw: written, kind: .verbatim)
    k.places = places
    k.trades = trades
    k.full = str(h)
    k.spelling = spelling
    if var c = companyReading {
      c.places = places
      c.matchKey = Self.matchKey(c)
      k.alternatives = [c]
    }

    if isCompany {
      k.kind = .company
      k.core = str(rest)
      k.industries = industries
      k.organisations = organisations
      k.pinyin = rest.map { pinyin(of: $0) }.joined(separator: " ")
      return k
    }

    let offset = rest.startIndex  // where `rest` starts in `h` (and in the unsimplified spelling)

    func address(_ surname: String, _ form: AddressForm?, given: String = "") -> NameKey {
      var a = k
      a.kind = .addressForm
      a.surname = surname
      a.given = given
      a.form = form?.form ?? ""
      a.formMerge = form?.merge ?? .auto
      a.relation = form?.relation ?? false
      a.surnamePinyin = surnamePinyin(surname)
      a.pinyin = a.surnamePinyin
      if !given.isEmpty {
        a.pinyin += " " + given.unicodeScalars.map { pinyin(of: $0) }.joined(separator: " ")
      }
      // The real name as written, when the form follows a full name (`张三家`).
      if !given.isEmpty {
        let sp = Array(spelling.unicodeScalars)
        let len = surname.unicodeScalars.count + given.unicodeScalars.count
        if offset + len <= sp.count { a.spelling = str(sp[offset..<(offset + len)]) }
      }
      return a
    }

    func person(_ surname: String, _ given: String, form: AddressForm?, offset: Int) -> NameKey {
      var p = k
      p.kind = .person
      p.surname = surname
      p.given = given
      p.form = form?.form ?? ""
      p.formMerge = form?.merge ?? .auto
      p.surnamePinyin = surnamePinyin(surname)
      p.pinyin = ([p.surnamePinyin] + given.unicodeScalars.map { pinyin(of: $0) }).joined(separator: " ")
      let sp = Array(spelling.unicodeScalars)
      let len = surname.unicodeScalars.count + given.unicodeScalars.count
      if offset + len <= sp.count { p.spelling = str(sp[offset..<(offset + len)]) }
      return p
    }


    if nicknames.contains(str(rest)) {
      // `胖子`: a form of address without a surname.
      var a = k
      a.kind = .addressForm
      a.form = str(rest)
      a.pinyin = h.map { pinyin(of: $0) }.joined(separator: " ")
      return a
    }
    for (w, form) in suffixForms where rest.count > w.count && hasSuffix(rest, w) {
      let base = rest.dropLast(w.count)
      if let s = exactSurname(base) {
        var a = address(s, form)
        // `李家` is the 李 household, or a person whose given name is 家: only a bracket after a
        // form of address (`李师傅（李家）`) takes the name; alone it stays the household.
        if form.relation, w.count == 1, let (ps, pg) = personSplit(rest) {
          var p = person(ps, pg, form: nil, offset: offset)
          p.matchKey = Self.matchKey(p)
          a.alternatives = [p]
        }
        return a
      }
      if w.count >= 2 || form.relation, let (s, g) = personSplit(base) {
        guard form.relation else { return person(s, g, form: form, offset: offset) }
        var a = address(s, form, given: g)
        // `谭南家` is 谭南's household, or a person whose given name is 南家: the resolver
        // takes the name when the books have no 谭南.
        if w.count == 1, g.unicodeScalars.count == 1, let (ps, pg) = personSplit(rest) {
          var p = person(ps, pg, form: nil, offset: offset)
          p.matchKey = Self.matchKey(p)
          a.alternatives = [p]
        }
        return a
      }
    }
    for (w, form) in prefixForms where rest.count > w.count && hasPrefix(rest, w) {
      if let s = exactSurname(rest.dropFirst(w.count)) { return address(s, form) }
    }
    if let s = exactSurname(rest) { return address(s, nil) }
    if let (s, g) = personSplit(rest) { return person(s, g, form: nil, offset: offset) }

    k.pinyin = h.map { pinyin(of: $0) }.joined(separator: " ")
    k.core = k.full
    k.notes.append(Note(ResolveMessage.nameNotAPersonName, written))
    return k
  }

  // MARK: - Outer part and bracketed parts together

  private func combine(raw: String, outer: NameKey, inners: [NameKey], notes: inout [Note]) -> NameKey {
    var key = outer
    var rest = inners
    // Nothing outside the brackets: the first bracketed part is the name.
    if key.kind == .unreadable, !rest.isEmpty {
      key = rest.removeFirst()
    }
    for inner in rest {
      // `张三（老婆）`: a household relation of the named person.
      if key.kind == .person, inner.kind == .verbatim,
        let form = suffixForms.first(where: { $0.1.relation && str($0.0) == inner.full })?.1
      {
        key.kind = .addressForm
        key.form = form.form
        key.formMerge = form.merge
        key.relation = true
        continue
      }
      // Only place or trade words inside: tokens. (`老王（衡南）`: a place, though 衡南 could be
      // read as a person's name; a bracket of place words after a name is where they live.)
      if inner.kind == .addressForm || inner.kind == .verbatim || inner.kind == .company
        || (inner.kind == .person && key.kind != .unreadable && inner.surname != key.surname),
        let tokens = tokensOnly(inner.raw), inner.kind != .person || !tokens.places.isEmpty
      {
        key.places += tokens.places
        key.trades += tokens.trades
        continue
      }
      var inner = inner
      // `蒋师傅（蒋强家）`: the brackets give the real name, so a household reading (蒋强's
      // family) gives way to the person 蒋强家 (at worst a customer of their own, never a merge).
      if key.kind == .addressForm || key.kind == .verbatim, !key.relation, inner.kind == .addressForm, inner.relation,
        let alt = inner.alternatives.first, alt.kind == .person
      {
        inner = alt
      }
      switch (key.kind, inner.kind) {
      case (.addressForm, .person) where !key.relation, (.verbatim, .person):
        // `陈师傅（陈立新）`, `胖子（张建国）`: the real name, with the form as written.
        if key.kind == .addressForm && !key.surname.isEmpty && key.surname != inner.surname {
          notes.append(Note(ResolveMessage.nameBracketSurname, key.full, inner.surname + inner.given))
        }
        var p = inner
        if key.kind == .addressForm {
          p.form = key.form
          p.formMerge = key.formMerge
        }
        p.places += key.places
        p.trades += key.trades
        p.notes = key.notes.filter { $0.code != ResolveMessage.nameNotAPersonName.code } + inner.notes
        key = p
      case (.company, .person), (.company, .addressForm):
        notes.append(Note(ResolveMessage.nameCompanyContact, key.full, inner.raw))
      default:
        notes.append(Note(ResolveMessage.nameBracketIgnored, inner.raw))
      }
    }
    key.raw = raw
    return key
  }

  /// When `text` is only place and trade words (`水电`, `衡南`), those words.
  private func tokensOnly(_ text: String) -> (places: [String], trades: [String])? {
    var rest = Array(text.unicodeScalars.filter(Self.isHan).map(simplify))[...]
    if rest.isEmpty { return nil }
    var places: [String] = []
    var trades: [String] = []
    var changed = true
    while changed && !rest.isEmpty {
      changed = false
      for w in placePrefixes where hasPrefix(rest, w) {
        places.append(str(w))
        rest = rest.dropFirst(w.count)
        changed = true
        break
      }
      if changed { continue }
      for w in tradeWords where hasPrefix(rest, w) {
        trades.append(str(w))
        rest = rest.dropFirst(w.count)
        changed = true
        break
      }
      if !changed, let n = villageLength(rest) {
        places.append(str(rest.prefix(n)))
        rest = rest.dropFirst(n)
        changed = true
      }
    }
    return rest.isEmpty ? (places, trades) : nil
  }

  /// The length of a village's or hamlet's name at the start of `rest`: one to three
  /// characters, then one of `placeSuffixes` (`东村`, `三组`, `李家湾`).
  private func villageLength(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
    var k = 1
    while k <= 3 && k < rest.count {
      if placeSuffixes.contains(rest[rest.startIndex + k]) { return k + 1 }
      k += 1
    }
    return nil
  }
}

extension String {
  func trimmingSpaces() -> String {
    let s = unicodeScalars
    guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = s.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(s[first...last])
  }
}
