/// An amount of money in fen (1 元 = 100 分). Money never passes through `Double`.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The amount in fen; negative for a credit.
  public var fen: Int64

  public init(fen: Int64) { self.fen = fen }
  public init(yuan: Int64) { self.fen = yuan * 100 }

  public static let zero = Money(fen: 0)

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
