import QingzhangModel

/// The files of the output contract (../shared/spec/outputs.md). Column names never change;
/// new columns go at the end.
public enum Reports {
  public static let entriesHeader = [
    "source", "kind", "status", "customer_id", "customer_name", "date", "due_date", "amount",
    "duplicate_of", "conflict_id", "note",
  ]

  /// entries.csv: a row for every record of every input, in (source, part) order.
  public static func entries(_ records: [Record], language: Language) -> CSVWriter {
    var w = CSVWriter(header: entriesHeader)
    for r in records {
      w.row([
        r.source.description, r.kind.rawValue, r.status.rawValue, r.customerID, r.customerName,
        r.date?.iso ?? "", r.dueDate?.iso ?? "", r.amount.yuanString,
        r.duplicateOf?.description ?? "", r.conflictID, r.notes.render(language),
      ])
    }
    return w
  }

  /// customers.csv: one row per resolved customer, by id.
  public static func customers(_ customers: [Customer]) -> CSVWriter {
    var w = CSVWriter(header: ["customer_id", "name", "aliases", "phone", "records", "needs_review"])
    for c in customers.sorted(by: { $0.id < $1.id }) {
      w.row([
        c.id, c.name, c.aliases.joined(separator: "|"), c.phone, String(c.records),
        c.needsReview ? "yes" : "no",
      ])
    }
    return w
  }

  /// review.csv: every decision a person still has to make, by type then id.
  public static func review(_ items: [ReviewItem], language: Language) -> CSVWriter {
    var w = CSVWriter(header: ["review_id", "type", "sources", "detail", "suggestion"])
    let order = Dictionary(uniqueKeysWithValues: ReviewType.allCases.enumerated().map { ($1, $0) })
    for item in items.sorted(by: { (order[$0.type]!, $0.id) < (order[$1.type]!, $1.id) }) {
      w.row([
        item.id, item.type.rawValue, item.sources.map(\.description).joined(separator: "|"),
        item.detail.render(language), item.suggestion.render(language),
      ])
    }
    return w
  }
}

/// summary.json: counts, total outstanding, and whether every yuan read is accounted for.
public struct Summary: Sendable, Equatable {
  public var records = 0
  public var debts = 0
  public var payments = 0
  public var duplicates = 0
  public var conflicts = 0
  public var rejected = 0
  public var skipped = 0
  public var customers = 0
  public var totalOutstanding = Money.zero
  public var balanced = true
  // Extra fields (after the contract's): where the money went.
  public var files = 0
  public var lines = 0
  public var asOf = ""
  public var moneyRead = Money.zero
  public var moneyCounted = Money.zero
  public var moneyDuplicate = Money.zero
  public var moneyConflict = Money.zero
  public var moneyRejected = Money.zero
  public var reviewItems = 0

  public init() {}

  /// Counts rows by status; every record lands in exactly one bucket.
  public mutating func count(_ records: [Record]) {
    records.forEach { r in
      self.records += 1
      switch r.status {
      case .ok: if r.kind == .debt { debts += 1 } else { payments += 1 }
      case .duplicate: duplicates += 1
      case .conflict: conflicts += 1
      case .rejected: rejected += 1
      case .skipped: skipped += 1
      }
      switch r.status {
      case .ok: moneyCounted += r.amount
      case .duplicate: moneyDuplicate += r.amount
      case .conflict: moneyConflict += r.amount
      case .rejected: moneyRejected += r.amount
      case .skipped: break
      }
    }
  }

  public var json: String {
    func s(_ v: String) -> String { "\"" + v + "\"" }
    let fields: [(String, String)] = [
      ("records", String(records)), ("debts", String(debts)), ("payments", String(payments)),
      ("duplicates", String(duplicates)), ("conflicts", String(conflicts)),
      ("rejected", String(rejected)), ("skipped", String(skipped)),
      ("customers", String(customers)), ("total_outstanding", s(totalOutstanding.yuanString)),
      ("balanced", balanced ? "true" : "false"), ("as_of", s(asOf)), ("files", String(files)),
      ("lines", String(lines)), ("review_items", String(reviewItems)),
      ("money_read", s(moneyRead.yuanString)), ("money_counted", s(moneyCounted.yuanString)),
      ("money_duplicate", s(moneyDuplicate.yuanString)),
      ("money_conflict", s(moneyConflict.yuanString)),
      ("money_rejected", s(moneyRejected.yuanString)),
    ]
    return "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
  }
}
