/// What a record says happened.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
  /// The customer owes more.
  case debt
  /// The customer paid.
  case payment
  /// Title, header, total, comment and check-figure rows.
  case skipped
  /// Could not be read; the note says why.
  case rejected
}

/// How a record is counted.
public enum RecordStatus: String, Sendable, Hashable, CaseIterable {
  case ok
  case duplicate
  case conflict
  case skipped
  case rejected
}

/// How the due date was found.
public enum DueBasis: String, Sendable, Hashable {
  /// No repayment date was agreed.
  case none
  /// An explicit date (`定于2024年6月30日前还清`).
  case explicit
  /// `月底还`: the last day of the record's month.
  case endOfMonth
  /// `年前还`: before the next Spring Festival (除夕).
  case beforeSpringFestival
}

/// One record of one input: a spreadsheet row, or one IOU (a line, or a formal IOU written
/// out over several lines). A record that carries both a debt and a payment is read as two
/// `Record`s with the same `source`, the debt first (`part` 0, then 1).
public struct Record: Sendable, Hashable {
  /// `PATH:LINE` where the record starts.
  public var source: SourceRef
  /// 0 for the first row of this source, 1 for a payment read from the same record.
  public var part: Int
  public var origin: SourceKind
  public var kind: RecordKind
  public var status: RecordStatus
  /// The customer as written, trimmed (`陈师傅（陈立新）`, `张建国`); empty when none.
  public var name: String
  /// A phone number written with the record (digits only); empty when none.
  public var phone: String
  public var date: Day?
  public var dueDate: Day?
  public var dueBasis: DueBasis
  public var amount: Money
  /// Goods or cause (`水管接头20个`, `工程款`); empty when none.
  public var goods: String
  /// The raw text of the record: the line, or the IOU's lines joined with `\n`.
  public var raw: String
  /// Reasons and warnings, rendered in the report's language.
  public var notes: [Note]
  /// A figure the record states that is not a movement of money: the balance of a 余额 column,
  /// the total of a 合计 row, a carried-forward 上年结转 balance. Reconcile checks it.
  public var checkAmount: Money?
  /// What `checkAmount` is.
  public var check: CheckKind

  // Assigned by resolve and reconcile.
  public var customerID: String
  public var customerName: String
  public var duplicateOf: SourceRef?
  public var conflictID: String

  public init(
    source: SourceRef, part: Int = 0, origin: SourceKind, kind: RecordKind,
    status: RecordStatus? = nil, name: String = "", phone: String = "", date: Day? = nil,
    dueDate: Day? = nil, dueBasis: DueBasis = .none, amount: Money = .zero, goods: String = "",
    raw: String = "", notes: [Note] = [], checkAmount: Money? = nil, check: CheckKind = .none
  ) {
    self.source = source
    self.part = part
    self.origin = origin
    self.kind = kind
    if let status {
      self.status = status
    } else {
      switch kind {
      case .debt, .payment: self.status = .ok
      case .skipped: self.status = .skipped
      case .rejected: self.status = .rejected
      }
    }
    self.name = name
    self.phone = phone
    self.date = date
    self.dueDate = dueDate
    self.dueBasis = dueBasis
    self.amount = amount
    self.goods = goods
    self.raw = raw
    self.notes = notes
    self.checkAmount = checkAmount
    self.check = check
    self.customerID = ""
    self.customerName = ""
    self.duplicateOf = nil
    self.conflictID = ""
  }

  /// Whether this record moves money (a debt or a payment).
  public var isMovement: Bool { kind == .debt || kind == .payment }

  /// Signed effect on the customer's balance: + for a debt, − for a payment.
  public var signedAmount: Money {
    switch kind {
    case .debt: return amount
    case .payment: return -amount
    default: return .zero
    }
  }
}

/// A check figure carried by a record.
public enum CheckKind: String, Sendable, Hashable {
  case none
  /// The running 余额 after this row.
  case runningBalance
  /// A 小计/合计 row's total of the rows above it.
  case total
  /// 上年结转 / 承上年 / 期初余额: the balance brought forward.
  case carriedForward
  /// The 小写 figure (`¥3500.00`) written beside a 大写 amount; `amount` holds the 大写 reading.
  case figures
  /// 数量 × 单价 of a spreadsheet row; `amount` holds the 金额 column.
  case quantityTimesPrice
  /// 金额 − 已收 of a sales-log row (`金额, 已收, 欠款`); `amount` holds the 欠款 column.
  case amountLessReceived
}
