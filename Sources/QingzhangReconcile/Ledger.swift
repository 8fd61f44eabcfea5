import QingzhangModel

/// A debt still (partly) open after payments were applied.
struct OpenItem {
  var rec: Int
  var remaining: Int64
  /// The payments applied to this debt that may restart its limitation period (payments of
  /// their own, not one written on another debt's line), oldest first: day and record. Only
  /// those made while the period still ran restart it (art. 195).
  var restarts: [(day: Int32, by: Int)] = []
}

/// A due date a counted debt takes from its duplicates (it gives none itself).
struct BorrowedDue {
  var due: Int32
  var from: SourceRef
}

/// What the stale list needs to know about one customer besides the open items.
struct Activity {
  var lastPayment: Int32 = noDay
  var lastDebt: Int32 = noDay
  var lastAny: Int32 = noDay
}

extension Engine {
  // MARK: - Step 7: payments, ledger, stale debts

  /// Counted records up to the cut-off, per customer, oldest first (undated first: their age
  /// is unknown, so they are treated as the oldest). Payments are applied first to the debt
  /// they name (a payment read from the same record as a debt: `已还5000` in an IOU line, 已收
  /// beside 金额) or by its goods (`还钢筋款 300`: the oldest open 钢筋 debt), then to the
  /// oldest open debts (FIFO, domain.md §7.1). What is left over is a credit.
  /// A balance that an open customer-merge or duplicate question may change says so, with the
  /// questions' ids: every balance without that note is final as far as the books go, but for
  /// the conflicts left out of it, which the next note names (their count is `unresolved`).
  func markProvisional(_ ledger: inout [LedgerRow]) {
    defer { nameHeldConflicts(&ledger) }
    let questions = (options.openQuestions + reviews).filter { $0.type == .customerMerge || $0.type == .duplicate }
    guard !questions.isEmpty, !ledger.isEmpty else { return }
    var named = Set<SourceRef>()
    for q in questions { named.formUnion(q.sources + q.affects) }
    var customersOf: [SourceRef: Set<String>] = [:]
    for i in 0..<n where named.contains(recs[i].source) && !recs[i].customerID.isEmpty {
      customersOf[recs[i].source, default: []].insert(recs[i].customerID)
    }
    var ids: [String: Set<String>] = [:]
    for q in questions {
      for src in q.sources + q.affects {
        for c in customersOf[src] ?? [] { ids[c, default: []].insert(q.id) }
      }
    }
    for k in ledger.indices {
      guard let mine = ids[ledger[k].customerID] else { continue }
      let sorted = mine.sorted()
      ledger[k].notes.append(
        Note(
          ReconcileMessage.balanceAwaitsAnswers, String(sorted.count),
          firstIDs(sorted)))
    }
  }

  /// The first five review ids of a ledger note, and `…` when there are more.
  func firstIDs(_ ids: [String]) -> String {
    Note.list(Array(ids.prefix(5))) + (ids.count > 5 ? " …" : "")
  }

  /// A balance with conflicts left out names them: answering one changes the balance.
  func nameHeldConflicts(_ ledger: inout [LedgerRow]) {
    guard !heldConflicts.isEmpty else { return }
    var rankOf: [String: Int32] = [:]
    for c in heldConflicts.keys { rankOf[custIDs[Int(c)]] = c }
    for k in ledger.indices {
      guard let c = rankOf[ledger[k].customerID], let held = heldConflicts[c], !held.isEmpty else { continue }
      let ids = held.map(\.id).sorted()
      ledger[k].notes.append(
        Note(
          ReconcileMessage.balanceLeavesOutConflicts, String(ids.count),
          firstIDs(ids)))
    }
  }

  func buildLedger() -> ([LedgerRow], [StaleDebt]) {
    var idx: [Int32] = []
    idx.reserveCapacity(n)
    let cutOff = options.asOf.iso
    for i in 0..<n where recs[i].status == .ok && isMovement(i) {
      if effDay[i] != noDay && effDay[i] > asOf {
        note(i, .afterAsOf, cutOff)
        continue
      }
      idx.append(Int32(i))
    }
    idx.sort { a, b in
      let x = Int(a)
      let y = Int(b)
      if custRank[x] != custRank[y] { return custRank[x] < custRank[y] }
      if effDay[x] != effDay[y] { return effDay[x] < effDay[y] }
      return canon[x] < canon[y]
    }

    // Due dates written only on a duplicate copy of a counted debt: the earliest (cautious).
    var borrowed: [SourceRef: BorrowedDue] = [:]
    for i in 0..<n where recs[i].status == .duplicate && recs[i].kind == .debt {
      guard let of = recs[i].duplicateOf, let due = recs[i].dueDate?.ordinal else { continue }
      let src = recs[i].source
      if let old = borrowed[of], old.due < due || (old.due == due && old.from <= src) { continue }
      borrowed[of] = BorrowedDue(due: due, from: src)
    }

    var ledger: [LedgerRow] = []
    var stale: [StaleDebt] = []
    var lo = 0
    var settled = Set<Int32>()
    while lo < idx.count {
      var hi = lo + 1
      let cust = custRank[Int(idx[lo])]
      while hi < idx.count && custRank[Int(idx[hi])] == cust { hi += 1 }
      settleCustomer(cust, idx[lo..<hi].map { Int($0) }, borrowed, &ledger, &stale)
      settled.insert(cust)
      lo = hi
    }
    // A customer whose only records are held in conflicts has no balance, so no ledger row; but
    // the debt is owed all the same, and its limitation clock runs: it is on the stale list.
    for cust in heldConflicts.keys.sorted() where cust != emptyCust && !settled.contains(cust) && owesHeldDebt(cust) {
      stale.append(
        staleDebt(cust, balance: 0, open: [], oldest: noDay, activity: Activity(), borrowed: borrowed))
    }
    rank(&stale)
    return (ledger, stale)
  }

  /// The goods a record names, as compared for a payment naming its debt: the goods key up to
  /// its first digit (钢筋2吨 → 钢筋), without a trailing word for money (钢筋款 → 钢筋,
  /// `paymentMoneyWords`); empty when none, generic (货款) or a single character (水 names too
  /// much: 水泥, 水管).
  func goodsStem(_ i: Int) -> [Unicode.Scalar] {
    var g = goods(i)
    if let d = g.firstIndex(where: { $0.properties.numericType != nil }) { g.removeSubrange(d...) }
    while let w = paymentMoneyWords.first(where: { g.count > $0.count && g.suffix($0.count).elementsEqual($0) }) {
      g.removeLast(w.count)
    }
    guard g.count >= 2, !genericGoods.contains(g) else { return [] }
    return g
  }

  /// The open debt a payment names by its goods (`还钢筋款` → a debt of 钢筋, 钢筋2吨): the
  /// oldest one still open, dated no later than the payment (or undated), whose goods have the
  /// payment's stem; nil when the payment names no goods. `index` holds the customer's open
  /// debts by stem, built on the first naming payment, with each list's first unpaid place, so
  /// a customer's payments cost one pass over the debts, not one each.
  func namedDebt(_ p: Int, _ items: [OpenItem], _ index: inout [[Unicode.Scalar]: (list: [Int], next: Int)]?) -> Int? {
    let g = goodsStem(p)
    guard !g.isEmpty else { return nil }
    if index == nil {
      var built: [[Unicode.Scalar]: (list: [Int], next: Int)] = [:]
      for (k, item) in items.enumerated() where recs[item.rec].kind == .debt {
        let stem = goodsStem(item.rec)
        if !stem.isEmpty { built[stem, default: ([], 0)].list.append(k) }
      }
      index = built
    }
    guard var entry = index?[g] else { return nil }
    defer { index?[g] = entry }
    while entry.next < entry.list.count && items[entry.list[entry.next]].remaining == 0 { entry.next += 1 }
    guard let k = entry.list[entry.next...].first(where: { items[$0].remaining > 0 }) else { return nil }
    // Items are oldest first: when the first open one is dated after the payment, all are.
    let day = effDay[p]
    let d = effDay[items[k].rec]
    return day != noDay && d != noDay && d > day ? nil : k
  }

  func settleCustomer(
    _ cust: Int32, _ list: [Int], _ borrowed: [SourceRef: BorrowedDue], _ ledger: inout [LedgerRow],
    _ stale: inout [StaleDebt]
  ) {
    var items: [OpenItem] = []
    var credits: [(rec: Int, amount: Int64)] = []
    var debitSum: Int64 = 0
    var creditSum: Int64 = 0
    var activity = Activity()
    var named: [Int] = []
    for i in list {
      money.inLedger.fen &+= recs[i].amount.fen
      let signed = signed(i)
      let d = effDay[i]
      if d != noDay { activity.lastAny = max(activity.lastAny, d) }
      if recs[i].kind == .payment {
        if d != noDay { activity.lastPayment = max(activity.lastPayment, d) }
      } else if d != noDay {
        activity.lastDebt = max(activity.lastDebt, d)
      }
      if signed > 0 {
        debitSum &+= signed
        items.append(OpenItem(rec: i, remaining: signed))
      } else if signed < 0 {
        creditSum &-= signed
        // A payment written on a debt's line pays that debt first; only a real credit can (a
        // payment of 0, or a negative one, is no credit: it was indexed past the end).
        if recs[i].kind == .payment && recs[i].part > 0 { named.append(credits.count) }
        credits.append((i, 0 &- signed))
      }
    }

    // Payments that name their debt.
    if !named.isEmpty {
      var debtOfSource: [SourceRef: Int] = [:]
      for (k, item) in items.enumerated() where recs[item.rec].part == 0 {
        debtOfSource[recs[item.rec].source] = k
      }
      for c in named {
        guard let k = debtOfSource[recs[credits[c].rec].source] else { continue }
        let take = min(items[k].remaining, credits[c].amount)
        items[k].remaining -= take
        credits[c].amount -= take
      }
    }
    // The rest, oldest debt first. A payment of its own (not written on a debt's line, which
    // pays that debt and acknowledges no other) restarts the limitation period of the debts it
    // is applied to (art. 195); the cautious reading: only those.
    var k = 0
    var leftover: Int64 = 0
    var stems: [[Unicode.Scalar]: (list: [Int], next: Int)]? = nil
    for c in credits.indices {
      var amount = credits[c].amount
      let p = credits[c].rec
      let restarts = recs[p].kind == .payment && recs[p].part == 0 && effDay[p] != noDay
      // A payment of its own that names goods (还钢筋款 300) pays the oldest open debt of
      // those goods first; one of generic words (货款, 欠款) names nothing.
      if recs[p].kind == .payment && recs[p].part == 0, let j = namedDebt(p, items, &stems) {
        let take = min(items[j].remaining, amount)
        items[j].remaining -= take
        amount -= take
        if restarts { items[j].restarts.append((effDay[p], p)) }
        let d = recs[items[j].rec]
        note(p, .paymentNamesDebt, recs[p].goods, d.source.description, d.goods, d.date?.iso ?? "")
      }
      while amount > 0 && k < items.count {
        if items[k].remaining == 0 {
          k += 1
          continue
        }
        let take = min(items[k].remaining, amount)
        items[k].remaining -= take
        amount -= take
        if restarts { items[k].restarts.append((effDay[p], p)) }
        if items[k].remaining == 0 { k += 1 }
      }
      leftover &+= amount
    }

    let balance = debitSum &- creditSum
    money.countedSigned.fen &+= balance
    // Nobody to call about money owed by an unknown customer: it stays in the ledger only. A
    // customer with nothing owed as counted is still listed when a debt is held in a conflict.
    let listed = cust != emptyCust && (balance > 0 || owesHeldDebt(cust))
    guard balance != 0 else {
      if listed {
        stale.append(
          staleDebt(cust, balance: 0, open: [], oldest: noDay, activity: activity, borrowed: borrowed))
      }
      return
    }
    money.ledgerBalance.fen &+= balance
    let open = items.filter { $0.remaining > 0 }
    var oldest: Int32 = noDay
    for item in open where effDay[item.rec] != noDay {
      if oldest == noDay || effDay[item.rec] < oldest { oldest = effDay[item.rec] }
    }
    var notes: [Note] = []
    if balance < 0 {
      let credit = Money(fen: 0 &- balance).yuanString
      // With debts held in conflicts, the payments only look larger: say so, not "paid in
      // advance".
      let held = heldDebts[Int(cust)]
      if held > 0 {
        notes.append(Note(ReconcileMessage.creditWhileDebtsHeld, credit, String(held)))
      } else {
        notes.append(Note(ReconcileMessage.creditLedger, credit))
      }
      // The latest payment made the credit.
      if let last = credits.last(where: { recs[$0.rec].kind == .payment })?.rec {
        if held > 0 {
          note(last, .creditWhileDebtsHeld, credit, String(held))
        } else {
          note(last, .creditBalance, credit)
        }
      }
    }
    ledger.append(
      LedgerRow(
        customerID: custIDs[Int(cust)], name: custNames[Int(cust)], balance: Money(fen: balance),
        openItems: open.count, oldestOpenDate: day(oldest),
        lastPaymentDate: day(activity.lastPayment), unresolved: unresolved[Int(cust)],
        openSources: open.map { recs[$0.rec].source }, notes: notes))
    _ = leftover
    if listed {
      stale.append(
        staleDebt(
          cust, balance: balance, open: open, oldest: oldest, activity: activity, borrowed: borrowed))
    }
  }

  /// An unresolved conflict of this customer holds out a debt dated up to the cut-off.
  func owesHeldDebt(_ cust: Int32) -> Bool {
    heldConflicts[cust]?.contains { $0.owesDebt } ?? false
  }

  /// The customer's row of the stale list (rank filled in later).
  ///
  /// Each open debt has its own limitation deadline: its due date (its own, or else one a
  /// duplicate copy gives), or with none its date (the cautious reading), + 3 years, restarted
  /// by a payment of its own applied to it while the period still ran (an interruption needs a
  /// running period: a payment after the deadline does not restart it in the cautious reading;
  /// it may count as agreeing to pay, 时效规定 art. 19, which the reasons say), capped at 20
  /// years. The customer's deadline is the
  /// next one not yet passed (what is still to be saved); the part of the balance already past
  /// its deadline is said in the reasons. When every part has passed, the earliest is shown.
  /// A debt held in an unresolved conflict has a deadline too, from its earliest date (the
  /// cautious reading): its money is not counted, but its date and customer are not in dispute.
  /// A `balance` of 0 or less (the customer's debts are all held) shows as 0.00.
  func staleDebt(
    _ cust: Int32, balance: Int64, open: [OpenItem], oldest: Int32, activity: Activity,
    borrowed: [SourceRef: BorrowedDue]
  ) -> StaleDebt {
    struct Deadline {
      var end: Int32
      var rec: Int
      var noDue: Bool
      var start: Int32
      var dueFrom: SourceRef?
      var restart: Int32
      var restartBy: Int
      /// The first payment applied to this debt after its period had run out, and that end.
      var lateDay: Int32
      var lateBy: Int
      var lateAfter: Int32
      var oldLaw: Bool
      var capped: Bool
      /// Index into the customer's held conflicts, or -1 for an open item.
      var conflict: Int = -1
    }
    var all: [Deadline] = []
    var undated = false
    var passedFen: Int64 = 0
    var passedCount = 0
    var passedLatest: Int32 = noDay
    for item in open {
      let r = recs[item.rec]
      let arose = effDay[item.rec]
      var due = r.dueDate?.ordinal
      var dueFrom: SourceRef? = nil
      if due == nil, r.kind == .debt, let b = borrowed[r.source] {
        due = b.due
        dueFrom = b.from
      }
      guard let start = due ?? (arose == noDay ? nil : arose) else {
        undated = true
        continue
      }
      let base = Limitation.end(from: Day(ordinal: start))
      var d = Deadline(
        end: base.day.ordinal, rec: item.rec, noDue: due == nil, start: start, dueFrom: dueFrom,
        restart: noDay, restartBy: -1, lateDay: noDay, lateBy: -1, lateAfter: noDay,
        oldLaw: base.oldLaw, capped: false)
      let since = arose == noDay ? start : arose
      for r in item.restarts where r.day > since {
        // The deadline is the last day of the period (24:00): a payment on it still counts.
        guard r.day <= d.end else {
          d.lateDay = r.day
          d.lateBy = r.by
          d.lateAfter = d.end
          break
        }
        let again = Limitation.end(from: Day(ordinal: r.day))
        if again.day.ordinal > d.end || (again.day.ordinal == d.end && r.day == d.restart) {
          d.end = again.day.ordinal
          d.oldLaw = again.oldLaw
          d.restart = r.day
          d.restartBy = r.by
        }
      }
      let cap = Day(ordinal: start).adding(years: 20).ordinal
      if d.end > cap {
        d.end = cap
        d.capped = true
      }
      if d.end < asOf {
        passedFen &+= item.remaining
        passedCount += 1
        passedLatest = max(passedLatest, d.end)
      }
      all.append(d)
    }
    let held = (heldConflicts[cust] ?? []).filter { $0.owesDebt }
    for (k, h) in held.enumerated() where h.start != noDay {
      let base = Limitation.end(from: Day(ordinal: h.start))
      all.append(
        Deadline(
          end: base.day.ordinal, rec: h.rec, noDue: false, start: h.start, dueFrom: nil,
          restart: noDay, restartBy: -1, lateDay: noDay, lateBy: -1, lateAfter: noDay,
          oldLaw: base.oldLaw, capped: false, conflict: k))
    }
    func earlier(_ a: Deadline, _ b: Deadline) -> Bool {
      a.end != b.end ? a.end < b.end : canon[a.rec] < canon[b.rec]
    }
    let coming = all.filter { $0.end >= asOf }
    let chosen = coming.min(by: earlier) ?? all.min(by: earlier)
    let deadline = chosen?.end ?? noDay

    var reasons: [Note] = []
    var score = 0
    let daysLeft: Int? = deadline == noDay ? nil : Int(deadline - asOf)
    if let left = daysLeft, let c = chosen {
      let d = Day(ordinal: deadline).iso
      if left < 0 {
        reasons.append(Note(ReconcileMessage.reasonDeadlinePassed, d))
      } else if left <= 180 {
        reasons.append(Note(ReconcileMessage.reasonDeadlineSoon, d, String(left)))
        score += 60
      } else {
        reasons.append(Note(ReconcileMessage.reasonDeadline, d))
        if left <= 365 { score += 30 }
      }
      if let from = c.dueFrom {
        reasons.append(Note(ReconcileMessage.reasonDueFromDuplicate, from.description, Day(ordinal: c.start).iso))
      } else if c.noDue && c.conflict < 0 && openingDebts.contains(c.rec) {
        // Not the cautious reading: the debt is older than the date it was carried forward on.
        reasons.append(
          Note(ReconcileMessage.reasonOpeningOlder, Day(ordinal: c.start).iso, recs[c.rec].source.description))
      } else if c.noDue {
        // "The IOU gives no date" only of an IOU; a sheet row just has no agreed date.
        let m: ReconcileMessage = recs[c.rec].origin == .iou ? .reasonNoDueDate : .reasonNoAgreedDate
        reasons.append(Note(m, Day(ordinal: c.start).iso))
      }
      if c.restart != noDay && c.restartBy >= 0 {
        reasons.append(
          Note(
            ReconcileMessage.reasonRestartedBy, Day(ordinal: c.restart).iso,
            recs[c.restartBy].source.description))
      }
      // A payment after the period ran out: of the chosen debt, else of the first one past.
      let passed = all.filter { $0.end < asOf }.sorted(by: earlier)
      if let l = c.lateBy >= 0 ? c : passed.first(where: { $0.lateBy >= 0 }) {
        reasons.append(
          Note(
            ReconcileMessage.reasonPaidAfterExpiry, Day(ordinal: l.lateDay).iso,
            recs[l.lateBy].source.description, Day(ordinal: l.lateAfter).iso))
      }
      if c.oldLaw { reasons.append(Note(ReconcileMessage.reasonOldLaw)) }
      if c.capped { reasons.append(Note(ReconcileMessage.reasonTwentyYears)) }
      if left >= 0 && passedCount > 0 {
        reasons.append(
          Note(
            ReconcileMessage.reasonPartPassed, yuan(passedFen), String(passedCount),
            Day(ordinal: passedLatest).iso))
      }
    }
    // An opening debt whose deadline is not the one shown is older than its date all the same.
    if chosen.map({ !($0.conflict < 0 && openingDebts.contains($0.rec)) }) ?? true,
      let o = open.first(where: { openingDebts.contains($0.rec) && effDay[$0.rec] != noDay })
    {
      reasons.append(
        Note(ReconcileMessage.reasonOpeningOlder, Day(ordinal: effDay[o.rec]).iso, recs[o.rec].source.description))
    }
    // A balance noted after an open debt arose: a signed one would have restarted the clock
    // (art. 195(二)), or after expiry waived the defence (时效规定 art. 19); the shop's own note
    // is no proof, so the deadline stays, and the reasons say what to look for.
    if deadline != noDay && oldest != noDay,
      let st = (statements[cust] ?? []).filter({ $0.day >= oldest && $0.day <= asOf })
        .max(by: { $0.day != $1.day ? $0.day < $1.day : canon[$0.rec] < canon[$1.rec] })
    {
      let again = Limitation.end(from: Day(ordinal: st.day)).day
      let args = [Day(ordinal: st.day).iso, yuan(st.figure), recs[st.rec].source.description]
      if st.day > deadline {
        reasons.append(Note(ReconcileMessage.reasonBalanceNotedLate, args: args))
      } else if again.ordinal > deadline {
        reasons.append(Note(ReconcileMessage.reasonBalanceNoted, args: args + [again.iso]))
      }
    }
    // The held debts, soonest deadline first.
    let heldDeadlines = all.filter { $0.conflict >= 0 }.sorted(by: earlier)
    for d in heldDeadlines {
      let h = held[d.conflict]
      let m: ReconcileMessage = d.end < asOf ? .reasonHeldDebtPassed : .reasonHeldDebtDeadline
      reasons.append(Note(m, h.figures, h.id, Day(ordinal: d.start).iso, Day(ordinal: d.end).iso))
    }
    for h in held where h.start == noDay {
      reasons.append(Note(ReconcileMessage.reasonHeldDebtUndated, h.figures, h.id))
    }

    if balance > 0 {
      reasons.append(
        Note(ReconcileMessage.reasonAmount, Money(fen: balance).yuanString, String(open.count)))
    } else {
      reasons.append(Note(ReconcileMessage.reasonOnlyHeldDebts))
    }
    score += Engine.amountPoints(balance)

    var age: Int? = nil
    var bucket: AgingBucket? = nil
    if oldest != noDay {
      let a = Int(asOf - oldest)
      age = a
      let b = AgingBucket(ageDays: a)
      bucket = b
      reasons.append(Note(ReconcileMessage.reasonAge, Day(ordinal: oldest).iso, String(a)))
      score += Engine.agePoints(b)
    }
    if undated { reasons.append(Note(ReconcileMessage.reasonUndated)) }

    if activity.lastDebt != noDay && asOf - activity.lastDebt <= 60 && (age ?? 0) > 90 {
      reasons.append(Note(ReconcileMessage.reasonStillBuying, Day(ordinal: activity.lastDebt).iso))
      score += 10
    }
    if activity.lastAny != noDay && asOf - activity.lastAny > 180 {
      reasons.append(Note(ReconcileMessage.reasonGoneQuiet, String(asOf - activity.lastAny)))
      score += 15
    }
    if activity.lastPayment != noDay && asOf - activity.lastPayment <= 90 {
      reasons.append(
        Note(ReconcileMessage.reasonRecentPayment, Day(ordinal: activity.lastPayment).iso))
      score -= 10
    }
    let u = unresolved[Int(cust)]
    if u > 0 { reasons.append(Note(ReconcileMessage.reasonUnresolved, String(u))) }

    return StaleDebt(
      rank: 0, customerID: custIDs[Int(cust)], name: custNames[Int(cust)],
      amount: Money(fen: max(balance, 0)), openItems: open.count, oldestOpenDate: day(oldest),
      ageDays: age, bucket: bucket, limitationDeadline: day(deadline), daysToDeadline: daysLeft,
      score: score, reasons: reasons)
  }

  /// Points for the amount owed (yuan): <100: 0, <500: 10, <1000: 20, <2000: 30, <5000: 40,
  /// <10000: 50, <20000: 60, <50000: 70, more: 80.
  static func amountPoints(_ fen: Int64) -> Int {
    let steps: [Int64] = [100, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000]
    var p = 0
    for s in steps where fen >= s * 100 { p += 10 }
    return p
  }

  /// Points for the age of the oldest open item.
  static func agePoints(_ b: AgingBucket) -> Int {
    switch b {
    case .days0to30: return 0
    case .days31to90: return 5
    case .days91to180: return 10
    case .days181to365: return 20
    case .years1to2: return 30
    case .years2to3: return 40
    case .over3Years: return 50
    }
  }

  /// Tier 0: deadline within 180 days (soonest first); tier 1: deadline further off or
  /// unknown; tier 2: deadline passed. Within a tier by score, then customer id.
  func rank(_ stale: inout [StaleDebt]) {
    func tier(_ s: StaleDebt) -> Int {
      guard let left = s.daysToDeadline else { return 1 }
      if left < 0 { return 2 }
      return left <= 180 ? 0 : 1
    }
    stale.sort { a, b in
      let ta = tier(a)
      let tb = tier(b)
      if ta != tb { return ta < tb }
      if ta == 0, let x = a.daysToDeadline, let y = b.daysToDeadline, x != y { return x < y }
      if a.score != b.score { return a.score > b.score }
      return a.customerID < b.customerID
    }
    for k in stale.indices { stale[k].rank = k + 1 }
  }

  // MARK: - Counts and the money account

  func finalAccount() {
    var c = counts
    for i in 0..<n {
      let amount = recs[i].amount
      c.records += 1
      switch recs[i].status {
      case .ok:
        switch recs[i].kind {
        case .debt: c.debts += 1
        case .payment: c.payments += 1
        case .skipped: c.skipped += 1
        case .rejected: c.rejected += 1
        }
        if isMovement(i) && effDay[i] != noDay && effDay[i] > asOf {
          c.afterAsOf += 1
          money.afterAsOf.fen &+= amount.fen
        }
      case .duplicate:
        c.duplicates += 1
        money.duplicate.fen &+= amount.fen
      case .conflict:
        c.conflicts += 1
        money.conflict.fen &+= amount.fen
      case .rejected:
        c.rejected += 1
        money.rejected.fen &+= amount.fen
      case .skipped:
        c.skipped += 1
      }
    }
    counts = c
  }
}
