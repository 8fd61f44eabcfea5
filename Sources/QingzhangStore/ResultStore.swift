import QingzhangModel

/// The results of a reconcile run, kept beside the records they are about: resolved customers,
/// open review items (notes as codes, so they render in either language) and each record's
/// outcome (status, customer, duplicate/conflict links). Each run replaces them whole.
public final class ResultStore {
  public let database: Database

  public init(path: String) throws {
    database = try Database(path: path)
    _ = try Schema.migrator.migrate(database)
  }

  /// Replaces the stored results in one transaction.
  public func save(
    records: [Record], customers: [Customer], reviews: [ReviewItem], info: [(String, String)]
  ) throws {
    try database.inTransaction {
      try database.execute("DELETE FROM customers; DELETE FROM review_items; DELETE FROM outcomes; DELETE FROM run_info;")
      let c = try database.prepare("INSERT INTO customers VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      for x in customers {
        c.bind(x.id, at: 1)
        c.bind(x.name, at: 2)
        c.bind(x.aliases.joined(separator: "|"), at: 3)
        c.bind(x.phone, at: 4)
        c.bind(x.records, at: 5)
        c.bind(x.needsReview ? 1 : 0, at: 6)
        try c.execute()
      }
      let r = try database.prepare("INSERT INTO review_items VALUES (?1, ?2, ?3, ?4, ?5)")
      for x in reviews {
        r.bind(x.id, at: 1)
        r.bind(x.type.rawValue, at: 2)
        r.bind(x.sources.map(\.description).joined(separator: "|"), at: 3)
        r.bind(NoteCodec.encode(x.detail), at: 4)
        r.bind(NoteCodec.encode(x.suggestion), at: 5)
        try r.execute()
      }
      let o = try database.prepare(
        "INSERT OR REPLACE INTO outcomes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", persistent: true)
      for x in records {
        o.bind(x.source.path, at: 1)
        o.bind(x.source.line, at: 2)
        o.bind(x.part, at: 3)
        o.bind(x.kind.rawValue, at: 4)
        o.bind(x.status.rawValue, at: 5)
        o.bind(x.customerID, at: 6)
        o.bind(x.amount.fen, at: 7)
        o.bind(x.duplicateOf?.description ?? "", at: 8)
        o.bind(x.conflictID, at: 9)
        o.bind(NoteCodec.encode(x.notes), at: 10)
        try o.execute()
      }
      let i = try database.prepare("INSERT INTO run_info VALUES (?1, ?2)")
      for (k, v) in info {
        i.bind(k, at: 1)
        i.bind(v, at: 2)
        try i.execute()
      }
      return .commit
    }
  }

  /// The stored review items, by type then id, their notes restored.
  public func reviewItems(registry: MessageRegistry = .standard) throws(StoreError) -> [ReviewItem] {
    let s = try database.prepare("SELECT id, type, sources, detail, suggestion FROM review_items ORDER BY id")
    var items: [ReviewItem] = []
    while try s.step() {
      let sources = s.string(at: 2).split(separator: "|").compactMap { ref -> SourceRef? in
        guard let colon = ref.lastIndex(of: ":"), let line = Int(ref[ref.index(after: colon)...]) else { return nil }
        return SourceRef(path: String(ref[..<colon]), line: line)
      }
      items.append(
        ReviewItem(
          id: s.string(at: 0), type: ReviewType(rawValue: s.string(at: 1)) ?? .conflict, sources: sources,
          detail: NoteCodec.decode(s.string(at: 3), registry: registry) ?? [],
          suggestion: NoteCodec.decode(s.string(at: 4), registry: registry) ?? []))
    }
    return ReviewItem.reportOrder(items)
  }
}
