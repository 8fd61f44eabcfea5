import QingzhangModel
import QingzhangReconcile

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
    for item in ReviewItem.reportOrder(items) {
      w.row([
        item.id, item.type.rawValue, item.sources.map(\.description).joined(separator: "|"),
        item.detail.render(language), item.suggestion.render(language),
      ])
    }
    return w
  }

  /// opening-ledger.csv: one row per customer with a non-zero balance, by customer id.
  public static func ledger(_ rows: [LedgerRow], language: Language) -> CSVWriter {
    var w = CSVWriter(header: [
      "customer_id", "name", "opening_balance", "open_items", "oldest_open_date",
      "last_payment_date", "unresolved", "open_sources", "note",
    ])
    for r in rows {
      w.row([
        r.customerID, r.name, r.balance.yuanString, String(r.openItems),
        r.oldestOpenDate?.iso ?? "", r.lastPaymentDate?.iso ?? "", String(r.unresolved),
        r.openSources.map(\.description).joined(separator: "|"), r.notes.render(language),
      ])
    }
    return w
  }

  /// stale-debts.csv: open debts, most urgent first. `bucket` is a stable code (`0-30`,
  /// `31-90`, `91-180`, `181-365`, `1-2y`, `2-3y`, `3y+`); `bucket_label` says it in words.
  public static func stale(_ rows: [StaleDebt], language: Language) -> CSVWriter {
    var w = CSVWriter(header: [
      "rank", "customer_id", "name", "amount", "oldest_open_date", "age_days", "bucket",
      "limitation_deadline", "score", "reasons", "days_to_deadline", "open_items", "bucket_label",
    ])
    for r in rows {
      w.row([
        String(r.rank), r.customerID, r.name, r.amount.yuanString, r.oldestOpenDate?.iso ?? "",
        r.ageDays.map { String($0) } ?? "", r.bucket?.rawValue ?? "",
        r.limitationDeadline?.iso ?? "", String(r.score), r.reasons.render(language),
        r.daysToDeadline.map { String($0) } ?? "", String(r.openItems),
        r.bucket?.label.render(language) ?? "",
      ])
    }
    return w
  }
}

/// summary.json: counts, total outstanding, and whether every yuan read is accounted for.
public struct Summary: Sendable, Equatable {
  public var counts: ReconcileCounts
  public var money: MoneyAccount
  public var totalOutstanding: Money
  public var balanced: Bool
  public var asOf: Day
  public var files = 0
  public var lines = 0
  public var reviewItems = 0
  /// What customers owe (the positive balances) and what the shop owes them (credits, the
  /// negative ones, as a positive figure): `total_outstanding` nets the two.
  public var receivable = Money.zero
  public var credit = Money.zero

  public init(_ r: Reconciliation, asOf: Day, reviewItems: Int) {
    for row in r.ledger {
      if row.balance.fen > 0 {
        receivable = Money(fen: receivable.fen &+ row.balance.fen)
      } else {
        credit = Money(fen: credit.fen &- row.balance.fen)
      }
    }
    counts = r.counts
    money = r.money
    totalOutstanding = r.totalOutstanding
    balanced = r.balanced
    self.asOf = asOf
    self.reviewItems = reviewItems
  }

  /// The contract's keys first, in its order; the money account after them.
  public var json: String {
    func s(_ v: String) -> String { "\"" + v + "\"" }
    let m = money
    let fields: [(String, String)] = [
      ("records", String(counts.records)), ("debts", String(counts.debts)),
      ("payments", String(counts.payments)), ("duplicates", String(counts.duplicates)),
      ("conflicts", String(counts.conflicts)), ("rejected", String(counts.rejected)),
      ("skipped", String(counts.skipped)), ("customers", String(counts.customers)),
      ("total_outstanding", s(totalOutstanding.yuanString)),
      ("balanced", balanced ? "true" : "false"),
      ("as_of", s(asOf.iso)), ("files", String(files)), ("lines", String(lines)),
      ("review_items", String(reviewItems)), ("conflict_groups", String(counts.conflictGroups)),
      ("after_as_of", String(counts.afterAsOf)),
      ("money_read", s(m.read.yuanString)), ("money_brought_forward", s(m.broughtForward.yuanString)),
      ("money_decision_adjustment", s(m.decisionAdjustment.yuanString)),
      ("money_in_ledger", s(m.inLedger.yuanString)), ("money_after_as_of", s(m.afterAsOf.yuanString)),
      ("money_duplicate", s(m.duplicate.yuanString)), ("money_conflict", s(m.conflict.yuanString)),
      ("money_rejected", s(m.rejected.yuanString)),
      ("total_receivable", s(receivable.yuanString)), ("total_credit", s(credit.yuanString)),
    ]
    return "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
  }
}
