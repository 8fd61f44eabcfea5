import QingzhangModel

extension Engine {
  // MARK: - Step 6a: 合计 rows

  /// Code of the read stage's note on a total row it checked, and on one that disagreed.
  static let readTotalRow = "total-row"
  static let readTotalMismatch = "total-mismatch"

  /// A 合计/小计 row that disagrees with the rows it totals becomes a `conflict` review item
  /// (no amount is changed). When the read stage checked the row (it knows which columns and
  /// rows the total covers), its verdict is taken: a `total-mismatch` note. Otherwise the row
  /// must equal the debts, the payments or debts − payments of the rows above it in its file
  /// (since the previous total row, or since the top of the file).
  func checkTotals() {
    var path: Int32 = -1
    var debtsAll: Int64 = 0
    var paysAll: Int64 = 0
    var debts: Int64 = 0
    var pays: Int64 = 0
    // The rows since the previous total (for a suggestion of which one was miswritten).
    var debtRows: [Int] = []
    var payRows: [Int] = []
    for i32 in order {
      let i = Int(i32)
      if pathRank[i] != path {
        path = pathRank[i]
        debtsAll = 0
        paysAll = 0
        debts = 0
        pays = 0
        debtRows.removeAll()
        payRows.removeAll()
      }
      switch recs[i].kind {
      case .debt:
        debts &+= origAmount[i]
        debtsAll &+= origAmount[i]
        debtRows.append(i)
      case .payment:
        pays &+= origAmount[i]
        paysAll &+= origAmount[i]
        payRows.append(i)
      case .skipped where recs[i].check == .total:
        let (blockDebts, blockPays, rowsOfDebts, rowsOfPays) = (debts, pays, debtRows, payRows)
        defer {
          debts = 0
          pays = 0
          debtRows.removeAll()
          payRows.removeAll()
        }
        let r = recs[i]
        var detail: [Note]
        if r.notes.contains(where: { $0.code == Engine.readTotalRow || $0.code == Engine.readTotalMismatch }) {
          detail = r.notes.filter { $0.code == Engine.readTotalMismatch }
          if detail.isEmpty { continue }
        } else {
          guard let total = r.checkAmount?.fen, debtsAll != 0 || paysAll != 0 else { continue }
          let candidates = [debts, debts &- pays, pays, debtsAll, debtsAll &- paysAll, paysAll]
          if candidates.contains(total) { continue }
          var nearest = candidates[0]
          for c in candidates.dropFirst() where (total &- c).magnitude < (total &- nearest).magnitude {
            nearest = c
          }
          detail = [
            Note(ReconcileMessage.totalDiffers, yuan(total), yuan(nearest), yuan(total &- nearest))
          ]
        }
        let id = ReviewItem.makeID(type: .conflict, subject: [key(i)])
        let decision = options.decisions[id]
        if decision == .ignore { continue }
        if detail.first?.code == ReconcileMessage.totalDiffers.code { recs[i].notes += detail }
        note(i, .checkSeeReview, id)
        if decision != nil { detail.append(Note(ReconcileMessage.decisionNotForCheck, id)) }
        var suspects: [(Note, SourceRef)] = []
        if let total = r.checkAmount?.fen {
          suspects = miswrittenRows(total: total, sum: blockDebts, rows: rowsOfDebts)
            + miswrittenRows(total: total, sum: blockPays, rows: rowsOfPays)
        }
        addReview(
          .conflict, id: id, sources: [r.source] + suspects.map(\.1),
          detail: detail, suggestion: suspects.map(\.0) + [Note(ReconcileMessage.checkHowTo, id)])
      default: break
      }
    }
  }

  /// Rows whose figure, read with two digits the other way round (450 / 540) or with a zero
  /// more or less (120 / 1200), makes `sum` equal `total`: a suggestion of which to check
  /// first (three at most).
  func miswrittenRows(total: Int64, sum: Int64, rows: [Int]) -> [(Note, SourceRef)] {
    let gap = total &- sum
    guard gap != 0, !rows.isEmpty else { return [] }
    var out: [(Note, SourceRef)] = []
    for j in rows where out.count < 3 {
      let a = origAmount[j]
      guard a > 0 else { continue }
      for (alt, zero) in Engine.misreadings(a) where alt &- a == gap {
        out.append(
          (
            Note(
              zero ? ReconcileMessage.totalRowZero : ReconcileMessage.totalRowSwapped, recs[j].source.description,
              yuan(a), yuan(alt)), recs[j].source
          ))
        break
      }
    }
    return out
  }

  /// A figure with two neighbouring digits swapped, or a zero more or less (`true`).
  static func misreadings(_ fen: Int64) -> [(Int64, Bool)] {
    // Whole yuan are compared as yuan (4500 fen is 45.00, its digits 4 5).
    let scale: Int64 = fen % 100 == 0 ? 100 : 1
    let digits = Array(String(fen / scale).utf8)
    var out: [(Int64, Bool)] = []
    if digits.count > 1 {
      for k in 0..<(digits.count - 1) where digits[k] != digits[k + 1] && !(k == 0 && digits[k + 1] == 0x30) {
        var d = digits
        d.swapAt(k, k + 1)
        if let v = Int64(String(decoding: d, as: UTF8.self)) { out.append((v &* scale, false)) }
      }
    }
    if fen % 10 == 0 || scale == 100 && (fen / scale) % 10 == 0 { out.append((fen / 10, true)) }
    if fen < Int64.max / 10 { out.append((fen &* 10, true)) }
    return out
  }

  // MARK: - Step 6b: rejected records

  /// Every rejected record is a `rejected` review item until a person answers `ignore`.
  func reviewRejected() {
    // One question per line: a rejected row holding two figures (金额 and 已收, no name) gives
    // two rejected records, asked about (and `ignore`d) once, by its first.
    var asked = Set<SourceRef>()
    for i32 in order {
      let i = Int(i32)
      guard recs[i].kind == .rejected || recs[i].status == .rejected else { continue }
      let r = recs[i]
      guard asked.insert(r.source).inserted else { continue }
      let id = ReviewItem.makeID(type: .rejected, subject: [key(i)])
      let decision = options.decisions[id]
      if decision == .ignore { continue }
      var detail = r.notes
      // The line as written, so the person finds it; a very long one is cut (the file has it all).
      if !r.raw.isEmpty {
        let raw = r.raw.count > 200 ? String(r.raw.prefix(200)) + " … +\(r.raw.count - 200)" : r.raw
        detail.append(Note(ReconcileMessage.rejectedRaw, raw))
      }
      var suggestion = [Note(ReconcileMessage.rejectedHowTo, id)]
      if decision != nil { suggestion.append(Note(ReconcileMessage.decisionNotForRejected, id)) }
      addReview(.rejected, id: id, sources: [r.source], detail: detail, suggestion: suggestion)
    }
  }

  // MARK: - Step 6c: carried-forward rows and balance statements

  /// Carried-forward rows (上年结转, 承上年, 期初余额) and balance statements (`李四 还欠 800` in
  /// an IOU list, a sheet row with only a 余额) are check figures: the customer's balance at that
  /// point. The customer is the row's own; or the customer of the same name as written in its
  /// file, or anywhere; or the only customer of its file. "Earlier records" are that customer's
  /// counted records above the row in the same file, and those in other files dated before the
  /// row (a balance statement: on or before it). A carried-forward row's date is its own, or
  /// the first date below it in its file; a statement's is its own, or the last date above it.
  /// With no date, every record in other files is earlier for a carried-forward row, and none is
  /// for a statement. Rows are taken in date order, so a carried-forward row that became an
  /// opening debt counts in the checks of later rows. With no earlier record among the inputs,
  /// the figure becomes the opening debt (a credit when negative); otherwise it is compared
  /// with their balance, and a difference is a `conflict` review item that changes no amount.
  func checkCarriedForward() {
    var rows: [Int] = []
    for i32 in order {
      let i = Int(i32)
      guard recs[i].kind == .skipped else { continue }
      if recs[i].check == .carriedForward || recs[i].check == .runningBalance { rows.append(i) }
    }
    guard !rows.isEmpty else { return }

    // The only customer of each file, and the customer of each name as written, in one file
    // and anywhere (-2: several).
    var onlyCustomer: [Int32: Int32] = [:]
    var nameInFile: [String: Int32] = [:]
    var nameAnywhere: [String: Int32] = [:]
    var byCustomer: [Int32: [Int]] = [:]
    let wantedNames = Set(rows.map { recs[$0].name }.filter { !$0.isEmpty })
    func remember(_ map: inout [String: Int32], _ k: String, _ c: Int32) {
      if let old = map[k], old != c { map[k] = -2 } else { map[k] = c }
    }
    for i32 in order {
      let i = Int(i32)
      guard isMovement(i), Int32(custRank[i]) != emptyCust else { continue }
      let p = pathRank[i]
      let c = custRank[i]
      switch onlyCustomer[p] {
      case nil: onlyCustomer[p] = c
      case let old? where old != c: onlyCustomer[p] = -2
      default: break
      }
      let name = recs[i].name
      if !name.isEmpty && wantedNames.contains(name) {
        remember(&nameInFile, String(p) + "\u{1F}" + name, c)
        remember(&nameAnywhere, name, c)
      }
      byCustomer[c, default: []].append(i)
    }

    // Whose figure each row is, and its date.
    var custOf: [Int: Int32] = [:]
    var dayOf: [Int: Int32] = [:]
    for i in rows {
      let name = recs[i].name
      var cust: Int32 = -1
      if Int32(custRank[i]) != emptyCust {
        cust = custRank[i]
      } else if !name.isEmpty, let c = nameInFile[String(pathRank[i]) + "\u{1F}" + name], c >= 0 {
        cust = c
      } else if !name.isEmpty, let c = nameAnywhere[name], c >= 0 {
        cust = c
      } else if let c = onlyCustomer[pathRank[i]], c >= 0 {
        cust = c
      }
      custOf[i] = cust
      var d = effDay[i]
      if d == noDay && cust >= 0 {
        let statement = recs[i].check == .runningBalance
        for j in byCustomer[cust] ?? [] where pathRank[j] == pathRank[i] && effDay[j] != noDay {
          if statement {
            if canon[j] < canon[i] && (d == noDay || effDay[j] > d) { d = effDay[j] }
          } else if canon[j] > canon[i] && (d == noDay || effDay[j] < d) {
            d = effDay[j]
          }
        }
      }
      dayOf[i] = d
    }
    rows.sort { x, y in
      let dx = dayOf[x] ?? noDay
      let dy = dayOf[y] ?? noDay
      let kx = dx == noDay ? Int32.max : dx
      let ky = dy == noDay ? Int32.max : dy
      if kx != ky { return kx < ky }
      return canon[x] < canon[y]
    }

    for i in rows {
      let r = recs[i]
      let statement = r.check == .runningBalance
      let cust = custOf[i] ?? -1
      guard cust >= 0 else {
        // A balance with no name in a sheet of several customers (a total row's 余额) is
        // nobody's in particular: only noted.
        if statement && r.name.isEmpty {
          note(i, .balanceNoCustomer)
          continue
        }
        note(i, statement ? .balanceNoCustomer : .carriedForwardNoCustomer)
        let id = ReviewItem.makeID(type: .conflict, subject: [key(i)])
        let decision = options.decisions[id]
        if decision == .ignore { continue }
        var detail = [Note(statement ? ReconcileMessage.balanceNoCustomer : ReconcileMessage.carriedForwardNoCustomer)]
        if decision != nil { detail.append(Note(ReconcileMessage.decisionNotForCheck, id)) }
        addReview(
          .conflict, id: id, sources: [r.source], detail: detail,
          suggestion: [Note(ReconcileMessage.checkHowTo, id)])
        continue
      }
      let figure = r.checkAmount?.fen ?? r.amount.fen
      let cfDay = dayOf[i] ?? noDay
      var earlier = 0
      var held = 0
      var balance: Int64 = 0
      for j in byCustomer[cust] ?? [] where recs[j].status != .rejected {
        let isEarlier: Bool
        if pathRank[j] == pathRank[i] {
          isEarlier = canon[j] < canon[i]
        } else if statement {
          isEarlier = cfDay != noDay && effDay[j] != noDay && effDay[j] <= cfDay
        } else if cfDay == noDay || effDay[j] == noDay {
          isEarlier = true
        } else {
          // Another file's carried-forward row of the same day that became the opening debt
          // (the same 上年结转 in two books, or one file given twice) is what this one states:
          // compared with, never counted a second time.
          isEarlier = effDay[j] < cfDay || (effDay[j] == cfDay && recs[j].check == .carriedForward)
        }
        guard isEarlier else { continue }
        earlier += 1
        if recs[j].status == .ok { balance &+= signed(j) }
        if recs[j].status == .conflict { held += 1 }
      }

      if earlier == 0 && statement && cfDay == noDay && !(byCustomer[cust] ?? []).isEmpty {
        // No date to tell which of the customer's records it sums up: ask, count nothing.
        let id = ReviewItem.makeID(type: .conflict, subject: [key(i)])
        note(i, .balanceUndated, yuan(figure))
        let decision = options.decisions[id]
        if decision == .ignore { continue }
        var detail = [Note(ReconcileMessage.balanceUndated, yuan(figure))]
        if decision != nil { detail.append(Note(ReconcileMessage.decisionNotForCheck, id)) }
        addReview(
          .conflict, id: id, sources: [r.source], detail: detail,
          suggestion: [Note(ReconcileMessage.checkHowTo, id)])
        continue
      }
      if earlier == 0 {
        if figure == 0 {
          note(i, statement ? .balanceZero : .carriedForwardZero)
          continue
        }
        recs[i].kind = figure > 0 ? .debt : .payment
        recs[i].status = .ok
        recs[i].amount = Money(fen: figure > 0 ? figure : 0 &- figure)
        if recs[i].customerID.isEmpty {
          recs[i].customerID = custIDs[Int(cust)]
          recs[i].customerName = custNames[Int(cust)]
        }
        custRank[i] = cust
        effDay[i] = cfDay
        money.broughtForward.fen &+= recs[i].amount.fen
        if figure > 0 { openingDebts.insert(i) }
        // A figure the read stage worked out from a running balance's first row is no 上年结转.
        let implied = recs[i].notes.contains { $0.code == ReadMessage.openingImpliedByBalance.code }
        let m: ReconcileMessage =
          statement
          ? (figure > 0 ? .openingFromBalance : .openingCreditFromBalance)
          : implied
            ? (figure > 0 ? .openingFromImplied : .openingCreditFromImplied)
            : (figure > 0 ? .openingFromCarriedForward : .openingCreditFromCarriedForward)
        note(i, m, [yuan(figure)] + parkCheckOnlyNotes(i))
        byCustomer[cust, default: []].append(i)
        continue
      }

      if balance == figure {
        // Only a statement that agrees with the books can say what a signed one would have
        // acknowledged; one that differs is a question first.
        if statement && effDay[i] != noDay && figure > 0 {
          statements[cust, default: []].append((effDay[i], i, figure))
        }
        note(i, statement ? .balanceAgrees : .carriedForwardAgrees, yuan(figure))
        if held > 0 { note(i, .carriedForwardUnresolved, String(held)) }
        continue
      }
      let id = ReviewItem.makeID(type: .conflict, subject: [key(i)])
      let decision = options.decisions[id]
      if decision == .ignore { continue }
      let args = [yuan(figure), yuan(balance), yuan(figure &- balance)]
      note(i, statement ? .balanceDiffers : .carriedForwardDiffers, args + [id])
      var detail = [
        Note(statement ? ReconcileMessage.balanceDiffersDetail : ReconcileMessage.carriedForwardDiffersDetail, args: args)
      ]
      if held > 0 {
        note(i, .carriedForwardUnresolved, String(held))
        detail.append(Note(ReconcileMessage.carriedForwardUnresolved, String(held)))
      }
      if decision != nil { detail.append(Note(ReconcileMessage.decisionNotForCheck, id)) }
      addReview(
        .conflict, id: id, sources: [r.source], detail: detail,
        suggestion: [Note(ReconcileMessage.checkHowTo, id)])
    }
  }

  /// The read stage's notes that a row is only a check figure ("不计入欠款，只用来核对"): untrue
  /// once the row is the opening debt.
  static let checkOnlyReadCodes: Set<String> = [
    ReadMessage.carriedForwardRow.code, ReadMessage.iouBalanceStatement.code,
    ReadMessage.iouBalanceAfter.code, ReadMessage.iouCarriedForward.code,
  ]

  /// Takes those notes off record `i`, packed (code, number of arguments, arguments…) to ride
  /// as extra arguments of the opening note (its templates use only `{0}`), so that a run on
  /// this stage's own output puts them back (`unparkCheckOnlyNotes`).
  func parkCheckOnlyNotes(_ i: Int) -> [String] {
    var packed: [String] = []
    var kept: [Note] = []
    for note in recs[i].notes {
      guard Engine.checkOnlyReadCodes.contains(note.code), ReadMessage(rawValue: note.code) != nil else {
        kept.append(note)
        continue
      }
      packed += [note.code, String(note.args.count)] + note.args
    }
    if !packed.isEmpty { recs[i].notes = kept }
    return packed
  }

  /// The notes `parkCheckOnlyNotes` packed; malformed packing gives what could be read.
  static func unparkCheckOnlyNotes(_ packed: ArraySlice<String>) -> [Note] {
    var out: [Note] = []
    var k = packed.startIndex
    while k + 1 < packed.endIndex {
      guard let m = ReadMessage(rawValue: packed[k]), let count = Int(packed[k + 1]), count >= 0,
        k + 2 + count <= packed.endIndex
      else { break }
      out.append(Note(m, args: Array(packed[(k + 2)..<(k + 2 + count)])))
      k += 2 + count
    }
    return out
  }
}
