import QingzhangModel

/// One customer name as it appears on one debt or payment record.
public struct Mention: Sendable, Hashable {
  /// Where the record starts.
  public var source: SourceRef
  /// The customer as written (`陈师傅（陈立新）`, `张建国 13807341234`).
  public var name: String
  /// A phone number written with the record (digits only); empty when none.
  public var phone: String
  /// Goods or cause (`水管接头20个`); weak evidence that two spellings are one buyer.
  public var goods: String
  /// The entry written (debt or payment, amount, date); nil when undated. The same entry in
  /// two books under two spellings says that book's spelling is the other customer's.
  public var entry: Entry?

  public init(source: SourceRef, name: String, phone: String = "", goods: String = "", entry: Entry? = nil) {
    self.source = source
    self.name = name
    self.phone = phone
    self.goods = goods
    self.entry = entry
  }

  /// The name a record is booked under, with what it books (a debt or payment with a date).
  public init(record r: Record) {
    let entry = r.isMovement ? r.date.map { Entry(payment: r.kind == .payment, amount: r.amount, day: $0) } : nil
    self.init(source: r.source, name: r.name, phone: r.phone, goods: r.goods, entry: entry)
  }

  /// What a record books, to recognise it written again in another book.
  public struct Entry: Sendable, Hashable, CustomStringConvertible {
    public var payment: Bool
    public var amount: Money
    public var day: Day

    public init(payment: Bool, amount: Money, day: Day) {
      self.payment = payment
      self.amount = amount
      self.day = day
    }

    /// `2024-03-05 2987.00`.
    public var description: String { "\(day) \(amount)" }
  }
}

/// Who is who: the customers, the customer of every mention, and the open questions.
public struct Resolution: Sendable {
  /// Sorted by id.
  public var customers: [Customer]
  /// Index into `customers` per mention (same order as the input); -1 when the mention names
  /// no one (an empty or unreadable name: its notes say why).
  public var customerOfMention: [Int]
  /// `customer-merge` questions, sorted by id. Questions answered in the decisions file are
  /// applied and not asked again.
  public var reviews: [ReviewItem]
  /// Notes per mention (same order as the input): how the name was read and why it was put on
  /// its customer.
  public var mentionNotes: [[Note]]

  public init(customers: [Customer], customerOfMention: [Int], reviews: [ReviewItem], mentionNotes: [[Note]]) {
    self.customers = customers
    self.customerOfMention = customerOfMention
    self.reviews = reviews
    self.mentionNotes = mentionNotes
  }
}
