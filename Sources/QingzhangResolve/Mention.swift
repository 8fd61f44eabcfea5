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

  public init(source: SourceRef, name: String, phone: String = "", goods: String = "") {
    self.source = source
    self.name = name
    self.phone = phone
    self.goods = goods
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
