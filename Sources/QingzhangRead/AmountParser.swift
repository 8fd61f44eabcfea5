import QingzhangModel

/// What an amount text says.
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

/// An amount expression found inside a line by `AmountParser.find(in:)`.
public struct AmountMatch: Sendable, Hashable {
  /// Where the expression is in the text searched.
  public var range: Range<String.Index>
  public var reading: AmountReading
  /// Certainly money: written with 元/圆, ¥, 人民币, 整/正, 块钱, or in 大写. A bare `450`, `三千五`
  /// or `20块` (which may count tiles) has no marker.
  public var hasMoneyMarker: Bool
  /// Inside parentheses: the `（¥3500.00）` figure written beside a 大写 amount.
  public var isParenthesized: Bool
}

/// Reads amounts as people write them in IOUs, hand-kept books and spreadsheets (domain.md §1).
///
/// - Arabic: `350`, `350.5`, `¥1,200.00`, `￥1200元`, `１２００`, `1200.-`, `1200.—`, negatives
///   `-1200`, `－1200`, `(1,200.00)`.
/// - Colloquial: the trailing-digit rule (`三千五` = 3500, `一万二` = 12000, `十万八` = 108000),
///   blocked by 零 (`三千零五` = 3005); mixed (`3千5`, `1.2万`, `1万2`, `1w2`, `12k`); 块/毛
///   (`两块五` = 2.50, `三毛五` = 0.35, `十块零五毛` = 10.50).
/// - 大写: `叁仟伍佰元整`, `人民币壹仟肆佰零玖元伍角`, traditional `壹萬貳仟參佰肆拾伍圓整`, `另`/`〇` for 零.
///
/// It never guesses: approximations (`千把块`, `三千多`, `三十来块`), ranges (`两三千`), more than
/// two decimals and 大写 with a missing 零 (`叁仟伍元整`: 3500 or 3005?) give no value and a note;
/// `一万零二` gives 10002 with a note (usually a slip for 一万零二百 or 一万二).
public enum AmountParser {
  /// Reads one amount: `350`, `¥1,200.00`, `三千五`, `1.2万`, `叁仟伍佰元整`, `五毛`, …
  ///
  /// A plain ASCII decimal is read straight from its UTF-8 bytes without allocating.
  public static func parse(_ text: some StringProtocol) -> AmountReading {
    if let fen = AmountEngine.plainDecimal(text) { return AmountReading(fen: fen) }
    let s = Scalars.folded(text)
    let v = AmountEngine.evaluate(s, 0, s.count, wholeText: true)
    return reading(v, text: { String(text) })
  }

  /// Every amount expression in `text` (a line of an IOU list, a cell), in order. Dates and
  /// phone numbers are skipped. Quantities (`20个`) are found too: telling them from amounts
  /// needs the words around them (the IOU reader does that).
  public static func find(in text: some StringProtocol) -> [AmountMatch] {
    let fold = Scalars.folded(text)
    var mask = [UInt8](repeating: 0, count: fold.count)
    var dates: [DateSpan] = []
    var numbers: [NumberSpan] = []
    LineMasks.markDatesAndNumbers(fold, 0, fold.count, mask: &mask, dates: &dates, phones: &numbers)
    var spans: [AmountSpan] = []
    AmountScanner.scan(fold, 0, fold.count, mask: mask, into: &spans)
    // Scalar offsets → String indices.
    var indices: [String.Index] = []
    indices.reserveCapacity(fold.count + 1)
    let str = String(text)
    var idx = str.unicodeScalars.startIndex
    while idx < str.unicodeScalars.endIndex {
      indices.append(idx)
      str.unicodeScalars.formIndex(after: &idx)
    }
    indices.append(str.unicodeScalars.endIndex)
    return spans.map { sp in
      let r = indices[sp.start]..<indices[sp.end]
      return AmountMatch(
        range: r, reading: reading(sp.value, text: { String(str[r]) }),
        hasMoneyMarker: sp.value.strong, isParenthesized: sp.parenthesized)
    }
  }

  /// The reading of an evaluated amount, with the notes a person needs.
  static func reading(_ v: AmountValue, text: () -> String) -> AmountReading {
    var notes: [Note] = []
    switch v.problem {
    case .none: break
    case .empty: notes.append(Note(ReadMessage.amountEmpty))
    case .malformed: notes.append(Note(ReadMessage.amountUnreadable, text()))
    case .approximate: notes.append(Note(ReadMessage.amountApproximate, text()))
    case .range: notes.append(Note(ReadMessage.amountRange, text()))
    case .tooManyDecimals: notes.append(Note(ReadMessage.amountTooManyDecimals, text()))
    case .tooLarge: notes.append(Note(ReadMessage.amountTooLarge, text()))
    case .capitalAmbiguous(let a, let b):
      notes.append(
        Note(ReadMessage.amountCapitalAmbiguous, text(), Money(fen: a).yuanString, Money(fen: b).yuanString))
    }
    if let fen = v.fen {
      if let (a, b) = v.zeroGap {
        notes.append(
          Note(
            ReadMessage.amountZeroGap, text(), Money(fen: fen).yuanString, Money(fen: a).yuanString,
            Money(fen: b).yuanString))
      }
      if v.triangle {
        notes.append(Note(ReadMessage.amountTriangleMinus, text(), Money(fen: fen).yuanString))
      }
    }
    return AmountReading(fen: v.fen, notes: notes, isCapital: v.isCapital)
  }
}
