import Testing

@testable import QingzhangModel

struct YuanCase: Sendable, CustomTestStringConvertible {
  var fen: Int64
  var text: String
  var testDescription: String { "\(fen) fen → \(text)" }
}

@Suite struct MoneyTests {
  static let cases: [YuanCase] = [
    .init(fen: 0, text: "0.00"), .init(fen: 5, text: "0.05"), .init(fen: 50, text: "0.50"),
    .init(fen: 125_000, text: "1250.00"), .init(fen: -50, text: "-0.50"),
    .init(fen: -123_456, text: "-1234.56"), .init(fen: 100_000_000_001, text: "1000000000.01"),
  ]

  @Test(arguments: cases) func formatsYuanWithTwoDecimals(_ c: YuanCase) {
    #expect(Money(fen: c.fen).yuanString == c.text)
  }
}

@Suite struct DayTests {
  static let valid: [(Int, Int, Int, String)] = [
    (1970, 1, 1, "1970-01-01"), (2024, 2, 29, "2024-02-29"), (1900, 3, 1, "1900-03-01"),
    (2024, 12, 31, "2024-12-31"), (1999, 1, 9, "1999-01-09"),
  ]

  @Test(arguments: valid) func roundTripsValidDates(_ c: (Int, Int, Int, String)) throws {
    let d = try #require(Day(year: c.0, month: c.1, day: c.2))
    #expect(d.iso == c.3)
    #expect(Day(iso: c.3) == d)
    #expect(d.components == (c.0, c.1, c.2))
  }

  @Test(arguments: [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 0, 1), (0, 1, 1)])
  func rejectsImpossibleDates(_ c: (Int, Int, Int)) {
    #expect(Day(year: c.0, month: c.1, day: c.2) == nil)
  }

  @Test func countsYearsAsArticle202Says() {
    // 29 Feb + 3 years ends on 28 Feb.
    #expect(Day(year: 2024, month: 2, day: 29)!.adding(years: 3).iso == "2027-02-28")
    #expect(Day(year: 2024, month: 3, day: 5)!.adding(years: 3).iso == "2027-03-05")
    #expect(Day(year: 2024, month: 2, day: 10)!.endOfMonth.iso == "2024-02-29")
    #expect(Day(iso: "1970-01-01")!.ordinal == 0)
    #expect(Day(iso: "2024-03-05")!.days(to: Day(iso: "2024-04-05")!) == 31)
  }
}

@Suite struct CatalogueTests {
  static var all: [any Message] {
    var m: [any Message] = []
    m += ReadMessage.allCases as [any Message]
    m += ResolveMessage.allCases as [any Message]
    m += ReconcileMessage.allCases as [any Message]
    m += StoreMessage.allCases as [any Message]
    m += CLIMessage.allCases as [any Message]
    m += ModelMessage.allCases as [any Message]
    return m
  }

  static func placeholders(_ s: String) -> [String] {
    var out: [String] = []
    var rest = Substring(s)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out.append(String(rest[open...close]).replacing(/\|[^}]*/, with: ""))
      rest = rest[rest.index(after: close)...]
    }
    return out.sorted()
  }

  /// `{0|file|files}` in an English template: the number and the noun, singular for 1.
  @Test(arguments: [("1", "read 1 file"), ("2", "read 2 files"), ("0", "read 0 files")])
  func englishCountsTakeTheirNounsSingularForOne(_ n: String, _ expected: String) {
    #expect(Note.fill("read {0|file|files}", [n]) == expected)
  }

  @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    var codes = Set<String>()
    for m in Self.all {
      #expect(!m.zh.isEmpty && !m.en.isEmpty, "\(m.code)")
      #expect(Self.placeholders(m.zh) == Self.placeholders(m.en), "\(m.code)")
      #expect(codes.insert(m.code).inserted, "duplicate code \(m.code)")
    }
  }

  @Test func fillsArgumentsInEitherLanguage() {
    let n = Note(CLIMessage.badDate, "--as-of", "2024-13-01")
    #expect(n.render(.zh) == "--as-of 的值“2024-13-01”不是 YYYY-MM-DD 格式的日期")
    #expect(n.render(.en) == "--as-of must be a date as YYYY-MM-DD, not '2024-13-01'")
    #expect([n, n].render(.en).contains("; "))
    let listed = Note(ModelMessage.badDecision, Note.list(["a", "b", "c"]))
    #expect(listed.render(.zh).contains("a、b、c"))
    #expect(listed.render(.en).contains("a, b, c"))
  }
}

@Suite struct DecisionsTests {
  @Test func parsesEveryAction() throws {
    let text = """
      # answers
      R-000000000001 merge
      R-000000000002  apart   # keep apart
      R-000000000003 same
      R-000000000004 keep fixtures/sheets/a.csv:12
      R-000000000005 amount 3500.5
      R-000000000006 ignore

      """
    let d = try Decisions(parsing: text, file: "d.txt")
    #expect(d["R-000000000001"] == .merge)
    #expect(d["R-000000000002"] == .apart)
    #expect(d["R-000000000003"] == .same)
    #expect(d["R-000000000004"] == .keep(SourceRef(path: "fixtures/sheets/a.csv", line: 12)))
    #expect(d["R-000000000005"] == .amount(Money(fen: 350_050)))
    #expect(d["R-000000000006"] == .ignore)
  }

  @Test func contradictoryAnswersAreAnErrorNamingBothLines() {
    let error = #expect(throws: Diagnostic.self) {
      try Decisions(parsing: "R-000000000001 merge\n# x\nR-000000000001 apart\n", file: "d.txt")
    }
    #expect(error?.line == 3)
    #expect(error?.render(.en).contains("line 1") == true)
    // The same answer twice is harmless.
    #expect((try? Decisions(parsing: "R-1 merge\nR-1 merge\n", file: "d.txt")) != nil)
  }

  /// The largest answer taken, and how an answer is written back in a message.
  @Test func amountsUpToOneHundredMillionYuan() throws {
    let d = try Decisions(parsing: "R-1 amount 100000000\nR-2 amount 0.5\nR-3 keep a.csv:2\n", file: "d.txt")
    #expect(d["R-1"] == .amount(Money(yuan: 100_000_000)))
    #expect(d["R-2"] == .amount(Money(fen: 50)))
    #expect(["R-1", "R-2", "R-3"].map { d.byID[$0]?.description } == ["amount 100000000.00", "amount 0.50", "keep a.csv:2"])
  }

  @Test func readsWindowsLineEnds() throws {
    let d = try Decisions(parsing: "R-000000000001 merge\r\nR-000000000002 apart\r\n", file: "d.txt")
    #expect(d["R-000000000001"] == .merge)
    #expect(d["R-000000000002"] == .apart)
  }

  @Test(arguments: [
    "R-1 merg", "R-1 keep nowhere", "R-1 amount 3.501", "R-1",
    // An amount in pieces or beyond reason is never cut or wrapped: 3,500.00 is not 3.00.
    "R-1 amount 3,500.00", "R-1 amount 3 500", "R-1 amount 92233720368547758", "R-1 amount 100000000.01",
    "R-1 amount +5", "R-1 amount 5.+1", "R-1 keep my books/a.txt:3", "R-1 amount 0", "R-1 amount 0.00",
  ])
  func rejectsBadLinesWithTheirLine(_ line: String) {
    let error = #expect(throws: Diagnostic.self) {
      try Decisions(parsing: "# ok\n" + line, file: "d.txt")
    }
    #expect(error?.line == 2)
    #expect(error?.render(.zh).hasPrefix("d.txt:2: 错误: ") == true)
  }

  @Test func reviewIDsAreStableHashes() {
    let a = ReviewItem.makeID(type: .duplicate, subject: ["a.txt:1", "b.csv:3"])
    #expect(a == ReviewItem.makeID(type: .duplicate, subject: ["a.txt:1", "b.csv:3"]))
    #expect(a != ReviewItem.makeID(type: .conflict, subject: ["a.txt:1", "b.csv:3"]))
    #expect(a.count == 14 && a.hasPrefix("R-"))
    #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
    // One character apart → ids apart in their leading digits too.
    let x = StableHash.hex("fixtures/a.txt:12", digits: 12)
    let y = StableHash.hex("fixtures/a.txt:13", digits: 12)
    #expect(x.prefix(6) != y.prefix(6))
  }
}
