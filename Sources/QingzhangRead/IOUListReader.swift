import QingzhangModel
import QingzhangText

/// Reads a transcribed IOU list (.txt): one IOU per line, or formal IOUs written out over
/// several lines.
///
/// Feed it the decoded lines in order; it emits one or more `Record`s per IOU (a debt, then a
/// payment read from the same line), and a `skipped`/`rejected` record for every other
/// non-blank line, so every non-blank line belongs to exactly one record.
///
/// One-line styles: `2024.3.5 张建国 水管接头20个 350元 月底还`, `3月8日 老王 电工胶布 叁佰元整`,
/// `陈师傅（陈立新）欠款壹仟贰佰伍拾元整，2023年11月2日，说好年前还`, `张建国 还 200 2024-04-01`,
/// `李四 2.5万 工程款 2022/10/1 已还5000` (a debt and a payment), `张建国 13807341234 拿货 水泥10包 450`.
///
/// A formal IOU starts at a `欠条`/`借条`/`收条` heading (or a line with `今欠到`…) and ends at
/// a blank line, the next heading, or the first line after its signature block
/// (`欠款人：…`, `身份证号：…`, the date line); its `source` is its first line and its `raw`
/// all its lines joined with `\n`.
///
/// Year of a date written without one: the last heading line (`2024年`, `=== 2024年3月 ===`),
/// else a year in the file name (`2023账本.txt`), else the record before; the note says which.
///
/// The kind comes from the verbs around each amount (mappings/iou.json): 欠/赊/拿货/借 = debt,
/// 还/付/收到/已付 = payment, `还欠`/`还差` = still owes (debt), no verb = debt. A `还` that
/// reads both ways (`张三还欠款5000元`) is rejected with a question, never guessed.
public struct IOUListReader {
  /// `path` as the input was named (for `source`); a year in its file name is used for dates.
  public init(path: String, vocabulary: IOUVocabulary) {
    self.path = path
    self.vocabulary = vocabulary
    let name = path.split(separator: "/").last.map(String.init) ?? path
    fileName = name
    fileYear = IOUListReader.year(inFileName: name)
  }

  let path: String
  let vocabulary: IOUVocabulary
  let fileName: String
  let fileYear: Int?

  private var scratch = LineAnalysis()
  private var formal: FormalBlock?
  private var headingYear: (year: Int, line: Int)?
  private var previous: (day: Day, line: Int)?
  private var eves: [Int: Day] = [:]

  private struct FormalBlock {
    var lines: [(line: Int, text: String)]
    /// The first line is a title alone (`欠条`), with no text after it.
    var titleOnly = false
    /// A signature line or a date line was seen: the next other line ends the IOU.
    var signed = false
    /// The amounts (fen) its lines hold: a later line that writes one again
    /// (`（大写：伍佰元整）`) or breaks it into parts belongs to the IOU (see `partOfIOU`).
    var amounts: Set<Int64> = []
    /// Opened by a line with its name, opener and amount (`李四 现欠 500`): an entry of a
    /// one-line list, so a line with an amount after it is new unless it is part of an IOU.
    /// (Not in an IOU with a title, whose text holds rates and penalties: `月息1分5厘`.)
    var oneLine = false
    /// The first line that reads as an entry of a list (its date first, then an amount) after
    /// a line with an amount. Closed without a signature line (`欠款人：…`) or a date line, the
    /// IOU ends before it and the lines from it on are read again, as lines of the list.
    var entryAt: Int?
    /// Opened by a line with 今欠/现欠/今收 and no title above it (`谭建华今欠到…`).
    var headless = false
  }

  /// One physical line (1-based `line`), without its line terminator.
  public mutating func feed(line: Int, text: Substring, emit: (Record) -> Void) {
    var t = text
    while let last = t.unicodeScalars.last, last == "\r" || last == "\n" { t = t.dropLast() }
    scratch.load(t)
    if scratch.isBlank {
      closeAllFormal(emit: emit)
      return
    }
    if let f = formal, f.lines.count == 1, f.titleOnly, !hasOpener() {
      // `欠条` over a list of one-line IOUs: a heading, not the start of a formal IOU.
      formal = nil
      emit(record(f.lines[0].line, .skipped, raw: f.lines[0].text, notes: [Note(ReadMessage.iouHeading)]))
    }
    if formal != nil {
      if let bodyFollows = titleLine() {
        closeAllFormal(emit: emit)
        formal = FormalBlock(lines: [(line, String(t))], titleOnly: !bodyFollows)
        return
      }
      let label = startsWithLabel()
      let dateOnly = isDateOnlyLine()
      let entry = !label && !dateOnly ? listEntry() : (entry: false, amount: false)
      if let f = formal,
        (f.signed && !label && !dateOnly)
          || (f.oneLine && !label && !dateOnly
            && (entry.entry || hasOpener() || !partOfIOU(f.amounts, strict: true)))
      {
        // The IOU ended with its signature block, or a line of a one-line list follows an
        // entry of it (`2024.3.6 李四 现欠 500` then `2024.3.7 王五 电线 200`): this line is new.
        closeAllFormal(emit: emit)
        scratch.load(t)
      } else {
        if entry.entry, let f = formal, f.entryAt == nil, !f.amounts.isEmpty { formal?.entryAt = f.lines.count }
        if entry.amount { formal?.amounts.formUnion(scratch.candidates.compactMap { $0.span.value.fen }) }
        formal?.lines.append((line, String(t)))
        if label || dateOnly { formal?.signed = true }
        if let f = formal, !f.signed && f.lines.count >= vocabulary.maxFormalLines {
          closeAllFormal(emit: emit, tooLong: true)
        }
        return
      }
    }
    if let bodyFollows = titleLine() {
      formal = FormalBlock(lines: [(line, String(t))], titleOnly: !bodyFollows)
      return
    }
    readLine(line: line, raw: String(t), emit: emit)
  }

  /// End of file: emits what is still buffered.
  public mutating func finish(emit: (Record) -> Void) {
    closeAllFormal(emit: emit)
  }

  // MARK: - Line kinds

  private static func isDecoration(_ c: UInt32) -> Bool {
    switch c {
    case 0x3D, 0x2D, 0x2A, 0x7E, 0x5F, 0x23, 0x3010, 0x3011, 0x5B, 0x5D, 0x3016, 0x3017, 0x300A, 0x300B, 0x20,
      0x09, 0x2022, 0x25CF, 0x25C6, 0x2605, 0x2606, 0x3A:
      return true
    default: return false
    }
  }

  /// `欠条`, `欠  条`, `【借条】`, `欠条：今欠到…`: nil when the line is no title, else whether
  /// text follows the title on the same line.
  private func titleLine() -> Bool? {
    var i = scratch.lo
    while i < scratch.hi && IOUListReader.isDecoration(scratch.fold[i]) { i += 1 }
    guard i < scratch.hi,
      let (e, end) = vocabulary.words.matchIgnoringSpaces(scratch.fold, i, scratch.hi),
      e.category == .formalTitle || e.category == .paymentTitle
    else { return nil }
    var j = end
    while j < scratch.hi && Scalars.isSpace(scratch.fold[j]) { j += 1 }
    guard j == scratch.hi || scratch.fold[j] == 0x3A || IOUListReader.isDecoration(scratch.fold[j]) else { return nil }
    while j < scratch.hi && IOUListReader.isDecoration(scratch.fold[j]) { j += 1 }
    return j < scratch.hi
  }

  private func isTitleLine() -> Bool { titleLine() != nil }

  /// Whether the loaded line holds `今欠到`, `今收到`, … (the body of a formal IOU).
  private func hasOpener() -> Bool {
    var i = scratch.lo
    while i < scratch.hi {
      if let e = vocabulary.words.match(scratch.fold, i, scratch.hi),
        e.category == .debtOpener || e.category == .paymentOpener
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// A signature-block line: `欠款人：…`, `身份证号：…`, `（担保人：…）`, `日期：…`.
  private func startsWithLabel() -> Bool {
    let s = scratch
    var i = s.lo
    while i < s.hi && (Scalars.isSpace(s.fold[i]) || s.fold[i] == 0x28) { i += 1 }
    guard i < s.hi, let e = vocabulary.words.match(s.fold, i, s.hi) else { return false }
    return e.category.isLabel && s.labels(endingAt: i + e.scalars.count, scanned: false)
  }

  /// Whether the loaded line reads as an entry of a one-line list (it starts with a date and
  /// holds an amount), and whether it holds an amount. Scans the line.
  private mutating func listEntry() -> (entry: Bool, amount: Bool) {
    scratch.scan(vocabulary, bareMonthDay: true)
    scratch.findCandidates(vocabulary)
    let amount = !scratch.candidates.isEmpty
    // (`2024年12月31日前还清3500元` is a line of the IOU: a due date.)
    guard amount, let d = scratch.dates.first, !scratch.dateIsDue[0] else { return (false, amount) }
    var i = scratch.lo
    while i < d.start && (Scalars.isSpace(scratch.fold[i]) || Scalars.isDigit(scratch.fold[i]) || scratch.fold[i] == 0x3001) {
      i += 1
    }
    return (i == d.start, amount)
  }

  /// Whether the scanned line, with an amount, belongs to a formal IOU holding `amounts`: it
  /// writes the amount again (`（大写：叁仟伍佰元整）`, `小写：¥3500.00`), names a rate or a
  /// penalty (`月息1分5厘`: formal.rate_words), is a signature line, or, in an IOU's own text
  /// (`strict` false), holds one of formal.text_words (`其中…`, `已付2000元，余…`). After a list
  /// entry (`李四 现欠 500`, `strict`), `王五 电线 500` is the next entry even with the same amount.
  private func partOfIOU(_ amounts: Set<Int64>, strict: Bool) -> Bool {
    var i = scratch.lo
    while i < scratch.hi && Scalars.isSpace(scratch.fold[i]) { i += 1 }
    guard i < scratch.hi else { return true }
    let sameAmount = scratch.candidates.allSatisfy { amounts.contains($0.span.value.fen ?? -1) }
    let c = scratch.fold[i]
    let marked =
      c == 0x28 || c == 0xFF08 || c == 0xA5 || c == 0xFFE5
      || vocabulary.formalRestatementWords.match(scratch.fold, i, scratch.hi) != nil  // 大写：, 人民币
      || scratch.candidates.allSatisfy { $0.span.value.isCapital }
    if strict ? (marked && sameAmount) : (marked || sameAmount) { return true }
    // `其中水泥 300 电线 200` under `现欠 500`: the parts of the amount.
    let parts = scratch.candidates.compactMap { $0.span.value.fen }
    if parts.count > 1 && amounts.contains(parts.reduce(0, +)) { return true }
    var k = scratch.lo
    while k < scratch.hi {
      if vocabulary.formalRateWords.match(scratch.fold, k, scratch.hi) != nil { return true }  // 月息, 违约金
      if vocabulary.formalBreakdownWords.match(scratch.fold, k, scratch.hi) != nil { return true }  // 其中, 明细
      if !strict && vocabulary.formalTextWords.match(scratch.fold, k, scratch.hi) != nil { return true }  // 已付, 余
      k += 1
    }
    return scratch.words.contains {
      switch $0.category {
      case .labelSentence, .debtorLabel, .otherLabel, .detailLabel, .formalTitle, .paymentTitle:
        return true
      default: return false
      }
    }
  }

  /// A line that is only a date (`2024年3月5日`).
  private func isDateOnlyLine() -> Bool {
    let s = scratch
    guard let d = DateScanner.scan(s.fold, at: s.lo, s.hi, bareMonthDay: false) else { return false }
    var j = d.end
    while j < s.hi && (Scalars.isSpace(s.fold[j]) || s.fold[j] == 0x3002 || s.fold[j] == 0x2E) { j += 1 }
    return j == s.hi
  }

  private var yearSource: YearSource {
    if let h = headingYear { return .heading(year: h.year, line: h.line) }
    if let y = fileYear { return .fileName(year: y, name: fileName) }
    if let p = previous { return .previous(day: p.day, line: p.line) }
    return .none
  }

  /// A year (1900–2099) written in a file name: `2023账本.txt`, `欠条-2024.txt`.
  static func year(inFileName name: String) -> Int? {
    let b = Array(name.utf8)
    var i = 0
    while i + 4 <= b.count {
      if (i == 0 || !(0x30...0x39).contains(b[i - 1])) && b[i..<(i + 4)].allSatisfy({ (0x30...0x39).contains($0) })
        && (i + 4 == b.count || !(0x30...0x39).contains(b[i + 4]))
      {
        let y = b[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if (1900...2099).contains(y) { return y }
      }
      i += 1
    }
    return nil
  }

  // MARK: - One-line IOUs

  private func record(
    _ line: Int, _ kind: RecordKind, raw: String, part: Int = 0, name: String = "", amount: Int64 = 0,
    notes: [Note]
  ) -> Record {
    Record(
      source: SourceRef(path: path, line: line), part: part, origin: .iou, kind: kind, name: name,
      amount: Money(fen: amount), raw: raw, notes: notes)
  }

  private mutating func readLine(line: Int, raw: String, emit: (Record) -> Void) {
    if scratch.hasReplacementCharacter {
      emit(record(line, .rejected, raw: raw, notes: [Note(ReadMessage.iouReplacementChar)]))
      return
    }
    // Comments (`# …`, `注：…`) and decoration (`=== 2024年3月 ===`, `——————`).
    var isComment = false
    for p in vocabulary.commentPrefixes where scratch.lo + p.count <= scratch.hi {
      var k = 0
      while k < p.count && scratch.fold[scratch.lo + k] == p[k] { k += 1 }
      if k == p.count {
        isComment = true
        break
      }
    }
    let decorated =
      IOUListReader.isDecoration(scratch.fold[scratch.lo]) || IOUListReader.isDecoration(scratch.fold[scratch.hi - 1])
    var onlyDecoration = true
    for k in scratch.lo..<scratch.hi where !IOUListReader.isDecoration(scratch.fold[k]) {
      onlyDecoration = false
      break
    }
    if onlyDecoration {
      emit(record(line, .skipped, raw: raw, notes: [Note(ReadMessage.iouComment)]))
      return
    }

    scratch.scan(vocabulary, bareMonthDay: true)
    scratch.findCandidates(vocabulary, bracketsNegative: true)

    // (`退货`, `抹零` alone do not stop a line from being a heading: `=== 退货记录 ===`.)
    let hasVerb = scratch.words.contains { $0.category == .debt || $0.category == .payment || $0.category == .balance }
    let ambiguous = scratch.firstWord(.ambiguous)
    if scratch.candidates.isEmpty && !hasVerb && ambiguous == nil
      && !scratch.hasWord(.debtOpener) && !scratch.hasWord(.paymentOpener)
    {
      var year: Int?
      var hasDay = false
      for d in scratch.dates {
        switch d.value {
        case .yearMonth(let y, _): if year == nil { year = y }
        default: hasDay = true
        }
      }
      if let year, !hasDay {
        headingYear = (year, line)
        emit(record(line, .skipped, raw: raw, notes: [Note(ReadMessage.iouHeadingYear, String(year))]))
        return
      }
      if isComment {
        emit(record(line, .skipped, raw: raw, notes: [Note(ReadMessage.iouComment)]))
        return
      }
      if scratch.illegibleMarker == nil && (decorated || scratch.hasWord(.heading)) {
        emit(record(line, .skipped, raw: raw, notes: [Note(ReadMessage.iouHeading)]))
        return
      }
    } else if isComment {
      emit(record(line, .skipped, raw: raw, notes: [Note(ReadMessage.iouComment)]))
      return
    }
    // 张建国今欠到李记五金…: a formal IOU written without its heading.
    if scratch.hasWord(.debtOpener) || scratch.hasWord(.paymentOpener) {
      formal = FormalBlock(
        lines: [(line, raw)], amounts: Set(scratch.candidates.compactMap { $0.span.value.fen }), headless: true)
      // `李四 现欠 500`, `2024.3.6 现欠李四 500`, `李四现欠500元`: the amount a few characters
      // after the opener. (The shop's name before it, `张建国今欠到李记五金水管款3500元`, is a
      // formal IOU's text.)
      // (`刘大妈 水管 350 今欠`: the opener after the amount is a list entry too.)
      if let o = scratch.words.first(where: { $0.category == .debtOpener || $0.category == .paymentOpener }) {
        if let a = scratch.candidates.first(where: { $0.span.start >= o.end }),
          (o.end..<a.span.start).filter({ Scalars.isHan(scratch.fold[$0]) }).count <= 6,
          !vocabulary.creditorSuffixes.contains(where: { scratch.text(o.end, a.span.start).contains($0) })
        {
          formal?.oneLine = true
        } else if let a = scratch.candidates.first, a.span.end <= o.start {
          formal?.oneLine = true
        }
      }
      if scratch.words.contains(where: { $0.category == .debtorLabel && scratch.labels(endingAt: $0.end) }),
        !scratch.dates.isEmpty
      {
        closeFormal(emit: emit)
      }
      return
    }
    if let marker = scratch.illegibleMarker {
      emit(record(line, .rejected, raw: raw, notes: [Note(ReadMessage.iouIllegible, marker)]))
      return
    }
    emitOneLine(line: line, raw: raw, emit: emit)
  }

  /// Emits the record(s) of the analysed one-line IOU. Every line is accounted for: a reading
  /// that books nothing is said (rejected), never dropped.
  private mutating func emitOneLine(line: Int, raw: String, emit: (Record) -> Void) {
    // (Read into a local first: passing the mutating call as an argument copied the whole
    // reader, its vocabulary's tables retained one by one, on every line.)
    let records = oneLineRecords(line: line, raw: raw)
    emitAll(consume records, line: line, raw: raw, emit)
  }

  private func emitAll(_ records: consuming [Record], line: Int, raw: String, _ emit: (Record) -> Void) {
    // Each record is moved out, not copied (`for r in records` retained and released its
    // dozen strings): reversed, then popped from the end.
    let none = records.isEmpty
    records.reverse()
    while let r = records.popLast() { emit(r) }
    if none { emit(record(line, .rejected, raw: raw, notes: [Note(ReadMessage.iouUnreadable)])) }
  }

  /// The record(s) of an analysed one-line IOU.
  private mutating func oneLineRecords(line: Int, raw: String) -> [Record] {
    // `肖老板 电缆 8600 作废`: struck out, never counted (its money is accounted as rejected).
    if let w = scratch.words.first(where: { $0.category == .voided }) {
      scratch.markRecognised()
      scratch.cutTokens()
      let single = scratch.candidates.count == 1 ? scratch.candidates[0].span.value.fen ?? 0 : 0
      return [
        record(
          line, .rejected, raw: raw, name: nameOf(scratch).name, amount: single,
          notes: [Note(ReadMessage.iouVoided, scratch.text(w.start, w.end))])
      ]
    }
    // `480 付了一半` (how much?), `原来欠的 2000` (a new debt, or one written elsewhere?): asked.
    // `还了一半 1500` and `还 以前欠的 500` say it: payments.
    let halfWithoutAmount = scratch.words.first { w in
      w.category == .halfPaid && !scratch.candidates.contains { $0.span.start >= w.end }
    }
    let oldDebtUnpaid = scratch.words.first { w in
      w.category == .oldDebt && !scratch.words.contains { $0.category == .payment || $0.category == .halfPaid }
    }
    if let w = halfWithoutAmount ?? oldDebtUnpaid ?? scratch.words.first(where: { $0.category == .ambiguous || $0.category == .unclearKind }) {
      scratch.markRecognised()
      scratch.cutTokens()
      let single = scratch.candidates.count == 1 ? scratch.candidates[0].span.value.fen ?? 0 : 0
      let message = w.category == .ambiguous ? ReadMessage.iouHuanAmbiguous : ReadMessage.iouKindUnclear
      return [
        record(
          line, .rejected, raw: raw, name: nameOf(scratch).name, amount: single,
          notes: [Note(message, scratch.text(w.start, w.end))])
      ]
    }
    // Amounts that could not be read (approximate, a range, bad 大写) reject the line.
    if let n = scratch.candidates.firstIndex(where: { $0.span.value.fen == nil }) {
      let c = scratch.candidates[n]
      let shown = scratch.text(c.span.start, c.span.end)
      let r = AmountParser.reading(c.span.value) { shown }
      scratch.markRecognised()
      scratch.markUsed(c.span.start, c.span.end)
      scratch.cutTokens()
      return [record(line, .rejected, raw: raw, name: nameOf(scratch).name, notes: r.notes)]
    }
    // `1 000元`, `1_000元`: a number cut before its last group, of which only the group would
    // be read (0, or a part of the amount).
    if let (c, from) = splitAmount() {
      let before = scratch.text(from, c.span.start).filter { !($0 == " " || $0 == "_" || $0 == "/" || $0.isWhitespace) }
      let shown = scratch.text(from, c.span.end)
      let joined = before + scratch.text(c.span.start, c.span.end)
      scratch.markRecognised()
      scratch.markUsed(from, c.span.end)
      scratch.cutTokens()
      return [
        record(line, .rejected, raw: raw, name: nameOf(scratch).name, notes: [Note(ReadMessage.iouAmountSplit, shown, joined)])
      ]
    }
    if scratch.candidates.isEmpty {
      scratch.markRecognised()
      scratch.cutTokens()
      let name = nameOf(scratch).name
      let note = name.isEmpty ? Note(ReadMessage.iouUnreadable) : Note(ReadMessage.iouNoAmount)
      return [record(line, .rejected, raw: raw, name: name, notes: [note])]
    }
    // The candidates by role, as indices into `scratch.candidates`: a candidate is large
    // (~180 bytes), and copying it into lists, optionals and closures cost a memcpy each, some
    // forty a line. Only the picked ones are copied out, once.
    let cands = scratch.candidates
    // `还 350 （水泥35元一包）`: a price per piece below the payment or balance beside it is a
    // remark. (`热水器 1200元一台 已付1000`: the one piece bought, and part of it paid.)
    var largestFound: Int64?
    var anyDebt = false
    for k in cands.indices {
      switch AmountGroup(cands[k].role) {
      case .payments, .balances:
        if let fen = cands[k].span.value.fen { largestFound = max(largestFound ?? fen, fen) }
      case .debts: anyDebt = true
      case .returns, .carried: break
      }
    }
    let largest = largestFound ?? 0
    let debtsArePrices =
      anyDebt
      && cands.indices.allSatisfy { k in
        AmountGroup(cands[k].role) != .debts
          || (cands[k].perPiece && cands[k].role == .none && (cands[k].span.value.fen ?? 0) < largest)
      }
    // A return stands alone: with a purchase or a payment on the same line it is unclear what
    // was returned against what. So does a balance brought forward (`上年结转 800`).
    guard let debtPick = debtsArePrices ? .some(nil) : pick(.debts, in: cands),
      let paymentPick = pick(.payments, in: cands),
      let balancePick = pick(.balances, in: cands),
      let returnedPick = pick(.returns, in: cands),
      returnedPick == nil || (debtPick == nil && paymentPick == nil && balancePick == nil),
      let carriedPick = pick(.carried, in: cands),
      carriedPick == nil || (debtPick == nil && paymentPick == nil && balancePick == nil && returnedPick == nil)
    else {
      let shown = scratch.candidates.map { scratch.text($0.span.start, $0.span.end) }.joined(separator: " / ")
      scratch.markRecognised()
      scratch.cutTokens()
      return [
        record(line, .rejected, raw: raw, name: nameOf(scratch).name, notes: [Note(ReadMessage.iouSeveralAmounts, shown)])
      ]
    }
    // A debt, payment or return of 0 (`0元`, `-0元`) books nothing: said, as the sheet reader
    // says a row without an amount. (A balance or a total of 0 is a fine check figure.) Beside
    // a real figure (`100元 已还 0元`) only the zero is left out, with a note; alone, the line
    // is refused.
    func isZero(_ k: Int?) -> Bool { k.map { cands[$0].span.value.fen == 0 && !cands[$0].isTotal } ?? false }
    var zeroNotes: [Note] = []
    if let zero = isZero(debtPick) ? debtPick : isZero(paymentPick) ? paymentPick : isZero(returnedPick) ? returnedPick : nil {
      let shown = scratch.text(cands[zero].span.start, cands[zero].span.end)
      scratch.markUsed(cands[zero].span.start, cands[zero].span.end)
      if [debtPick, paymentPick, returnedPick].allSatisfy({ $0 == nil || isZero($0) }) {
        scratch.markRecognised()
        scratch.cutTokens()
        return [record(line, .rejected, raw: raw, name: nameOf(scratch).name, notes: [Note(ReadMessage.iouZeroAmount, shown)])]
      }
      zeroNotes.append(Note(ReadMessage.iouZeroPartLeftOut, shown))
    }
    let debtIndex = isZero(debtPick) ? nil : debtPick
    let paymentIndex = isZero(paymentPick) ? nil : paymentPick
    let returnedIndex = isZero(returnedPick) ? nil : returnedPick
    scratch.markRecognised()
    for case let k? in [debtIndex, paymentIndex, balancePick, returnedIndex, carriedPick] {
      scratch.markUsed(cands[k].span.start, cands[k].span.end)
      if let f = cands[k].figure { scratch.markUsed(f.start, f.end) }
    }
    let debt = debtIndex.map { cands[$0] }
    let payment = paymentIndex.map { cands[$0] }
    let balance = balancePick.map { cands[$0] }
    let returned = returnedIndex.map { cands[$0] }
    let carriedOne = carriedPick.map { cands[$0] }
    scratch.cutTokens()
    let t = scratch
    let who = nameOf(t)
    var goodsParts: [String] = []
    for (k, tok) in t.tokens.enumerated() where !(who.tokens?.contains(k) ?? false) {
      goodsParts.append(t.tokenText(tok))
    }
    let mainAmount = (debt ?? payment ?? returned)?.span.value.fen ?? 0
    // `合计 12350`: the total of the list above, not a debt. Only with no goods and no verb
    // (`水泥10包 合计450` is one purchase's total).
    var listTotal: (word: WordHit, amount: MoneyCandidate)?
    if let d = debt, payment == nil, balance == nil, goodsParts.isEmpty,
      let w = t.firstWord(.listTotal), !t.words.contains(where: { $0.category.isVerb })
    {
      listTotal = (w, d)
    }
    guard who.tokens != nil || listTotal != nil else {
      let note = who.goods.map { Note(ReadMessage.iouNameIsGoods, $0) } ?? Note(ReadMessage.iouNoName)
      return [record(line, .rejected, raw: raw, amount: mainAmount, notes: [note])]
    }
    // `张三向李记五金借款…`: the person before 向 and the shop's name.
    var name = who.name
    // (Scalars first: Character search costs a grapheme walk on every line.)
    if name.unicodeScalars.contains("向"), let x = name.firstIndex(of: "向"),
      (2...4).contains(name.distance(from: name.startIndex, to: x)),
      vocabulary.creditorSuffixes.contains(where: { name[x...].contains($0) })
    {
      name = String(name[..<x])
    }
    // `欠 2000 可能已还`, `已还？`, `五一还了`: repaid or not, and when, is for a person to say.
    if let d = t.settleDoubt {
      let shown = t.text(d.start, d.end)
      return [
        record(
          line, .rejected, raw: raw, name: name, amount: mainAmount,
          notes: [Note(ReadMessage.iouSettleDoubt, shown, Money(fen: mainAmount).yuanString)])
      ]
    }
    // `水管 300元 6月2日 已还`: goods bought and paid on the spot (a debt and its payment), or
    // 300 paid for goods bought earlier (a payment): a question, never a guess. (`水泥款 300
    // 已付`, money for the goods, is a payment.)
    if debt == nil, returned == nil, balance == nil, let p = payment, let w = p.settled,
      t.tokens.indices.contains(where: { k in !(who.tokens?.contains(k) ?? false) && t.isGoods(t.tokens[k], vocabulary) })
    {
      let shown = t.text(p.span.start, p.span.end)
      return [
        record(
          line, .rejected, raw: raw, name: who.name, amount: p.span.value.fen ?? 0,
          notes: [Note(ReadMessage.iouPaidGoodsUnclear, goodsParts.joined(separator: " "), shown, t.text(w.start, w.end))])
      ]
    }
    let goods = goodsParts.joined(separator: " ")
    let phone = t.phone

    // Dates: the first that is not a due date is the record's; a later one after the payment
    // amount is the payment's.
    var recordSpan: DateSpan?
    var paymentSpan: DateSpan?
    var extraDates = 0
    for (k, d) in t.dates.enumerated() where !t.dateIsDue[k] {
      if case .yearMonth = d.value { continue }
      if recordSpan == nil {
        recordSpan = d
      } else if let p = payment, let dd = debt, paymentSpan == nil, d.start > min(p.span.start, dd.span.end) {
        paymentSpan = d  // `欠 3500 3月5日还了1000`, `欠 3500 还了1000 3月5日`: when it was paid
      } else if payment == nil, let p = debt, p.settled != nil, paymentSpan == nil, d.start > p.span.end {
        paymentSpan = d  // `欠 3500 5月1日已还清`: when it was repaid
      } else if debt == nil, payment != nil, paymentSpan == nil, t.wordStarts(after: d.end, .payment) {
        paymentSpan = d  // `5月10日 蒋小兵 6月5日还了 500`: the day it was paid
      } else {
        extraDates += 1
      }
    }
    let source = yearSource
    var dateNotes: [Note] = []
    var recordDate: Day?
    if let d = recordSpan {
      // A lunar date without a year (`腊月廿三`) under a heading year falls in one of two
      // Gregorian years: the record above, when there is one below the heading in that year,
      // settles it (domain.md 4.2: use the neighbouring entries; an old debt written with its
      // own year in between says nothing).
      var lunarSource = source
      if case .lunar(nil, _, _, _) = d.value, let p = previous, p.line > (headingYear?.line ?? 0),
        p.day.year == (headingYear?.year ?? fileYear ?? p.day.year)
      {
        lunarSource = .previous(day: p.day, line: p.line)
      }
      let r = DateResolver.resolve(d.value, text: t.text(d.start, d.end), source: lunarSource)
      recordDate = r.day
      dateNotes = r.notes
      if extraDates > 0 { dateNotes.append(Note(ReadMessage.iouSeveralDates, t.text(d.start, d.end))) }
    } else {
      dateNotes = [Note(ReadMessage.iouNoDate)]
    }
    dateNotes += zeroNotes
    /// The notes an amount needs: how it was read, and why it is negative.
    func amountNotes(_ c: MoneyCandidate) -> [Note] {
      let shown = t.text(c.span.start, c.span.end)
      var notes = AmountParser.reading(c.span.value) { shown }.notes
      if let fen = c.span.value.fen, fen < 0, c.role != .returned {
        if c.bracketNegative {
          notes.append(Note(ReadMessage.iouBracketNegative, shown, Money(fen: fen).yuanString))
        } else if !c.span.value.triangle {
          notes.append(Note(ReadMessage.negativeAmount, Money(fen: fen).yuanString))
        }
      }
      return notes
    }
    if let (w, c) = listTotal {
      let fen = c.span.value.fen ?? 0
      let shown = t.text(w.start, c.span.end)
      return [
        Record(
          source: SourceRef(path: path, line: line), part: 0, origin: .iou, kind: .skipped, name: name,
          phone: phone, date: recordDate, raw: raw,
          notes: (recordSpan == nil ? [] : dateNotes) + amountNotes(c)
            + [Note(ReadMessage.iouTotalLine, shown, Money(fen: fen).yuanString)],
          checkAmount: Money(fen: fen), check: .total)
      ]
    }
    if let c = carriedOne {
      // `上年结转 800`: a balance brought forward; reconcile compares it with the customer's
      // earlier records, or makes it the opening debt when there are none.
      let fen = c.span.value.fen ?? 0
      let w = t.words.last { $0.category == .carriedForward && $0.end <= c.span.start }
        ?? t.words.first { $0.category == .carriedForward }
      let shown = w.map { t.text($0.start, $0.end) } ?? t.text(c.span.start, c.span.end)
      if let d = recordDate { previous = (d, line) }
      return [
        Record(
          source: SourceRef(path: path, line: line), part: 0, origin: .iou, kind: .skipped, name: name,
          phone: phone, date: recordDate, goods: goods, raw: raw,
          notes: dateNotes + amountNotes(c) + [Note(ReadMessage.iouCarriedForward, shown, Money(fen: fen).yuanString)],
          checkAmount: Money(fen: fen), check: .carriedForward)
      ]
    }
    var out: [Record] = []
    let due = payment == nil || debt != nil ? dueReading(recordDate: recordDate, source: source) : .none
    if let returned {
      // Goods brought back: a negative debt, as the spreadsheet reader books a 退货 row.
      let fen = returned.span.value.fen ?? 0
      let back = fen < 0 ? fen : -fen
      let notes =
        dateNotes + AmountParser.reading(returned.span.value) { t.text(returned.span.start, returned.span.end) }.notes
        + [Note(ReadMessage.returnGoods, Money(fen: -back).yuanString)]
      out.append(
        Record(
          source: SourceRef(path: path, line: line), part: 0, origin: .iou, kind: .debt, name: name, phone: phone,
          date: recordDate, amount: Money(fen: back), goods: goods, raw: raw, notes: notes))
    }
    if let debt {
      var r = Record(
        source: SourceRef(path: path, line: line), part: 0, origin: .iou, kind: .debt, name: name, phone: phone,
        date: recordDate, dueDate: due.day, dueBasis: due.basis, amount: Money(fen: debt.span.value.fen ?? 0),
        goods: goods, raw: raw, notes: dateNotes + due.notes + amountNotes(debt))
      if let w = t.firstWord(.voidsOther) {
        // `原来的欠条作废 欠 3000`: this slip replaces an older one, which must not count too.
        r.notes.append(Note(ReadMessage.iouReplacesOlder, t.text(w.start, w.end)))
      }
      applyFigure(debt, to: &r, t)
      out.append(consume r)
    }
    /// A payment's date and its notes: its own date on the line, else the line's.
    func paymentDate() -> (Day?, [Note]) {
      guard let d = paymentSpan else { return (recordDate, dateNotes) }
      let r = sameLineDate(d, t, recordDate: recordDate, source: source)
      return (r.day, r.notes)
    }
    if let payment {
      var (date, notes) = paymentDate()
      notes += amountNotes(payment)
      let fen = payment.span.value.fen ?? 0
      if payment.role == .discount { notes.append(Note(ReadMessage.discountAsPayment, Money(fen: fen).yuanString)) }
      var r = Record(
        source: SourceRef(path: path, line: line), part: out.count, origin: .iou, kind: .payment, name: name,
        phone: phone, date: date, amount: Money(fen: fen), goods: debt == nil ? goods : "",
        raw: raw, notes: notes)
      applyFigure(payment, to: &r, t)
      out.append(consume r)
    }
    if let debt, payment == nil, let w = debt.settled, let fen = debt.span.value.fen, fen > 0 {
      // `欠 3500 已还清`: the debt and its repayment, dated as the line unless a date is written
      // for the payment (`5月1日已还清`).
      var (date, notes) = paymentDate()
      notes.append(Note(ReadMessage.iouSettledAfterDebt, t.text(w.start, w.end), Money(fen: fen).yuanString))
      out.append(
        Record(
          source: SourceRef(path: path, line: line), part: out.count, origin: .iou, kind: .payment, name: name,
          phone: phone, date: date, amount: Money(fen: fen), raw: raw, notes: notes))
    }
    if let balance {
      // `还欠 800`: what is still owed in all, a figure to check the customer's balance with.
      let fen = balance.span.value.fen ?? 0
      let words = t.words.last { ($0.category == .balance || $0.category == .balanceNextToAmount) && $0.end <= balance.span.start }
      let shown = t.text(words?.start ?? balance.span.start, balance.span.end)
      if out.isEmpty {
        out.append(
          Record(
            source: SourceRef(path: path, line: line), part: 0, origin: .iou, kind: .skipped, name: name,
            phone: phone, date: recordDate, dueDate: due.day, dueBasis: due.basis, goods: goods, raw: raw,
            notes: dateNotes + due.notes + amountNotes(balance)
              + [Note(ReadMessage.iouBalanceStatement, shown, Money(fen: fen).yuanString)],
            checkAmount: Money(fen: fen), check: .runningBalance))
      } else {
        let k = out.count - 1
        if out[k].check == .none {
          out[k].checkAmount = Money(fen: fen)
          out[k].check = .runningBalance
        }
        out[k].notes.append(Note(ReadMessage.iouBalanceAfter, shown, Money(fen: fen).yuanString))
        // The figure is also a statement of its own, checked against the customer's records
        // up to and with this line (`张三 还 500 余 1000` after `欠 2000`: a review item says
        // the books give 1500).
        out.append(
          Record(
            source: SourceRef(path: path, line: line), part: out.count, origin: .iou, kind: .skipped, name: name,
            phone: phone, date: out[k].date ?? recordDate, raw: raw,
            notes: [Note(ReadMessage.iouBalanceStatement, shown, Money(fen: fen).yuanString)],
            checkAmount: Money(fen: fen), check: .runningBalance))
      }
    }
    if let d = out.last?.date ?? recordDate { previous = (d, line) }
    return out
  }

  /// A payment's date written after the debt on the same line (`欠 3500 5月1日已还清`): without
  /// a year it takes the year of the line's own date (the next year when it comes earlier).
  private func sameLineDate(_ d: DateSpan, _ t: LineAnalysis, recordDate: Day?, source: YearSource) -> DateReading {
    let text = t.text(d.start, d.end)
    guard let recordDate else { return DateResolver.resolve(d.value, text: text, source: source) }
    var r = DateResolver.resolve(d.value, text: text, source: .previous(day: recordDate, line: 0))
    r.notes = r.notes.map { n in
      guard let y = r.day?.year else { return n }
      if n.code == ReadMessage.dateYearFromPrevious.code { return Note(ReadMessage.dateYearFromLine, text, String(y)) }
      if n.code == ReadMessage.dateYearRolledOver.code { return Note(ReadMessage.dateYearFromLineNext, text, String(y)) }
      return n
    }
    return r
  }

  /// The customer's name: the first word with letters and no digits that is not goods, taking
  /// in a name written spaced out (`Zhang Jianguo`, `张 建 国`). `goods` is the first goods
  /// word (without digits) found where a name was looked for, to say so when there is no name.
  private func nameOf(_ t: LineAnalysis) -> (name: String, tokens: ClosedRange<Int>?, goods: String?) {
    var goodsSeen: String?
    func onlySpaces(_ a: Int, _ b: Int) -> Bool {
      guard b > a else { return false }
      for k in a..<b where !(t.fold[k] == 0x20 || t.fold[k] == 0x09) || t.used[k] { return false }
      return true
    }
    func letters(_ tok: TextToken) -> (latin: Bool, han: Int) {
      var latin = true
      var han = 0
      for k in tok.start..<tok.end {
        let c = t.fold[k]
        if Scalars.isHan(c) { han += 1 }
        if !Scalars.isLatinLetter(c) { latin = false }
      }
      return (latin, han == tok.end - tok.start ? han : -1)
    }
    for (k, tok) in t.tokens.enumerated() where tok.hasLetter && !tok.hasDigit {
      if t.isGoods(tok, vocabulary) {
        if goodsSeen == nil { goodsSeen = t.tokenText(tok) }
        continue
      }
      var last = k
      let first = letters(tok)
      if first.latin || first.han == 1 {
        while last + 1 < t.tokens.count && last - k < 3 {
          let next = t.tokens[last + 1]
          guard onlySpaces(t.tokens[last].end, next.start), next.hasLetter, !next.hasDigit else { break }
          let l = letters(next)
          // `Zhang Jianguo`: Latin words; `张 建 国`: one character at a time.
          guard first.latin ? l.latin : l.han == 1, !t.isGoods(next, vocabulary) else { break }
          last += 1
        }
      }
      let name = last == k ? t.tokenText(tok) : t.text(tok.start, t.tokens[last].end)
      return (name, k...last, goodsSeen)
    }
    return ("", nil, goodsSeen)
  }

  /// An amount whose digits are cut by a separator (`1 000元`, `1_000元`, `3/050元`): a
  /// candidate right after a digit and a space, `_` or `/`, when the separator is `_` or the
  /// candidate's group starts with 0 and goes on (`000`, `050`, `0500`; `1 500元` may be 1 piece
  /// for 500元, so it is left alone). `2024 03 05` is a date.
  /// The candidate and where the number really starts.
  private func splitAmount() -> (MoneyCandidate, Int)? {
    let s = scratch
    for n in s.candidates.indices {
      let a = s.candidates[n].span.start
      guard a - 2 >= s.lo, Scalars.isDigit(s.fold[a]), s.mask[a - 2] == 0, Scalars.isDigit(s.fold[a - 2]) else { continue }
      let sep = s.fold[a - 1]
      // (`10 0.5元` is left alone too: 0.5 is a whole number.)
      let leadingZero = s.fold[a] == 0x30 && a + 1 < s.hi && Scalars.isDigit(s.fold[a + 1])
      guard sep == 0x5F || ((Scalars.isSpace(sep) || sep == 0x2F) && leadingZero) else { continue }
      // (A `4/05` date is masked before amounts are looked for: a candidate after `/` is
      // never a date, as in `4/05元`.)
      // Back over the digits and any earlier groups (`1 000 000元`).
      var from = a - 2
      while true {
        while from > s.lo && Scalars.isDigit(s.fold[from - 1]) && s.mask[from - 1] == 0 { from -= 1 }
        if from - 2 >= s.lo, s.fold[from - 1] == sep, Scalars.isDigit(s.fold[from - 2]), s.mask[from - 2] == 0 {
          from -= 2
        } else {
          break
        }
      }
      // `2024 03 05`: a year and one- or two-digit groups is a date written with spaces.
      var groups: [Int] = []
      var dateFrom = a
      while dateFrom > s.lo && (Scalars.isDigit(s.fold[dateFrom - 1]) || s.fold[dateFrom - 1] == sep) { dateFrom -= 1 }
      var k = dateFrom
      while k < s.hi && (Scalars.isDigit(s.fold[k]) || s.fold[k] == sep) {
        if s.fold[k] == sep {
          groups.append(0)
        } else {
          if groups.isEmpty { groups.append(0) }
          groups[groups.count - 1] += 1
        }
        k += 1
      }
      while groups.last == 0 { groups.removeLast() }
      while groups.first == 0 { groups.removeFirst() }
      while dateFrom < s.hi && s.fold[dateFrom] == sep { dateFrom += 1 }
      let year = Int(s.text(dateFrom, min(dateFrom + 4, s.hi))) ?? 0
      if Scalars.isSpace(sep), groups.count >= 2, groups[0] == 4, (1900...2099).contains(year),
        groups.dropFirst().allSatisfy({ (1...2).contains($0) })
      {
        continue
      }
      // On over later groups cut the same way: the last one ends the number.
      var last = n
      while let next = s.candidates.firstIndex(where: { $0.span.start == s.candidates[last].span.end + 1 }),
        s.fold[s.candidates[last].span.end] == sep, Scalars.isDigit(s.fold[s.candidates[next].span.start])
      {
        last = next
      }
      return (s.candidates[last], from)
    }
    return nil
  }

  /// One candidate of a role (its index in `cands`), or nil (`.some(nil)`) when there is none;
  /// nil when several remain after preferring a marked total (`共450`) and then an amount
  /// written as money.
  private func pick(_ group: AmountGroup, in cands: [MoneyCandidate]) -> Int?? {
    // (Most lines have one amount of a group: found without building the list.)
    guard let first = cands.indices.first(where: { AmountGroup(cands[$0].role) == group }) else { return .some(nil) }
    guard cands.indices[(first + 1)...].contains(where: { AmountGroup(cands[$0].role) == group }) else { return first }
    let list = cands.indices.filter { AmountGroup(cands[$0].role) == group }
    // A price per piece beside other figures: the one a verb names (`35元一包 欠350`), else
    // a question (`热水器 1200元一台 安装费 100`).
    if list.contains(where: { cands[$0].perPiece }) {
      let named = list.filter { !cands[$0].perPiece && (cands[$0].role == .debt || cands[$0].isTotal) }  // 欠350, 共1016
      if named.count == 1 { return named[0] }
      return nil
    }
    let totals = list.filter { cands[$0].isTotal }
    if totals.count == 1 { return totals[0] }
    let strong = list.filter { cands[$0].span.value.strong && !cands[$0].perPiece }
    if strong.count == 1 { return strong[0] }
    return nil
  }

  /// The lists a line's amounts are picked from, by their role.
  private enum AmountGroup {
    case debts, payments, balances, returns, carried

    init(_ role: AmountRole) {
      switch role {
      case .payment, .discount: self = .payments
      case .balance: self = .balances
      case .carried: self = .carried
      case .returned: self = .returns
      case .none, .debt: self = .debts
      }
    }
  }

  /// 大写 with a 小写 figure beside it: the figure is the check amount; if they disagree the
  /// record is a conflict (domain.md §1.1 item 7: never pick one).
  private func applyFigure(_ c: MoneyCandidate, to r: inout Record, _ t: LineAnalysis) {
    guard let f = c.figure else { return }
    guard let figure = f.value.fen else {
      r.notes += AmountParser.reading(f.value) { t.text(f.start, f.end) }.notes
      return
    }
    r.checkAmount = Money(fen: figure)
    r.check = .figures
    if let v = c.span.value.fen, v != figure {
      r.status = .conflict
      r.notes.append(
        Note(ReadMessage.iouFiguresDisagree, Money(fen: v).yuanString, Money(fen: figure).yuanString))
    }
  }

  // MARK: - Due dates

  /// The next 除夕 on or after `day`, cached per year (ICU calendars are costly to open).
  private mutating func eve(after day: Day) -> Day? {
    func eveOf(_ lunarYear: Int) -> Day? {
      if let e = eves[lunarYear] { return e }
      let e = LunarCalendar.newYearsEve(lunarYear: lunarYear)
      if let e { eves[lunarYear] = e }
      return e
    }
    let y = day.year
    if let e = eveOf(y - 1), day <= e { return e }
    return eveOf(y)
  }

  /// The due date of the analysed text (`scratch`).
  private mutating func dueReading(recordDate: Day?, source: YearSource) -> DueReading {
    if let k = scratch.dates.indices.first(where: { scratch.dateIsDue[$0] }) {
      let d = scratch.dates[k]
      let text = scratch.text(d.start, d.end)
      switch d.value {
      case .ymd(let y, let m, let dd):
        if let y {
          guard let day = Day(year: y, month: m, day: dd) else {
            return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dateImpossible, text)])
          }
          var notes: [Note] = []
          if let r = recordDate, day < r { notes.append(Note(ReadMessage.dueBeforeRecord, day.iso, r.iso)) }
          return DueReading(day: day, basis: .explicit, notes: notes)
        }
        return yearlessDue(text: text, recordDate: recordDate, source: source) { Day(year: $0, month: m, day: dd) }
      case .monthPart(let y, let m, let dd):
        var r = dueReadingOfDate(.ymd(year: y, month: m, day: dd), text: text, recordDate: recordDate, source: source)
        if let day = r.day { r.notes.append(Note(ReadMessage.dateMonthPart, text, day.iso)) }
        return r
      case .monthEnd(let y, let m):
        if let y, let first = Day(year: y, month: m, day: 1) {
          return DueReading(day: first.endOfMonth, basis: .explicit)
        }
        return yearlessDue(text: text, recordDate: recordDate, source: source) {
          Day(year: $0, month: m, day: 1)?.endOfMonth
        }
      case .lunar(nil, let m, let dd, let leap):
        // 正月十五还: the first such day on or after the record's date.
        if let r = recordDate {
          let from = LunarCalendar.lunar(of: r)?.year ?? r.year
          for y in from...(from + 1) {
            let (day, notes) = DateResolver.lunarDay(year: y, month: m, day: dd, leap: leap, text: text)
            if let day, day >= r {
              return DueReading(
                day: day, basis: .explicit, notes: notes + [Note(ReadMessage.dateLunar, text, String(y), day.iso)])
            }
          }
        }
        let r = DateResolver.resolve(d.value, text: text, source: source)
        return DueReading(day: r.day, basis: r.day == nil ? .none : .explicit, notes: r.notes)
      case .lunar, .newYearsEve:
        let src: YearSource = recordDate.map { .given(year: $0.year, origin: "") } ?? source
        let r = DateResolver.resolve(d.value, text: text, source: src)
        return DueReading(day: r.day, basis: r.day == nil ? .none : .explicit, notes: r.notes)
      case .impossible, .orderUnknown:
        let r = DateResolver.resolve(d.value, text: text, source: source)
        return DueReading(day: nil, basis: .none, notes: r.notes)
      case .yearMonth:
        return .none
      }
    }
    guard let w = scratch.words.first(where: { $0.category.isDue }) else {
      // `收了稻谷再还`: said when, but not in a way that gives a day. Never silently nothing.
      if let c = scratch.dueClause {
        return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dueUnread, scratch.text(c.start, c.end))])
      }
      return .none
    }
    let phrase = scratch.text(w.start, w.end)
    if w.category == .dueVague { return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dueVague, phrase)]) }
    guard let r = recordDate else {
      return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dueNoRecordDate, phrase)])
    }
    switch w.category {
    case .dueEndOfMonth:
      return DueReading(day: r.endOfMonth, basis: .endOfMonth)
    case .dueNextMonthEnd:
      return DueReading(day: IOUListReader.adding(months: 1, to: r).endOfMonth, basis: .endOfMonth)
    case .dueSpringFestival:
      return DueReading(day: eve(after: r), basis: .beforeSpringFestival)
    case .duePhrase:
      guard let span = scratch.dueSpans.first(where: { $0.start == w.start }) else { return .none }
      return duePhrase(span.value, phrase: phrase, record: r)
    default:
      // 年底: 31 December, or 除夕 as debt talk often means (domain.md §4.1). Take the earlier:
      // the cautious reading for the limitation period; the note gives both.
      let e = eve(after: r)
      let dec31 = Day(year: r.year, month: 12, day: 31) ?? r.endOfMonth
      let lunarFirst = e.map { $0 < dec31 } ?? false
      let day = lunarFirst ? (e ?? dec31) : dec31
      return DueReading(
        day: day, basis: lunarFirst ? .beforeSpringFestival : .explicit,
        notes: [Note(ReadMessage.dueYearEnd, phrase, e?.iso ?? "", dec31.iso, day.iso)])
    }
  }

  /// The due reading of a date value as if it had been found in the text.
  private func dueReadingOfDate(_ value: DateValue, text: String, recordDate: Day?, source: YearSource) -> DueReading {
    if case .ymd(let y, let m, let dd) = value {
      if let y {
        guard let day = Day(year: y, month: m, day: dd) else {
          return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dateImpossible, text)])
        }
        var notes: [Note] = []
        if let r = recordDate, day < r { notes.append(Note(ReadMessage.dueBeforeRecord, day.iso, r.iso)) }
        return DueReading(day: day, basis: .explicit, notes: notes)
      }
      return yearlessDue(text: text, recordDate: recordDate, source: source) { Day(year: $0, month: m, day: dd) }
    }
    return .none
  }

  /// `中秋还`, `明天还`, `借期三个月`, `15号还`, said on `r`.
  private func duePhrase(_ value: DueValue, phrase: String, record r: Day) -> DueReading {
    switch value {
    case .festival(let i):
      guard i < vocabulary.festivals.count else { return .none }
      switch vocabulary.festivals[i].rule {
      case .lunar(let m, let d):
        let from = LunarCalendar.lunar(of: r)?.year ?? r.year
        for y in from...(from + 1) {
          if let day = DateResolver.lunarDay(year: y, month: m, day: d, leap: false, text: phrase).0, day >= r {
            return DueReading(
              day: day, basis: .explicit,
              notes: [Note(ReadMessage.dueFestivalLunar, phrase, String(m), String(d), day.iso)])
          }
        }
      case .solarTerm(let longitude):
        for y in r.year...(r.year + 1) {
          if let day = SolarTerms.day(longitude: longitude, year: y), day >= r {
            return DueReading(day: day, basis: .explicit, notes: [Note(ReadMessage.dueFestivalDay, phrase, day.iso)])
          }
        }
      case .monthDay(let m, let d):
        for y in r.year...(r.year + 1) {
          if let day = Day(year: y, month: m, day: d), day >= r {
            return DueReading(day: day, basis: .explicit, notes: [Note(ReadMessage.dueFestivalDay, phrase, day.iso)])
          }
        }
      }
      return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dueUnread, phrase)])
    case .relative(let i):
      guard i < vocabulary.relatives.count else { return .none }
      let rel = vocabulary.relatives[i]
      var day = r.adding(days: rel.days)
      if rel.weeks > 0 {
        // The Sunday of the week `weeks` later (1970-01-01 was a Thursday).
        let weekday = Int((Int64(day.ordinal) + 3) % 7 + 7) % 7 + 1  // Monday 1 … Sunday 7
        day = day.adding(days: 7 - weekday + 7 * rel.weeks)
      }
      if rel.months > 0 {
        day = IOUListReader.adding(months: rel.months, to: day)
        if rel.endOfMonth { return DueReading(day: day.endOfMonth, basis: .endOfMonth) }
      }
      return DueReading(day: day, basis: .explicit)
    case .duration(let n, let unit):
      let day: Day
      switch unit {
      case .day: day = r.adding(days: n)
      case .week: day = r.adding(days: 7 * n)
      case .month: day = IOUListReader.adding(months: n, to: r)
      case .year: day = r.adding(years: n)
      }
      return DueReading(day: day, basis: .explicit, notes: [Note(ReadMessage.dueCounted, phrase, r.iso, day.iso)])
    case .dayOfMonth(let d):
      let c = r.components
      if let day = Day(year: c.year, month: c.month, day: d), day >= r {
        return DueReading(day: day, basis: .explicit)
      }
      let (y, m) = c.month == 12 ? (c.year + 1, 1) : (c.year, c.month + 1)
      guard let day = Day(year: y, month: m, day: d) else {
        return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dateImpossible, phrase)])
      }
      return DueReading(day: day, basis: .explicit, notes: [Note(ReadMessage.dueNextMonth, phrase, day.iso)])
    }
  }

  /// The same day `months` later, or the last day of that month when it is shorter (民法典
  /// art. 202: 没有对应日的，月末日为期间的最后一日).
  static func adding(months: Int, to day: Day) -> Day {
    let c = day.components
    let total = c.year * 12 + (c.month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    return Day(year: y, month: m, day: min(c.day, Day.daysIn(month: m, year: y))) ?? day
  }

  /// `6月30日前`, `6月底前` without a year: the record's year, or the next if that is earlier
  /// than the record.
  private func yearlessDue(text: String, recordDate: Day?, source: YearSource, make: (Int) -> Day?) -> DueReading {
    guard let year = recordDate?.year ?? source.year else {
      return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dateNoYear, text)])
    }
    guard var day = make(year) else {
      return DueReading(day: nil, basis: .none, notes: [Note(ReadMessage.dateImpossible, text)])
    }
    var notes: [Note] = []
    if let r = recordDate, day < r, let next = make(year + 1) {
      day = next
      notes.append(Note(ReadMessage.dueNextYear, text, next.iso))
    }
    return DueReading(day: day, basis: .explicit, notes: notes)
  }

  // MARK: - Formal IOUs

  /// In an IOU opened by 今欠 or 现欠 with no title, the first line after an amount with
  /// another amount that is no part of an IOU's text (it does not write the amount again, and
  /// has no 月息 or 欠款人), or with another opener: where the list goes on, even when a date
  /// line further down looked like the IOU's signature. (`…350 今收 年前` then a list.)
  private mutating func headlessSplit(_ block: FormalBlock) -> Int? {
    guard block.headless, block.lines.count > 1 else { return nil }
    scratch.load(Substring(block.lines[0].text))
    scratch.scan(vocabulary, bareMonthDay: true)
    scratch.findCandidates(vocabulary)
    var amounts = Set(scratch.candidates.compactMap { $0.span.value.fen })
    for k in 1..<block.lines.count {
      scratch.load(Substring(block.lines[k].text))
      if startsWithLabel() { continue }
      let entry = listEntry()
      guard entry.amount else { continue }
      if entry.entry || hasOpener() || (!amounts.isEmpty && !partOfIOU(amounts, strict: false)) { return k }
      amounts.formUnion(scratch.candidates.compactMap { $0.span.value.fen })
    }
    return nil
  }

  /// Closes the formal IOU being read, and any that reading its lines again opens.
  private mutating func closeAllFormal(emit: (Record) -> Void, tooLong: Bool = false) {
    closeFormal(emit: emit, tooLong: tooLong)
    while formal != nil { closeFormal(emit: emit) }
  }

  private mutating func closeFormal(emit: (Record) -> Void, tooLong: Bool = false) {
    guard let block = formal else { return }
    formal = nil
    if block.oneLine && block.lines.count == 1 {
      // `2024.3.5 张建国 现欠 3500 已还清`: an entry of the list, read as one (现欠 a debt
      // verb, 今收 a payment verb). With several amounts (`现欠500元(大写伍佰元整)`, `现欠 1500
      // 其中水泥 1000`), read as a formal IOU: its main amount, the others named.
      scratch.load(Substring(block.lines[0].text))
      scratch.scan(vocabulary, bareMonthDay: true)
      scratch.findCandidates(vocabulary, bracketsNegative: true)
      let records = oneLineRecords(line: block.lines[0].line, raw: block.lines[0].text)
      let several = records.count == 1 && records[0].notes.contains { $0.code == ReadMessage.iouSeveralAmounts.code }
      if !several {
        emitAll(records, line: block.lines[0].line, raw: block.lines[0].text, emit)
        return
      }
    }
    let splits = [block.signed ? nil : block.entryAt, headlessSplit(block)].compactMap { $0 }
    if let k = splits.min() {
      // `欠条 / 今欠到…伍仟元整` with no signature, then `2024.3.7 王五 欠 800`: the list goes on.
      formal = FormalBlock(lines: Array(block.lines[..<k]), titleOnly: block.titleOnly)
      closeFormal(emit: emit)
      for l in block.lines[k...] { feed(line: l.line, text: Substring(l.text), emit: emit) }
      return
    }
    if block.lines.count == 1 && block.titleOnly {
      emit(record(block.lines[0].line, .skipped, raw: block.lines[0].text, notes: [Note(ReadMessage.iouHeading)]))
      return
    }
    let joined = block.lines.map(\.text).joined(separator: "\n")
    let first = block.lines[0].line
    scratch.load(Substring(joined))
    if scratch.hasReplacementCharacter {
      emit(record(first, .rejected, raw: joined, notes: [Note(ReadMessage.iouReplacementChar)]))
      return
    }
    scratch.scan(vocabulary, bareMonthDay: false)
    scratch.findCandidates(vocabulary)
    var extra: [Note] = tooLong ? [Note(ReadMessage.iouFormalTooLong, String(vocabulary.maxFormalLines))] : []
    let isPayment = scratch.hasWord(.paymentTitle) || scratch.hasWord(.paymentOpener)
    let opener = scratch.words.first { $0.category == .debtOpener || $0.category == .paymentOpener }

    // The principal: the 大写 amount (with its figure), else its largest total (合计), else the
    // first written as money.
    let chosen =
      scratch.candidates.first { $0.span.value.isCapital } ?? scratch.candidates.filter(\.isTotal).max { ($0.span.value.fen ?? 0) < ($1.span.value.fen ?? 0) }
      ?? scratch.candidates.first { $0.span.value.strong } ?? scratch.candidates.first
    scratch.markRecognised()
    if let c = chosen {
      scratch.markUsed(c.span.start, c.span.end)
      if let f = c.figure { scratch.markUsed(f.start, f.end) }
    }
    scratch.cutTokens()
    let t = scratch

    // Who: the 欠款人 label; else the name before 今欠到, or after 今收到.
    var name = ""
    var claimed = Set<Int>()
    for w in t.words where (w.category == .debtorLabel || w.category == .otherLabel) && t.labels(endingAt: w.end) {
      guard let k = t.tokens.firstIndex(where: { $0.start >= w.end && !claimed.contains($0.start) }),
        !t.fold[w.end..<t.tokens[k].start].contains(0x0A)
      else { continue }
      claimed.insert(t.tokens[k].start)
      if w.category == .debtorLabel && name.isEmpty {
        name = FormalText.withoutSignatureMark(t.tokenText(t.tokens[k]))
        // `欠款人蒋小兵于2024年底前还清`: 于 starts the sentence after the name.
        let end = t.tokens[k].end
        if end < t.hi && (Scalars.isDigit(t.fold[end]) || t.mask[end] != 0),
          let w = vocabulary.nameFollowedBy.first(where: { name.hasSuffix($0) && name.count - $0.count >= 2 })
        {
          name = String(name.dropLast(w.count))
        }
      }
    }
    if name.isEmpty, let o = opener {
      if isPayment, let tok = t.tokens.first(where: { $0.start >= o.end && $0.hasLetter }) {
        name = t.tokenText(tok)
        claimed.insert(tok.start)
      } else if let tok = t.tokens.last(where: { $0.end <= o.start && $0.hasLetter }),
        !t.fold[tok.end..<o.start].contains(0x0A)
      {
        name = t.tokenText(tok)
        claimed.insert(tok.start)
      } else if block.oneLine, let tok = t.tokens.first(where: { $0.start >= o.end && $0.hasLetter }) {
        name = t.tokenText(tok)  // `2024.3.6 现欠李四 500`
        claimed.insert(tok.start)
      }
    }
    // What for: the text between 今欠到 and the amount, after the shop's own name.
    var goods = ""
    if let o = opener, let c = chosen {
      let parts = t.tokens.filter { $0.start >= o.end && $0.end <= c.span.start && !claimed.contains($0.start) }
      goods = FormalText.cause(parts.map { t.tokenText($0) }.joined(), creditorSuffixes: vocabulary.creditorSuffixes)
    }
    // When: the last date that is not a due date (the date under the signature).
    var recordDate: Day?
    var notes: [Note] = []
    let source = yearSource
    if let k = t.dates.indices.last(where: {
      if case .yearMonth = t.dates[$0].value { return false }
      return !t.dateIsDue[$0]
    }) {
      let d = t.dates[k]
      let r = DateResolver.resolve(d.value, text: t.text(d.start, d.end), source: source)
      recordDate = r.day
      notes = r.notes
    } else {
      notes = [Note(ReadMessage.iouNoDate)]
    }
    let due = isPayment ? DueReading.none : dueReading(recordDate: recordDate, source: source)
    notes += due.notes
    guard let c = chosen else {
      emit(record(first, .rejected, raw: joined, name: name, notes: [Note(ReadMessage.iouNoAmount)] + extra))
      return
    }
    notes += AmountParser.reading(c.span.value) { t.text(c.span.start, c.span.end) }.notes
    guard let fen = c.span.value.fen else {
      emit(record(first, .rejected, raw: joined, name: name, notes: notes + extra))
      return
    }
    if fen == 0 {
      emit(
        record(
          first, .rejected, raw: joined, name: name,
          notes: notes + [Note(ReadMessage.iouZeroAmount, t.text(c.span.start, c.span.end))] + extra))
      return
    }
    if name.isEmpty {
      extra.append(Note(ReadMessage.iouFormalUnsigned))
      emit(record(first, .rejected, raw: joined, amount: fen, notes: notes + extra))
      return
    }
    // `已付定金500元`, `逾期每天按50元计算`: other figures of the IOU are not booked; said.
    let others = t.candidates.filter { o in
      // (Written as money, with 元, ¥ or in 大写: not the digits of an id or a phone, `4304xxxx`.)
      o.span.start != c.span.start && o.span.value.strong && (o.span.value.fen ?? 0) >= 100 && o.span.value.fen != fen
    }
    if !others.isEmpty {
      extra.append(
        Note(ReadMessage.iouFormalOtherAmounts, others.map { t.text($0.span.start, $0.span.end) }.joined(separator: "、"),
          Money(fen: fen).yuanString))
    }
    var r = Record(
      source: SourceRef(path: path, line: first), part: 0, origin: .iou, kind: isPayment ? .payment : .debt,
      name: name, phone: t.phone, date: recordDate, dueDate: due.day, dueBasis: due.basis,
      amount: Money(fen: fen), goods: goods, raw: joined, notes: notes + extra)
    applyFigure(c, to: &r, t)
    if let d = recordDate { previous = (d, first) }
    emit(r)
  }
}

/// Text helpers for formal IOUs.
enum FormalText {
  /// `张建国（签名）` → `张建国`; `陈师傅（陈立新）` stays.
  static func withoutSignatureMark(_ name: String) -> String {
    // (`李四（签名 + 手印）` is cut at its first space: `李四（签名`, with no closing bracket.)
    guard let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return name }
    let inside = name[name.index(after: open)...]
    if inside.contains(where: { "签印押章名".contains($0) }) {
      return String(name[..<open]).trimmingSpaces
    }
    return name
  }

  /// `李记五金水管款` → `水管款`: what follows the last shop-name ending (`五金`, `商行`, …).
  static func cause(_ text: String, creditorSuffixes: [String]) -> String {
    let t = Array(text.unicodeScalars)
    var best = -1
    for suffix in creditorSuffixes {
      let u = Array(suffix.unicodeScalars)
      guard !u.isEmpty, u.count <= t.count else { continue }
      var start = t.count - u.count
      while start >= 0 && start + u.count > best {
        if t[start..<(start + u.count)].elementsEqual(u) {
          best = start + u.count
          break
        }
        start -= 1
      }
    }
    guard best >= 0 else { return text }
    var out = ""
    out.unicodeScalars.append(contentsOf: t[best...])
    return out
  }
}

fileprivate extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\u{3000}" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\u{3000}" { s = s.dropLast() }
    return String(s)
  }
}

extension IOUVocabulary {
  /// The due date said in `text` (`月底还`, `年前还`, `定于2024年6月30日前还清`, `6月底前`) for a
  /// record dated `recordDate`; a year-less explicit date takes the record's year (or the next
  /// year if it would fall before the record).
  public func readDue(_ text: some StringProtocol, recordDate: Day?, context: DateContext = DateContext())
    -> DueReading
  {
    var reader = IOUListReader(path: "", vocabulary: self)
    return reader.due(in: Substring(text), recordDate: recordDate, context: context)
  }
}

extension IOUListReader {
  fileprivate mutating func due(in text: Substring, recordDate: Day?, context: DateContext) -> DueReading {
    scratch.load(text)
    scratch.scan(vocabulary, bareMonthDay: false)
    // A bare date in a due phrase is the due date itself.
    for k in scratch.dates.indices { scratch.dateIsDue[k] = true }
    let source: YearSource = context.year.map { .given(year: $0, origin: context.yearOrigin) } ?? .none
    return dueReading(recordDate: recordDate, source: source)
  }
}
