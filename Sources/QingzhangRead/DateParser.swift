import QingzhangModel

/// What a date text says. STUB: the read-stage owner replaces the body.
public struct DateReading: Sendable, Hashable {
  public var day: Day?
  /// Why the date is doubtful, or where its year came from.
  public var notes: [Note]

  public init(day: Day?, notes: [Note] = []) {
    self.day = day
    self.notes = notes
  }
}

/// Where a date without a year takes its year from.
public struct DateContext: Sendable, Hashable {
  /// The year to use for `3月5号` / `3.5`, if known.
  public var year: Int?
  /// Where that year comes from, said in the note (`标题“2024年”`, `文件名`, `上一条记录`).
  public var yearOrigin: String

  public init(year: Int? = nil, yearOrigin: String = "") {
    self.year = year
    self.yearOrigin = yearOrigin
  }
}

public enum DateParser {
  /// Reads one date: `2024-03-05`, `24.3.5`, `2024年3月5日`, `3月5号`, `腊月廿三`, …
  public static func parse(_ text: some StringProtocol, context: DateContext = DateContext()) -> DateReading {
    DateReading(day: nil)
  }
}
