import QingzhangModel

/// What reconcile needs besides the records.
public struct ReconcileOptions: Sendable {
  /// Cut-off of the opening ledger: records dated after it are reported but not counted.
  public var asOf: Day
  /// A person's answers to earlier review items (`--decisions FILE`).
  public var decisions: Decisions
  /// Causes that name no particular goods (`工程款`, `货款`, `材料款`, `还款`): two records
  /// whose goods differ only because one of them says just this are not told apart by their
  /// goods. Compared after the clean-up of goods (letters, digits and ideographs only, ASCII
  /// lower-case, full-width folded). The command line loads them from the `genericGoods` list of
  /// `mappings/reconcile.json`; this stage reads no files.
  public var genericGoods: [String]
  /// Words for money that end what a payment says it pays for (`钢筋款`, `水泥钱`): taken off
  /// before its goods are compared with a debt's (`paymentMoneyWords` of `mappings/reconcile.json`).
  public var paymentMoneyWords: [String]
  /// Questions of earlier stages still open (customer merges): the ledger says which balances
  /// wait on them, by the customers of the records they name.
  public var openQuestions: [ReviewItem]

  public init(
    asOf: Day, decisions: Decisions = Decisions(),
    genericGoods: [String] = ReconcileOptions.defaultGenericGoods,
    paymentMoneyWords: [String] = ReconcileOptions.defaultPaymentMoneyWords, openQuestions: [ReviewItem] = []
  ) {
    self.asOf = asOf
    self.decisions = decisions
    self.genericGoods = genericGoods
    self.paymentMoneyWords = paymentMoneyWords
    self.openQuestions = openQuestions
  }

  /// The built-in list of `paymentMoneyWords`, the same as the shipped `mappings/reconcile.json`.
  public static let defaultPaymentMoneyWords: [String] = ["款", "钱", "账"]

  /// The built-in list of `genericGoods`, the same as the shipped `mappings/reconcile.json`.
  public static let defaultGenericGoods: [String] = [
    "工程款", "工程", "货款", "欠货款", "材料款", "材料", "欠款", "借款", "赊账", "赊欠", "往来款",
    "余款", "尾款", "款", "货", "拿货", "还款", "收款", "付款", "已还", "已付", "已收", "转账",
    "微信转账", "支付宝", "现金",
  ]
}

/// Aging bucket of a debt (账龄), by days since the oldest open item arose (domain.md §7.1).
/// Years are counted as 365 days here.
public enum AgingBucket: String, Sendable, Hashable, CaseIterable {
  case days0to30 = "0-30"
  case days31to90 = "31-90"
  case days91to180 = "91-180"
  case days181to365 = "181-365"
  case years1to2 = "1-2y"
  case years2to3 = "2-3y"
  case over3Years = "3y+"

  public init(ageDays: Int) {
    switch ageDays {
    case ...30: self = .days0to30
    case ...90: self = .days31to90
    case ...180: self = .days91to180
    case ...365: self = .days181to365
    case ...730: self = .years1to2
    case ...1095: self = .years2to3
    default: self = .over3Years
    }
  }

  /// The bucket as words (`30天以内`, `1–2年`).
  public var label: Note {
    switch self {
    case .days0to30: return Note(ReconcileMessage.bucket0to30)
    case .days31to90: return Note(ReconcileMessage.bucket31to90)
    case .days91to180: return Note(ReconcileMessage.bucket91to180)
    case .days181to365: return Note(ReconcileMessage.bucket181to365)
    case .years1to2: return Note(ReconcileMessage.bucket1to2Years)
    case .years2to3: return Note(ReconcileMessage.bucket2to3Years)
    case .over3Years: return Note(ReconcileMessage.bucketOver3Years)
    }
  }
}

/// One row of `opening-ledger.csv`: a customer with a non-zero balance as of the cut-off.
public struct LedgerRow: Sendable, Hashable {
  public var customerID: String
  public var name: String
  /// Counted debts minus counted payments up to the cut-off; negative is a credit.
  public var balance: Money
  /// Debts not yet fully paid after payments were applied oldest first.
  public var openItems: Int
  /// Date of the oldest open item (nil when none, or when the open items have no date).
  public var oldestOpenDate: Day?
  public var lastPaymentDate: Day?
  /// Unresolved conflicts touching this customer (their money is not in `balance`).
  public var unresolved: Int
  /// Sources of the open items, oldest first.
  public var openSources: [SourceRef]
  /// Remarks, e.g. that a negative balance is a credit.
  public var notes: [Note]
}

/// One row of `stale-debts.csv`: a customer who owes money, with the oldest open item, the
/// nearest limitation deadline and why the customer is ranked where it is.
public struct StaleDebt: Sendable, Hashable {
  /// 1 = call first.
  public var rank: Int
  public var customerID: String
  public var name: String
  /// The customer's open balance.
  public var amount: Money
  public var openItems: Int
  public var oldestOpenDate: Day?
  /// Days from the oldest dated open item to the cut-off; nil when no open item has a date.
  public var ageDays: Int?
  public var bucket: AgingBucket?
  /// The earliest limitation deadline among the open items (cautious reading); nil if unknown.
  public var limitationDeadline: Day?
  /// Days from the cut-off to the deadline (negative: already past).
  public var daysToDeadline: Int?
  /// Priority points (higher = more urgent within its tier); see README "Stale debts".
  public var score: Int
  /// Why, in words a person can check.
  public var reasons: [Note]
}

/// Counts of records by outcome (summary.json). `debts + payments + duplicates + conflicts +
/// rejected + skipped == records`.
public struct ReconcileCounts: Sendable, Hashable {
  public var records = 0
  /// Counted (status ok) debts, including those dated after the cut-off.
  public var debts = 0
  /// Counted (status ok) payments, including those dated after the cut-off.
  public var payments = 0
  public var duplicates = 0
  /// Records held in a conflict.
  public var conflicts = 0
  public var rejected = 0
  public var skipped = 0
  /// Distinct customer ids among the records.
  public var customers = 0
  /// Unresolved conflicts (groups of records, each with one review item).
  public var conflictGroups = 0
  /// Counted records dated after the cut-off.
  public var afterAsOf = 0

  public init() {}
}

/// Where every fen read went. Two sides computed along different paths, so `balanced` can fail:
/// `read + broughtForward + decisionAdjustment == inLedger + afterAsOf + duplicate + conflict +
/// rejected`, and the ledger's sum equals the signed sum of the counted records.
public struct MoneyAccount: Sendable, Hashable {
  /// Sum of the amounts of every debt, payment and rejected record, as read.
  public var read = Money.zero
  /// Carried-forward figures turned into opening debts (they were check figures when read).
  public var broughtForward = Money.zero
  /// Amount decisions: new amount minus the amount as read.
  public var decisionAdjustment = Money.zero
  /// Debts plus payments that went into the opening ledger (summed while applying payments).
  public var inLedger = Money.zero
  /// Counted records dated after the cut-off.
  public var afterAsOf = Money.zero
  public var duplicate = Money.zero
  public var conflict = Money.zero
  public var rejected = Money.zero
  /// Sum of the ledger balances (`totalOutstanding`).
  public var ledgerBalance = Money.zero
  /// Signed sum (debts − payments) of the counted records up to the cut-off.
  public var countedSigned = Money.zero

  public init() {}

  public var isBalanced: Bool {
    // Wrapping sums: absurd amounts must not trap (they would still have to balance).
    read.fen &+ broughtForward.fen &+ decisionAdjustment.fen
      == inLedger.fen &+ afterAsOf.fen &+ duplicate.fen &+ conflict.fen &+ rejected.fen
      && ledgerBalance == countedSigned
  }
}

/// The result of reconciling.
public struct Reconciliation: Sendable {
  /// The input records in input order, with status, `duplicateOf`, `conflictID` and notes set.
  public var records: [Record]
  /// One row per customer with a non-zero balance, by customer id.
  public var ledger: [LedgerRow]
  /// Customers who owe money, most urgent first.
  public var stale: [StaleDebt]
  /// Open questions of type duplicate, conflict and rejected, by id.
  public var reviews: [ReviewItem]
  public var counts: ReconcileCounts
  public var money: MoneyAccount
  /// Sum of the ledger balances.
  public var totalOutstanding: Money
  /// Every fen read is accounted for (see `MoneyAccount`).
  public var balanced: Bool
}
