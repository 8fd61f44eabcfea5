import Foundation
import QingzhangModel

/// The words of IOU lists (debt and payment verbs, due-date phrases, headings, illegible
/// markers, the parts of a formal 欠条), loaded from `mappings/iou.json` (see mappings/README.md).
public struct IOUVocabulary: Sendable {
  /// What a word of the vocabulary marks.
  enum Category: UInt8, Sendable {
    case debt, payment, ambiguous
    /// `还欠`, `还剩`: the amount after it is the balance still owed, not a new debt.
    case balance
    /// `上年结转`, `旧欠`: the amount after it is a balance brought forward from earlier books.
    case carriedForward
    /// `合计`, `小计`: on a line with no goods and no verb, the total of the list above.
    case listTotal
    /// `退货`: goods brought back, taken off the debt.
    case returned
    /// `抹零`, `折让`: a discount, counted as paid.
    case discount
    /// `退款`: does not say who pays whom; the line is rejected with a question.
    case unclearKind
    /// `作废`: the entry is struck out; the line is rejected, never counted.
    case voided
    /// `旧条作废`, `作废重写`: this line replaces an older slip; it counts.
    case voidsOther
    /// `付了一半`: a payment when its amount follows (`还了一半 1500`); else how much is unclear.
    case halfPaid
    /// `以前欠的`: an older debt named; with a payment word the line pays it, else a question.
    case oldDebt
    /// `还有`: a balance only when the amount follows at once (`还有 500 没给`), not across
    /// other words (`还有一笔 50` is another debt).
    case balanceNextToAmount
    case dueEndOfMonth, dueSpringFestival, dueYearEnd, dueVague, dueLead, dueNextMonthEnd
    /// A due phrase read by `LineAnalysis` (a festival, `明天还`, `借期三个月`, `15号还`); its
    /// value is in `LineAnalysis.dueSpans`.
    case duePhrase
    case filler, total, unitPrice, heading, illegible
    case formalTitle, paymentTitle, debtOpener, paymentOpener, debtorLabel, otherLabel, detailLabel
    /// `欠款人承诺…`: a label word opening a sentence of the IOU's text, not a signature line.
    case labelSentence
    case afterDate, afterMonthEnd, measure, honorific
    case festival, relative, durationLead, durationUnit, durationTail, goods
    /// Right before a settling word: `不`, `没`, `快`, `就` (`不还了`, `快还清了`: not repaid).
    case settleNegated
    /// Right before a settling word: `快`, `马上`, `再` (`快还清了`: not yet repaid).
    case settleFuture
    /// Right before a settling word: `早就`, `当天就` (`早就还了`: repaid, for sure).
    case settleCertain
    /// Right before a settling word: `可能`, `好像`, `说是` (`可能已还`: a question).
    case settleDoubted

    /// Gives the amount next to it a role (see `LineAnalysis.assignRoles`).
    var isVerb: Bool {
      switch self {
      case .debt, .payment, .balance, .balanceNextToAmount, .carriedForward, .returned, .discount, .unclearKind,
        .halfPaid, .debtOpener, .paymentOpener:
        return true
      default: return false
      }
    }
    var isDue: Bool {
      self == .dueEndOfMonth || self == .dueSpringFestival || self == .dueYearEnd || self == .dueVague
        || self == .dueNextMonthEnd || self == .duePhrase
    }
    var isLabel: Bool { self == .debtorLabel || self == .otherLabel || self == .detailLabel }
  }

  /// The main words, matched longest first anywhere in a line.
  var words = WordTable()
  /// Right after a date: `前还清`, `之前` (the date is a due date).
  var afterDate = WordTable()
  /// Right after a month end (`6月底`): `还`, `结清`.
  var afterMonthEnd = WordTable()
  /// Right before a date: `已于`, `已在` (`已于3月10日还清`: repaid that day, not due then).
  var paidOn = WordTable()
  /// After a debt's amount, ending the line: `欠 3500 已还清` (that debt was repaid in full).
  var settled = WordTable()
  /// Right before a settling word: words that deny it (`不还了`, `快还清了`) or doubt it
  /// (`可能已还`, `说是已还`).
  var settleBefore = WordTable()
  /// `年底还欠`, `月底还欠`: a balance word when no amount comes before it on the line (else
  /// the due phrase `年底还` and 欠).
  var balanceAlone = WordTable()
  /// Right after a number: `个`, `包`, `米` (the number is a quantity).
  var measures = WordTable()
  /// Right after a one-letter verb: `付师傅` is a person, not a payment.
  var honorifics = WordTable()
  /// One-character verbs that are also surnames (`付`): glued to a name where the name stands
  /// (`付强 水泥 450`), a person, not a payment.
  var verbSurnames: Set<UInt32> = []
  /// Characters after such a verb that make it the verb (`付钱`, `付现`), never a given name.
  var notGivenNames: Set<UInt32> = []
  /// The due phrases of the word lists (`due.end_of_month`, `due.vague`, …) again, alone: a
  /// listed phrase wins over the due phrases `LineAnalysis` reads (`过两天还` is vague).
  var dueListed = WordTable()
  /// Festivals and relative days said with a due verb (`中秋还`, `下个月还`); `index` points
  /// into `festivals` or `relatives`.
  var dueWords = WordTable()
  var festivals: [Festival] = []
  var relatives: [Relative] = []
  /// `借期三个月`, `10天内还`: the words around a number of days, weeks, months or years.
  var durationLeads = WordTable()
  var durationUnits = WordTable()
  var durationTails = WordTable()
  /// What is bought (`水管`, `电线`): a line whose only name-like word is goods has no customer.
  var goods = WordTable()
  /// At the start of a line: `#`, `//`, `注：`.
  var commentPrefixes: [[UInt32]] = []
  /// The end of a shop's name in `今欠到李记五金水管款…` (what follows is the cause).
  var creditorSuffixes: [String] = []
  /// Glued after a debtor's name before a date (`蒋小兵于2024年…`): not part of the name.
  var nameFollowedBy: [String] = []
  /// Words of a formal IOU's text (`月息`, `违约金`): a line with them and an amount is part
  /// of the IOU above, not an entry of a list.
  var formalTextWords = WordTable()
  /// Words of a rate or a penalty (`月息`, `违约金`): the amount after them is no debt.
  var formalRateWords = WordTable()
  /// `其中`, `明细`: a line that breaks an IOU's amount into parts belongs to it.
  var formalBreakdownWords = WordTable()
  /// `大写`, `小写`, `人民币` starting a line: it writes the IOU's amount again.
  var formalRestatementWords = WordTable()
  /// A formal IOU longer than this many lines without a signature is cut.
  var maxFormalLines = 12

  /// An empty vocabulary: no words at all. Only for tests and for callers that have not been
  /// given a mappings folder; real reading should use `load(mappingsDirectory:)`.
  public init() {}

  /// Loads `mappingsDirectory/iou.json`.
  public static func load(mappingsDirectory: String) throws(Diagnostic) -> IOUVocabulary {
    let path = mappingsDirectory.hasSuffix("/") ? mappingsDirectory + "iou.json" : mappingsDirectory + "/iou.json"
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw Diagnostic(file: path, Note(ReadMessage.vocabularyMissing, path))
    }
    return try load(json: data, path: path)
  }

  /// Reads the vocabulary from the text of an iou.json (`path` names it in errors).
  static func load(json data: Data, path: String) throws(Diagnostic) -> IOUVocabulary {
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw Diagnostic(file: path, Note(ReadMessage.vocabularyUnreadable, path, context.debugDescription))
    } catch let DecodingError.typeMismatch(_, context) {
      throw Diagnostic(
        file: path,
        Note(ReadMessage.vocabularyUnreadable, path, context.codingPath.map(\.stringValue).joined(separator: ".")))
    } catch {
      throw Diagnostic(file: path, Note(ReadMessage.vocabularyUnreadable, path, String(describing: error)))
    }
    var v = IOUVocabulary()
    // Registration order decides between a word listed twice: the first list wins.
    v.words.add(file.ambiguous_huan, .ambiguous)
    v.words.add(file.void_other_words, .voidsOther)
    v.words.add(file.half_paid_words, .halfPaid)
    v.words.add(file.old_debt_words, .oldDebt)
    v.words.add(file.void_words, .voided)
    v.words.add(file.unclear_words, .unclearKind)
    v.words.add(file.carried_forward_words, .carriedForward)
    v.words.add(file.balance_verbs, .balance)
    v.words.add(file.balance_words_next_to_amount, .balanceNextToAmount)
    v.words.add(file.return_words, .returned)
    v.words.add(file.discount_words, .discount)
    v.words.add(file.due?.next_month_end, .dueNextMonthEnd)
    v.words.add(file.due?.end_of_month, .dueEndOfMonth)
    v.words.add(file.due?.before_spring_festival, .dueSpringFestival)
    v.words.add(file.due?.year_end, .dueYearEnd)
    v.words.add(file.due?.vague, .dueVague)
    v.words.add(file.formal?.payment_titles, .paymentTitle)
    v.words.add(file.formal?.titles, .formalTitle)
    v.words.add(file.formal?.debt_openers, .debtOpener)
    v.words.add(file.formal?.payment_openers, .paymentOpener)
    v.words.add(file.formal?.label_sentences, .labelSentence)
    v.words.add(file.formal?.debtor_labels, .debtorLabel)
    v.words.add(file.formal?.other_labels, .otherLabel)
    v.words.add(file.formal?.detail_labels, .detailLabel)
    v.words.add(file.debt_verbs, .debt)
    v.words.add(file.payment_verbs, .payment)
    v.words.add(file.due?.lead, .dueLead)
    v.words.add(file.list_total_words, .listTotal)
    v.words.add(file.total_markers, .total)
    v.words.add(file.unit_price_markers, .unitPrice)
    v.words.add(file.fillers, .filler)
    v.words.add(file.heading_words, .heading)
    v.words.add(file.illegible_markers, .illegible)
    for f in file.due?.festivals ?? [] {
      let rule: Festival.Rule
      if let l = f.lunar, l.count == 2, (1...12).contains(l[0]), (1...30).contains(l[1]) {
        rule = .lunar(month: l[0], day: l[1])
      } else if let t = f.solar_term, t >= 0, t < 360 {
        rule = .solarTerm(longitude: t)
      } else if let md = f.month_day, md.count == 2, Day(year: 2024, month: md[0], day: md[1]) != nil {
        rule = .monthDay(month: md[0], day: md[1])
      } else {
        throw Diagnostic(
          file: path, Note(ReadMessage.vocabularyUnreadable, path, "due.festivals: " + f.words.joined(separator: " ")))
      }
      v.festivals.append(Festival(rule: rule))
      for w in f.words { v.dueWords.add(w, .festival, index: v.festivals.count - 1) }
    }
    for r in file.due?.relative ?? [] {
      let rel = Relative(
        days: r.days ?? 0, weeks: r.weeks ?? 0, months: r.months ?? 0, endOfMonth: r.end_of_month ?? false)
      guard rel.days >= 0, rel.weeks >= 0, rel.months >= 0, rel.days + rel.weeks + rel.months > 0 else {
        throw Diagnostic(
          file: path, Note(ReadMessage.vocabularyUnreadable, path, "due.relative: " + r.words.joined(separator: " ")))
      }
      v.relatives.append(rel)
      for w in r.words { v.dueWords.add(w, .relative, index: v.relatives.count - 1) }
    }
    if let d = file.due?.duration {
      v.durationLeads.add(d.leads, .durationLead)
      v.durationTails.add(d.tails, .durationTail)
      for (word, unit) in (d.units ?? [:]).sorted(by: { $0.key < $1.key }) {
        guard let u = DurationUnit(rawValue: unit) else {
          throw Diagnostic(file: path, Note(ReadMessage.vocabularyUnreadable, path, "due.duration.units: " + word))
        }
        v.durationUnits.add(word, .durationUnit, index: Int(u.index))
      }
    }
    v.goods.add(file.goods_words, .goods)
    for (list, category) in [
      (file.due?.next_month_end, Category.dueNextMonthEnd), (file.due?.end_of_month, .dueEndOfMonth),
      (file.due?.before_spring_festival, .dueSpringFestival), (file.due?.year_end, .dueYearEnd),
      (file.due?.vague, .dueVague),
    ] {
      v.dueListed.add(list, category)
    }
    v.afterDate.add(file.due?.after_date, .afterDate)
    v.afterMonthEnd.add(file.due?.after_month_end, .afterMonthEnd)
    v.paidOn.add(file.due?.paid_on, .filler)
    v.settled.add(file.settled_after_debt, .payment)
    v.settleBefore.add(file.settle_negated_by, .settleNegated)
    v.balanceAlone.add(file.balance_verbs_alone, .balance)
    v.settleBefore.add(file.settle_future_by, .settleFuture)
    v.settleBefore.add(file.settle_certain_by, .settleCertain)
    v.settleBefore.add(file.settle_doubted_by, .settleDoubted)
    v.measures.add(file.measure_words, .measure)
    v.honorifics.add(file.honorifics, .honorific)
    for w in file.verb_surnames ?? [] where w.unicodeScalars.count == 1 { v.verbSurnames.insert(w.unicodeScalars.first!.value) }
    for w in file.not_given_names ?? [] where w.unicodeScalars.count == 1 { v.notGivenNames.insert(w.unicodeScalars.first!.value) }
    v.commentPrefixes = (file.comment_prefixes ?? []).map { Scalars.folded($0) }.filter { !$0.isEmpty }
    v.creditorSuffixes = (file.formal?.creditor_suffixes ?? []).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    v.formalTextWords.add(file.formal?.text_words, .otherLabel)
    v.formalRateWords.add(file.formal?.rate_words, .otherLabel)
    v.formalBreakdownWords.add(file.formal?.breakdown_words, .otherLabel)
    v.formalRestatementWords.add(file.formal?.restatement_words, .otherLabel)
    v.nameFollowedBy = (file.formal?.name_followed_by ?? []).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    if let n = file.formal?.max_lines, n > 1 { v.maxFormalLines = n }
    return v
  }

  // The file's layout (snake_case keys as written in iou.json; every list may be left out).
  // swift-format-ignore: AlwaysUseLowerCamelCase
  private struct File: Decodable {
    struct Due: Decodable {
      var end_of_month: [String]?
      var before_spring_festival: [String]?
      var year_end: [String]?
      var vague: [String]?
      var lead: [String]?
      var after_date: [String]?
      var after_month_end: [String]?
      var paid_on: [String]?
      var next_month_end: [String]?
      var festivals: [FestivalEntry]?
      var relative: [RelativeEntry]?
      var duration: Duration?
    }
    struct FestivalEntry: Decodable {
      var words: [String]
      var lunar: [Int]?
      var solar_term: Double?
      var month_day: [Int]?
    }
    struct RelativeEntry: Decodable {
      var words: [String]
      var days: Int?
      var weeks: Int?
      var months: Int?
      var end_of_month: Bool?
    }
    struct Duration: Decodable {
      var leads: [String]?
      var tails: [String]?
      var units: [String: String]?
    }
    struct Formal: Decodable {
      var titles: [String]?
      var payment_titles: [String]?
      var debt_openers: [String]?
      var payment_openers: [String]?
      var debtor_labels: [String]?
      var other_labels: [String]?
      var detail_labels: [String]?
      var label_sentences: [String]?
      var creditor_suffixes: [String]?
      var name_followed_by: [String]?
      var text_words: [String]?
      var rate_words: [String]?
      var breakdown_words: [String]?
      var restatement_words: [String]?
      var max_lines: Int?
    }
    var debt_verbs: [String]?
    var payment_verbs: [String]?
    var ambiguous_huan: [String]?
    var balance_verbs: [String]?
    var balance_words_next_to_amount: [String]?
    var carried_forward_words: [String]?
    var list_total_words: [String]?
    var return_words: [String]?
    var discount_words: [String]?
    var unclear_words: [String]?
    var void_words: [String]?
    var void_other_words: [String]?
    var half_paid_words: [String]?
    var old_debt_words: [String]?
    var settled_after_debt: [String]?
    var settle_negated_by: [String]?
    var balance_verbs_alone: [String]?
    var settle_future_by: [String]?
    var settle_certain_by: [String]?
    var settle_doubted_by: [String]?
    var goods_words: [String]?
    var due: Due?
    var fillers: [String]?
    var total_markers: [String]?
    var unit_price_markers: [String]?
    var measure_words: [String]?
    var honorifics: [String]?
    var verb_surnames: [String]?
    var not_given_names: [String]?
    var heading_words: [String]?
    var comment_prefixes: [String]?
    var illegible_markers: [String]?
    var formal: Formal?
  }
}

/// Words looked up by their first scalar, longest first, on folded scalars.
struct WordTable: Sendable {
  struct Entry: Sendable {
    var scalars: [UInt32]
    var category: IOUVocabulary.Category
    /// For festivals, relative days and duration units: which one.
    var index: Int = 0
  }

  private var byFirst: [UInt32: [Entry]] = [:]
  /// A 4096-bit filter on the first scalar: most positions of a line start no word.
  private var filter = [UInt64](repeating: 0, count: 64)

  var isEmpty: Bool { byFirst.isEmpty }

  mutating func add(_ words: [String]?, _ category: IOUVocabulary.Category) {
    for w in words ?? [] { add(w, category) }
  }

  mutating func add(_ word: String, _ category: IOUVocabulary.Category, index: Int = 0) {
    let s = Scalars.folded(word)
    guard let first = s.first else { return }
    var list = byFirst[first] ?? []
    if list.contains(where: { $0.scalars == s }) { return }
    list.append(Entry(scalars: s, category: category, index: index))
    list.sort { $0.scalars.count > $1.scalars.count }
    byFirst[first] = list
    let h = Int(first & 0xFFF)
    filter[h >> 6] |= 1 << UInt64(h & 63)
  }

  /// The longest word at `s[i...]` with spaces inside it ignored (`欠  条`), and where it ends.
  func matchIgnoringSpaces(_ s: [UInt32], _ i: Int, _ hi: Int) -> (Entry, Int)? {
    guard let list = byFirst[s[i]] else { return nil }
    outer: for e in list {
      var j = i + 1
      var k = 1
      while k < e.scalars.count {
        while j < hi && Scalars.isSpace(s[j]) { j += 1 }
        guard j < hi, s[j] == e.scalars[k] else { continue outer }
        j += 1
        k += 1
      }
      return (e, j)
    }
    return nil
  }

  /// The longest word at `s[i...]` not crossing a masked position (`mask[k] != 0`).
  @inline(__always)
  func match(_ s: [UInt32], _ i: Int, _ hi: Int, mask: [UInt8]? = nil) -> Entry? {
    guard i < hi else { return nil }
    let c = s[i]
    let h = Int(c & 0xFFF)
    guard filter[h >> 6] & (1 << UInt64(h & 63)) != 0, let list = byFirst[c] else { return nil }
    outer: for e in list where i + e.scalars.count <= hi {
      var k = 1
      while k < e.scalars.count {
        if s[i + k] != e.scalars[k] { continue outer }
        if let mask, mask[i + k] != 0 { continue outer }
        k += 1
      }
      return e
    }
    return nil
  }
}

extension IOUVocabulary {
  /// A festival a debt may be due at (`中秋还`): a lunar day, a solar term or a fixed day.
  struct Festival: Sendable {
    enum Rule: Sendable {
      case lunar(month: Int, day: Int)
      /// The sun's ecliptic longitude in degrees (清明 15, 冬至 270).
      case solarTerm(longitude: Double)
      case monthDay(month: Int, day: Int)
    }
    var rule: Rule
  }

  /// A day counted from the record's date (`明天`, `下周`, `下个月`).
  struct Relative: Sendable {
    var days: Int
    /// The end (Sunday) of the week this many weeks later.
    var weeks: Int
    var months: Int
    /// With `months`: the end of that month.
    var endOfMonth: Bool
  }

  /// The unit of a period (`三个月`, `10天`).
  enum DurationUnit: String, Sendable, CaseIterable {
    case day, week, month, year

    var index: UInt8 {
      switch self {
      case .day: return 0
      case .week: return 1
      case .month: return 2
      case .year: return 3
      }
    }

    init?(index: Int) {
      switch index {
      case 0: self = .day
      case 1: self = .week
      case 2: self = .month
      case 3: self = .year
      default: return nil
      }
    }
  }
}
