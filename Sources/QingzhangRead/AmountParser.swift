import QingzhangModel

/// What an amount text says. STUB: the read-stage owner replaces the body.
public struct AmountReading: Sendable, Hashable {
  /// The value in fen; nil when the text gives no single value (approximate, range, illegible).
  public var fen: Int64?
  /// Why the value is doubtful or missing (ambiguous 大写, approximation, …).
  public var notes: [Note]
  /// Written in 大写 (壹贰叁…).
  public var isCapital: Bool

  public init(fen: Int64?, notes: [Note] = [], isCapital: Bool = false) {
    self.fen = fen
    self.notes = notes
    self.isCapital = isCapital
  }
}

public enum AmountParser {
  /// Reads one amount: `350`, `¥1,200.00`, `三千五`, `1.2万`, `叁仟伍佰元整`, `五毛`, …
  public static func parse(_ text: some StringProtocol) -> AmountReading {
    AmountReading(fen: nil)
  }
}
