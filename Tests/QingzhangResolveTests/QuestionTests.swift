import QingzhangModel
import QingzhangResolve
import Testing

/// Questions and merges the way a shop owner sees them in review.csv and customers.csv.
@Suite struct QuestionTests {
  /// An ambiguous name and every customer it may be.
  struct ChoiceCase: Sendable, CustomTestStringConvertible {
    var label: String
    var books: [(String, String)]
    var asked: Int
    var candidates: [Int]
    var code: ResolveMessage
    var testDescription: String { label }
  }

  static let choices: [ChoiceCase] = [
    .init(
      label: "phone-less 张建国 with two phones",
      books: [("a.txt", "张建国 13807341234"), ("b.txt", "张建国 13900000000"), ("c.txt", "张建国")], asked: 2,
      candidates: [0, 1], code: .reviewSameNameNoPhone),
    .init(
      label: "phone-less 张建国 with three phones",
      books: [("a.txt", "张建国 13807341234"), ("b.txt", "张建国 13900000000"), ("d.txt", "张建国 13700000000"), ("c.txt", "张建国")],
      asked: 3, candidates: [0, 1, 2], code: .reviewSameNameNoPhone),
    .init(
      label: "老王 with three 王 customers", books: [("a.txt", "王五"), ("a.txt", "王建华"), ("a.txt", "王建军"), ("b.txt", "老王")],
      asked: 3, candidates: [0, 1, 2], code: .reviewAddressChoice),
    .init(
      label: "张记 of two trades", books: [("a.txt", "张记五金"), ("b.txt", "张记建材"), ("c.txt", "张记")], asked: 2,
      candidates: [0, 1], code: .reviewSameNameChoice),
  ]

  /// One question per ambiguous name, listing every candidate (not one question per pair, of
  /// which the first by id would show only some of them).
  @Test(arguments: choices)
  func oneQuestionListsEveryCandidate(_ c: ChoiceCase) throws {
    let ms = mentions(c.books)
    let r = try makeResolver().resolve(ms)
    let about = r.reviews.filter { $0.sources.contains(ms[c.asked].source) }
    #expect(about.count == 1, "\(about.map(\.id))")
    let review = try #require(about.first)
    for i in c.candidates {
      #expect(review.sources.contains(ms[i].source), "\(ms[i].source)")
    }
    #expect(review.detail.first?.code == c.code.code)
    let listed = review.detail.filter { $0.code == ResolveMessage.candidate.code || $0.code == ResolveMessage.candidateWithPhone.code }
    #expect(listed.count == c.candidates.count)
    #expect(customer(r, c.asked)?.needsReview == true)
  }

  /// A form of address of a book with many candidates lists those of the same book first, and
  /// among them those who bought the same goods.
  @Test func aChoiceListsTheLikelyCandidatesFirst() throws {
    var items: [(String, String, String)] = (1...12).map { ("big.txt", "王\(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "甲", "乙"][$0 - 1])明", "电线") }
    items += [("a.txt", "王建华", "水泥"), ("a.txt", "王建军", "电线"), ("a.txt", "王建军", "电线"), ("a.txt", "老王", "水泥")]
    let ms = items.enumerated().map { i, x in Mention(source: SourceRef(path: x.0, line: i + 1), name: x.1, goods: x.2) }
    let r = try makeResolver().resolve(ms)
    let review = try #require(r.reviews.first { $0.sources.contains(ms[15].source) })
    let listed = review.detail.filter { $0.code == ResolveMessage.candidate.code }.map { $0.args[0] }
    // Both of a.txt first (the 水泥 buyer before the one written more often), ten in all.
    #expect(Array(listed.prefix(2)) == ["王建华", "王建军"])
    #expect(listed.count == 10)
    #expect(review.sources.contains(ms[12].source))
  }

  /// Every candidate written in the book of the form of address may be the one meant: those
  /// beyond the ten listed are in `affects` (their balances wait on the answer); candidates of
  /// other books not listed are not.
  struct AffectsCase: Sendable, CustomTestStringConvertible {
    var label: String
    var sameBook: Int
    var otherBook: Int
    var listed: Int
    var affected: Int
    var testDescription: String { label }
  }

  static let affectsCases: [AffectsCase] = [
    .init(label: "twelve in the book: two unlisted wait too", sameBook: 12, otherBook: 0, listed: 10, affected: 2),
    .init(label: "ten in the book: all listed", sameBook: 10, otherBook: 0, listed: 10, affected: 0),
    .init(label: "three in the book, nine elsewhere: none unlisted of the book", sameBook: 3, otherBook: 9, listed: 10, affected: 0),
    .init(label: "eleven in the book, four elsewhere: one of the book", sameBook: 11, otherBook: 4, listed: 10, affected: 1),
  ]

  @Test(arguments: affectsCases)
  func unlistedCandidatesOfTheBookAreAffected(_ c: AffectsCase) throws {
    let given = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "甲", "乙", "丙", "丁", "戊"]
    var items: [(String, String)] = (0..<c.sameBook).map { ("big.txt", "王\(given[$0])明") }
    items += (0..<c.otherBook).map { ("other.txt", "王\(given[$0])华") }
    items.append(("big.txt", "老王"))
    let ms = items.enumerated().map { i, x in Mention(source: SourceRef(path: x.0, line: i + 1), name: x.1) }
    let r = try makeResolver().resolve(ms)
    let review = try #require(r.reviews.first { $0.sources.contains(ms.last!.source) })
    let listed = review.detail.filter { $0.code == ResolveMessage.candidate.code }.map { $0.args[0] }
    #expect(listed.count == c.listed)
    #expect(review.affects.count == c.affected)
    for s in review.affects {
      let m = try #require(ms.first { $0.source == s })
      #expect(m.source.path == "big.txt")
      #expect(!listed.contains(m.name), "\(m.name) is listed and affected")
    }
  }

  /// The candidates' order does not hang on the order the records come in, even for a customer
  /// with more records than the goods sample.
  @Test func candidatesAreOrderedTheSameWhateverTheInputOrder() throws {
    var items: [(String, String, String)] = Array(repeating: ("a.txt", "王建军", "水泥"), count: 65)
    items += Array(repeating: ("a.txt", "王建军", "电线"), count: 5) + [("a.txt", "王建华", "电线"), ("a.txt", "老王", "电线")]
    let ms = items.enumerated().map { i, x in Mention(source: SourceRef(path: x.0, line: i + 1), name: x.1, goods: x.2) }
    func order(_ list: [Mention]) throws -> [String] {
      let r = try makeResolver().resolve(list)
      let review = try #require(r.reviews.first { $0.sources.contains(ms[71].source) })
      return review.detail.filter { $0.code == ResolveMessage.candidate.code }.map { $0.args[0] }
    }
    #expect(try order(ms) == order(ms.reversed()))
  }

  /// Names on rejected or skipped records (bystanders) never become customers, but a form of
  /// address may mean them.
  struct BystanderCase: Sendable, CustomTestStringConvertible {
    var label: String
    var books: [(String, String)]
    var bystanders: [(String, String)]
    /// Whether mentions 0 and 1 end up as one customer.
    var merged: Bool
    var testDescription: String { label }
  }

  static let bystanderCases: [BystanderCase] = [
    .init(label: "张三 on a rejected line", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "张三")], merged: false),
    .init(label: "a 张 shop on a rejected line", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "张记五金")], merged: false),
    .init(label: "张三 on a rejected line, 张老板", books: [("a.txt", "张建国"), ("b.txt", "张老板")], bystanders: [("c.txt", "张三")], merged: false),
    .init(label: "the same name on a rejected line", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "张建国")], merged: true),
    .init(label: "the same name in traditional script", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "張建國")], merged: true),
    .init(label: "a form of address on a rejected line", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "老张")], merged: true),
    .init(label: "another surname on a rejected line", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "李四")], merged: true),
    .init(label: "goods on a rejected line", books: [("a.txt", "张建国"), ("b.txt", "老张")], bystanders: [("c.txt", "水管"), ("c.txt", "")], merged: true),
    .init(
      label: "the phone still decides", books: [("a.txt", "张建国 13807341234"), ("b.txt", "老张 13807341234")],
      bystanders: [("c.txt", "张三")], merged: true),
  ]

  @Test(arguments: bystanderCases)
  func bystandersCountAsCandidates(_ c: BystanderCase) throws {
    let ms = mentions(c.books)
    let by = c.bystanders.enumerated().map { i, b in Mention(source: SourceRef(path: b.0, line: 100 + i), name: b.1) }
    let r = try makeResolver().resolve(ms, bystanders: by)
    // Bystanders are never customers themselves.
    #expect(r.customerOfMention.count == ms.count)
    #expect(r.customers.reduce(0) { $0 + $1.records } == ms.count)
    let a = try #require(customer(r, 0))
    let b = try #require(customer(r, 1))
    #expect((a.id == b.id) == c.merged)
    if !c.merged {
      #expect(b.needsReview)
      let review = try #require(r.reviews.first { $0.sources.contains(ms[1].source) })
      #expect(review.sources.contains(ms[0].source))
      #expect(review.detail.contains { $0.code == ResolveMessage.reviewOthersBlock.code })
      #expect(review.detail.contains { $0.code == ResolveMessage.candidateNotBooked.code && $0.args.last == by[0].source.description })
    }
  }

  /// Names that name no one are not customers: the caller is told (-1 and a note).
  struct NoNameCase: Sendable, CustomTestStringConvertible {
    var name: String
    var phone: String
    var code: ResolveMessage
    var testDescription: String { "\(name) \(phone)" }
  }

  static let noNames: [NoNameCase] = [
    .init(name: "水管", phone: "", code: .nameGoodsWord),
    .init(name: "上旬", phone: "", code: .nameTimeWord),
    .init(name: "！！！", phone: "", code: .namePunctuationOnly),
    .init(name: "8866", phone: "", code: .nameDigitsOnly),
    .init(name: "13800000000", phone: "", code: .phoneOnlyAlone),
    .init(name: "水管", phone: "13800000000", code: .phoneOnlyAlone),
    .init(name: "", phone: "13800000000", code: .phoneOnlyAlone),
    .init(name: "13807341234", phone: "", code: .phoneOnlySeveral),
  ]

  @Test(arguments: noNames)
  func noUsableNameIsNoCustomer(_ c: NoNameCase) throws {
    let ms = [
      Mention(source: ref("a.txt:1"), name: "张建国", phone: "13807341234"),
      Mention(source: ref("a.txt:2"), name: "张建军", phone: "13807341234"),
      Mention(source: ref("b.txt:1"), name: c.name, phone: c.phone),
    ]
    let r = try makeResolver().resolve(ms)
    #expect(r.customerOfMention[2] == -1)
    #expect(r.mentionNotes[2].contains { $0.code == c.code.code }, "\(r.mentionNotes[2].map(\.code))")
    #expect(r.mentionNotes[2].contains { $0.code == ResolveMessage.unnamedNoCustomer.code })
    #expect(!r.customers.contains { $0.name == c.name || $0.name == c.phone })
    #expect(r.customers.reduce(0) { $0 + $1.records } == 2)
  }

  /// An automatic merge that carries an id to undo it is also a question in review.csv.
  struct AutoMergeCase: Sendable, CustomTestStringConvertible {
    var label: String
    var books: [(String, String)]
    var anchor: Int
    var merged: [Int]
    var code: ResolveMessage
    var testDescription: String { label }
  }

  static let autoMerges: [AutoMergeCase] = [
    .init(
      label: "homophone slip", books: [("a.txt", "张建国"), ("a.txt", "张建国"), ("a.txt", "张建国"), ("b.txt", "章建国")],
      anchor: 0, merged: [3], code: .mergedFuzzy),
    .init(
      label: "老张 in three books, the only 张",
      books: [("a.txt", "张建国"), ("b.txt", "老张"), ("c.txt", "老张"), ("d.txt", "老张"), ("a.txt", "李四")], anchor: 0,
      merged: [1, 2, 3], code: .mergedAddressForm),
    .init(label: "老欧阳", books: [("a.txt", "欧阳明"), ("b.txt", "老欧阳")], anchor: 0, merged: [1], code: .mergedAddressForm),
    .init(label: "only a phone", books: [("a.txt", "王五 13807349999"), ("b.txt", "13807349999")], anchor: 0, merged: [1], code: .mergedByPhone),
    .init(label: "goods and a phone", books: [("a.txt", "王五 13807349999"), ("b.txt", "水管 13807349999")], anchor: 0, merged: [1], code: .mergedByPhone),
    .init(
      label: "a nickname with a known phone", books: [("a.txt", "李卫东 13807341234"), ("b.txt", "胖子 13807341234"), ("c.txt", "胖子 13807341234")],
      anchor: 0, merged: [1, 2], code: .mergedByPhone),
  ]

  @Test(arguments: autoMerges)
  func automaticMergesAreAskedToo(_ c: AutoMergeCase) throws {
    let ms = mentions(c.books)
    let r = try makeResolver().resolve(ms)
    let anchor = try #require(customer(r, c.anchor))
    #expect(anchor.needsReview)
    var ids: Set<String> = []
    for i in c.merged {
      #expect(customer(r, i)?.id == anchor.id)
      let note = try #require(r.mentionNotes[i].first { $0.code == c.code.code }, "\(r.mentionNotes[i].map(\.code))")
      let id = try #require(note.args.last)
      ids.insert(id)
      let review = try #require(r.reviews.first { $0.id == id }, "\(id) is not in review.csv")
      #expect(review.sources.contains(ms[i].source))
      #expect(review.sources.contains(ms[c.anchor].source))
      #expect(review.suggestion.first?.code == ResolveMessage.suggestConfirmOrApart.code)
      // Merged, so not "kept on its own for now".
      #expect(!r.mentionNotes[i].contains { $0.code == ResolveMessage.pendingReview.code })
    }
    // One decision for the merge in every book.
    #expect(ids.count == 1)
  }

  @Test func confirmingAnAutomaticMergeClosesTheQuestion() throws {
    let ms = mentions([("a.txt", "张建国"), ("b.txt", "老张"), ("c.txt", "老张")])
    let first = try makeResolver().resolve(ms)
    let id = try #require(first.reviews.first?.id)
    #expect(first.reviews.count == 1)
    let confirmed = try makeResolver().resolve(ms, decisions: Decisions(parsing: "\(id) merge", file: "d.txt"))
    #expect(confirmed.reviews.isEmpty)
    #expect(Set(confirmed.customerOfMention).count == 1)
    #expect(confirmed.customers.allSatisfy { !$0.needsReview })
    let apart = try makeResolver().resolve(ms, decisions: Decisions(parsing: "\(id) apart", file: "d.txt"))
    // Undone in both books; whether the two 老张 are one person is then asked.
    #expect(customer(apart, 1)?.id != customer(apart, 0)?.id)
    #expect(customer(apart, 2)?.id != customer(apart, 0)?.id)
    #expect(apart.reviews.map { $0.detail.first?.code } == [ResolveMessage.reviewNicknameBooks.code])
  }

  @Test func keepPicksThePhoneOfAPhonelessName() throws {
    let ms = mentions([("a.txt", "张建国 13807341234"), ("b.txt", "张建国 13900000000"), ("c.txt", "张建国")])
    let id = try #require(try makeResolver().resolve(ms).reviews.first?.id)
    let r = try makeResolver().resolve(ms, decisions: Decisions(parsing: "\(id) keep b.txt:2", file: "d.txt"))
    #expect(customer(r, 2)?.id == customer(r, 1)?.id)
    #expect(customer(r, 2)?.id != customer(r, 0)?.id)
    #expect(r.reviews.isEmpty)
  }

  /// Customers that would show the same name get a telling one.
  @Test(arguments: [
    ([("a.txt", "老王"), ("b.txt", "老王")], ["老王（a）", "老王（b）"]),
    ([("书/2024赊账本.txt", "老王"), ("书/老账本.txt", "老王"), ("书/老账本.txt", "老王")], ["老王（2024赊账本）", "老王（老账本）"]),
    ([("a.txt", "张建国 13807341234"), ("a.txt", "张建国 13900000000")], ["张建国（13807341234）", "张建国（13900000000）"]),
    ([("a.txt", "张建国 13807341234"), ("b.txt", "张建国 13900000000"), ("c.txt", "张建国")], ["张建国（a）", "张建国（b）", "张建国（c）"]),
    ([("a.txt", "张建国"), ("b.txt", "李四")], ["张建国", "李四"]),
  ])
  func sameDisplayNamesAreToldApart(_ books: [(String, String)], _ names: [String]) throws {
    let r = try makeResolver().resolve(mentions(books))
    #expect(r.customers.map(\.name).sorted() == names.sorted())
    // Deterministic: input order does not matter.
    let reversed = try makeResolver().resolve(Array(mentions(books).reversed()))
    #expect(reversed.customers == r.customers)
  }

  @Test func sameBookNameInTwoFoldersStillDiffers() throws {
    let r = try makeResolver().resolve(mentions([("x/a.txt", "老王"), ("y/a.txt", "老王")]))
    #expect(Set(r.customers.map(\.name)).count == 2)
    #expect(r.customers.allSatisfy { $0.name.hasPrefix("老王（") })
  }

  @Test func nicknameQuestionListsBooksAndOtherCandidates() throws {
    let ms = mentions([("a.txt", "老王"), ("b.txt", "老王"), ("c.txt", "王五金店")])
    let r = try makeResolver().resolve(ms)
    let review = try #require(r.reviews.first { $0.detail.first?.code == ResolveMessage.reviewNicknameBooks.code })
    #expect(review.detail.filter { $0.code == ResolveMessage.inBook.code }.map { $0.args[0] } == ["a.txt", "b.txt"])
    #expect(review.detail.contains { $0.code == ResolveMessage.candidate.code && $0.args[0] == "王五金店" })
    #expect(review.suggestion.contains { $0.code == ResolveMessage.suggestAlias.code })
  }

  @Test func aMergedSpellingIsNotSaidToBeKeptApart() throws {
    // 章建国 joins the phone-less 张建国, and is still asked about against the two with phones.
    let ms = mentions(
      Array(repeating: ("a.txt", "张建国"), count: 4) + [("a.txt", "张建国 13907340000"), ("a.txt", "张建国 13807341234"), ("a.txt", "章建国")])
    let r = try makeResolver().resolve(ms)
    let notes = r.mentionNotes[6]
    #expect(notes.contains { $0.code == ResolveMessage.mergedFuzzy.code })
    #expect(!notes.contains { $0.code == ResolveMessage.pendingReview.code })
    // Once in a book that otherwise writes 张建国: a slip of that writer, and said so.
    #expect(notes.contains { $0.code == ResolveMessage.evidenceSlipInBook.code && $0.args == ["章建国", "张建国"] })
    #expect(!notes.contains { $0.code == ResolveMessage.evidenceSameBook.code })
  }

  @Test func twoEstablishedSpellingsInOneBookAreSaidToBeEvidenceAgainst() throws {
    let ms = mentions(Array(repeating: ("a.txt", "张建国"), count: 3) + Array(repeating: ("a.txt", "章建国"), count: 2))
    let r = try makeResolver().resolve(ms)
    let review = try #require(r.reviews.first)
    let sameBook = try #require(review.detail.first { $0.code == ResolveMessage.evidenceSameBook.code })
    #expect(sameBook.render(.zh).hasPrefix("但"))
    #expect(sameBook.render(.en).hasPrefix("but"))
  }

  @Test func aliasesHaveNoInvisibleCharacters() throws {
    let ms = mentions([("a.txt", "张\u{0007}建国"), ("a.txt", "张建国\u{200B}"), ("b.txt", "张建国"), ("b.txt", "张\t建国")])
    let r = try makeResolver().resolve(ms)
    #expect(r.customers.count == 1)
    let c = try #require(r.customers.first)
    #expect(c.aliases == ["张 建国", "张建国"])
    for a in c.aliases {
      #expect(!a.unicodeScalars.contains { [.control, .format].contains($0.properties.generalCategory) })
    }
  }

  @Test func englishNotesHaveNoChineseListComma() throws {
    #expect(ResolveMessage.allCases.filter { $0.en.contains("、") }.map(\.code) == [])
    let fixture = try loadFixtureMentions().map(\.mention)
    let extra = mentions([
      ("x.txt", "老王"), ("y.txt", "老王"), ("z.txt", "张建国 13807341234 13900000000"), ("z.txt", "张建国 13700000000"),
      ("z.txt", "张\u{7}建国"),
    ]).map {
      var m = $0
      m.source.line += 1000
      return m
    }
    let r = try makeResolver().resolve(fixture + extra)
    var texts = r.mentionNotes.flatMap { $0.map { $0.render(.en) } }
    texts += r.reviews.flatMap { ($0.detail + $0.suggestion).map { $0.render(.en) } }
    #expect(!texts.isEmpty)
    #expect(texts.filter { $0.contains("、") } == [])
  }
}
