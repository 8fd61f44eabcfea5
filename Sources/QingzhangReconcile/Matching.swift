import QingzhangModel

/// One figure of one record, for matching: the record's amount, or (for a record whose own
/// figures disagree) its other figure.
struct Entry {
  var rec: Int32
  var cust: Int32
  var kind: UInt8
  var amount: Int64
  var day: Int32
  var path: Int32
  var canon: Int32
}

/// Why a pair may be one entry but is not merged without a person.
enum Doubt: Int {
  case dateGap = 0
  case goodsDiffer = 1
  case sameFile = 2
  case undated = 3
}

/// A candidate link between two records.
struct Link {
  var a: Int32
  var b: Int32
  /// Sort keys, most important first.
  var k1: Int32
  var k2: Int32
  var k3: Int32
  var ca: Int32
  var cb: Int32
  var doubt: Doubt

  init(_ a: Int32, _ b: Int32, _ k1: Int32, _ k2: Int32, _ k3: Int32, canon: [Int32], doubt: Doubt = .dateGap) {
    let (x, y) = canon[Int(a)] <= canon[Int(b)] ? (a, b) : (b, a)
    self.a = x
    self.b = y
    self.k1 = k1
    self.k2 = k2
    self.k3 = k3
    self.ca = canon[Int(x)]
    self.cb = canon[Int(y)]
    self.doubt = doubt
  }

  static func before(_ l: Link, _ r: Link) -> Bool {
    if l.k1 != r.k1 { return l.k1 < r.k1 }
    if l.k2 != r.k2 { return l.k2 < r.k2 }
    if l.k3 != r.k3 { return l.k3 < r.k3 }
    if l.ca != r.ca { return l.ca < r.ca }
    return l.cb < r.cb
  }
}

extension Engine {
  /// Days within which equal amounts in two files are one entry without asking.
  static var sameWindow: Int32 { 3 }
  /// Days within which equal amounts in two files are worth a question.
  static var askWindow: Int32 { 10 }
  /// At most this many neighbours are compared per record (keeps pathological books linear).
  static var scanCap: Int { 256 }
  /// Runs of one amount longer than this skip undated matching (too many candidates to judge).
  static var undatedCap: Int { 512 }

  // MARK: - Steps 2–4

  func matchRecords() {
    var entries: [Entry] = []
    entries.reserveCapacity(n)
    for i in 0..<n {
      let kind = recs[i].kind
      guard kind == .debt || kind == .payment else { continue }
      if Int32(custRank[i]) == emptyCust {
        note(i, .noCustomer)
        continue
      }
      guard recs[i].status == .ok || recs[i].status == .conflict else { continue }
      let base = Entry(
        rec: Int32(i), cust: custRank[i], kind: kind == .debt ? 0 : 1, amount: recs[i].amount.fen,
        day: effDay[i], path: pathRank[i], canon: canon[i])
      entries.append(base)
      if readConflict[i], let check = recs[i].checkAmount, check != recs[i].amount,
        recs[i].check == .figures || recs[i].check == .quantityTimesPrice
      {
        var alt = base
        alt.amount = check.fen
        entries.append(alt)
      }
    }
    guard entries.count >= 2 else { return }

    // Certain and doubtful duplicates: runs of one customer, kind and amount, by date.
    entries.sort { l, r in
      if l.cust != r.cust { return l.cust < r.cust }
      if l.kind != r.kind { return l.kind < r.kind }
      if l.amount != r.amount { return l.amount < r.amount }
      if l.day != r.day { return l.day < r.day }
      return l.canon < r.canon
    }
    var certain: [Link] = []
    var doubtful: [Link] = []
    var i = 0
    while i < entries.count {
      var j = i + 1
      while j < entries.count && entries[j].cust == entries[i].cust
        && entries[j].kind == entries[i].kind && entries[j].amount == entries[i].amount
      {
        j += 1
      }
      if j - i >= 2 { scanEqualAmounts(entries, i, j, &certain, &doubtful) }
      i = j
    }
    certain.sort(by: Link.before)
    for l in certain { union(l.a, l.b, disjoint: true) }

    // Conflicts: runs of one customer and kind, by date; amounts related by a slip of the pen.
    entries.sort { l, r in
      if l.cust != r.cust { return l.cust < r.cust }
      if l.kind != r.kind { return l.kind < r.kind }
      if l.day != r.day { return l.day < r.day }
      return l.canon < r.canon
    }
    var conflicts: [Link] = []
    for a in 0..<entries.count where entries[a].day != noDay {
      let ea = entries[a]
      var b = a + 1
      var steps = 0
      while b < entries.count && steps < Engine.scanCap {
        let eb = entries[b]
        if eb.cust != ea.cust || eb.kind != ea.kind || eb.day - ea.day > Engine.sameWindow { break }
        steps += 1
        b += 1
        if eb.rec == ea.rec || eb.path == ea.path { continue }
        guard let rel = AmountRelation.between(ea.amount, eb.amount) else { continue }
        let d = eb.day - ea.day
        if rel == .oneDigit && d != 0 { continue }
        if find(ea.rec) == find(eb.rec) { continue }
        let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
        guard g.compatible else { continue }
        conflicts.append(
          Link(ea.rec, eb.rec, Int32(rel.rawValue), d, Int32(g.rawValue), canon: canon))
      }
    }
    conflicts.sort(by: Link.before)
    for l in conflicts {
      let ra = find(l.a)
      let rb = find(l.b)
      if ra == rb || conflictMerged.contains(ra) || conflictMerged.contains(rb) { continue }
      if let root = union(l.a, l.b, disjoint: true) { conflictMerged.insert(root) }
    }

    askAboutDoubtfulPairs(doubtful)
  }

  /// Pairs within one run of equal amounts [lo, hi) (one customer, one kind), sorted by date.
  func scanEqualAmounts(
    _ e: [Entry], _ lo: Int, _ hi: Int, _ certain: inout [Link], _ doubtful: inout [Link]
  ) {
    var firstDated = lo
    while firstDated < hi && e[firstDated].day == noDay { firstDated += 1 }

    for a in firstDated..<hi {
      var b = a + 1
      var steps = 0
      while b < hi && e[b].day - e[a].day <= Engine.askWindow && steps < Engine.scanCap {
        defer {
          b += 1
          steps += 1
        }
        let ea = e[a]
        let eb = e[b]
        if ea.rec == eb.rec { continue }
        let d = eb.day - ea.day
        if ea.path == eb.path {
          // Two purchases of one amount on one day in one book are two purchases, unless the
          // goods (or the whole line) are the same: then only ask.
          if d == 0 && sameWriting(Int(ea.rec), Int(eb.rec)) {
            doubtful.append(Link(ea.rec, eb.rec, 0, 0, 0, canon: canon, doubt: .sameFile))
          }
          continue
        }
        let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
        if d <= Engine.sameWindow {
          if g.compatible {
            certain.append(Link(ea.rec, eb.rec, d, Int32(g.rawValue), 0, canon: canon))
          } else {
            doubtful.append(Link(ea.rec, eb.rec, d, Int32(g.rawValue), 0, canon: canon, doubt: .goodsDiffer))
          }
        } else if g.compatible {
          doubtful.append(Link(ea.rec, eb.rec, d, Int32(g.rawValue), 0, canon: canon, doubt: .dateGap))
        }
      }
    }

    // Undated entries: one per other file is the same entry; several are a question.
    guard firstDated > lo, hi - lo <= Engine.undatedCap else { return }
    for a in lo..<firstDated {
      let ea = e[a]
      var byPath: [Int32: [Int]] = [:]
      for b in lo..<hi where b != a {
        let eb = e[b]
        if eb.rec == ea.rec || eb.path == ea.path { continue }
        let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
        if g.compatible { byPath[eb.path, default: []].append(b) }
      }
      for p in byPath.keys.sorted() {
        guard let list = byPath[p] else { continue }
        if list.count == 1, e[list[0]].day != noDay {
          let eb = e[list[0]]
          let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
          certain.append(Link(ea.rec, eb.rec, Engine.sameWindow + 1, Int32(g.rawValue), 0, canon: canon))
        } else {
          for b in list.prefix(3) {
            let eb = e[b]
            // Both undated: reached from both sides; keep one.
            if eb.day == noDay && b < a { continue }
            doubtful.append(Link(ea.rec, eb.rec, Engine.askWindow + 1, 0, 0, canon: canon, doubt: .undated))
          }
        }
      }
    }
  }

  /// Same non-empty goods, or the same non-empty line as written.
  func sameWriting(_ a: Int, _ b: Int) -> Bool {
    let ga = goods(a)
    if !ga.isEmpty && ga == goods(b) { return true }
    let ra = recs[a].raw
    return !ra.isEmpty && ra == recs[b].raw
  }

  /// Doubtful pairs between records still standing alone become `duplicate` review items,
  /// each record in at most one; a `same` decision merges the pair, `apart` closes it.
  func askAboutDoubtfulPairs(_ links: [Link]) {
    var sorted = links
    sorted.sort(by: Link.before)
    var used = Set<Int32>()
    for l in sorted {
      let a = Int(l.a)
      let b = Int(l.b)
      if used.contains(l.a) || used.contains(l.b) { continue }
      if readConflict[a] || readConflict[b] { continue }
      if size[Int(find(l.a))] != 1 || size[Int(find(l.b))] != 1 { continue }
      used.insert(l.a)
      used.insert(l.b)
      let id = ReviewItem.makeID(type: .duplicate, subject: [key(a), key(b)].sorted())
      let decision = options.decisions[id]
      switch decision {
      case .same?:
        if let root = union(l.a, l.b, disjoint: false) { sameDecision[root] = id }
        continue
      case .apart?:
        continue
      default: break
      }
      let ra = recs[a]
      let rb = recs[b]
      var detail = [
        Note(
          ReconcileMessage.duplicateQuestion, ra.source.description, rb.source.description,
          ra.amount.yuanString)
      ]
      switch l.doubt {
      case .dateGap:
        detail.append(
          Note(
            ReconcileMessage.duplicateDateGap, String(l.k1), ra.date?.iso ?? "", rb.date?.iso ?? ""))
      case .goodsDiffer:
        detail.append(Note(ReconcileMessage.duplicateGoodsDiffer, ra.goods, rb.goods))
      case .sameFile:
        detail.append(Note(ReconcileMessage.duplicateSameFile))
      case .undated:
        detail.append(Note(ReconcileMessage.duplicateUndated))
      }
      if decision != nil { detail.append(Note(ReconcileMessage.decisionNotForDuplicate, id)) }
      addReview(
        .duplicate, id: id, sources: [ra.source, rb.source], detail: detail,
        suggestion: [Note(ReconcileMessage.duplicateHowTo, id)])
    }
  }
}
