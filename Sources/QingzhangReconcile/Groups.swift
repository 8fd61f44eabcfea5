import QingzhangModel

extension Engine {
  // MARK: - Step 5: groups → counted once, or held as a conflict

  func classifyGroups() {
    // Group members laid out flat, groups in order of their first member's source.
    var groupOfRoot = [Int32](repeating: -1, count: n)
    var memberGroup: [Int32] = []
    var members: [Int32] = []
    var groupSize: [Int32] = []
    for i32 in order {
      let i = Int(i32)
      guard isMovement(i), recs[i].status == .ok || recs[i].status == .conflict else { continue }
      // Without a customer a record is never matched, but its own disagreeing figures are
      // still a question.
      if Int32(custRank[i]) == emptyCust && !readConflict[i] { continue }
      let r = Int(find(i32))
      guard size[r] > 1 || readConflict[i] else { continue }
      if groupOfRoot[r] < 0 {
        groupOfRoot[r] = Int32(groupSize.count)
        groupSize.append(0)
      }
      let g = groupOfRoot[r]
      groupSize[Int(g)] += 1
      members.append(i32)
      memberGroup.append(g)
    }
    var start = [Int](repeating: 0, count: groupSize.count + 1)
    for g in groupSize.indices { start[g + 1] = start[g] + Int(groupSize[g]) }
    var fill = start
    var flat = [Int](repeating: 0, count: members.count)
    for (k, i) in members.enumerated() {
      let g = Int(memberGroup[k])
      flat[fill[g]] = Int(i)
      fill[g] += 1
    }
    for g in groupSize.indices {
      let list = Array(flat[start[g]..<start[g + 1]])
      let amount = recs[list[0]].amount
      var same = true
      for i in list where readConflict[i] || recs[i].amount != amount {
        same = false
        break
      }
      if same {
        countOnce(list, decided: sameDecision[find(Int32(list[0]))])
      } else {
        conflictGroup(list)
      }
    }
    // Lone records a person said are the same writing as a conflict's record: not counted
    // again; a duplicate of what that record became (itself, held or kept, or what was kept
    // in its place).
    for (i, twin) in sameAsConflicted.sorted(by: { canon[$0.key] < canon[$1.key] }) where recs[i].status == .ok {
      let of = recs[twin.of].status == .duplicate ? (recs[twin.of].duplicateOf ?? recs[twin.of].source) : recs[twin.of].source
      recs[i].status = .duplicate
      recs[i].duplicateOf = of
      note(i, .decidedDuplicate, twin.id, of.description)
    }
  }

  /// How much a record shows for itself: an IOU (signed evidence), a due date, a date, goods.
  /// The parts of one source (a debt and its payment on one line) share the best of them, so
  /// the debt and the payment counted come from the same source.
  func evidence(_ i: Int) -> Int {
    let u = unitOf[i]
    guard u >= 0 else { return ownEvidence(i) }
    var best = 0
    for m in units[Int(u)] { best = max(best, ownEvidence(Int(m))) }
    return best
  }

  func ownEvidence(_ i: Int) -> Int {
    let r = recs[i]
    var e = 0
    if r.origin == .iou { e += 8 }
    if r.dueDate != nil { e += 4 }
    if r.date != nil { e += 2 }
    if !r.goods.isEmpty { e += 1 }
    return e
  }

  /// One real entry written several times: when the dated copies' dates differ, the earliest-dated
  /// copy counts (the debt is at least that old, and a copy dated after the cut-off must not
  /// drop an entry another copy dates before it); among those, the record with the most
  /// evidence (then the first by source). The others are duplicates of it.
  func countOnce(_ list: [Int], decided: String?) {
    var earliest: Int32 = noDay
    var latest: Int32 = noDay
    for i in list where effDay[i] != noDay {
      if earliest == noDay || effDay[i] < earliest { earliest = effDay[i] }
      latest = max(latest, effDay[i])
    }
    // An undated copy says nothing against the dated ones: only dated copies that differ.
    let candidates = earliest == latest ? list : list.filter { effDay[$0] == earliest }
    var best = candidates[0]
    for i in candidates.dropFirst() where evidence(i) > evidence(best) { best = i }
    let counted = recs[best].source
    var others: [String] = []
    for i in list where i != best {
      recs[i].status = .duplicate
      recs[i].duplicateOf = counted
      if let id = decided {
        note(i, .decidedDuplicate, id, counted.description)
      } else {
        note(i, .duplicateOf, counted.description)
      }
      others.append(recs[i].source.description)
    }
    note(best, .countedOnce, others.joined(separator: ", "))
    // An undated writing counted (an IOU outweighs a dated sheet row) takes the date its
    // copies agree on: the debt's age and deadline are known, not 'find the date'.
    if effDay[best] == noDay && earliest != noDay, let dated = list.first(where: { effDay[$0] == earliest }) {
      effDay[best] = earliest
      note(best, .countedTakesDate, recs[dated].source.description, day(earliest)?.iso ?? "")
    }
  }

  /// The amount a running-balance row implies from the balance of the row before it (same
  /// file, same customer), or nil.
  func impliedByBalance(_ i: Int) -> Int64? {
    guard let bal = recs[i].checkAmount else { return nil }
    var k = Int(canon[i]) - 1
    var steps = 0
    while k >= 0 && steps < 10_000 {
      let j = Int(order[k])
      if pathRank[j] != pathRank[i] { return nil }
      if custRank[j] == custRank[i] && recs[j].check == .runningBalance, let prev = recs[j].checkAmount {
        let v = recs[i].kind == .payment ? prev.fen &- bal.fen : bal.fen &- prev.fen
        return v > 0 ? v : nil
      }
      k -= 1
      steps += 1
    }
    return nil
  }

  /// The figure a 合计 row below record `i` in its file supports, and that row: the total
  /// equals the debts, the payments or debts − payments of the rows it covers (since the
  /// previous total, or since the top) with `i`'s amount as written, or with one of `figures`
  /// in its place. Nil when no total covers `i` or it fits no figure.
  func totalEvidence(_ i: Int, figures: [Int64]) -> (figure: Int64, total: Int, fen: Int64)? {
    guard isMovement(i) else { return nil }
    if totalRows == nil { indexTotals() }
    guard let t = totalRows, t.next[Int(canon[i])] >= 0 else { return nil }
    let totalRow = Int(t.next[Int(canon[i])])
    guard let total = recs[totalRow].checkAmount?.fen, let sums = t.sums[totalRow] else { return nil }
    let own = origAmount[i]
    let isDebt = recs[i].kind == .debt
    let sign: Int64 = isDebt ? 1 : -1
    // (sum, sign of `i` in it)
    var candidates: [(Int64, Int64)] = [
      (sums.debts &- sums.pays, sign), (sums.debtsAll &- sums.paysAll, sign),
    ]
    if isDebt {
      candidates += [(sums.debts, 1), (sums.debtsAll, 1)]
    } else {
      candidates += [(sums.pays, 1), (sums.paysAll, 1)]
    }
    for (sum, _) in candidates where sum == total { return (own, totalRow, total) }
    for f in figures where f != own {
      for (sum, s) in candidates where sum &- s &* own &+ s &* f == total { return (f, totalRow, total) }
    }
    return nil
  }

  /// For each position in canonical order, the next total row of its file; for each total
  /// row, the sums of the rows it covers. Built once, when a conflict first needs it.
  func indexTotals() {
    var next = [Int32](repeating: -1, count: n)
    var sums: [Int: TotalSums] = [:]
    var pending: Int32 = -1
    var path: Int32 = -1
    for k in stride(from: n - 1, through: 0, by: -1) {
      let j = Int(order[k])
      if pathRank[j] != path {
        path = pathRank[j]
        pending = -1
      }
      next[k] = pending
      if recs[j].kind == .skipped && recs[j].check == .total && recs[j].checkAmount != nil {
        pending = Int32(j)
      }
    }
    var cur = TotalSums()
    path = -1
    for k in 0..<n {
      let j = Int(order[k])
      if pathRank[j] != path {
        path = pathRank[j]
        cur = TotalSums()
      }
      switch recs[j].kind {
      case .debt:
        cur.debts &+= origAmount[j]
        cur.debtsAll &+= origAmount[j]
      case .payment:
        cur.pays &+= origAmount[j]
        cur.paysAll &+= origAmount[j]
      case .skipped where recs[j].check == .total:
        sums[j] = cur
        cur.debts = 0
        cur.pays = 0
      default: break
      }
    }
    totalRows = (next, sums)
  }

  /// For a record whose running balance breaks: the balance column's last figure for its
  /// customer in its file, and what the first balance and the amounts make of it, when they
  /// differ (the balance column carries the slip to the end). Worked out once per file and
  /// customer.
  func balanceColumnEnd(_ i: Int) -> (opening: Int64, computed: Int64, written: Int64)? {
    let cacheKey = Int64(pathRank[i]) << 32 | Int64(custRank[i])
    if let cached = balanceEnds[cacheKey] { return cached.map { ($0.0, $0.1, $0.2) } }
    var opening: Int64? = nil
    var running: Int64 = 0
    var written: Int64 = 0
    var k = Int(canon[i])
    while k > 0 && pathRank[Int(order[k - 1])] == pathRank[i] { k -= 1 }
    while k < n {
      let j = Int(order[k])
      if pathRank[j] != pathRank[i] { break }
      k += 1
      guard custRank[j] == custRank[i], isMovement(j) else { continue }
      let signedFen = recs[j].kind == .debt ? origAmount[j] : 0 &- origAmount[j]
      if opening == nil {
        guard recs[j].check == .runningBalance, let b = recs[j].checkAmount?.fen else { continue }
        opening = b &- signedFen
      }
      running &+= signedFen
      if recs[j].check == .runningBalance, let b = recs[j].checkAmount?.fen { written = b }
    }
    var result: (Int64, Int64, Int64)? = nil
    if let o = opening, o &+ running != written { result = (o, o &+ running, written) }
    balanceEnds[cacheKey] = .some(result)
    return result.map { ($0.0, $0.1, $0.2) }
  }

  /// Records of one real entry whose figures differ (or one record whose own figures differ).
  ///
  /// When the records of one figure were already matched as duplicates of each other (two
  /// books agree on 350) and outnumber every other figure, they are counted once and only the
  /// odd ones (3500) are held. `keep SOURCE` and `amount X` settle the whole group; `apart`
  /// says the figures are different entries: each counts on its own (agreeing copies once).
  func conflictGroup(_ list: [Int]) {
    let keys = list.map { key($0) }.sorted()
    let conflictID = "K-" + StableHash.hex(keys.joined(separator: "|"), digits: 12)
    let id = ReviewItem.makeID(type: .conflict, subject: keys)
    let first = list[0]

    // The records that agree with each other (joined as duplicates before the conflict).
    var subgroups: [[Int]] = []
    var subOfRoot: [Int32: Int] = [:]
    for i in list {
      let r = dupRoot[i]
      if let s = subOfRoot[r] {
        subgroups[s].append(i)
      } else {
        subOfRoot[r] = subgroups.count
        subgroups.append([i])
      }
    }
    let hasReadConflict = list.contains { readConflict[$0] }
    var confirmed: [Int] = []
    // Agreement confirms a figure only between independent books: a second typing of a
    // notebook agreeing with the notebook is one witness, not two.
    let weight = subgroups.map { witnesses($0) }
    let agreeing = subgroups.indices.filter { k in
      weight[k] >= 2 && !subgroups[k].contains { readConflict[$0] }
    }
    if agreeing.count == 1, let top = agreeing.first,
      subgroups.indices.allSatisfy({ $0 == top || weight[$0] < weight[top] })
    {
      let s = subgroups[top]
      confirmed = s
    }

    switch options.decisions[id] {
    case .keep(let src)?:
      if let winner = list.first(where: { recs[$0].source == src }) {
        settle(list, winner: winner, id: id, amount: nil)
        return
      }
      holdConflict(list, confirmed: confirmed, conflictID: conflictID, id: id, extra: [
        Note(ReconcileMessage.decisionKeepNotMember, id, src.description)
      ])
    case .amount(let x)?:
      settle(list, winner: first, id: id, amount: x)
    case .apart? where !hasReadConflict:
      for sub in subgroups {
        if sub.count > 1 { countOnce(sub, decided: nil) }
        for i in sub { note(i, .decidedApart, id) }
      }
    case nil:
      holdConflict(list, confirmed: confirmed, conflictID: conflictID, id: id, extra: [])
    case _?:
      holdConflict(list, confirmed: confirmed, conflictID: conflictID, id: id, extra: [
        Note(ReconcileMessage.decisionNotForConflict, id)
      ])
    }
  }

  /// A decision resolved the conflict: `winner` counts (with `amount` when given), the rest
  /// are duplicates of it. Keeping a record whose own figures disagree counts the amount the
  /// reader took (the 大写, the 金额 column), and its note says which figure that was.
  func settle(_ list: [Int], winner: Int, id: String, amount: Money?) {
    let src = recs[winner].source
    for i in list {
      if readConflict[i] { note(i, .readConflictSettled, id) }
      if i == winner {
        recs[i].status = .ok
        if let x = amount {
          let before = recs[i].amount
          recs[i].amount = x
          money.decisionAdjustment.fen &+= x.fen &- before.fen
          note(i, .decidedAmount, id, x.yuanString, before.yuanString)
        } else if readConflict[i], let other = otherFigure(i) {
          let m: ReconcileMessage
          switch recs[i].check {
          case .figures: m = .decidedKeepWords
          case .quantityTimesPrice: m = .decidedKeepQuantityPrice
          case .amountLessReceived: m = .decidedKeepDebtColumn
          default: m = .decidedKeepBalance
          }
          note(i, m, id, recs[i].amount.yuanString, yuan(other))
        } else {
          note(i, .decidedKeep, id)
        }
      } else {
        recs[i].status = .duplicate
        recs[i].duplicateOf = src
        note(i, .decidedDuplicate, id, src.description)
      }
    }
  }

  /// What the ledger and the stale list keep of a conflict: the figures of its debts (each
  /// record's, and the other figure of one whose own figures disagree), and the earliest date of
  /// the held debts up to the cut-off, which the limitation deadline takes (the cautious reading).
  func heldConflict(_ list: [Int], held: [Int], id: String) -> HeldConflict {
    var figures: [Int64] = []
    for i in list where recs[i].kind == .debt {
      for f in [recs[i].amount.fen, readConflict[i] ? otherFigure(i) : nil].compactMap({ $0 })
      where !figures.contains(f) {
        figures.append(f)
      }
    }
    var owes = false
    var start = noDay
    var rec = -1
    for i in held where recs[i].kind == .debt {
      let d = effDay[i]
      if d != noDay && d > asOf { continue }
      owes = true
      if rec < 0 { rec = i }
      if d != noDay && (start == noDay || d < start) {
        start = d
        rec = i
      }
    }
    return HeldConflict(
      id: id, figures: figures.map { yuan($0) }.joined(separator: "/"), owesDebt: owes, start: start,
      rec: rec >= 0 ? rec : list[0])
  }

  /// The figure a record whose own figures disagree did not take: the 小写, the 数量×单价, or
  /// the amount its running balance implies.
  func otherFigure(_ i: Int) -> Int64? {
    switch recs[i].check {
    case .figures, .quantityTimesPrice, .amountLessReceived: return recs[i].checkAmount?.fen
    case .runningBalance: return impliedByBalance(i)
    default: return nil
    }
  }

  /// Holds the group's money out of the balances (all of it, or all but the `confirmed`
  /// records, which are counted once) and asks which figure is right.
  func holdConflict(_ list: [Int], confirmed: [Int], conflictID: String, id: String, extra: [Note]) {
    let listing = list.map { recs[$0].source.description + " = " + recs[$0].amount.yuanString }
      .joined(separator: ", ")
    let cust = custRank[list[0]]
    unresolved[Int(cust)] += 1
    counts.conflictGroups += 1
    let held = list.filter { !confirmed.contains($0) }
    if held.contains(where: { recs[$0].kind == .debt }) { heldDebts[Int(cust)] += 1 }
    heldConflicts[cust, default: []].append(heldConflict(list, held: held, id: id))
    if !confirmed.isEmpty {
      countOnce(confirmed, decided: nil)
      let odd = held.map { recs[$0].source.description + " = " + recs[$0].amount.yuanString }
        .joined(separator: ", ")
      for i in confirmed { note(i, .conflictConfirmedCounted, odd, id) }
    }
    for i in held {
      recs[i].status = .conflict
      recs[i].conflictID = conflictID
      if readConflict[i] {
        note(i, .readConflictHeld, id)
      } else {
        note(i, .conflictHeld, listing, id)
      }
    }

    // What is wrong.
    var detail: [Note] = []
    let who = customerLabel(cust)
    if !confirmed.isEmpty {
      let agreed = confirmed.map { recs[$0].source.description }.joined(separator: ", ")
      let odd = held.map { recs[$0].source.description + " = " + recs[$0].amount.yuanString }
        .joined(separator: ", ")
      detail.append(
        Note(
          ReconcileMessage.conflictPartlyCounted, agreed, recs[confirmed[0]].amount.yuanString, odd, who))
    } else if list.count > 1 {
      detail.append(Note(ReconcileMessage.conflictDetail, listing, who))
    }
    for i in list where readConflict[i] {
      let r = recs[i]
      let src = r.source.description
      let check = r.checkAmount?.yuanString ?? ""
      switch r.check {
      case .figures:
        detail.append(Note(ReconcileMessage.relationFigures, src, r.amount.yuanString, check))
      case .quantityTimesPrice:
        detail.append(Note(ReconcileMessage.relationQuantityPrice, src, r.amount.yuanString, check))
      case .amountLessReceived:
        detail.append(Note(ReconcileMessage.relationAmountLessReceived, src, r.amount.yuanString, check))
      case .runningBalance:
        if let v = impliedByBalance(i) {
          detail.append(
            Note(ReconcileMessage.relationRunningBalance, src, r.amount.yuanString, yuan(v)))
        } else {
          detail.append(Note(ReconcileMessage.relationRunningBalanceOnly, src, r.amount.yuanString))
        }
        if let end = balanceColumnEnd(i) {
          detail.append(
            Note(
              ReconcileMessage.relationBalanceColumnEnd, src, yuan(end.written), yuan(end.opening),
              yuan(end.computed), yuan(end.written &- end.computed)))
        }
      default: break
      }
    }
    let distinct = Array(Set(list.map { recs[$0].amount.fen })).sorted()
    if distinct.count == 2, let rel = AmountRelation.between(distinct[0], distinct[1]) {
      let a = yuan(distinct[0])
      let b = yuan(distinct[1])
      switch rel {
      case .swapped: detail.append(Note(ReconcileMessage.relationSwapped, a, b))
      case .zero: detail.append(Note(ReconcileMessage.relationZero, a, b))
      case .oneDigit: detail.append(Note(ReconcileMessage.relationOneDigit, a, b))
      }
    }
    // Different due dates hint at different debts.
    if let x = list.first(where: { recs[$0].dueDate != nil }),
      let y = list.first(where: { recs[$0].dueDate != nil && recs[$0].dueDate != recs[x].dueDate })
    {
      detail.append(
        Note(
          ReconcileMessage.relationDueDiffers, recs[x].source.description, recs[x].dueDate?.iso ?? "",
          recs[y].source.description, recs[y].dueDate?.iso ?? ""))
    }
    if list.count == 1 { detail.append(Note(ReconcileMessage.heldOut, who)) }
    detail += extra

    // Which figure the evidence supports.
    var evidence: [(fen: Int64, note: Note)] = []
    var figures = distinct
    for i in list { if let o = otherFigure(i) { figures.append(o) } }
    for i in list {
      let r = recs[i]
      let src = r.source.description
      let amount = r.amount.fen
      var own = true
      if readConflict[i] {
        switch r.check {
        case .figures:
          evidence.append((amount, Note(ReconcileMessage.evidenceWords, src, yuan(amount))))
          if let c = r.checkAmount {
            evidence.append((c.fen, Note(ReconcileMessage.evidenceFigures, src, c.yuanString)))
          }
          own = false
        case .quantityTimesPrice:
          evidence.append((amount, Note(ReconcileMessage.evidenceAmount, src, yuan(amount))))
          if let c = r.checkAmount {
            evidence.append((c.fen, Note(ReconcileMessage.evidenceQuantityPrice, src, c.yuanString)))
          }
          own = false
        case .amountLessReceived:
          evidence.append((amount, Note(ReconcileMessage.evidenceDebtColumn, src, yuan(amount))))
          if let c = r.checkAmount {
            evidence.append((c.fen, Note(ReconcileMessage.evidenceAmountLessReceived, src, c.yuanString)))
          }
          own = false
        case .runningBalance:
          evidence.append((amount, Note(ReconcileMessage.evidenceAmount, src, yuan(amount))))
          if let v = impliedByBalance(i) {
            evidence.append((v, Note(ReconcileMessage.evidenceBalance, src, yuan(v))))
          }
          own = false
        default: break
        }
      }
      if own { evidence.append((amount, Note(ReconcileMessage.evidenceAmount, src, yuan(amount)))) }
      if let t = totalEvidence(i, figures: figures) {
        evidence.append(
          (t.figure, Note(ReconcileMessage.evidenceTotal, recs[t.total].source.description, yuan(t.fen), yuan(t.figure))))
      }
    }
    var tally: [Int64: Int] = [:]
    for e in evidence { tally[e.fen, default: 0] += 1 }
    let ranked = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    var suggestion: [Note] = []
    var keepExample = recs[list[0]].source
    var amountExample = recs[list[0]].amount.fen
    if let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value {
      let second = ranked.count > 1 ? ranked[1].value : 0
      suggestion.append(
        Note(ReconcileMessage.suggestFigure, yuan(top.key), String(top.value), String(second)))
      amountExample = top.key
      if let w = list.first(where: { recs[$0].amount.fen == top.key }) { keepExample = recs[w].source }
    } else {
      suggestion.append(Note(ReconcileMessage.suggestNone))
    }
    let best = amountExample
    suggestion += evidence.filter { $0.fen == best }.map(\.note)
    suggestion += evidence.filter { $0.fen != best }.map(\.note)
    suggestion.append(
      Note(ReconcileMessage.conflictHowTo, id, keepExample.description, yuan(amountExample)))
    // What `keep` takes from a record whose own figures disagree.
    for i in list where readConflict[i] {
      guard let other = otherFigure(i) else { continue }
      let m: ReconcileMessage =
        recs[i].check == .figures
        ? .keepMeansWords : (recs[i].check == .amountLessReceived ? .keepMeansDebtColumn : .keepMeansAmountColumn)
      suggestion.append(Note(m, id, recs[i].source.description, recs[i].amount.yuanString, yuan(other)))
    }
    if !hasReadConflictIn(list) && list.count > 1 {
      suggestion.append(Note(ReconcileMessage.conflictApartHowTo, id))
    }

    addReview(
      .conflict, id: id, sources: list.map { recs[$0].source }, detail: detail,
      suggestion: suggestion)
  }

  func hasReadConflictIn(_ list: [Int]) -> Bool { list.contains { readConflict[$0] } }
}
