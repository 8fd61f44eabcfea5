import QingzhangModel

/// "No date" in the day arrays (sorts first).
let noDay = Int32.min

/// Debts and payments above a total row: since the previous total, and since the top.
struct TotalSums {
  var debts: Int64 = 0
  var pays: Int64 = 0
  var debtsAll: Int64 = 0
  var paysAll: Int64 = 0
}

/// An unresolved conflict as the ledger and the stale list see it: its money is held out of the
/// balance, but the debt's date and customer are not in dispute.
struct HeldConflict {
  /// The review item's id.
  var id: String
  /// The figures in dispute, as read (`350.00/530.00`).
  var figures: String
  /// It holds out a debt dated up to the cut-off, or undated.
  var owesDebt: Bool
  /// The earliest date of its debts up to the cut-off (noDay when none is dated), and that
  /// record (else the first debt).
  var start: Int32
  var rec: Int
}

/// The working state of one run. Arrays are indexed by record index (input order).
final class Engine {
  var recs: [Record]
  let options: ReconcileOptions
  let asOf: Int32
  let n: Int

  /// Rank of each record in the canonical (source, part) order.
  var canon: [Int32]
  /// Record indices in canonical order.
  var order: [Int32]
  var pathRank: [Int32]
  /// Index into `custIDs` (sorted); every record has one ("" for none).
  var custRank: [Int32]
  var custIDs: [String] = []
  /// Rank of the empty customer id, or -1.
  var emptyCust: Int32 = -1
  /// Display name per customer rank (first non-empty in canonical order).
  var custNames: [String] = []

  /// Amount as read (before any amount decision).
  var origAmount: [Int64]
  /// The read stage held this record as a conflict (大写/小写, 数量×单价, 余额).
  var readConflict: [Bool]
  /// Day used for aging and ordering (the record's date, or a carried-forward row's date).
  var effDay: [Int32]

  // Union-find over record indices.
  var parent: [Int32]
  var size: [Int32]
  /// Roots formed by joining two groups whose amounts differ.
  var conflictMerged: Set<Int32> = []
  /// File paths of each root with more than one member.
  var rootPaths: [Int32: [Int32]] = [:]
  /// Earliest and latest date of each root with more than one member (noDay when none dated).
  var rootDays: [Int32: (Int32, Int32)] = [:]
  /// Roots joined by a person's `same` decision → the review id.
  var sameDecision: [Int32: String] = [:]
  /// A lone record a person said is the same writing as a record of a conflict in its own file
  /// (`same` on a pair asked beside the conflict) → that record and the review id. It is not
  /// joined to the conflict (whose id and answer stay as they are): it is a duplicate of it.
  var sameAsConflicted: [Int: (of: Int, id: String)] = [:]
  /// Records of one source that carries several movements (a debt and a payment on one line):
  /// index into `units`, or -1.
  var unitOf: [Int32]
  /// The parts of each such source, in part order.
  var units: [[Int32]] = []
  /// Per run of equal amounts with too many candidates to compare: its crowded records.
  var crowdedRuns: [[Int32]] = []
  /// Pairs of files (lower path rank << 32 | higher) of which one was typed from the other.
  var copiedFiles: Set<Int64> = []
  /// Each record's group after the certain duplicates were joined, before conflicts were: the
  /// records of a conflict group that agree with each other.
  var dupRoot: [Int32]

  /// An undated record of a file written in date order: the dates of the dated records just
  /// above and below it (noDay where there is none), which bound when it happened.
  var undatedWindow: [Int32: (lo: Int32, hi: Int32)] = [:]

  var reviews: [ReviewItem] = []
  /// Unresolved conflicts per customer rank.
  var unresolved: [Int]
  /// Unresolved conflicts holding out a debt, per customer rank.
  var heldDebts: [Int] = []
  /// Carried-forward figures and stated balances made into opening debts: what was owed before
  /// their date, so older than it.
  var openingDebts: Set<Int> = []
  /// Dated balance statements that agree with a customer's records (`还欠 3000`, a sheet row
  /// `对账签字确认` with only a balance), per customer rank: day, record and the figure. The
  /// shop's own note proves no acknowledgement, but a signed one would restart the clock.
  var statements: [Int32: [(day: Int32, rec: Int, figure: Int64)]] = [:]
  /// Unresolved conflicts per customer rank, in the order they were found.
  var heldConflicts: [Int32: [HeldConflict]] = [:]
  /// Total rows: the next one below each canonical position, and the sums each covers.
  var totalRows: (next: [Int32], sums: [Int: TotalSums])? = nil
  /// `balanceColumnEnd` per file and customer.
  var balanceEnds: [Int64: (Int64, Int64, Int64)?] = [:]
  var counts = ReconcileCounts()
  var money = MoneyAccount()

  var goodsCache: [[Unicode.Scalar]?]
  /// Keys of `options.genericGoods`: goods that say nothing about what was bought.
  let genericGoods: Set<[Unicode.Scalar]>
  /// Keys of `options.paymentMoneyWords`, longest first.
  let paymentMoneyWords: [[Unicode.Scalar]]

  init(_ records: [Record], _ options: ReconcileOptions) {
    recs = records
    self.options = options
    asOf = options.asOf.ordinal
    n = records.count
    canon = Array(repeating: 0, count: n)
    order = Array(0..<Int32(n))
    pathRank = Array(repeating: 0, count: n)
    custRank = Array(repeating: 0, count: n)
    origAmount = Array(repeating: 0, count: n)
    readConflict = Array(repeating: false, count: n)
    effDay = Array(repeating: noDay, count: n)
    parent = Array(0..<Int32(n))
    size = Array(repeating: 1, count: n)
    unresolved = []
    goodsCache = Array(repeating: nil, count: n)
    unitOf = Array(repeating: -1, count: n)
    dupRoot = Array(0..<Int32(n))
    genericGoods = Set(options.genericGoods.map { GoodsRelation.key($0) }.filter { !$0.isEmpty })
    // Longest first (two words of one length cannot both end the same goods).
    paymentMoneyWords = options.paymentMoneyWords.map { GoodsRelation.key($0) }.filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
  }

  func run() -> Reconciliation {
    resetAll()
    canonicalOrder()
    boundUndatedRecords()
    internCustomers()
    matchRecords()
    classifyGroups()
    checkTotals()
    reviewRejected()
    checkCarriedForward()
    var (ledger, stale) = buildLedger()
    markProvisional(&ledger)
    finalAccount()
    reviews.sort { $0.id < $1.id }
    let balanced = money.isBalanced
    return Reconciliation(
      records: recs, ledger: ledger, stale: stale, reviews: reviews, counts: counts,
      money: money, totalOutstanding: money.ledgerBalance, balanced: balanced)
  }

  // MARK: - Helpers

  func isMovement(_ i: Int) -> Bool { recs[i].kind == .debt || recs[i].kind == .payment }

  /// What the id of a question about record `i` hashes: where it is (`path:line`, or
  /// `path:line#part` for a second record of the same source) and its text as read. An answer never carries over to another record when lines move or are
  /// edited (it was applied to whatever record came to stand on that line): the question gets
  /// a new id and the old answer is reported as unused.
  func key(_ i: Int) -> String {
    let r = recs[i]
    let at = r.part == 0 ? r.source.description : r.source.description + "#" + String(r.part)
    return r.raw.isEmpty ? at : at + "\u{1E}" + r.raw
  }

  func day(_ v: Int32) -> Day? { v == noDay ? nil : Day(ordinal: v) }

  /// + for a debt, − for a payment, 0 otherwise; wrapping, so no input can trap.
  func signed(_ i: Int) -> Int64 {
    switch recs[i].kind {
    case .debt: return recs[i].amount.fen
    case .payment: return 0 &- recs[i].amount.fen
    default: return 0
    }
  }

  func yuan(_ fen: Int64) -> String { Money(fen: fen).yuanString }

  /// The goods of record `i` as compared; empty when none, or when they are only a generic
  /// cause (`工程款`), which is no objection to any goods.
  func goods(_ i: Int) -> [Unicode.Scalar] {
    if let g = goodsCache[i] { return g }
    var g = GoodsRelation.key(recs[i].goods)
    if !g.isEmpty && genericGoods.contains(g) { g = [] }
    goodsCache[i] = g
    return g
  }

  func note(_ i: Int, _ m: ReconcileMessage, _ args: String...) {
    recs[i].notes.append(Note(m, args: args))
  }

  func note(_ i: Int, _ m: ReconcileMessage, _ args: [String]) {
    recs[i].notes.append(Note(m, args: args))
  }

  func find(_ x: Int32) -> Int32 {
    var r = x
    while parent[Int(r)] != r { r = parent[Int(r)] }
    var c = x
    while parent[Int(c)] != r {
      let next = parent[Int(c)]
      parent[Int(c)] = r
      c = next
    }
    return r
  }

  func paths(ofRoot r: Int32) -> [Int32] { rootPaths[r] ?? [pathRank[Int(r)]] }

  /// Earliest and latest date in the group of root `r` (both noDay when none is dated).
  func days(ofRoot r: Int32) -> (Int32, Int32) {
    if let d = rootDays[r] { return d }
    return (effDay[Int(r)], effDay[Int(r)])
  }

  /// Joins the groups of `a` and `b`; with `disjoint`, only when no file is in both and the
  /// dated records of both are within `sameWindow` days of each other (no chain of matches, e.g.
  /// through an undated record, makes one entry of records months apart).
  @discardableResult
  func union(_ a: Int32, _ b: Int32, disjoint: Bool) -> Int32? {
    let ra = find(a)
    let rb = find(b)
    if ra == rb { return nil }
    let pa = paths(ofRoot: ra)
    let pb = paths(ofRoot: rb)
    let (loA, hiA) = days(ofRoot: ra)
    let (loB, hiB) = days(ofRoot: rb)
    let lo = loA == noDay ? loB : (loB == noDay ? loA : min(loA, loB))
    let hi = max(hiA, hiB)
    if disjoint {
      for p in pa where pb.contains(p) { return nil }
      if lo != noDay && hi - lo > Engine.sameWindow { return nil }
    }
    let (big, small) = size[Int(ra)] >= size[Int(rb)] ? (ra, rb) : (rb, ra)
    parent[Int(small)] = big
    size[Int(big)] += size[Int(small)]
    rootPaths[big] = pa + pb
    rootPaths[small] = nil
    rootDays[big] = (lo, hi)
    rootDays[small] = nil
    if conflictMerged.remove(small) != nil { conflictMerged.insert(big) }
    if let id = sameDecision.removeValue(forKey: small) { sameDecision[big] = id }
    return big
  }

  func addReview(
    _ type: ReviewType, id: String, sources: [SourceRef], detail: [Note], suggestion: [Note]
  ) {
    var s = sources
    s.sort()
    var unique: [SourceRef] = []
    for x in s where unique.last != x { unique.append(x) }
    reviews.append(
      ReviewItem(id: id, type: type, sources: unique, detail: detail, suggestion: suggestion))
  }

  // MARK: - Step 1: undo an earlier run

  static let ownCodes: Set<String> = Set(ReconcileMessage.allCases.map(\.code))

  /// Restores what the read and resolve stages handed over, using this stage's own notes to
  /// tell what it changed: statuses, carried-forward rows made into opening debts, amounts
  /// changed by a decision.
  func resetAll() {
    let own = Engine.ownCodes
    for i in 0..<n {
      recs[i].duplicateOf = nil
      recs[i].conflictID = ""
      var wasReadConflict = false
      var hadOwn = false
      var wasOpening = false
      var restoredAmount: Int64? = nil
      var parked: [Note] = []
      if !recs[i].notes.isEmpty && recs[i].notes.contains(where: { own.contains($0.code) }) {
        var kept: [Note] = []
        for note in recs[i].notes {
          guard own.contains(note.code) else {
            kept.append(note)
            continue
          }
          hadOwn = true
          switch note.code {
          case ReconcileMessage.readConflictHeld.code, ReconcileMessage.readConflictSettled.code:
            wasReadConflict = true
          case ReconcileMessage.openingFromCarriedForward.code,
            ReconcileMessage.openingCreditFromCarriedForward.code,
            ReconcileMessage.openingFromBalance.code, ReconcileMessage.openingCreditFromBalance.code:
            wasOpening = true
            parked += Engine.unparkCheckOnlyNotes(note.args.dropFirst())
          case ReconcileMessage.decidedAmount.code:
            if note.args.count > 2, let fen = parseYuan(note.args[2]) { restoredAmount = fen }
          default: break
          }
        }
        recs[i].notes = kept + parked
      }
      if wasOpening {
        recs[i].kind = .skipped
        recs[i].status = .skipped
      }
      if let a = restoredAmount { recs[i].amount = Money(fen: a) }
      if isMovement(i) {
        if wasReadConflict {
          recs[i].status = .conflict
        } else if hadOwn && (recs[i].status == .duplicate || recs[i].status == .conflict) {
          recs[i].status = .ok
        }
      }
      readConflict[i] = isMovement(i) && recs[i].status == .conflict
      origAmount[i] = recs[i].amount.fen
      effDay[i] = recs[i].date?.ordinal ?? noDay
      switch recs[i].kind {
      case .debt, .payment, .rejected: money.read.fen &+= recs[i].amount.fen
      case .skipped: break
      }
    }
  }

  // MARK: - Step 1b: canonical order and customers

  /// Each record's `key` as its rank among the distinct keys in sorted order, and those keys.
  /// Ranks, not insertion order, so the result does not depend on the order of the input.
  func sortedRanks(_ key: (Record) -> String) -> (ranks: [Int32], keys: [String]) {
    var ids: [String: Int32] = [:]
    var list: [String] = []
    var raw = [Int32](repeating: 0, count: n)
    for i in 0..<n {
      let k = key(recs[i])
      if let id = ids[k] {
        raw[i] = id
      } else {
        let id = Int32(list.count)
        ids[k] = id
        list.append(k)
        raw[i] = id
      }
    }
    let sorted = list.indices.sorted { list[$0] < list[$1] }
    var rankOf = [Int32](repeating: 0, count: list.count)
    for (rank, id) in sorted.enumerated() { rankOf[id] = Int32(rank) }
    return (raw.map { rankOf[Int($0)] }, sorted.map { list[$0] })
  }

  func canonicalOrder() {
    pathRank = sortedRanks { $0.source.path }.ranks
    let lines = recs.map { Int64($0.source.line) }
    let parts = recs.map { Int32($0.part) }
    order.sort { a, b in
      let x = Int(a)
      let y = Int(b)
      if pathRank[x] != pathRank[y] { return pathRank[x] < pathRank[y] }
      if lines[x] != lines[y] { return lines[x] < lines[y] }
      if parts[x] != parts[y] { return parts[x] < parts[y] }
      return tieBreak(x, y)
    }
    for (rank, i) in order.enumerated() { canon[Int(i)] = Int32(rank) }
  }

  /// For each file written in date order (at most one dated record in twenty earlier than the
  /// one above it, ten dated records at least), the window of each undated movement that has
  /// dated records above and below it: from the earliest of the three above to the latest of
  /// the three below. A sheet's undated row then matches only what was written around its place.
  func boundUndatedRecords() {
    undatedWindow = [:]
    var start = 0
    while start < order.count {
      var end = start + 1
      let path = pathRank[Int(order[start])]
      while end < order.count && pathRank[Int(order[end])] == path { end += 1 }
      defer { start = end }
      var dated = 0
      var backwards = 0
      var last = noDay
      var anyUndated = false
      for k in start..<end {
        let i = Int(order[k])
        guard isMovement(i) else { continue }
        if effDay[i] == noDay {
          anyUndated = true
          continue
        }
        if last != noDay && effDay[i] < last { backwards += 1 }
        last = effDay[i]
        dated += 1
      }
      guard anyUndated, dated >= 10, backwards * 20 <= dated else { continue }
      // The bounds come from three dated rows on each side (one mis-dated neighbour does not
      // close the window); rows at the top or the bottom (where a date sort puts blank dates)
      // get none.
      var days: [Int32] = []
      var undatedAt: [(rec: Int32, before: Int)] = []
      for k in start..<end {
        let i = Int(order[k])
        guard isMovement(i) else { continue }
        if effDay[i] == noDay {
          undatedAt.append((Int32(i), days.count))
        } else {
          days.append(effDay[i])
        }
      }
      for (rec, before) in undatedAt where before > 0 && before < days.count {
        let lo = days[max(0, before - 3)..<before].min() ?? noDay
        let hi = days[before..<min(days.count, before + 3)].max() ?? noDay
        if lo <= hi { undatedWindow[rec] = (lo, hi) }
      }
    }
  }

  /// Whether a dated record could be the same entry as undated record `u` by its place.
  func withinWindow(_ u: Int32, _ day: Int32) -> Bool {
    guard let w = undatedWindow[u], day != noDay else { return true }
    return day >= w.lo - Engine.sameWindow && day <= w.hi + Engine.sameWindow
  }

  /// Two records with the same source and part (should not happen): order by content.
  func tieBreak(_ x: Int, _ y: Int) -> Bool {
    let rx = recs[x]
    let ry = recs[y]
    if rx.kind != ry.kind { return rx.kind.rawValue < ry.kind.rawValue }
    if rx.amount != ry.amount { return rx.amount < ry.amount }
    if rx.customerID != ry.customerID { return rx.customerID < ry.customerID }
    if rx.date != ry.date { return (rx.date?.ordinal ?? noDay) < (ry.date?.ordinal ?? noDay) }
    return rx.raw < ry.raw
  }

  func internCustomers() {
    (custRank, custIDs) = sortedRanks { $0.customerID }
    emptyCust = custIDs.first == "" ? 0 : -1
    custNames = Array(repeating: "", count: custIDs.count)
    for i32 in order {
      let i = Int(i32)
      let c = Int(custRank[i])
      if custNames[c].isEmpty && !recs[i].customerName.isEmpty {
        custNames[c] = recs[i].customerName
      }
    }
    unresolved = Array(repeating: 0, count: custIDs.count)
    heldDebts = Array(repeating: 0, count: custIDs.count)
    counts.customers = custIDs.count - (emptyCust >= 0 ? 1 : 0)
  }

  func customerLabel(_ c: Int32) -> String {
    let name = custNames[Int(c)]
    return name.isEmpty ? custIDs[Int(c)] : name
  }
}
