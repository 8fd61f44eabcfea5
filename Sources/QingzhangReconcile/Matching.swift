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
  /// A record with a debt and a payment, of which the other side matches only a part.
  case partsDiffer = 4
  /// An undated record with one candidate in each of several files, dated far apart: only a
  /// question alone, but one entry when it is a part of a line whose every part matches one
  /// other line (the debt names the line).
  case undatedSpread = 5
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
  /// Further pairs matched together with (a, b), flattened: the other parts of a record that
  /// carries a debt and a payment (`2.5万 工程款 已还5000` against a sheet row 2.5, 0.5).
  var more: [Int32] = []

  /// (a, b) and the pairs in `more`.
  var pairs: [(Int32, Int32)] {
    var out = [(a, b)]
    var k = 0
    while k + 1 < more.count {
      out.append((more[k], more[k + 1]))
      k += 2
    }
    return out
  }

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
  /// A file at least this many of whose records (in percent) are duplicates of another
  /// file's was typed from it.
  static var copiedShare: Int { 80 }
  /// … and at least this many records.
  static var copiedMin: Int { 5 }

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
      // The 数量×单价 of a row with a debt and a payment is the debt's figure.
      if readConflict[i], let check = recs[i].checkAmount, check != recs[i].amount,
        recs[i].check == .figures || recs[i].check == .amountLessReceived
          || (recs[i].check == .quantityTimesPrice && kind == .debt)
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
    findUnits()
    matchUnits(&certain, &doubtful)
    certain.sort(by: Link.before)
    for l in certain {
      if l.more.isEmpty {
        union(l.a, l.b, disjoint: true)
      } else {
        unionAll(l.pairs)
      }
    }

    for i in 0..<n { dupRoot[i] = find(Int32(i)) }
    findCopiedFiles()

    // Conflicts: runs of one customer and kind, by date; amounts related by a slip of the pen.
    entries.sort { l, r in
      if l.cust != r.cust { return l.cust < r.cust }
      if l.kind != r.kind { return l.kind < r.kind }
      if l.day != r.day { return l.day < r.day }
      return l.canon < r.canon
    }
    // End of each block of one customer, kind, day and file: a record's own file is skipped
    // in one step, so the cap counts only records of other files.
    var blockEnd = [Int32](repeating: Int32(entries.count), count: entries.count)
    if entries.count >= 2 {
      for k in stride(from: entries.count - 2, through: 0, by: -1) {
        let x = entries[k]
        let y = entries[k + 1]
        blockEnd[k] =
          x.cust == y.cust && x.kind == y.kind && x.day == y.day && x.path == y.path
          ? blockEnd[k + 1] : Int32(k + 1)
      }
    }
    var conflicts: [Link] = []
    for a in 0..<entries.count where entries[a].day != noDay {
      let ea = entries[a]
      var b = Int(blockEnd[a])
      var steps = 0
      while b < entries.count && steps < Engine.scanCap {
        let eb = entries[b]
        if eb.cust != ea.cust || eb.kind != ea.kind || eb.day - ea.day > Engine.sameWindow { break }
        if eb.path == ea.path {
          b = Int(blockEnd[b])
          continue
        }
        steps += 1
        b += 1
        if eb.rec == ea.rec { continue }
        guard let rel = AmountRelation.between(ea.amount, eb.amount) else { continue }
        let d = eb.day - ea.day
        if rel == .oneDigit && d != 0 { continue }
        if find(ea.rec) == find(eb.rec) { continue }
        let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
        guard g.compatible else { continue }
        // A one-digit difference (250/220) is as often a second purchase as a slip: only the
        // same goods written on both, or a line whose other part is the same entry (a debt
        // and its payment written twice), make it one event. Precision first.
        if rel == .oneDigit && g > .contains && (unitOf[Int(ea.rec)] < 0 || unitOf[Int(eb.rec)] < 0) {
          continue
        }
        conflicts.append(
          Link(ea.rec, eb.rec, Int32(rel.rawValue), d, Int32(g.rawValue), canon: canon))
      }
    }
    conflicts.sort(by: Link.before)
    for l in conflicts {
      let ra = find(l.a)
      let rb = find(l.b)
      // Two conflicts are not joined into one; a third writing with another slip (790 / 7900,
      // and 79.00 in a third file) joins the conflict it relates to.
      if ra == rb || (conflictMerged.contains(ra) && conflictMerged.contains(rb)) { continue }
      if let root = union(l.a, l.b, disjoint: true) { conflictMerged.insert(root) }
    }

    askAboutDoubtfulPairs(joinUnitsHeldTogether(doubtful))
    askAboutCrowded()
  }

  /// One question per run of equal amounts whose crowded records were matched with nothing
  /// (see `scanEqualAmounts`): they stay counted as written, each with a note, and the
  /// question lists the first of them. `apart` closes it.
  func askAboutCrowded() {
    let shown = 10
    for var list in crowdedRuns {
      list.sort { canon[Int($0)] < canon[Int($1)] }
      let id = ReviewItem.makeID(type: .duplicate, subject: ["crowded"] + list.map { key(Int($0)) })
      let decided = options.decisions[id] == .apart
      var first = Int32.max
      var last = Int32.min
      var files: [String] = []
      for r in list {
        let i = Int(r)
        if decided {
          note(i, .decidedApart, id)
        } else {
          note(i, .crowdedNotMatched, id)
        }
        if effDay[i] != noDay {
          first = min(first, effDay[i])
          last = max(last, effDay[i])
        }
        if !files.contains(recs[i].source.path) { files.append(recs[i].source.path) }
      }
      if decided { continue }
      let r0 = recs[Int(list[0])]
      let from = first == Int32.max ? "" : (day(first)?.iso ?? "")
      let to = last == Int32.min ? "" : (day(last)?.iso ?? "")
      files.sort()
      addReview(
        .duplicate, id: id, sources: shownSources(list, perFile: shown),
        detail: [
          Note(
            ReconcileMessage.crowdedQuestion, customerLabel(custRank[Int(list[0])]), from, to,
            String(list.count), r0.amount.yuanString, files.joined(separator: ", "))
        ],
        suggestion: [Note(ReconcileMessage.crowdedHowTo, id)])
    }
  }

  /// The first `perFile` sources of each file among `list` (in canonical order).
  func shownSources(_ list: [Int32], perFile: Int) -> [SourceRef] {
    var perPath: [Int32: Int] = [:]
    var out: [SourceRef] = []
    for r in list {
      let p = pathRank[Int(r)]
      let c = perPath[p, default: 0]
      guard c < perFile else { continue }
      perPath[p] = c + 1
      out.append(recs[Int(r)].source)
    }
    return out
  }

  /// Files typed from another file (a second typing of a notebook): nearly all of its records
  /// (`copiedShare`, at least `copiedMin` of them) are certain duplicates of records of that
  /// other file. Such a pair of files is one witness, not two (see `conflictGroup`).
  func findCopiedFiles() {
    var matched: [Int32: Int] = [:]
    var shared: [Int64: Int] = [:]
    for i in 0..<n where isMatched(i) {
      let p = pathRank[i]
      matched[p, default: 0] += 1
      let r = dupRoot[i]
      guard size[Int(r)] > 1 else { continue }
      var seen: [Int32] = []
      for q in paths(ofRoot: r) where q != p && !seen.contains(q) {
        seen.append(q)
        shared[Int64(p) << 32 | Int64(q), default: 0] += 1
      }
    }
    for (k, count) in shared {
      let p = Int32(truncatingIfNeeded: k >> 32)
      let q = Int32(truncatingIfNeeded: k & 0xFFFF_FFFF)
      guard count >= Engine.copiedMin, let total = matched[p],
        count * 100 >= total * Engine.copiedShare
      else { continue }
      copiedFiles.insert(Int64(min(p, q)) << 32 | Int64(max(p, q)))
    }
  }

  /// How many independent witnesses the records `list` are: their files, counting a file
  /// typed from another of them once.
  func witnesses(_ list: [Int]) -> Int {
    var files: [Int32] = []
    for i in list where !files.contains(pathRank[i]) { files.append(pathRank[i]) }
    files.sort()
    var count = 0
    for (k, p) in files.enumerated() {
      let copy = files[..<k].contains { q in copiedFiles.contains(Int64(q) << 32 | Int64(p)) }
      if !copy { count += 1 }
    }
    return count
  }

  /// A question about sources with several parts whose unmatched parts were since joined in a
  /// conflict with each other (the payments 5000 / 4000 of one line written twice) is no
  /// question: the sources are one entry, so the matched parts are joined too. Returns the
  /// questions left.
  func joinUnitsHeldTogether(_ links: [Link]) -> [Link] {
    var left: [Link] = []
    left.reserveCapacity(links.count)
    for l in links {
      guard l.doubt == .partsDiffer else {
        left.append(l)
        continue
      }
      let pairs = l.pairs
      var restA = unitMembers(l.a).filter { x in !pairs.contains { $0.0 == x } }
      var restB = unitMembers(l.b).filter { y in !pairs.contains { $0.1 == y } }
      var k = 0
      while k < restA.count {
        let x = restA[k]
        if let m = restB.firstIndex(where: { find($0) == find(x) }) {
          restA.remove(at: k)
          restB.remove(at: m)
        } else {
          k += 1
        }
      }
      if restA.isEmpty && restB.isEmpty {
        unionAll(pairs)
      } else if restA.contains(where: { recs[Int($0)].kind == .debt })
        && restB.contains(where: { recs[Int($0)].kind == .debt })
      {
        // Both lines carry a debt, and the debts are not one entry (螺丝 202 已还50 and 防水涂料
        // 550, 50.00): two purchases, each with its own payment, so equal payments are no
        // question. (Equal debts with payments that differ stay a question.)
        continue
      } else {
        left.append(l)
      }
    }
    return left
  }

  // MARK: - Records with several parts

  /// Finds the sources that carry several movements that are matched (a debt and a payment read
  /// from one IOU line or one sheet row).
  func findUnits() {
    var k = 0
    while k < n {
      let i = Int(order[k])
      var j = k + 1
      while j < n {
        let x = Int(order[j])
        guard pathRank[x] == pathRank[i] && recs[x].source.line == recs[i].source.line else { break }
        j += 1
      }
      if j - k >= 2 {
        var members: [Int32] = []
        for m in order[k..<j] where isMatched(Int(m)) { members.append(m) }
        if members.count >= 2 {
          for m in members { unitOf[Int(m)] = Int32(units.count) }
          units.append(members)
        }
      }
      k = j
    }
  }

  /// A record that takes part in matching: a debt or payment with a customer, counted or held.
  func isMatched(_ i: Int) -> Bool {
    isMovement(i) && Int32(custRank[i]) != emptyCust
      && (recs[i].status == .ok || recs[i].status == .conflict)
  }

  /// The records of the source of `r` that are matched as one: its parts, or itself.
  func unitMembers(_ r: Int32) -> [Int32] {
    let u = unitOf[Int(r)]
    return u < 0 ? [r] : units[Int(u)]
  }

  /// Links that touch a record with several parts are judged per pair of sources: the sources
  /// are one entry only when every part of each has its counterpart in the other (same kind,
  /// same amount) and every such pair is certain; then all pairs are joined together. Otherwise
  /// the matched pairs become one question (both halves are duplicates together or neither).
  func matchUnits(_ certain: inout [Link], _ doubtful: inout [Link]) {
    guard !units.isEmpty else { return }
    struct Found {
      var link: Link
      var certain: Bool
    }
    var bySides: [Int64: [Found]] = [:]
    func head(_ r: Int32) -> Int32 { unitMembers(r)[0] }
    func take(_ list: inout [Link], certain: Bool) {
      var keep: [Link] = []
      keep.reserveCapacity(list.count)
      for l in list {
        if unitOf[Int(l.a)] < 0 && unitOf[Int(l.b)] < 0 {
          keep.append(l)
          continue
        }
        var ha = head(l.a)
        var hb = head(l.b)
        if canon[Int(hb)] < canon[Int(ha)] { swap(&ha, &hb) }
        bySides[Int64(ha) << 32 | Int64(hb), default: []].append(Found(link: l, certain: certain))
      }
      list = keep
    }
    take(&certain, certain: true)
    take(&doubtful, certain: false)

    let sides = bySides.keys.sorted { x, y in
      let (xa, xb) = (Int(x >> 32), Int(x & 0xFFFF_FFFF))
      let (ya, yb) = (Int(y >> 32), Int(y & 0xFFFF_FFFF))
      if canon[xa] != canon[ya] { return canon[xa] < canon[ya] }
      return canon[xb] < canon[yb]
    }
    for side in sides {
      guard let found = bySides[side] else { continue }
      let ha = Int32(truncatingIfNeeded: side >> 32)
      let hb = Int32(truncatingIfNeeded: side & 0xFFFF_FFFF)
      let partsA = unitMembers(ha)
      let partsB = unitMembers(hb)
      func link(_ x: Int32, _ y: Int32) -> Found? {
        found.first { ($0.link.a == x && $0.link.b == y) || ($0.link.a == y && $0.link.b == x) }
      }
      // Pair the parts in part order, each with the first unused counterpart it links to.
      var pairs: [(Int32, Int32, Found)] = []
      var usedB = Set<Int32>()
      for x in partsA {
        for y in partsB where !usedB.contains(y) {
          if let f = link(x, y) {
            pairs.append((x, y, f))
            usedB.insert(y)
            break
          }
        }
      }
      guard let first = pairs.first else { continue }
      let whole = pairs.count == partsA.count && pairs.count == partsB.count
      var l = first.2.link
      l.a = first.0
      l.b = first.1
      l.ca = canon[Int(l.a)]
      l.cb = canon[Int(l.b)]
      for p in pairs.dropFirst() {
        l.more += [p.0, p.1]
        l.k1 = max(l.k1, p.2.link.k1)
        l.k2 = max(l.k2, p.2.link.k2)
      }
      // A part with candidates months apart (an undated payment of 100) is settled by its
      // line: every part pairs with this one other line and at least one pair is certain.
      if whole && pairs.contains(where: { $0.2.certain })
        && pairs.allSatisfy({ $0.2.certain || $0.2.link.doubt == .undatedSpread })
      {
        certain.append(l)
      } else {
        l.doubt = pairs.first(where: { !$0.2.certain })?.2.link.doubt ?? .partsDiffer
        doubtful.append(l)
      }
    }
  }

  /// Joins every pair, or none: each pair's groups must be apart and share no file, and no
  /// group may be in two pairs.
  func unionAll(_ pairs: [(Int32, Int32)]) {
    var roots = Set<Int32>()
    for (x, y) in pairs {
      let rx = find(x)
      let ry = find(y)
      guard rx != ry, roots.insert(rx).inserted, roots.insert(ry).inserted else { return }
      let py = paths(ofRoot: ry)
      for p in paths(ofRoot: rx) where py.contains(p) { return }
    }
    for (x, y) in pairs { union(x, y, disjoint: true) }
  }

  /// Pairs within one run of equal amounts [lo, hi) (one customer, one kind), sorted by date
  /// (and, within a day, by source, so the records of one file on one day are side by side).
  ///
  /// Work stays linear: a record's own file on its own day is skipped in one step, and at most
  /// `scanCap` records of other files are compared with it. A record with more candidates than
  /// that within `askWindow` days (or an undated record in a run longer than `undatedCap`) is
  /// "crowded": it is matched with nothing, stays counted as written, and the crowded records
  /// of the run become one question (`askAboutCrowded`). A cap never picks a partner silently.
  func scanEqualAmounts(
    _ e: [Entry], _ lo: Int, _ hi: Int, _ certain: inout [Link], _ doubtful: inout [Link]
  ) {
    var firstDated = lo
    while firstDated < hi && e[firstDated].day == noDay { firstDated += 1 }

    // End of each block of one day and one file.
    var blockEnd = [Int](repeating: hi, count: hi - firstDated)
    var k = hi - 1
    while k >= firstDated {
      if k + 1 < hi && e[k + 1].day == e[k].day && e[k + 1].path == e[k].path {
        blockEnd[k - firstDated] = blockEnd[k + 1 - firstDated]
      } else {
        blockEnd[k - firstDated] = k + 1
      }
      k -= 1
    }
    // Crowded records: too many candidates in other files within the window.
    var crowded = [Bool](repeating: false, count: hi - lo)
    var anyCrowded = false
    for a in firstDated..<hi {
      var b = blockEnd[a - firstDated]
      var steps = 0
      while b < hi && e[b].day - e[a].day <= Engine.askWindow {
        if e[b].path == e[a].path {
          b = blockEnd[b - firstDated]
          continue
        }
        steps += 1
        if steps > Engine.scanCap {
          crowded[a - lo] = true
          anyCrowded = true
          break
        }
        b += 1
      }
    }
    if anyCrowded {
      // The records within a crowded record's window were its candidates, not all compared:
      // they are crowded too, whichever side of the pair they stand on.
      var reach = Int32.min
      for a in firstDated..<hi {
        if crowded[a - lo] && e[a].day > reach {
          reach = e[a].day &+ Engine.askWindow
        } else if e[a].day <= reach {
          crowded[a - lo] = true
        }
      }
    }
    if firstDated > lo && hi - lo > Engine.undatedCap {
      for a in lo..<firstDated { crowded[a - lo] = true }
      anyCrowded = true
    }
    if anyCrowded {
      var list: [Int32] = []
      for a in lo..<hi where crowded[a - lo] { list.append(e[a].rec) }
      crowdedRuns.append(list)
    }

    for a in firstDated..<hi where !crowded[a - lo] {
      let ea = e[a]
      // Same file, same day: two purchases of one amount are two purchases, unless the goods
      // (or the whole line) are the same: then only ask. Each record is asked about once, so
      // a few later records of its block are enough.
      let end = blockEnd[a - firstDated]
      var asked = 0
      var b = a + 1
      while b < end && asked < 4 && b - a <= Engine.scanCap {
        let eb = e[b]
        if eb.rec != ea.rec && !crowded[b - lo] && sameWriting(Int(ea.rec), Int(eb.rec)) {
          doubtful.append(Link(ea.rec, eb.rec, 0, 0, 0, canon: canon, doubt: .sameFile))
          asked += 1
        }
        b += 1
      }
      // Other files, later or the same day.
      b = end
      while b < hi && e[b].day - ea.day <= Engine.askWindow {
        let eb = e[b]
        if eb.path == ea.path {
          b = blockEnd[b - firstDated]
          continue
        }
        b += 1
        if eb.rec == ea.rec || crowded[b - 1 - lo] { continue }
        let d = eb.day - ea.day
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
      var outside: [Int32: [Int]] = [:]
      for b in lo..<hi where b != a && !crowded[b - lo] {
        let eb = e[b]
        if eb.rec == ea.rec || eb.path == ea.path { continue }
        let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
        guard g.compatible else { continue }
        // Written between rows of March and May: not the same entry as one of October.
        if withinWindow(ea.rec, eb.day) {
          byPath[eb.path, default: []].append(b)
        } else {
          outside[eb.path, default: []].append(b)
        }
      }
      let placed = !outside.isEmpty && !byPath.isEmpty
      // Its place rules out every candidate: then a person is asked, never a silent match.
      let onlyOutside = byPath.isEmpty && !outside.isEmpty
      if onlyOutside {
        byPath = outside
      }
      // One candidate in each of several files is one entry only when those candidates could be
      // one entry themselves (dates within the window): an undated row never joins two dated
      // records months apart (灯泡 870 on 2023-09-03 and on 2024-07-28 are two debts).
      var lo = Int32.max
      var hiDay = Int32.min
      for list in byPath.values where list.count == 1 && e[list[0]].day != noDay {
        lo = min(lo, e[list[0]].day)
        hiDay = max(hiDay, e[list[0]].day)
      }
      let spread = lo <= hiDay && hiDay - lo > Engine.sameWindow
      var placedNoted = false
      for p in byPath.keys.sorted() {
        guard let list = byPath[p] else { continue }
        if list.count == 1, e[list[0]].day != noDay, !spread, !onlyOutside {
          let eb = e[list[0]]
          let g = GoodsRelation.between(goods(Int(ea.rec)), goods(Int(eb.rec)))
          certain.append(Link(ea.rec, eb.rec, Engine.sameWindow + 1, Int32(g.rawValue), 0, canon: canon))
          if placed && !placedNoted, let w = undatedWindow[ea.rec] {
            placedNoted = true
            note(Int(ea.rec), .undatedPlaced, day(w.lo)?.iso ?? "…", day(w.hi)?.iso ?? "…")
          }
        } else {
          for b in list.prefix(3) {
            let eb = e[b]
            // Both undated: reached from both sides; keep one.
            if eb.day == noDay && b < a { continue }
            let doubt: Doubt = spread && list.count == 1 ? .undatedSpread : .undated
            doubtful.append(Link(ea.rec, eb.rec, Engine.askWindow + 1, 0, 0, canon: canon, doubt: doubt))
          }
        }
      }
    }
  }

  /// Same non-empty goods, or the same non-empty line as written; or goods written on one
  /// of them only, or on neither (`水泥 350` and `350` the same day: less said is more doubt).
  func sameWriting(_ a: Int, _ b: Int) -> Bool {
    let ga = goods(a)
    let gb = goods(b)
    if ga.isEmpty || gb.isEmpty || ga == gb { return true }
    let ra = recs[a].raw
    return !ra.isEmpty && ra == recs[b].raw
  }

  /// Doubtful pairs between records still standing alone become `duplicate` review items,
  /// each record in at most one; a `same` decision merges the pair, `apart` closes it.
  ///
  /// A record that carries a debt and a payment is asked about as one: the question covers
  /// both parts of it and of the other side, `same` merges every matched pair, `apart` none.
  func askAboutDoubtfulPairs(_ links: [Link]) {
    var sorted = links
    sorted.sort(by: Link.before)
    var used = Set<Int32>()
    for l in sorted {
      let a = Int(l.a)
      let b = Int(l.b)
      let pairs = l.pairs
      let involved = unitMembers(l.a) + unitMembers(l.b)
      if involved.contains(where: { used.contains($0) }) { continue }
      if pairs.contains(where: { readConflict[Int($0.0)] || readConflict[Int($0.1)] }) { continue }
      // A record alone may be asked about against a duplicate group (a debt written in the IOU
      // book and the sheet on one day, and in a third book five days later): the question is
      // whether it is one more writing of that group. Two groups, or a conflict, are left be.
      var groups: [Int32] = []
      var ok = true
      // A record alone written like a record of a conflict in its own file (the same day, the
      // same goods, one amount): the conflict took its twin, and the doubt whether they are one
      // purchase would be lost. It is asked on its own; `same` makes it a duplicate of the twin.
      var twinInConflict = -1
      for (x, y) in pairs {
        let rx = find(x)
        let ry = find(y)
        let cx = conflictMerged.contains(rx)
        let cy = conflictMerged.contains(ry)
        if cx != cy && l.doubt == .sameFile && pairs.count == 1 && size[Int(cx ? ry : rx)] == 1
          && unitOf[Int(cx ? y : x)] < 0
        {
          twinInConflict = Int(cx ? x : y)
          continue
        }
        if rx == ry || (size[Int(rx)] != 1 && size[Int(ry)] != 1) || conflictMerged.contains(rx) || conflictMerged.contains(ry) {
          ok = false
          break
        }
        if size[Int(rx)] != 1 { groups.append(rx) }
        if size[Int(ry)] != 1 { groups.append(ry) }
      }
      // An undated record said nothing about when: against a group it would only be noise.
      if !groups.isEmpty && (l.doubt == .undated || l.doubt == .undatedSpread) { ok = false }
      if !ok { continue }
      // Against a group, only the lone side is taken: the group may be asked about again, with
      // each other lone writing near it.
      for r in involved where groups.isEmpty || size[Int(find(r))] == 1 { used.insert(r) }
      let id = ReviewItem.makeID(type: .duplicate, subject: involved.map { key(Int($0)) }.sorted())
      let decision = options.decisions[id]
      switch decision {
      case .same? where twinInConflict >= 0:
        sameAsConflicted[twinInConflict == a ? b : a] = (twinInConflict, id)
        continue
      case .same?:
        for (x, y) in pairs {
          if let root = union(x, y, disjoint: false) { sameDecision[root] = id }
        }
        continue
      case .apart?:
        continue
      default: break
      }
      let ra = recs[a]
      let rb = recs[b]
      var detail: [Note] = []
      var debts: [String] = []
      var payments: [String] = []
      for (x, _) in pairs {
        if recs[Int(x)].kind == .debt {
          debts.append(recs[Int(x)].amount.yuanString)
        } else {
          payments.append(recs[Int(x)].amount.yuanString)
        }
      }
      if !debts.isEmpty && !payments.isEmpty {
        detail.append(
          Note(
            ReconcileMessage.duplicateUnitQuestion, ra.source.description, rb.source.description,
            debts.joined(separator: " + "), payments.joined(separator: " + ")))
      } else if twinInConflict >= 0 {
        let (twin, lone) = twinInConflict == a ? (ra, rb) : (rb, ra)
        detail.append(
          Note(
            ReconcileMessage.duplicateQuestionBesideConflict, twin.source.description, lone.source.description,
            (debts + payments).joined(separator: " + ")))
      } else {
        detail.append(
          Note(
            ReconcileMessage.duplicateQuestion, ra.source.description, rb.source.description,
            (debts + payments).joined(separator: " + ")))
      }
      switch l.doubt {
      case .dateGap:
        detail.append(
          Note(
            ReconcileMessage.duplicateDateGap, String(l.k1), ra.date?.iso ?? "", rb.date?.iso ?? ""))
      case .goodsDiffer:
        detail.append(Note(ReconcileMessage.duplicateGoodsDiffer, ra.goods, rb.goods))
      case .sameFile:
        if ra.goods.isEmpty != rb.goods.isEmpty || (ra.goods.isEmpty && ra.raw != rb.raw) {
          detail.append(Note(ReconcileMessage.duplicateSameFileGoodsUnsaid, ra.goods, rb.goods))
        } else {
          detail.append(Note(ReconcileMessage.duplicateSameFile))
        }
      case .undated, .undatedSpread:
        detail.append(Note(ReconcileMessage.duplicateUndated))
      case .partsDiffer:
        break
      }
      if twinInConflict >= 0 {
        let lone = twinInConflict == a ? rb : ra
        detail.append(
          Note(
            ReconcileMessage.duplicateBesideConflict, recs[twinInConflict].source.description,
            lone.source.description))
      }
      // A record with a debt and a payment whose other side matches only some of its parts.
      let partsA = unitMembers(l.a)
      let partsB = unitMembers(l.b)
      if partsA.count != pairs.count || partsB.count != pairs.count {
        let (whole, other) = partsA.count >= partsB.count ? (ra, rb) : (rb, ra)
        detail.append(
          Note(
            ReconcileMessage.duplicatePartsDiffer, whole.source.description, other.source.description))
      }
      if decision != nil { detail.append(Note(ReconcileMessage.decisionNotForDuplicate, id)) }
      addReview(
        .duplicate, id: id, sources: [ra.source, rb.source], detail: detail,
        suggestion: [Note(ReconcileMessage.duplicateHowTo, id)])
    }
  }
}
