import Foundation
import QingzhangModel

/// What a spreadsheet column holds.
public enum SheetField: String, CaseIterable, Sendable, Hashable {
  case date
  /// 三栏式 ledgers split the date into 月 and 日 columns; the year comes from the title.
  case month
  case day
  case customer
  case goods
  case quantity
  case unitPrice = "unit_price"
  /// 金额: the row's amount (a debt unless a 类型 column says otherwise); checked against 数量×单价.
  case amount
  /// 借方/应收/欠款: the receivable goes up.
  case debit
  /// 贷方/已收/还款: the receivable goes down.
  case credit
  /// 折让/抹零: goes down too.
  case discount
  /// 余额: the running balance after the row.
  case balance
  /// 借或贷: the side of the balance (贷 = the shop owes the customer).
  case direction
  case phone
  case remark
  case dueDate = "due_date"
  /// 单据类型: 销售单 / 收款单 / 退货单 / 期初.
  case docType = "doc_type"
  /// 单号/单据编号: rows of one document share it (tells a merged 客户 cell from a forgotten one).
  case docNumber = "doc_number"
  /// A known column that is not used (序号, 单据编号 …).
  case ignore

  /// Whether the column holds money (scaled by a 万元 unit).
  var isMoney: Bool {
    switch self {
    case .amount, .debit, .credit, .discount, .balance: return true
    default: return false
    }
  }
}

/// The words of spreadsheets: column names, title keys, summary-row words. Loaded from
/// `mappings/columns.json` (documented in mappings/README.md).
public struct ColumnVocabulary: Sendable {
  /// Normalised header text → field.
  public var synonyms: [String: SheetField] = [:]
  /// Used only when no other column gives the field and the header has no 数量 column
  /// (`单位` is a customer in a 往来 sheet but the unit of measure in a goods list).
  public var weakSynonyms: [String: SheetField] = [:]
  /// Unit word → yuan per unit (`万元` → 10000).
  public var units: [String: Int64] = [:]
  public var titleCustomerKeys: [String] = []
  public var titlePhoneKeys: [String] = []
  public var titleUnitKeys: [String] = []
  /// Title keys whose dates never give the sheet's year (`打印日期`).
  public var titleNoYearKeys: [String] = []
  public var footerWords: [String] = []
  public var carriedForwardWords: [String] = []
  public var pageCarryWords: [String] = []
  public var totalWords: [String] = []
  public var commentPrefixes: [String] = []
  public var paymentTypes: [String] = []
  public var returnTypes: [String] = []
  public var openingTypes: [String] = []
  /// Words of a 摘要 that make a row with only a balance a reconciliation with the customer
  /// (`对账签字确认`): the row keeps its date, which limitation may turn on. Found anywhere in
  /// the cell.
  public var acknowledgementWords: [String] = []
  /// Words of a 摘要/品名/备注 cell that say what a row is (`summaryWords` in columns.json): a
  /// payment (`还款`), a return (`退货`), a void row (`作废`), a debt settled (`已还清`). Matched
  /// as a whole part of the cell (between blanks and punctuation), or at the start of a part
  /// followed by a figure (`还款200`); a part right after a negation (`未`, `没`) is not.
  public var summaryPaymentWords: [String] = []
  public var summaryReturnWords: [String] = []
  public var summaryVoidWords: [String] = []
  public var summarySettledWords: [String] = []
  public var summaryNegations: [String] = []
  public var creditDirections: [String] = []
  public var zeroDirections: [String] = []
  /// Second header rows under merged cells (`借方` over `发生 / 已结 / 未结`): the sub-columns
  /// that hold the amount of the movement itself (normalised header keys).
  public var subHeaderMovementKeys: Set<String> = []
  /// Every label a second header row may hold (the movement ones included).
  public var subHeaderLabelKeys: Set<String> = []

  public init() {}

  struct File: Decodable {
    var fields: [String: [String]]
    var weakFields: [String: [String]]?
    var units: [String: Int64]
    var titleKeys: [String: [String]]
    var rowWords: [String: [String]]
    var commentPrefixes: [String]
    var docTypes: [String: [String]]
    var directions: [String: [String]]
    var subHeaders: [String: [String]]?
    var acknowledgements: [String]?
    var summaryWords: [String: [String]]?
  }

  /// Loads `columns.json` from the mappings folder.
  public static func load(mappingsDirectory: String) throws(Diagnostic) -> ColumnVocabulary {
    let path = (mappingsDirectory as NSString).appendingPathComponent("columns.json")
    let file: File
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      file = try JSONDecoder().decode(File.self, from: data)
    } catch {
      throw Diagnostic(file: path, Note(ReadMessage.badColumnsFile, "\(error)"))
    }
    var v = ColumnVocabulary()
    for (name, words) in file.fields.sorted(by: { $0.key < $1.key }) {
      guard let field = SheetField(rawValue: name) else {
        throw Diagnostic(file: path, Note(ReadMessage.badColumnsFile, "fields.\(name)"))
      }
      for w in words { v.synonyms[normaliseHeader(w).key] = field }
    }
    for (name, words) in (file.weakFields ?? [:]).sorted(by: { $0.key < $1.key }) {
      guard let field = SheetField(rawValue: name) else {
        throw Diagnostic(file: path, Note(ReadMessage.badColumnsFile, "weakFields.\(name)"))
      }
      for w in words { v.weakSynonyms[normaliseHeader(w).key] = field }
    }
    v.units = file.units
    v.titleCustomerKeys = file.titleKeys["customer"] ?? []
    v.titlePhoneKeys = file.titleKeys["phone"] ?? []
    v.titleUnitKeys = file.titleKeys["unit"] ?? []
    v.titleNoYearKeys = file.titleKeys["noYear"] ?? []
    v.footerWords = file.rowWords["footer"] ?? []
    v.carriedForwardWords = file.rowWords["carriedForward"] ?? []
    v.pageCarryWords = file.rowWords["pageCarry"] ?? []
    v.totalWords = file.rowWords["total"] ?? []
    v.commentPrefixes = file.commentPrefixes
    v.paymentTypes = file.docTypes["payment"] ?? []
    v.returnTypes = file.docTypes["return"] ?? []
    v.openingTypes = file.docTypes["opening"] ?? []
    v.acknowledgementWords = (file.acknowledgements ?? []).filter { !$0.isEmpty }
    let summary = file.summaryWords ?? [:]
    for key in summary.keys.sorted() where !["payment", "return", "void", "settled", "negations"].contains(key) {
      throw Diagnostic(file: path, Note(ReadMessage.badColumnsFile, "summaryWords.\(key)"))
    }
    v.summaryPaymentWords = (summary["payment"] ?? []).filter { !$0.isEmpty }
    v.summaryReturnWords = (summary["return"] ?? []).filter { !$0.isEmpty }
    v.summaryVoidWords = (summary["void"] ?? []).filter { !$0.isEmpty }
    v.summarySettledWords = (summary["settled"] ?? []).filter { !$0.isEmpty }
    v.summaryNegations = (summary["negations"] ?? []).filter { !$0.isEmpty }
    v.creditDirections = file.directions["credit"] ?? []
    v.zeroDirections = file.directions["zero"] ?? []
    v.subHeaderMovementKeys = Set((file.subHeaders?["movement"] ?? []).map { normaliseHeader($0).key })
    v.subHeaderLabelKeys = v.subHeaderMovementKeys.union((file.subHeaders?["other"] ?? []).map { normaliseHeader($0).key })
    return v
  }

  /// A header cell reduced for matching: blanks removed, full-width brackets and colons folded,
  /// a leading `*` dropped, and a unit in brackets split off: `金额（万元）` → (`金额`, `万元`),
  /// `金额/元` → (`金额`, `元`).
  public static func normaliseHeader(_ text: String) -> (key: String, unit: String?) {
    var s = ""
    for ch in text.unicodeScalars {
      switch ch {
      case " ", "\t", "\u{3000}", "\u{A0}", "\r", "\n", "\u{FEFF}", "\u{200B}": continue
      case "（", "【", "[": s.unicodeScalars.append("(")
      case "）", "】", "]": s.unicodeScalars.append(")")
      case "：": s.unicodeScalars.append(":")
      case "／": s.unicodeScalars.append("/")
      default: s.unicodeScalars.append(ch)
      }
    }
    while s.hasPrefix("*") { s.removeFirst() }
    var unit: String? = nil
    if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
      var inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
      if inner.hasPrefix("单位:") { inner.removeFirst(3) }
      let key = String(s[..<open])
      if !key.isEmpty {
        unit = inner
        s = key
      }
    } else if let slash = s.lastIndex(of: "/"), s.hasSuffix("元") {
      let key = String(s[..<slash])
      if !key.isEmpty {
        unit = String(s[s.index(after: slash)...])
        s = key
      }
    }
    return (s, unit)
  }

  /// The field of a header cell (strong synonyms only).
  public func field(forHeader text: String) -> SheetField? {
    synonyms[ColumnVocabulary.normaliseHeader(text).key]
  }

  /// Yuan per unit of a unit word (`万元` → 10000), nil when unknown.
  public func yuanPerUnit(_ word: String) -> Int64? {
    units[word]
  }

  /// Where a 摘要 cell is cut into parts: blanks and punctuation.
  static let summarySeparators: Set<Character> = [
    " ", "\t", "\u{3000}", "\u{A0}", ",", "，", "、", ";", "；", ":", "：", "(", ")", "（", "）", "[", "]", "【", "】",
    "/", "／", "-", "—", ".", "。", "!", "！", "?", "？", "\"", "“", "”", "'", "‘", "’", "<", ">", "《", "》",
  ]

  /// What a 摘要 word says a row is.
  enum SummaryWord: Int {
    case void = 1
    case settled = 2
    case returned = 3
    case payment = 4
  }

  /// The first summary word of `text` (void before settled before return before payment) and
  /// the word; nil when none. The cell is cut into parts at blanks and punctuation; a word
  /// counts when it is a whole part, or starts one followed by a figure (`还款200`), and the
  /// part before does not end with a negation (`没 还款`). `还款期限3个月`, `未还款`, `欠款`
  /// give nothing.
  func summaryWord(_ text: String) -> (SummaryWord, String)? {
    if summaryPaymentWords.isEmpty && summaryReturnWords.isEmpty && summaryVoidWords.isEmpty
      && summarySettledWords.isEmpty
    {
      return nil
    }
    let parts = text.split(whereSeparator: { ColumnVocabulary.summarySeparators.contains($0) })
    var best: (SummaryWord, String)? = nil
    for (k, part) in parts.enumerated() {
      if k > 0, summaryNegations.contains(where: { parts[k - 1].hasSuffix($0) }) { continue }
      for (kind, words) in [
        (SummaryWord.void, summaryVoidWords), (.settled, summarySettledWords), (.returned, summaryReturnWords),
        (.payment, summaryPaymentWords),
      ] {
        if let b = best, b.0.rawValue <= kind.rawValue { break }
        for w in words where part.hasPrefix(w) {
          let rest = part.dropFirst(w.count)
          if rest.isEmpty || rest.first.map({ $0.isASCII && $0.isNumber || $0 == "¥" || $0 == "￥" }) == true {
            best = (kind, w)
            break
          }
        }
      }
    }
    return best
  }

  func keywordMatcher() -> KeywordMatcher {
    KeywordMatcher(groups: [footerWords, carriedForwardWords, pageCarryWords, totalWords])
  }
}

/// A row category found by keywords (the order of `keywordMatcher`'s groups).
enum RowWordCategory: Int {
  case footer = 0
  case carriedForward = 1
  case pageCarry = 2
  case total = 3
}
