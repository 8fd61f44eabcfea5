/// An amount of money in fen (1 元 = 100 分). Money never passes through `Double`.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The amount in fen; negative for a credit.
  public var fen: Int64

  public init(fen: Int64) { self.fen = fen }
  public init(yuan: Int64) { self.fen = yuan * 100 }

  public static let zero = Money(fen: 0)

  /// The largest amount one record may have, in fen: 1 亿元 (10¹⁰ fen). No single debt or payment
  /// of a small shop comes near it, so a larger figure is a slip (a cell pasted twice, a phone
  /// number in the amount column) and the readers refuse the line or row with
  /// `ReadMessage.amountTooLarge`, whose text names this limit. It also keeps every sum of a
  /// file far from `Int64` overflow (10¹⁰ × 9 × 10⁸ rows).
  public static let recordLimitFen: Int64 = 10_000_000_000

  public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
  public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
  public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
  public static prefix func - (a: Money) -> Money { Money(fen: -a.fen) }
  public static func += (a: inout Money, b: Money) { a.fen += b.fen }
  public static func -= (a: inout Money, b: Money) { a.fen -= b.fen }

  /// Yuan with exactly two decimals and no thousands separator: `1250.00`, `-0.50`.
  public var yuanString: String {
    let negative = fen < 0
    let magnitude = fen.magnitude
    let cents = magnitude % 100
    var s = negative ? "-" : ""
    s += String(magnitude / 100)
    s += cents < 10 ? ".0\(cents)" : ".\(cents)"
    return s
  }

  public var description: String { yuanString }
}
