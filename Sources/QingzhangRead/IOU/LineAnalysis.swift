import QingzhangModel

/// A word of the vocabulary found in a line: folded scalars `start..<end`.
struct WordHit {
  var start: Int
  var end: Int
  var category: IOUVocabulary.Category
}

/// Who an amount belongs to in a line.
enum AmountRole {
  case none, debt, payment
  /// `还欠 800`: the balance still owed (a check figure, not a movement).
  case balance
  /// `上年结转 800`: a balance brought forward from earlier books (a check figure).
  case carried
  /// `退货 100`: goods brought back (a negative debt).
  case returned
  /// `抹零 5`: a discount (counted as paid).
  case discount
}

/// A due phrase read from a line (see `LineAnalysis.scanDuePhrases`).
enum DueValue {
  /// `中秋还`: index into `IOUVocabulary.festivals`.
  case festival(Int)
  /// `明天还`, `下个月还`: index into `IOUVocabulary.relatives`.
  case relative(Int)
  /// `借期三个月`, `10天内还`, `半年内还`.
  case duration(count: Int, unit: IOUVocabulary.DurationUnit)
  /// `15号还`: that day of the record's month (or the next).
  case dayOfMonth(Int)
}

struct DueSpan {
  var start: Int
  var end: Int
  var value: DueValue
}

/// An amount that can be money (not a quantity, a unit price or part of a goods name).
struct MoneyCandidate {
  var span: AmountSpan
  /// The 小写 figure written beside a 大写 amount (`叁仟伍佰元整（¥3500.00）`).
  var figure: AmountSpan?
  var role = AmountRole.none
  /// Marked as the total (`共450元`).
  var isTotal = false
  /// A price per piece kept as what is owed (`1200元一台`): never picked over another amount
  /// for being written with 元.
  var perPiece = false
  /// Read as negative because it is written in brackets (`(1,200.00)`).
  var bracketNegative = false
  /// A debt said to be repaid in full after its amount (`欠 3500 已还清`): the words' span.
  var settled: (start: Int, end: Int)?
}

/// A run of text between separators and recognised parts: a name, goods, a cause.
struct TextToken {
  var start: Int
  var end: Int
  var hasLetter: Bool
  var hasDigit: Bool
}

/// The scratch buffers and the analysis of one line, or of a formal IOU's lines joined by
/// `\n`. Buffers are kept between lines so a line costs no allocation beyond its strings.
struct LineAnalysis {
  static let wordMark: UInt8 = 4
  static let listMark: UInt8 = 5

  var line = Scalars.Line()
  /// The folded scalars of `line` (kept apart for fast subscripting).
  var fold: [UInt32] = []
  var mask: [UInt8] = []
  var used: [Bool] = []
  var dates: [DateSpan] = []
  /// For each of `dates`: it is a due date (`定于…前还清`, `6月底`).
  var dateIsDue: [Bool] = []
  var numbers: [NumberSpan] = []
  var amounts: [AmountSpan] = []
  var words: [WordHit] = []
  var candidates: [MoneyCandidate] = []
  var tokens: [TextToken] = []
  /// Due phrases (`中秋还`, `借期三个月`); each is also a `.duePhrase` word.
  var dueSpans: [DueSpan] = []
  /// After the last amount, text ending in a due verb that no rule read (`收了稻谷再还`): when
  /// the debt is to be repaid, not a payment.
  var dueClause: (start: Int, end: Int)?
  /// A settling word in doubt (`可能已还`, `已还？`, `五一还了`): from the doubting words to
  /// the end of the settling word. The line is a question.
  var settleDoubt: (start: Int, end: Int)?
  /// Where a repayment verb stands right after a date said with `已于` (`已于3月10日还`): it
  /// settles the debt before it like `已还清` does.
  var paidOnVerbs: [Int] = []
  /// Dates said with `已于` (`已于3月10日`): from the lead word to the date's end.
  var paidOnDates: [(start: Int, end: Int)] = []
  var lo = 0
  var hi = 0

  /// Loads a line (or joined lines) and trims it.
  mutating func load(_ text: Substring) {
    line.load(text)
    swap(&fold, &line.fold)
    (lo, hi) = Scalars.trim(fold, 0, fold.count)
  }

  var isBlank: Bool { lo >= hi }

  /// Whether the text holds U+FFFD (bytes that could not be decoded).
  var hasReplacementCharacter: Bool {
    var i = lo
    while i < hi {
      if fold[i] == 0xFFFD { return true }
      i += 1
    }
    return false
  }

  func text(_ a: Int, _ b: Int) -> String { line.text(a, b) }

  /// The whole (trimmed) original text.
  var wholeText: String { text(lo, hi) }

  // MARK: - Scanning

  /// Finds dates, phone numbers, words and amounts. `bareMonthDay`: `3.5` at the start of the
  /// line may be a date (one-line IOUs start with their date).
  mutating func scan(_ v: IOUVocabulary, bareMonthDay: Bool) {
    let n = fold.count
    mask.removeAll(keepingCapacity: true)
    mask.append(contentsOf: repeatElement(0, count: n))
    used.removeAll(keepingCapacity: true)
    used.append(contentsOf: repeatElement(false, count: n))
    dates.removeAll(keepingCapacity: true)
    dateIsDue.removeAll(keepingCapacity: true)
    numbers.removeAll(keepingCapacity: true)
    amounts.removeAll(keepingCapacity: true)
    words.removeAll(keepingCapacity: true)
    candidates.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    dueSpans.removeAll(keepingCapacity: true)
    dueClause = nil
    settleDoubt = nil
    paidOnVerbs.removeAll(keepingCapacity: true)
    paidOnDates.removeAll(keepingCapacity: true)

    // A list number at the start: `1、`, `12.`, `3)`.
    var first = lo
    do {
      var j = lo
      while j < hi && j - lo < 3 && Scalars.isDigit(fold[j]) { j += 1 }
      if j > lo && j < hi {
        let c = fold[j]
        let next = j + 1 < hi ? fold[j + 1] : 0x20
        if c == 0x3001 || c == 0x29 || (c == 0x2E && !Scalars.isDigit(next)) {
          for k in lo...j {
            mask[k] = LineAnalysis.listMark
            used[k] = true
          }
          first = j + 1
          while first < hi && Scalars.isSpace(fold[first]) { first += 1 }
        }
      }
    }

    LineMasks.markDatesAndNumbers(
      fold, lo, hi, mask: &mask, dates: &dates, phones: &numbers, bareMonthDayAt: bareMonthDay ? first : -1)

    // Words right after a date make it a due date: 2024年6月30日前还清, 6月底还.
    for d in dates {
      var due = false
      if case .monthEnd = d.value { due = true }
      // After a lead word: 定于2024年6月30日, 约定10月15日, 还款日期：6月30日.
      var p = d.start
      while p > lo && (Scalars.isSpace(fold[p - 1]) || fold[p - 1] == 0x3A) { p -= 1 }
      // `欠 2000 已于3月10日还清`: the day it was repaid, not when it is due.
      if !due, let lead = paidOnLead(v, before: p) {
        addWord(lead, p, .filler)
        paidOnDates.append((lead, d.end))
        var j = d.end
        if j < hi && fold[j] == 0x20 { j += 1 }
        if j < hi && mask[j] == 0 && v.afterMonthEnd.match(fold, j, hi, mask: mask) != nil { paidOnVerbs.append(j) }
        dateIsDue.append(false)
        continue
      }
      var length = 1
      while !due && length <= 5 && p - length >= lo {
        if mask[p - length] == 0, let e = v.words.match(fold, p - length, hi, mask: mask),
          e.category == .dueLead, e.scalars.count == length
        {
          due = true
        }
        length += 1
      }
      var j = d.end
      if j < hi && fold[j] == 0x20 { j += 1 }
      if j < hi && mask[j] == 0, let e = v.afterDate.match(fold, j, hi, mask: mask) {
        addWord(j, j + e.scalars.count, .afterDate)
        due = true
        j += e.scalars.count
      }
      if j < hi, mask[j] == 0, let e = v.afterMonthEnd.match(fold, j, hi, mask: mask),
        !paidAlready(j + e.scalars.count), !longerWord(v, j, than: e.scalars.count),
        due
          || (d.start > first && notFollowedByAmount(j + e.scalars.count)
            && !paidWithAmountAfter(d.start, j + e.scalars.count, first)
            && !(e.scalars.count == 1 && j + 1 < hi && v.honorifics.match(fold, j + 1, hi) != nil))
      {
        // 6月底还; 3月20日还, 正月十五还 (a date then 还 with no amount after it: when it is due).
        addWord(j, j + e.scalars.count, .afterMonthEnd)
        due = true
      }
      dateIsDue.append(due)
    }

    scanDuePhrases(v)

    var i = lo
    while i < hi {
      if mask[i] != 0 {
        i += 1
        continue
      }
      // `截至年底还欠 3000` with no amount before it: the balance owed then (a check figure);
      // after an amount (`欠 500 月底还欠 200`) it is when that is due.
      if let b = v.balanceAlone.match(fold, i, hi, mask: mask),
        !(lo..<i).contains(where: { Scalars.isDigit(fold[$0]) && mask[$0] == 0 })
      {
        addWord(i, i + b.scalars.count, .balance)
        i += b.scalars.count
        continue
      }
      guard let e = v.words.match(fold, i, hi, mask: mask) else {
        i += 1
        continue
      }
      let end = i + e.scalars.count
      // 付师傅, 借老板: a surname before an honorific, not a verb.
      if e.category.isVerb && e.scalars.count == 1 && end < hi && v.honorifics.match(fold, end, hi) != nil {
        i += 1
        continue
      }
      // `余 1500` is the balance left; 余建军 is a person: such a word only before a figure.
      if e.category == .balanceNextToAmount {
        var k = end
        while k < hi && (Scalars.isSpace(fold[k]) || Scalars.isSeparator(fold[k])) { k += 1 }
        // (One character, `余`, before an Arabic figure only: 余三 is a person too. `尚余`,
        // `其余 1500` are the balance left as well.)
        let figure = k < hi && (Scalars.isDigit(fold[k]) || (e.scalars.count > 1 && NumChar.of(fold[k]).kind != .other))
        if !figure {
          i += 1
          continue
        }
      }
      // 付强 水泥 450: where the name stands, a surname glued to a given name, not a payment.
      if e.category.isVerb && e.scalars.count == 1 && v.verbSurnames.contains(fold[i]) && namePosition(i, first)
        && gluedGivenName(v, end)
      {
        i = end
        continue
      }
      addWord(i, end, e.category)
      i = end
    }
    words.sort { $0.start < $1.start }
    // `欠 2000 年底还了`: the listed due phrase took the 还 of 还了: due then, or repaid then?
    if let w = words.first(where: { $0.category.isDue && $0.end < hi && fold[$0.end] == 0x4E86 }) {
      settleDoubt = (w.start, w.end + 1)
    }

    AmountScanner.scan(fold, lo, hi, mask: mask, into: &amounts)
  }

  /// Whether only separators and dates follow `i` (`已还清 5月1日`; not `结清后再拿货`).
  private func nothingMore(after i: Int) -> Bool {
    var k = i
    while k < hi {
      // (`已还清 (微信)`: how it was paid, in brackets.)
      if fold[k] == 0x28, let close = fold[(k + 1)..<hi].firstIndex(of: 0x29) {
        k = close + 1
        continue
      }
      // (`已还清了`, `已结清啦`: a particle ends the sentence.)
      if !(Scalars.isSpace(fold[k]) || Scalars.isSeparator(fold[k]) || mask[k] == LineMasks.dateMark
        || fold[k] == 0x3002 || fold[k] == 0x28 || fold[k] == 0x29 || fold[k] == 0x4E86 || fold[k] == 0x5566)
      {
        return false
      }
      k += 1
    }
    return true
  }

  enum SettleCheck {
    /// `negated`: `不还了`; `future`: `快还清了` (neither is a repayment).
    case plain, negated, future
    /// In doubt from this position on.
    case doubted(Int)

    var denies: Bool {
      switch self {
      case .negated, .future: return true
      default: return false
      }
    }
  }

  /// Whether the settling word at `start..<end` (after an amount ending at `after`) is denied
  /// (`不还了`, `快还清了`), doubted (`可能已还`, `已还？`) or said right after a festival or a
  /// month end (`五一还了`, `5月底还了`: due then, or repaid then?).
  func settleCheck(_ v: IOUVocabulary, _ start: Int, _ end: Int, after: Int) -> SettleCheck {
    let questioned = questionMarkEnd(after: end) != end
    var p = start
    while p > after && Scalars.isSpace(fold[p - 1]) { p -= 1 }
    // `可能已于3月10日还清`: what is said before the date said with `已于`.
    if let d = paidOnDates.first(where: { $0.end == p && $0.start >= after }) {
      p = d.start
      while p > after && Scalars.isSpace(fold[p - 1]) { p -= 1 }
    }
    var length = min(4, p - after)
    while length > 0 {
      if let e = v.settleBefore.match(fold, p - length, p), e.scalars.count == length {
        if questioned { return .doubted(p - length) }
        switch e.category {
        case .settleCertain: return .plain  // 早就还了, 当天就还清了
        case .settleNegated: return .negated
        case .settleFuture: return .future
        default:
          // `3月10日就还了`: paid that day; `有钱就还了`, `过几天就还了`: a question.
          var d = p - length
          while d > after && Scalars.isSpace(fold[d - 1]) { d -= 1 }
          if e.scalars == [0x5C31],
            dates.contains(where: { x in
              if case .monthEnd = x.value { return false }
              return x.end == d && x.start >= after
            })
          {
            return .plain
          }
          return .doubted(p - length)
        }
      }
      length -= 1
    }
    // `以前欠的已还清`: an older debt repaid, or this one?
    if let w = words.first(where: { $0.category == .oldDebt && $0.end == p && $0.start >= after }) {
      return .doubted(w.start)
    }
    // `五一还了`, `中秋节已还`, `下个月就还了`, `5月底还了`. (`五一前已还清`: repaid before
    // it, said in the past.)
    if fold[start] == 0x5DF2 && p > after && fold[p - 1] == 0x524D { return questioned ? .doubted(start) : .plain }
    var q = p
    if q > after && fold[q - 1] == 0x5C31 { q -= 1 }  // 就
    while q > after && Scalars.isSpace(fold[q - 1]) { q -= 1 }
    if q > after && fold[q - 1] == 0x8282 { q -= 1 }  // 节
    length = min(4, q - after)
    while length > 0 {
      if let e = v.dueWords.match(fold, q - length, q), e.scalars.count == length { return .doubted(q - length) }
      length -= 1
    }
    for d in dates where d.end == q && d.start >= after {
      if case .monthEnd = d.value { return .doubted(d.start) }
    }
    // `月底前就还清了`: a due phrase of the word lists.
    if let w = words.first(where: { $0.category.isDue && $0.end == q && $0.start >= after }) { return .doubted(w.start) }
    return questioned ? .doubted(start) : .plain
  }

  /// `end`, or past a question mark right after it (`已还？`).
  private func questionMarkEnd(after end: Int) -> Int {
    var k = end
    while k < hi && Scalars.isSpace(fold[k]) { k += 1 }
    return k < hi && (fold[k] == 0x3F || fold[k] == 0xFF1F) ? k + 1 : end
  }

  /// The start of `已于`, `已在` (`due.paid_on`) ending at `p`, the longest such word.
  private func paidOnLead(_ v: IOUVocabulary, before p: Int) -> Int? {
    var length = min(3, p - lo)
    while length > 0 {
      if (p - length..<p).allSatisfy({ mask[$0] == 0 }), let e = v.paidOn.match(fold, p - length, p),
        e.scalars.count == length
      {
        return p - length
      }
      length -= 1
    }
    return nil
  }

  /// The end of the settling word starting where `w` does (`已还清`, `还清了`; or the verb
  /// after a date said with `已于`: `已于3月10日还`), nil when it is none.
  private func settledEnd(_ v: IOUVocabulary, _ w: WordHit) -> Int? {
    if let e = v.settled.match(fold, w.start, hi), e.scalars.count >= w.end - w.start { return w.start + e.scalars.count }
    return paidOnVerbs.contains(w.start) ? w.end : nil
  }

  /// Whether `i` is where a line's name stands: first, or right after the line's date.
  private func namePosition(_ i: Int, _ first: Int) -> Bool {
    var p = i
    while p > first && Scalars.isSpace(fold[p - 1]) { p -= 1 }
    guard p > first else { return true }
    if fold[p - 1] == 0x3A || fold[p - 1] == 0xFF1A || fold[p - 1] == 0x0A { return true }  // `借款人：付国华`
    // `现欠付国华 500`: right after an opener.
    if let w = words.last, w.end == p, w.category == .debtOpener || w.category == .paymentOpener { return true }
    // (The line's own date, at its start: not `张建国 3月5日 付砂石 300`.)
    while p > first && (mask[p - 1] == LineMasks.dateMark || Scalars.isSpace(fold[p - 1])) { p -= 1 }
    return p == first && mask[first] == LineMasks.dateMark
  }

  /// One or two Han characters from `j` that can be a given name, then the end of the word
  /// (a space, a separator, a digit, a bracket or an honorific).
  private func gluedGivenName(_ v: IOUVocabulary, _ j: Int) -> Bool {
    if j < hi, v.goods.match(fold, j, hi, mask: mask) != nil { return false }  // 付砂石: paid for sand
    var k = j
    while k < hi && k - j < 3 && mask[k] == 0 && Scalars.isHan(fold[k]) {
      if k > j && v.honorifics.match(fold, k, hi) != nil { break }  // 付强师傅
      if v.notGivenNames.contains(fold[k]) || NumChar.of(fold[k]).kind != .other { return false }
      if v.words.match(fold, k, hi, mask: mask) != nil { return false }
      k += 1
    }
    guard (1...2).contains(k - j) else { return false }
    return k == hi || Scalars.isSeparator(fold[k]) || Scalars.isSpace(fold[k]) || Scalars.isDigit(fold[k])
      || fold[k] == 0x28 || v.honorifics.match(fold, k, hi) != nil
  }

  // MARK: - Due phrases

  /// Whether no amount starts after `i` (spaces skipped): `还` there is when, not what, is paid.
  private func notFollowedByAmount(_ i: Int) -> Bool {
    var k = i
    while k < hi && Scalars.isSpace(fold[k]) { k += 1 }
    guard k < hi else { return true }
    // `元宵还 1月5日`: a date after the verb is when it was written, not an amount paid.
    if dates.contains(where: { $0.start == k }) { return true }
    let c = fold[k]
    if Scalars.isDigit(c) || c == 0xA5 || c == 0x2D { return false }
    switch NumChar.of(c).kind {
    case .digit, .unit, .tens, .big, .can: return false
    default: return true
    }
  }

  /// `张建国 3月5日 付砂石 300`: a date and a verb with the only figures after them is the
  /// day it was paid, not when it is due (`欠 3500 3月20日还` has its figure before).
  private func paidWithAmountAfter(_ dateStart: Int, _ verbEnd: Int, _ first: Int) -> Bool {
    func figure(_ k: Int) -> Bool { Scalars.isDigit(fold[k]) && mask[k] == 0 }
    return (verbEnd..<hi).contains(where: figure) && !(first..<dateStart).contains(where: figure)
  }

  /// `2024年底结余 5000`, `6月底还欠 500`: a balance (or debt) word starting at `j` longer
  /// than the due verb found there, which must not take its first character.
  private func longerWord(_ v: IOUVocabulary, _ j: Int, than length: Int) -> Bool {
    guard let w = v.words.match(fold, j, hi, mask: mask), w.scalars.count > length else { return false }
    switch w.category {
    case .balance, .balanceNextToAmount, .carriedForward, .debt: return true
    default: return false
    }
  }

  /// `3月5日还了1000`: a verb in the past tense (`了`) says it was paid, not when it is due.
  private func paidAlready(_ i: Int) -> Bool { i < hi && fold[i] == 0x4E86 }

  /// After a due phrase ending at `j`: `前`/`之前`/`前还清` (`due.after_date`) and/or a due verb
  /// (`due.after_month_end`: `还`, `结清`, …) not followed by an amount. Where the phrase ends,
  /// or nil when neither follows.
  private func dueTail(_ v: IOUVocabulary, _ j0: Int) -> Int? {
    var j = j0
    var found = false
    if j < hi, mask[j] == 0, let e = v.afterDate.match(fold, j, hi, mask: mask) {
      j += e.scalars.count
      found = true
    }
    var k = j
    while k < hi && fold[k] == 0x20 { k += 1 }
    if k < hi, mask[k] == 0, let e = v.afterMonthEnd.match(fold, k, hi, mask: mask),
      !paidAlready(k + e.scalars.count), notFollowedByAmount(k + e.scalars.count)
    {
      j = k + e.scalars.count
      found = true
    }
    return found ? j : nil
  }

  /// Finds due phrases that need more than a word list: a festival or a relative day followed
  /// by a due verb (`中秋还`, `端午节前还清`, `下个月还`), a period (`借期三个月`, `10天内还`,
  /// `半年内还`) and a day of the month (`15号还`, `5号前还清`).
  private mutating func scanDuePhrases(_ v: IOUVocabulary) {
    var i = lo
    while i < hi {
      if mask[i] != 0 {
        i += 1
        continue
      }
      // A phrase of the word lists wins (`过两天还` is vague, not two days).
      if let e = v.dueListed.match(fold, i, hi, mask: mask) {
        i += e.scalars.count
        continue
      }
      if let e = v.dueWords.match(fold, i, hi, mask: mask) {
        var j = i + e.scalars.count
        if e.category == .festival && j < hi && fold[j] == 0x8282 && mask[j] == 0 { j += 1 }  // 节
        if let end = dueTail(v, j) {
          addDue(i, end, e.category == .festival ? .festival(e.index) : .relative(e.index))
          i = end
          continue
        }
      }
      let c = fold[i]
      var numeric = Scalars.isDigit(c) || c == 0x534A
      if !numeric && c >= 0x3000 {
        switch NumChar.of(c).kind {
        case .digit, .can, .zero, .unit: numeric = true
        default: break
        }
      }
      if numeric || v.durationLeads.match(fold, i, hi, mask: mask) != nil, let (value, end) = period(v, i) {
        addDue(i, end, value)
        i = end
        continue
      }
      i += 1
    }
  }

  private mutating func addDue(_ a: Int, _ b: Int, _ value: DueValue) {
    dueSpans.append(DueSpan(start: a, end: b, value: value))
    addWord(a, b, .duePhrase)
  }

  /// `借期三个月`, `三个月内还`, `半年内`, `10天内还清`; or `15号还`, `5号前还清`.
  private func period(_ v: IOUVocabulary, _ i: Int) -> (DueValue, Int)? {
    var j = i
    var lead = false
    if let e = v.durationLeads.match(fold, j, hi, mask: mask) {
      j += e.scalars.count
      lead = true
      while j < hi && (fold[j] == 0x20 || fold[j] == 0x3A) && mask[j] == 0 { j += 1 }
    }
    guard j < hi, mask[j] == 0 else { return nil }
    var n = 0
    var half = false
    if Scalars.isDigit(fold[j]) {
      if j > lo && (Scalars.isDigit(fold[j - 1]) || fold[j - 1] == 0x2E || Scalars.isLatinLetter(fold[j - 1])) {
        return nil
      }
      let (value, count, e) = DateScanner.readInt(fold, j, hi)
      guard count <= 3 else { return nil }
      n = value
      j = e
    } else if fold[j] == 0x534A {  // 半
      half = true
      j += 1
    } else if let (value, e, lunarForm) = DateScanner.readHanSmall(fold, j, hi), !lunarForm {
      n = value
      j = e
    } else {
      return nil
    }
    guard j < hi, mask[j] == 0 else { return nil }
    let u = fold[j]
    let dayMark = u == 0x53F7 || u == 0x865F || u == 0x65E5  // 号 號 日
    if dayMark && !lead && !half && (1...31).contains(n)
      && !(u == 0x65E5 && j + 1 < hi && v.durationTails.match(fold, j + 1, hi, mask: mask) != nil)
    {
      guard let end = dueTail(v, j + 1) else { return nil }
      return (.dayOfMonth(n), end)
    }
    guard let ue = v.durationUnits.match(fold, j, hi, mask: mask),
      let unit = IOUVocabulary.DurationUnit(index: ue.index)
    else { return nil }
    j += ue.scalars.count
    var tail = false
    if j < hi, mask[j] == 0, let t = v.durationTails.match(fold, j, hi, mask: mask) {
      j += t.scalars.count
      tail = true
    }
    var end = j
    var verb = false
    if let e = dueTail(v, j) {
      end = e
      verb = true
    }
    guard lead || tail || verb else { return nil }
    if half {
      switch unit {
      case .year: return (.duration(count: 6, unit: .month), end)
      case .month: return (.duration(count: 15, unit: .day), end)
      default: return nil
      }
    }
    let limit: Int
    switch unit {
    case .day: limit = 366
    case .week: limit = 52
    case .month: limit = 36
    case .year: limit = 5
    }
    guard (1...limit).contains(n) else { return nil }
    return (.duration(count: n, unit: unit), end)
  }

  private mutating func addWord(_ a: Int, _ b: Int, _ c: IOUVocabulary.Category) {
    words.append(WordHit(start: a, end: b, category: c))
    for k in a..<b { mask[k] = LineAnalysis.wordMark }
  }

  func hasWord(_ c: IOUVocabulary.Category) -> Bool { words.contains { $0.category == c } }

  func firstWord(_ c: IOUVocabulary.Category) -> WordHit? { words.first { $0.category == c } }

  /// Whether a word of category `c` starts at `i`, spaces skipped.
  func wordStarts(after i: Int, _ c: IOUVocabulary.Category) -> Bool {
    var k = i
    while k < hi && Scalars.isSpace(fold[k]) { k += 1 }
    return words.contains { $0.start == k && $0.category == c }
  }

  /// Whether a label word ending at `end` labels what follows (`欠款人：李四`, `欠款人 李四`,
  /// `欠款人李四`), not a word of a sentence (`欠款人承诺于2024年12月31日前一次性还清`).
  /// `scanned`: `scan` ran on this line, so `mask` is its own (not before: `startsWithLabel`).
  func labels(endingAt end: Int, scanned: Bool = true) -> Bool {
    var j = end
    var spaced = false
    while j < hi && (fold[j] == 0x20 || fold[j] == 0x09 || fold[j] == 0x3000) {
      j += 1
      spaced = true
    }
    guard j < hi, fold[j] != 0x0A else { return true }
    if fold[j] == 0x3A || spaced { return true }
    // Glued to the label: a name of at most four characters, then a bracket, a space or the end.
    var k = j
    while k < hi && fold[k] != 0x0A && fold[k] != 0x28 && !Scalars.isSpace(fold[k]) && !Scalars.isSeparator(fold[k])
      && !Scalars.isDigit(fold[k]) && (!scanned || mask[k] == 0)
    {
      k += 1
    }
    return k - j <= 4
  }

  /// The word that ends exactly at `i` (after skipping spaces backwards), if any.
  func word(endingBefore i: Int) -> WordHit? {
    var j = i
    while j > lo && Scalars.isSpace(fold[j - 1]) { j -= 1 }
    return words.last { $0.end == j }
  }

  // MARK: - Money candidates

  /// Whether another amount of the line is `price` times a count written on it (a number
  /// with a measure word, `两台`, or after ×: `3000元一台 两台 6000`, `35元一包 x10 350`).
  private func pricedTotal(_ price: AmountSpan, _ v: IOUVocabulary) -> Bool {
    guard let p = price.value.fen, p > 0 else { return false }
    var counts: [Int64] = []
    for b in amounts where b.start != price.start && !b.value.strong {
      // (`2000块` beside a price per 块 counts bricks.)
      let counted = (b.end < hi && v.measures.match(fold, b.end, hi) != nil) || (b.value.kuai && fold[b.end - 1] == 0x5757)
      if counted, let f = b.value.fen, f > 0, f % 100 == 0 { counts.append(f / 100) }
    }
    var k = lo
    while k < hi {
      let c = fold[k]
      if c == 0xD7 || c == 0x2A || c == 0x78 || c == 0x58 {  // × * x X then digits
        var j = k + 1
        while j < hi && Scalars.isSpace(fold[j]) { j += 1 }
        var n: Int64 = 0
        var digits = 0
        while j < hi && Scalars.isDigit(fold[j]) && digits < 6 {
          n = n * 10 + Int64(fold[j] - 0x30)
          digits += 1
          j += 1
        }
        if n > 0 { counts.append(n) }
      } else if NumChar.of(c).kind == .digit, k + 1 < hi, v.measures.match(fold, k + 1, hi) != nil,
        !(k > lo && NumChar.of(fold[k - 1]).kind != .other)
      {
        counts.append(NumChar.of(c).value)  // 两台
      }
      k += 1
    }
    return amounts.contains { b in b.start != price.start && counts.contains { b.value.fen == p * $0 } }
  }

  /// 共, 一共, 总共, 合计, 计 before a count of pieces.
  private func countWord(_ c: UInt32) -> Bool { c == 0x5171 || c == 0x4E00 || c == 0x603B || c == 0x8BA1 || c == 0x5408 }

  /// Whether a word of formal.rate_words (`月息`, `罚`) stands at most four characters before
  /// `i` (`月息50元`, `逾期每天罚50元`).
  /// (`还利息 100`, `利息已付 200`, `逾期 还了 500`: a verb next to it makes the amount money
  /// paid or owed.)
  private func followsRateWord(_ i: Int, _ v: IOUVocabulary) -> Bool {
    guard !v.formalRateWords.isEmpty else { return false }
    var k = max(lo, i - 6)
    while k < i {
      if let e = v.formalRateWords.match(fold, k, i), k + e.scalars.count + 4 >= i {
        let from = k - 3
        // (`每月付利息 200` is a term of the loan, not money paid; `逾期未还 罚100` a penalty.)
        var m = max(lo, k - 4)
        while m < k {
          if fold[m] == 0x6BCF { return true }  // 每
          m += 1
        }
        // (`利息 欠 200` is interest owed: a debt verb counts too, but not a "not yet paid" one.)
        return !words.contains { w in
          guard w.end > from && w.start < i && w.start != k else { return false }
          if w.category == .payment { return true }
          return w.category == .debt && !fold[w.start..<w.end].contains { $0 == 0x672A || $0 == 0x6CA1 }  // 未 没
        }
      }
      k += 1
    }
    return false
  }

  /// `6.30`, `5.1`: a month (1-12), a dot and a day (1-31), nothing else.
  private func isMonthDay(_ a: Int, _ b: Int) -> Bool {
    guard let dot = fold[a..<b].firstIndex(of: 0x2E) else { return false }
    func number(_ x: Int, _ y: Int) -> Int? {
      guard y > x, y - x <= 2, fold[x..<y].allSatisfy(Scalars.isDigit) else { return nil }
      return fold[x..<y].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    guard let m = number(a, dot), let d = number(dot + 1, b) else { return false }
    return (1...12).contains(m) && (1...31).contains(d)
  }

  /// Whether `b` counts the pieces of a price per piece (`a` to `unitEnd`, `15元一个`) next to
  /// it: a number with a measure word, with nothing but spaces, punctuation or `共`, `一共`, `合计` between
  /// (`15元一个 20个`, `20个 15元一个`, `35元一包 共30包`).
  private func countsPieces(_ b: AmountSpan, _ v: IOUVocabulary, around start: Int, _ unitEnd: Int) -> Bool {
    guard !b.value.strong, b.end < hi, let m = v.measures.match(fold, b.end, hi) else { return false }
    let (from, to) = b.start >= unitEnd ? (unitEnd, b.start) : (b.end + m.scalars.count, start)
    guard from <= to else { return false }
    for k in from..<to where !(Scalars.isSpace(fold[k]) || Scalars.isSeparator(fold[k]) || countWord(fold[k])) {
      return false
    }
    return true
  }

  /// Sorts the amounts into money candidates (dropping quantities, unit prices and numbers that
  /// are part of a goods name), pairs 大写 with its figure, marks totals and gives each a role
  /// from the verbs around it.
  /// `bracketsNegative`: an Arabic amount in brackets that is not the figure beside a 大写
  /// amount is negative (the accounting convention; one-line IOUs only).
  mutating func findCandidates(_ v: IOUVocabulary, bracketsNegative: Bool = false) {
    candidates.removeAll(keepingCapacity: true)
    for a in amounts {
      let val = a.value
      var p = a.start - 1
      while p >= lo && Scalars.isSpace(fold[p]) { p -= 1 }
      var q = a.end
      while q < hi && Scalars.isSpace(fold[q]) { q += 1 }
      // Unit prices: ×45, @45, 单价45, 每包45.
      if p >= lo && (fold[p] == 0xD7 || fold[p] == 0x2A || fold[p] == 0x40 || fold[p] == 0x78 || fold[p] == 0x58) {
        continue
      }
      // (`2元每米 200元`: 每米 follows its price, so the 200 after it is no price.)
      if let w = word(endingBefore: a.start), w.category == .unitPrice, !amounts.contains(where: { $0.end == w.start }) {
        continue
      }
      // A price times a count: `三块五毛 x 100个` (the total is what is owed; no total, no amount).
      if q + 1 < hi && (fold[q] == 0xD7 || fold[q] == 0x2A || fold[q] == 0x78 || fold[q] == 0x58) && mask[q] == 0 {
        var r = q + 1
        while r < hi && Scalars.isSpace(fold[r]) { r += 1 }
        // (`380 x1`: one piece, the price is what is owed)
        let one = r < hi && (fold[r] == 0x31 || fold[r] == 0x4E00) && !(r + 1 < hi && Scalars.isDigit(fold[r + 1]))
        if r < hi && mask[r] == 0 && (Scalars.isDigit(fold[r]) || NumChar.of(fold[r]).kind == .digit) && !one { continue }
      }
      // A fraction of an inch: the 1 of `1/2寸`, `3/4分` (the 2 is a size); not `1000/2 次`.
      if q == a.end && q + 1 < hi && fold[q] == 0x2F && Scalars.isDigit(fold[q + 1]) && mask[q] == 0 && !val.strong {
        var r = q + 1
        while r < hi && Scalars.isDigit(fold[r]) { r += 1 }
        if r < hi && (fold[r] == 0x5BF8 || fold[r] == 0x5206) { continue }  // 寸 分
      }
      // A price per piece, written against it: `35元/包`, `15元一个`, `2元每米` (`380 一台`,
      // with a space, is one piece at 380).
      var perPiece = false
      if q == a.end && q + 1 < hi && (fold[q] == 0x2F || fold[q] == 0x4E00 || fold[q] == 0x6BCF),
        let unitLength = v.measures.match(fold, q + 1, hi)?.scalars.count ?? (fold[q + 1] == 0x5757 ? 1 : nil)
      {
        // `1200元一台` is one piece at its price: what is owed, unless the line counts pieces
        // next to it (`1200元一台 2台 2400`, `20个 15元一个 300`, `35元一包 一共10包`) or
        // writes the price times a count of it (`3000元一台 两台 6000`, `x2 6000`,
        // `水泥30包 1050（35元一包）`). Beside another amount (`热水器 1200元一台 安装费 100`,
        // `马桶 980元一套 角阀 2个 36`) it stays a candidate, so the line asks which is owed
        // (or the one 欠 names is owed: `35元一包 欠350`) rather than keeping the other figure.
        let unitEnd = q + 1 + unitLength  // (块: pieces here, not yuan)
        let onePiece =
          fold[q] == 0x4E00 && !amounts.contains { b in countsPieces(b, v, around: a.start, unitEnd) }
          && !pricedTotal(a, v)
        // (`0.5元一块`: the 一块 is no 1 yuan of its own.)
        let gluedPiece = amounts.contains { $0.start == q }
        if !onePiece
          && (mask[q] == 0 || gluedPiece || words.contains(where: { $0.start == q && $0.category == .unitPrice }))
        {
          continue
        }
        perPiece = onePiece
      }
      // `一块` of `0.5元一块`: "per piece", not an amount.
      if fold[a.start] == 0x4E00, a.start > lo,
        amounts.contains(where: { $0.end == a.start && $0.value.strong }),
        a.start + 1 < hi, v.measures.match(fold, a.start + 1, hi) != nil || fold[a.start + 1] == 0x5757
      {
        continue
      }
      if !val.strong {
        // Quantities: 20个, 10包, 5m, 10×45.
        if a.end < hi && v.measures.match(fold, a.end, hi) != nil { continue }
        if q < hi && (fold[q] == 0xD7 || fold[q] == 0x2A) { continue }
        // Part of a word: 4分管, 六角螺丝, 三角阀, 100W灯泡, 12月份.
        if a.end < hi {
          let g = fold[a.end]
          if (Scalars.isHan(g) || Scalars.isLatinLetter(g)) && mask[a.end] == 0 { continue }
        }
      }
      // `借 5000 月息50元`, `逾期每天罚50元`: a rate or a penalty, not what is owed.
      // (Alone on its line, `付国华 还利息 100`, it is money paid.)
      if followsRateWord(a.start, v) && amounts.contains(where: { !followsRateWord($0.start, v) }) { continue }
      // `欠 2000 6.30已还清`: a month and day glued before a settling word, not 6.30 yuan.
      if !val.strong, a.end < hi, v.settled.match(fold, a.end, hi) != nil, amounts.contains(where: { $0.end <= a.start }),
        isMonthDay(a.start, a.end)
      {
        continue
      }
      var c = MoneyCandidate(span: a)
      c.perPiece = perPiece
      if let w = word(endingBefore: a.start), w.category == .total || w.category == .listTotal { c.isTotal = true }
      candidates.append(c)
    }
    // 瓷砖20块 600: a 块 glued to goods counts pieces when another amount is there.
    if candidates.count > 1 {
      candidates.removeAll { c in
        let a = c.span
        return a.value.kuai && !a.value.strong && a.start > lo && Scalars.isHan(fold[a.start - 1])
          && mask[a.start - 1] == 0 && a.value.hasArabic
      }
    }
    // `PPR管 4分 30米 三千五`: an amount under one yuan ending in 分/角/毛, beside a figure of a
    // yuan or more, is a pipe size (4分 = ½ inch), not money: the shop never books 4 fen.
    if candidates.count > 1 {
      let sized: (MoneyCandidate) -> Bool = { c in
        c.span.value.weakEnd && !c.span.value.strong && (c.span.value.fen ?? 0) < 100
      }
      if candidates.contains(where: { !sized($0) && ($0.span.value.fen ?? 0) >= 100 }) {
        candidates.removeAll(where: sized)
      }
    }
    // 二毛, 三毛 where the name stands (first after the date), with a clear amount elsewhere:
    // a nickname, not 0.20 yuan (`2024.1.17 二毛 还 550`).
    if candidates.count > 1, let n = candidates.firstIndex(where: { isNickname($0.span) }),
      candidates.contains(where: { c in
        !isNickname(c.span) && (c.span.value.hasArabic || c.span.value.strong || c.span.value.unitWord)
      })
    {
      candidates.remove(at: n)
    }
    // 大写 and the 小写 figure beside it.
    var k = 0
    while k < candidates.count {
      if candidates[k].span.value.isCapital && k + 1 < candidates.count {
        let f = candidates[k + 1].span
        if !f.value.isCapital && f.value.hasArabic && onlyGap(candidates[k].span.end, f.start) {
          candidates[k].figure = f
          candidates.remove(at: k + 1)
        }
      } else if k + 1 < candidates.count, candidates[k + 1].span.value.isCapital,
        candidates[k + 1].span.parenthesized || candidates[k + 1].span.value.fen == candidates[k].span.value.fen
          || (candidates[k].span.end..<candidates[k + 1].span.start).contains(where: {
            v.formalRestatementWords.match(fold, $0, candidates[k + 1].span.start) != nil
          }),
        !candidates[k].span.value.isCapital, candidates[k].span.value.hasArabic,
        onlyGap(candidates[k].span.end, candidates[k + 1].span.start)
      {
        // `3000元（叁仟元整）`: the figure first, the 大写 in brackets after it (or the same
        // amount again: `500元 伍佰元整`; or said to be it: `600元（大写：伍佰元整）`, `500元
        // 大写伍佰元整`, their disagreement a conflict to check).
        var c = candidates[k + 1]
        c.figure = candidates[k].span
        c.isTotal = candidates[k].isTotal
        candidates[k] = c
        candidates.remove(at: k + 1)
      }
      k += 1
    }
    // `300+200+150=650`: the parts of a sum written out are no amounts of their own when they
    // add up to its total (when they do not, all stay, and the line is a question).
    func joined(_ a: Int, _ b: Int, by ch: UInt32) -> Bool {
      guard a <= b else { return false }
      var seen = false
      for i in a..<b {
        if fold[i] == ch && !seen && mask[i] == 0 {
          seen = true
        } else if !Scalars.isSpace(fold[i]) {
          return false
        }
      }
      return seen
    }
    k = 0
    while k < candidates.count {
      guard let total = candidates[k].span.value.fen, candidates[k].figure == nil else {
        k += 1
        continue
      }
      var m = k - 1
      var sum: Int64 = 0
      var count = 0
      var next = candidates[k].span.start
      var ch: UInt32 = 0x3D  // =
      while m >= 0, candidates[m].figure == nil, let f = candidates[m].span.value.fen,
        joined(candidates[m].span.end, next, by: ch)
      {
        sum = sum.saturatingAdd(f)
        count += 1
        next = candidates[m].span.start
        ch = 0x2B  // +
        m -= 1
      }
      if count >= 2 && sum == total {
        candidates.removeSubrange((k - count)..<k)
        k -= count
      }
      k += 1
    }
    if bracketsNegative {
      for k in candidates.indices {
        let a = candidates[k].span
        if a.parenthesized && !a.value.isCapital && a.value.hasArabic, let f = a.value.fen, f > 0 {
          candidates[k].span.value.fen = -f
          candidates[k].bracketNegative = true
        }
      }
    }
    assignRoles(v)
  }

  /// A Han digit and 毛 (`二毛`) standing where a name stands: nothing but a date, a list
  /// number or spaces before it, and a space, punctuation, a word or the end after it.
  private func isNickname(_ a: AmountSpan) -> Bool {
    guard a.end - a.start == 2, fold[a.start + 1] == 0x6BDB, NumChar.of(fold[a.start]).kind == .digit else {
      return false
    }
    var i = lo
    while i < a.start {
      if mask[i] == 0 && !Scalars.isSpace(fold[i]) { return false }
      i += 1
    }
    return a.end == hi || mask[a.end] != 0 || Scalars.isSeparator(fold[a.end])
  }

  /// Only spaces, brackets and punctuation (or 小写/金额 words) between `a` and `b`.
  private func onlyGap(_ a: Int, _ b: Int) -> Bool {
    var i = a
    while i < b {
      let c = fold[i]
      if Scalars.isSpace(c) || c == 0x28 || c == 0x29 || c == 0x3A || c == 0x2C || c == 0x3D || c == 0x3002 {
        i += 1
        continue
      }
      if mask[i] == LineAnalysis.wordMark, let w = words.first(where: { $0.start == i }), w.category == .filler {
        i = w.end
        continue
      }
      return false
    }
    return b - a <= 8
  }

  /// A verb gives its role to the next amount; a verb with no amount after it (`300 已付`)
  /// gives it to the amount before it. No verb: a debt (a list of IOUs).
  ///
  /// But a due verb (`还`, `结清`) that ends the line after the last amount with something in
  /// between (`收了稻谷再还`, `小年还` when 小年 is not listed) says when the debt is to be
  /// repaid: that text is the `dueClause`, and the verbs in it give no role.
  private mutating func assignRoles(_ v: IOUVocabulary) {
    guard !candidates.isEmpty else { return }
    var lastEnd = lo
    for c in candidates { lastEnd = max(lastEnd, c.figure?.end ?? c.span.end) }
    var clauseFrom = Int.max
    // (`已于3月10日还清`, `已于3月10日全部还清`: repaid that day, no due clause.)
    if let w = words.last(where: { $0.category.isVerb }), w.start >= lastEnd, w.category == .payment,
      !paidOnDates.contains(where: { $0.start >= lastEnd && $0.end <= w.start }), let e = v.afterMonthEnd.match(fold, w.start, w.end), e.scalars.count == w.end - w.start
    {
      var textAfter = false
      for k in w.end..<hi where Scalars.isHan(fold[k]) || Scalars.isLatinLetter(fold[k]) || Scalars.isDigit(fold[k]) {
        textAfter = true
        break
      }
      var first = lastEnd
      while first < w.start && (Scalars.isSeparator(fold[first]) || fold[first] == 0x28 || fold[first] == 0x29) {
        first += 1
      }
      var denied = false
      if case .negated = settleCheck(v, w.start, w.end, after: first) { denied = true }
      if !textAfter && first < w.start && !denied {
        dueClause = (first, w.end)
        clauseFrom = lastEnd
      }
    }
    var pending: AmountRole?
    var last: Int?
    var ci = 0
    var wi = 0
    while ci < candidates.count || wi < words.count {
      let takeWord =
        wi < words.count && (ci >= candidates.count || words[wi].start < candidates[ci].span.start)
      if takeWord {
        let w = words[wi]
        wi += 1
        guard w.category.isVerb, w.start < clauseFrom else { continue }
        let role: AmountRole
        switch w.category {
        case .debt: role = .debt
        case .payment: role = .payment
        case .balance: role = .balance
        case .balanceNextToAmount:
          // Only with nothing but spaces or punctuation before the next amount.
          guard ci < candidates.count else { continue }
          var k = w.end
          while k < candidates[ci].span.start && Scalars.isSeparator(fold[k]) { k += 1 }
          guard k == candidates[ci].span.start else { continue }
          role = .balance
        case .carriedForward: role = .carried
        case .halfPaid, .paymentOpener: role = .payment
        // `现欠 500` is owed; after another amount (`还 200 现欠 150`) it is what is left.
        case .debtOpener: role = ci > 0 ? .balance : .debt
        case .returned: role = .returned
        case .discount: role = .discount
        default: continue
        }
        if ci < candidates.count {
          pending = role
        } else if let l = last, candidates[l].role == .none {
          // `300 还欠`: the 300 is still owed (a debt).
          candidates[l].role = role == .balance ? .debt : role
          // `300 已还`: paid, or (with goods) bought and paid for; the reader tells which.
          // `300 没还`: not paid, so owed.
          let check = role == .payment ? settleCheck(v, w.start, w.end, after: candidates[l].span.end) : .plain
          if check.denies {
            candidates[l].role = .debt
          } else if role == .payment, let end = settledEnd(v, w), nothingMore(after: end) {
            if case .doubted(let from) = check {
              settleDoubt = (from, questionMarkEnd(after: end))
            } else {
              candidates[l].settled = (w.start, end)
            }
          }
        } else if let l = last, candidates[l].role == .debt, role == .payment, candidates[l].settled == nil,
          let end = settledEnd(v, w), nothingMore(after: end)
        {
          // `欠 3500 已还清`: that debt was repaid. (`不还了`, `快还清了`: it was not;
          // `可能已还`, `五一还了`: a question.)
          switch settleCheck(v, w.start, end, after: candidates[l].span.end) {
          case .plain: candidates[l].settled = (w.start, end)
          case .negated, .future: break
          case .doubted(let from): settleDoubt = (from, questionMarkEnd(after: end))
          }
        }
      } else {
        candidates[ci].role = pending ?? .none
        pending = nil
        last = ci
        ci += 1
      }
    }
  }

  /// Whether a token is made of goods words, quantities and model codes (`水管`, `电线两卷`,
  /// `PPR水管`), so it cannot be a customer's name.
  func isGoods(_ t: TextToken, _ v: IOUVocabulary) -> Bool {
    var i = t.start
    var matched = false
    while i < t.end {
      if let e = v.goods.match(fold, i, t.end) {
        matched = true
        i += e.scalars.count
        continue
      }
      let c = fold[i]
      if Scalars.isDigit(c) || Scalars.isLatinLetter(c) || c == 0x2E || c == 0x2A || c == 0xD7 {
        i += 1
        continue
      }
      switch NumChar.of(c).kind {
      case .digit, .unit, .zero, .tens:
        i += 1
        continue
      default: break
      }
      if let e = v.measures.match(fold, i, t.end) {
        i += e.scalars.count
        continue
      }
      return false
    }
    return matched
  }

  // MARK: - Names and goods

  /// Cuts what is left (not a date, phone, word or used amount) into tokens.
  mutating func cutTokens() {
    tokens.removeAll(keepingCapacity: true)
    var i = lo
    while i < hi {
      if used[i] || Scalars.isSeparator(fold[i]) {
        i += 1
        continue
      }
      var t = TextToken(start: i, end: i, hasLetter: false, hasDigit: false)
      while i < hi && !used[i] && !Scalars.isSeparator(fold[i]) {
        let c = fold[i]
        if Scalars.isHan(c) || Scalars.isLatinLetter(c) { t.hasLetter = true }
        if Scalars.isDigit(c) { t.hasDigit = true }
        i += 1
      }
      t.end = i
      // Brackets alone (left from `（¥3500.00）`) are not text.
      if t.hasLetter || t.hasDigit { tokens.append(t) }
    }
  }

  mutating func markUsed(_ a: Int, _ b: Int) {
    var k = a
    while k < b {
      used[k] = true
      k += 1
    }
  }

  /// Marks dates, phone and id numbers and every word as used.
  mutating func markRecognised() {
    if let c = dueClause { markUsed(c.start, c.end) }
    for d in dates { markUsed(d.start, d.end) }
    for n in numbers { markUsed(n.start, n.end) }
    for w in words { markUsed(w.start, w.end) }
  }

  /// The text of a token, brackets balanced: a name like `陈师傅（陈立新）` keeps its bracket,
  /// a stray `（` or `）` at either end is dropped.
  func tokenText(_ t: TextToken) -> String {
    var a = t.start
    var b = t.end
    var depth = 0
    var k = a
    while k < b {
      if fold[k] == 0x28 { depth += 1 }
      if fold[k] == 0x29 { depth -= 1 }
      k += 1
    }
    while depth > 0 && a < b && fold[a] == 0x28 {
      a += 1
      depth -= 1
    }
    while depth < 0 && b > a && fold[b - 1] == 0x29 {
      b -= 1
      depth += 1
    }
    if a < b && fold[a] == 0x28 && fold[b - 1] == 0x29 {  // （字迹不清） → 字迹不清
      var inner = 0
      var closesAtEnd = true
      for k in a..<b {
        if fold[k] == 0x28 { inner += 1 }
        if fold[k] == 0x29 {
          inner -= 1
          if inner == 0 && k != b - 1 { closesAtEnd = false }
        }
      }
      if closesAtEnd {
        a += 1
        b -= 1
      }
    }
    return text(a, b)
  }

  /// Digits of the first phone number.
  var phone: String {
    guard let p = numbers.first(where: { $0.isPhone }) else { return "" }
    var s = ""
    for k in p.start..<p.end where Scalars.isDigit(fold[k]) {
      s.unicodeScalars.append(Unicode.Scalar(UInt8(fold[k])))
    }
    return s
  }

  /// The illegible marker found, if any: a word of the list, or a `?`/`□` next to a digit.
  var illegibleMarker: String? {
    if let w = firstWord(.illegible) { return text(w.start, w.end) }
    var i = lo
    while i < hi {
      let c = fold[i]
      if c == 0x3F || c == 0x25A1 || c == 0x25A0 {
        let before = i > lo && Scalars.isDigit(fold[i - 1])
        let after = i + 1 < hi && Scalars.isDigit(fold[i + 1])
        if before || after || i + 1 == hi && i == lo { return text(i, i + 1) }
      }
      i += 1
    }
    return nil
  }
}
