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

  /// One real entry written several times: the record with the most evidence counts (then the
  /// first by source); the others are duplicates of it.
  func countOnce(_ list: [Int], decided: String?) {
    var best = list[0]
    for i in list.dropFirst() where evidence(i) > evidence(best) { best = i }
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

  /// Records of one real entry whose figures differ (or one record whose own figures differ).
  func conflictGroup(_ list: [Int]) {
    let keys = list.map { key($0) }.sorted()
    let conflictID = "K-" + StableHash.hex(keys.joined(separator: "|"), digits: 12)
    let id = ReviewItem.makeID(type: .conflict, subject: keys)
    let first = list[0]

    switch options.decisions[id] {
    case .keep(let src)?:
      if let winner = list.first(where: { recs[$0].source == src }) {
        settle(list, winner: winner, id: id, amount: nil)
        return
      }
      holdConflict(list, conflictID: conflictID, id: id, extra: [
        Note(ReconcileMessage.decisionKeepNotMember, id, src.description)
      ])
    case .amount(let x)?:
      settle(list, winner: first, id: id, amount: x)
    case nil:
      holdConflict(list, conflictID: conflictID, id: id, extra: [])
    case _?:
      holdConflict(list, conflictID: conflictID, id: id, extra: [
        Note(ReconcileMessage.decisionNotForConflict, id)
      ])
    }
  }

  /// A decision resolved the conflict: `winner` counts (with `amount` when given), the rest
  /// are duplicates of it.
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

  func holdConflict(_ list: [Int], conflictID: String, id: String, extra: [Note]) {
    let listing = list.map { recs[$0].source.description + " = " + recs[$0].amount.yuanString }
      .joined(separator: ", ")
    let cust = custRank[list[0]]
    unresolved[Int(cust)] += 1
    counts.conflictGroups += 1
    for i in list {
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
    if list.count > 1 {
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
      case .runningBalance:
        if let v = impliedByBalance(i) {
          detail.append(
            Note(ReconcileMessage.relationRunningBalance, src, r.amount.yuanString, yuan(v)))
        } else {
          detail.append(Note(ReconcileMessage.relationRunningBalanceOnly, src, r.amount.yuanString))
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
    if list.count == 1 { detail.append(Note(ReconcileMessage.heldOut, who)) }
    detail += extra

    // Which figure the evidence supports.
    var evidence: [(fen: Int64, note: Note)] = []
    for i in list {
      let r = recs[i]
      let src = r.source.description
      let amount = r.amount.fen
      if readConflict[i] {
        switch r.check {
        case .figures:
          evidence.append((amount, Note(ReconcileMessage.evidenceWords, src, yuan(amount))))
          if let c = r.checkAmount {
            evidence.append((c.fen, Note(ReconcileMessage.evidenceFigures, src, c.yuanString)))
          }
          continue
        case .quantityTimesPrice:
          evidence.append((amount, Note(ReconcileMessage.evidenceAmount, src, yuan(amount))))
          if let c = r.checkAmount {
            evidence.append((c.fen, Note(ReconcileMessage.evidenceQuantityPrice, src, c.yuanString)))
          }
          continue
        case .runningBalance:
          evidence.append((amount, Note(ReconcileMessage.evidenceAmount, src, yuan(amount))))
          if let v = impliedByBalance(i) {
            evidence.append((v, Note(ReconcileMessage.evidenceBalance, src, yuan(v))))
          }
          continue
        default: break
        }
      }
      evidence.append((amount, Note(ReconcileMessage.evidenceAmount, src, yuan(amount))))
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

    addReview(
      .conflict, id: id, sources: list.map { recs[$0].source }, detail: detail,
      suggestion: suggestion)
  }
}
