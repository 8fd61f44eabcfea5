import Foundation
import QingzhangModel

/// Column indices of the fields of one sheet (-1: no such column).
struct SheetColumns {
  var index = [Int](repeating: -1, count: SheetField.allCases.count)

  subscript(_ f: SheetField) -> Int {
    get { index[SheetColumns.slot(f)] }
    set { index[SheetColumns.slot(f)] = newValue }
  }

  static func slot(_ f: SheetField) -> Int {
    switch f {
    case .date: return 0
    case .month: return 1
    case .day: return 2
    case .customer: return 3
    case .goods: return 4
    case .quantity: return 5
    case .unitPrice: return 6
    case .amount: return 7
    case .debit: return 8
    case .credit: return 9
    case .discount: return 10
    case .balance: return 11
    case .direction: return 12
    case .phone: return 13
    case .remark: return 14
    case .dueDate: return 15
    case .docType: return 16
    case .ignore: return 17
    case .docNumber: return 18
    }
  }
}

/// Turns the rows of one spreadsheet into records: finds the header below any title rows, maps
/// the columns, then reads each row (debt / payment / total / carried forward / footer …) and
/// checks running balances, totals and 数量×单价.
final class SheetInterpreter {
  enum Phase {
    case seeking
    case data
    case noHeader
    case noAmount
  }

  struct HeldRow {
    var line: Int
    var cells: [String]
    var raw: String
    var badLine: Int
    var badHex: String
  }

  /// The header must be among the first rows.
  static let headerSearchLimit = 30

  let path: String
  let vocab: ColumnVocabulary
  let layouts: [SheetLayout]
  private let matcher: KeywordMatcher
  private let commentPrefixes: [[UInt8]]
  private let titleCustomerKeys: Set<String>
  private let titlePhoneKeys: Set<String>
  private let titleUnitKeys: Set<String>
  private let titleNoYearKeys: Set<String>
  private let paymentTypes: [[UInt8]]
  private let returnTypes: [[UInt8]]
  private let openingTypes: [[UInt8]]
  private let creditDirections: [[UInt8]]
  private let zeroDirections: [[UInt8]]

  @exclusivity(unchecked) private(set) var phase = Phase.seeking
  @exclusivity(unchecked) private(set) var diagnostics: [Diagnostic] = []
  @exclusivity(unchecked) private var held: [HeldRow] = []

  // From the header and the titles.
  @exclusivity(unchecked) private(set) var columns = SheetColumns()
  /// A column whose header is not known: its cells are watched for figures, so that money in it
  /// is said, not dropped without a word.
  struct UnknownColumn {
    var index: Int
    var name: String
    var figures: Int
    var filled: Int
    var firstLine: Int
  }
  @exclusivity(unchecked) private var unknownColumns: [UnknownColumn] = []
  /// The unknown columns of the header `mapColumns` read last (taken when it is adopted).
  @exclusivity(unchecked) private var mappedUnknown: [UnknownColumn] = []
  /// The line of the header being read by (0: none, or a layout without a header row).
  @exclusivity(unchecked) private var headerLine = 0
  /// Tables side by side in the sheet: their columns and a reader each (empty: one table).
  @exclusivity(unchecked) private var tables: [(columns: Range<Int>, reader: SheetInterpreter)] = []
  /// The columns as the header row maps them (before a second header row moves any).
  @exclusivity(unchecked) private var mappedColumns = SheetColumns()
  @exclusivity(unchecked) private var fenPerUnit: [Int64] = []
  /// The header's cells while the row after it may be a second header row (merged cells).
  @exclusivity(unchecked) private var topHeader: [String]? = nil
  @exclusivity(unchecked) private var headerCells: [[UInt8]] = []
  /// The number of fields of a row, once the header is known (0 before).
  var headerWidth: Int { phase == .data || phase == .noAmount ? headerCells.count : 0 }
  /// The sheet has a header row (not a layout read by position): a data row may not go beyond it.
  @exclusivity(unchecked) private var hasHeaderRow = false
  /// Cells where 合计/上年结转 words are looked for (besides the first non-empty one).
  @exclusivity(unchecked) private var wordColumns: [Int] = []
  /// Cells compared with the header to spot a repeated header row.
  @exclusivity(unchecked) private var repeatColumns: [Int] = []
  @exclusivity(unchecked) private(set) var layout: SheetLayout?
  @exclusivity(unchecked) private var dateOrder: ByteDate.Order?
  @exclusivity(unchecked) private(set) var titleYear: Int?
  @exclusivity(unchecked) private(set) var titleCustomer: String?
  @exclusivity(unchecked) private var titlePhone = ""
  @exclusivity(unchecked) private var titleYuanPerUnit: Int64?

  // Running state.
  @exclusivity(unchecked) private var blockCustomer: String?
  /// The customer of the data row above (empty after a total or a customer title row), and what
  /// that row showed of its document: an empty 客户 cell below it is only taken as a merged cell
  /// when the row shares its document, its merged date or its running balance.
  @exclusivity(unchecked) private var lastCustomer = ""
  @exclusivity(unchecked) private var lastCustomerSlot = -1
  @exclusivity(unchecked) private var lastDocNumber: [UInt8] = []
  @exclusivity(unchecked) private var lastDateCell: [UInt8] = []
  @exclusivity(unchecked) private var lastDay: Day?
  /// Running balance per customer, by the slot of the name in `names`.
  @exclusivity(unchecked) private var balanceBySlot: [Int64?] = []
  /// Names too long to intern.
  @exclusivity(unchecked) private var balanceByName: [String: Int64] = [:]
  @exclusivity(unchecked) private var names = TextTable()
  @exclusivity(unchecked) private var goodsTexts = TextTable()
  @exclusivity(unchecked) private var sinceTotal = (debit: Int64(0), credit: Int64(0), rows: 0)
  /// The figures of 承前页/期初余额 rows since the last total and in all (a 累计 total counts
  /// them, a 本页合计 does not), by column: a balance alone counts on its side.
  @exclusivity(unchecked) private var carriedSinceTotal = (debit: Int64(0), credit: Int64(0))
  @exclusivity(unchecked) private var carriedAll = (debit: Int64(0), credit: Int64(0))
  /// Customers (by name slot, or by name when too long to intern) with a row read in a sheet
  /// with a 余额 column: only the first row of a customer implies an opening balance.
  @exclusivity(unchecked) private var seenBySlot: [Bool] = []
  @exclusivity(unchecked) private var seenByName: Set<String> = []
  /// The 余额 of the last row that stated one, whoever's: a balance that goes on from it is the
  /// sheet's, not the customer's, and implies no opening.
  @exclusivity(unchecked) private var lastStatedBalance: Int64? = nil
  @exclusivity(unchecked) private var allRows = (debit: Int64(0), credit: Int64(0), rows: 0)
  @exclusivity(unchecked) private var yearlessYear: Int?
  @exclusivity(unchecked) private var lastYearlessMonth = 0
  @exclusivity(unchecked) private var rowsWithoutCustomer = 0
  @exclusivity(unchecked) private var rowsWithCustomer = 0

  /// The file's name, and a year written in it (`2023客户欠款.csv`): the year of dates written
  /// without one when the title gives none, as for IOU lists.
  private let fileName: String
  private let fileYear: Int?

  init(path: String, vocabulary: ColumnVocabulary, layouts: [SheetLayout]) {
    self.path = path
    fileName = path.split(separator: "/").last.map(String.init) ?? path
    fileYear = IOUListReader.year(inFileName: fileName)
    vocab = vocabulary
    self.layouts = layouts
    matcher = vocabulary.keywordMatcher()
    commentPrefixes = vocabulary.commentPrefixes.map { Array($0.utf8) }
    titleCustomerKeys = Set(vocabulary.titleCustomerKeys.map { ColumnVocabulary.normaliseHeader($0).key })
    titlePhoneKeys = Set(vocabulary.titlePhoneKeys.map { ColumnVocabulary.normaliseHeader($0).key })
    titleUnitKeys = Set(vocabulary.titleUnitKeys.map { ColumnVocabulary.normaliseHeader($0).key })
    titleNoYearKeys = Set(vocabulary.titleNoYearKeys.map { ColumnVocabulary.normaliseHeader($0).key })
    paymentTypes = vocabulary.paymentTypes.map { Array($0.utf8) }
    returnTypes = vocabulary.returnTypes.map { Array($0.utf8) }
    openingTypes = vocabulary.openingTypes.map { Array($0.utf8) }
    creditDirections = vocabulary.creditDirections.map { Array($0.utf8) }
    zeroDirections = vocabulary.zeroDirections.map { Array($0.utf8) }
  }

  // MARK: rows

  /// One non-blank row starting at physical line `line`.
  func row(
    _ r: RowBuffer, line: Int, raw: [UInt8], badLine: Int, badHex: String, emit: (Record) -> Void
  ) {
    switch phase {
    case .seeking:
      seek(r, line: line, raw: raw, badLine: badLine, badHex: badHex, emit: emit)
    case .data:
      if !badHex.isEmpty {
        emit(rejected(line, ByteCell.string(raw), Note(ReadMessage.invalidBytes, String(badLine), badHex)))
        return
      }
      if let top = topHeader {
        topHeader = nil
        if let notes = secondHeaderRow(r, top: top) {
          emit(skipped(line, ByteCell.string(raw), notes))
          return
        }
      }
      if !tables.isEmpty {
        rowByTable(r, line: line, raw: raw, emit: emit)
        return
      }
      if newHeader(r, line: line, raw: raw, emit: emit) { return }
      dataRow(r, line: line, raw: raw, emit: emit)
    case .noHeader:
      emit(rejected(line, ByteCell.string(raw), Note(ReadMessage.noHeaderRow)))
    case .noAmount:
      if badHex.isEmpty && newHeader(r, line: line, raw: raw, emit: emit) { return }
      emit(rejected(line, ByteCell.string(raw), Note(ReadMessage.noAmountColumnRow)))
    }
  }

  /// A row of tables side by side: each table reads its own cells (a table whose cells are all
  /// empty in this row gives nothing); the records of the row are numbered on across tables.
  private func rowByTable(_ r: RowBuffer, line: Int, raw: [UInt8], emit: (Record) -> Void) {
    var base = 0
    for (k, t) in tables.enumerated() {
      r.offset = t.columns.lowerBound
      r.limit = k == tables.count - 1 ? Int.max : t.columns.count
      if r.isBlank { continue }
      var next = base
      t.reader.row(r, line: line, raw: raw, badLine: 0, badHex: "") { rec in
        var rec = rec
        rec.part += base
        next = max(next, rec.part + 1)
        emit(rec)
      }
      base = next
    }
    r.offset = 0
    r.limit = Int.max
  }

  func finish(emit: (Record) -> Void) -> [Diagnostic] {
    if phase == .seeking && !held.isEmpty { settleHeader(emit) }
    reportUnknownFigures()
    for t in tables { diagnostics += t.reader.finish(emit: emit) }
    if rowsWithoutCustomer > 0 && rowsWithCustomer == 0 {
      // A customer column that is there but empty in every row is not a missing column.
      let note = columns[.customer] >= 0 ? Note(ReadMessage.customerColumnEmpty) : Note(ReadMessage.noCustomerColumn)
      diagnostics.append(Diagnostic(file: path, note))
    }
    return diagnostics
  }

  private func rejected(_ line: Int, _ raw: String, _ notes: Note...) -> Record {
    Record(source: SourceRef(path: path, line: line), origin: .sheet, kind: .rejected, raw: raw, notes: notes)
  }

  private func skipped(
    _ line: Int, _ raw: String, name: String = "", date: Day? = nil, checkAmount: Money? = nil,
    check: CheckKind = .none, _ notes: [Note]
  ) -> Record {
    Record(
      source: SourceRef(path: path, line: line), origin: .sheet, kind: .skipped, name: name, date: date,
      raw: raw, notes: notes, checkAmount: checkAmount, check: check)
  }

  // MARK: finding the header

  private func seek(
    _ r: RowBuffer, line: Int, raw: [UInt8], badLine: Int, badHex: String, emit: (Record) -> Void
  ) {
    let cells = (0..<r.count).map { r.fieldString($0) }
    let held = HeldRow(line: line, cells: cells, raw: ByteCell.string(raw), badLine: badLine, badHex: badHex)
    // A layout for sheets without a header row: data starts after its skipRows.
    if let noHeader = layouts.first(where: { $0.headerRow == 0 }) {
      if self.held.count < noHeader.skipRows {
        self.held.append(held)
        return
      }
      adopt(layout: noHeader, header: nil, emit: emit)
      row(r, line: line, raw: raw, badLine: badLine, badHex: badHex, emit: emit)
      return
    }
    if badHex.isEmpty, let choice = headerChoice(cells, line: line) {
      // A row of known words without a money column (`客户名称,张记五金,联系电话,138…`: a
      // key/value title) is the header only when no row below it within reach has one.
      let named = choice.map { !$0.header.isEmpty || $0.headerRow != nil } ?? false
      if named || mapsMoney(cells, layout: choice) {
        adopt(layout: choice, header: held, emit: emit)
        return
      }
      if provisional == nil { provisional = (choice, self.held.count) }
    }
    self.held.append(held)
    if self.held.count >= SheetInterpreter.headerSearchLimit { settleHeader(emit) }
  }

  /// A header row that maps no money column, held while a later row may be the real header:
  /// the layout it would be read with and its place in `held`.
  @exclusivity(unchecked) private var provisional: (choice: SheetLayout?, index: Int)? = nil

  /// Whether a header row maps a money column (an amount, a debit, a credit or a discount).
  private func mapsMoney(_ cells: [String], layout: SheetLayout?) -> Bool {
    let extra = layouts.first { $0.header.isEmpty && $0.headerRow == nil }
    return cells.contains { c in
      let k = ColumnVocabulary.normaliseHeader(c).key
      guard !k.isEmpty, let f = layout?.columns[k] ?? extra?.columns[k] ?? vocab.synonyms[k] else { return false }
      return [SheetField.amount, .debit, .credit, .discount].contains(f)
    }
  }

  /// No header with a money column within reach: the row held as a header without one is the
  /// header after all (its rows are then refused, `no-amount-column`); with none, no header.
  private func settleHeader(_ emit: (Record) -> Void) {
    guard let p = provisional else {
      giveUp(emit)
      return
    }
    provisional = nil
    let rest = Array(held[(p.index + 1)...])
    let header = held[p.index]
    held.removeSubrange(p.index...)
    adopt(layout: p.choice, header: header, emit: emit)
    // The rows held below it are read now, by it.
    let buffer = RowBuffer()
    for h in rest {
      buffer.reset()
      for c in h.cells {
        var c = c
        c.withUTF8 { buffer.store.pointee.appendField(UnsafeRawPointer($0.baseAddress), $0.count) }
      }
      buffer.store.pointee.complete = true
      row(buffer, line: h.line, raw: Array(h.raw.utf8), badLine: h.badLine, badHex: h.badHex, emit: emit)
    }
  }

  /// A row with a date, an amount and something else (a name, a word): a record, not a title.
  static func looksLikeData(_ cells: [String]) -> Bool {
    let filled = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard filled.count >= 3 else { return false }
    guard let d = filled.firstIndex(where: { c in c.contains(where: \.isNumber) && DateParser.parse(c).day != nil }) else {
      return false
    }
    return filled.indices.contains { k in
      k != d && filled[k].contains(where: \.isNumber) && (AmountParser.parse(filled[k]).fen.map { $0 != 0 } ?? false)
    }
  }

  /// Nil when `cells` is not a header; else the layout to read with (nil: synonyms only).
  private func headerChoice(_ cells: [String], line: Int) -> SheetLayout?? {
    let keys = cells.map { ColumnVocabulary.normaliseHeader($0).key }
    let keySet = Set(keys)
    for l in layouts {
      if let row = l.headerRow, row > 0 {
        if row == line { return .some(l) }
        continue
      }
      if !l.header.isEmpty && l.header.allSatisfy({ keySet.contains($0) }) { return .some(l) }
    }
    let extra = layouts.first { $0.header.isEmpty && $0.headerRow == nil }
    var known = 0
    var nonEmpty = 0
    for k in keys where !k.isEmpty {
      nonEmpty += 1
      if extra?.columns[k] != nil || vocab.synonyms[k] != nil || vocab.weakSynonyms[k] != nil { known += 1 }
    }
    if known >= 2 && known * 2 >= nonEmpty { return .some(extra) }
    return nil
  }

  private func giveUp(_ emit: (Record) -> Void) {
    diagnostics.append(Diagnostic(file: path, Note(ReadMessage.noHeader)))
    for h in held {
      if !h.badHex.isEmpty {
        emit(rejected(h.line, h.raw, Note(ReadMessage.invalidBytes, String(h.badLine), h.badHex)))
      } else {
        emit(rejected(h.line, h.raw, Note(ReadMessage.noHeaderRow)))
      }
    }
    held = []
    phase = .noHeader
  }

  /// The column ranges of tables side by side in one header row: a table starts again where the
  /// customer or the date column comes a second time (and the columns right before it that
  /// repeat too). Nil for one table, or when a part would have no money column or neither a
  /// customer nor a date (`日期,客户,客户名称,金额` is one table with a repeated column).
  private func tableRanges(_ cells: [String]) -> [Range<Int>]? {
    let extra = layouts.first { $0.header.isEmpty && $0.headerRow == nil }
    let fields: [SheetField?] = cells.map { c in
      let k = ColumnVocabulary.normaliseHeader(c).key
      return k.isEmpty ? nil : (extra?.columns[k] ?? vocab.synonyms[k])
    }
    var starts = [0]
    var seen: Set<SheetField> = []
    for j in fields.indices {
      guard let f = fields[j] else { continue }
      if (f == .customer || f == .date) && seen.contains(f), let start = starts.last {
        var b = j
        while b - 1 > start, let g = fields[b - 1], fields[start..<(b - 1)].contains(g) { b -= 1 }
        starts.append(b)
        seen = Set(fields[b...j].compactMap { $0 })
        continue
      }
      seen.insert(f)
    }
    guard starts.count > 1 else { return nil }
    let ranges = zip(starts, starts.dropFirst() + [cells.count]).map { $0..<$1 }
    for range in ranges {
      let have = Set(fields[range].compactMap { $0 })
      guard have.contains(.customer) || have.contains(.date),
        !have.isDisjoint(with: [SheetField.amount, .debit, .credit, .discount])
      else { return nil }
    }
    return ranges
  }

  /// Starts the reader of one of several tables side by side: `cells` are its header cells.
  private func startTable(_ cells: [String], line: Int, parent p: SheetInterpreter) {
    titleYear = p.titleYear
    titleCustomer = p.titleCustomer
    titlePhone = p.titlePhone
    titleYuanPerUnit = p.titleYuanPerUnit
    var notes: [Note] = []
    mapColumns(cells, layout: nil, notes: &notes)
    takeUnknownColumns(line: line)
    hasHeaderRow = true
    let hasMoney = [SheetField.amount, .debit, .credit, .discount].contains { columns[$0] >= 0 }
    phase = hasMoney ? .data : .noAmount
  }

  /// Notes the figures of columns whose header is not known (`微信`, `件数`): a nonzero amount
  /// there may be money the sheet's known columns do not hold.
  private func watchUnknownColumns(_ r: RowBuffer, line: Int, notes: inout [Note]) {
    for k in unknownColumns.indices {
      let cell = r.field(unknownColumns[k].index)
      if cell.isEmpty { continue }
      unknownColumns[k].filled += 1
      guard case .value(let d) = ByteDecimal.parse(cell, maxFraction: 2), let fen = d.fen(fenPerUnit: 100), fen != 0
      else { continue }
      unknownColumns[k].figures += 1
      if unknownColumns[k].firstLine == 0 { unknownColumns[k].firstLine = line }
      notes.append(Note(ReadMessage.unknownColumnFigure, unknownColumns[k].name, ByteCell.string(cell)))
    }
  }

  /// A warning for each column of the header being left whose cells were mostly figures.
  /// Reads by the header `mapColumns` mapped last, at `line`: the columns it did not know are
  /// watched from here on (those of the header before are reported).
  private func takeUnknownColumns(line: Int) {
    reportUnknownFigures()
    unknownColumns = mappedUnknown
    headerLine = line
  }

  private func reportUnknownFigures() {
    for c in unknownColumns where c.figures > 0 && c.figures * 2 >= c.filled {
      diagnostics.append(
        Diagnostic(
          file: path, line: headerLine,
          Note(ReadMessage.unknownMoneyColumn, c.name, String(c.figures), String(c.firstLine))))
    }
    unknownColumns = []
  }

  /// A header row below the data that maps the columns another way (a second table: `日期,客户,
  /// 还款` under `日期,客户,欠款`; columns reordered or added): the rows below it are read by it.
  /// A row that maps them the same way is a repeated page header (`classify`). Only rows with no
  /// digit at all are looked at, so data rows cost a byte scan.
  private func newHeader(_ r: RowBuffer, line: Int, raw: [UInt8], emit: (Record) -> Void) -> Bool {
    guard hasHeaderRow else { return false }
    for i in 0..<r.count {
      for c in r.field(i) where c >= 0x30 && c <= 0x39 { return false }
    }
    let cells = (0..<r.count).map { r.fieldString($0) }
    guard let choice = headerChoice(cells, line: line) else { return false }
    let saved = (columns, fenPerUnit, wordColumns, repeatColumns, headerCells, mappedColumns)
    var notes: [Note] = []
    mapColumns(cells, layout: choice ?? layout, notes: &notes)
    if mappedColumns.index == saved.5.index && fenPerUnit == saved.1 {
      // The same columns: a repeated header, said so by `classify`.
      (columns, fenPerUnit, wordColumns, repeatColumns, headerCells, mappedColumns) = saved
      return false
    }
    takeUnknownColumns(line: line)
    if let choice {
      layout = choice
      dateOrder = choice.dateOrder.map { ByteDate.Order(rawValue: $0.rawValue) ?? .ymd }
      notes.insert(Note(ReadMessage.headerLayout, choice.name), at: 0)
    }
    let used = cells.enumerated().filter { i, c in !c.isEmpty && columns.index.contains(i) }.map { $0.1 }
    notes.insert(Note(ReadMessage.headerChanged, String(line)), at: 0)
    notes.insert(Note(ReadMessage.headerRow, SheetInterpreter.quotedList(used)), at: 0)
    emit(skipped(line, ByteCell.string(raw), notes))
    topHeader = cells
    // Totals, merged cells and dates go by table.
    sinceTotal = (0, 0, 0)
    carriedSinceTotal = (0, 0)
    lastCustomer = ""
    lastDay = nil
    lastDocNumber.removeAll(keepingCapacity: true)
    lastDateCell.removeAll(keepingCapacity: true)
    startData(cells, headerLine: line)
    return true
  }

  /// Takes the header (nil for a headerless layout): titles above it, column map, units.
  private func adopt(layout: SheetLayout?, header: HeldRow?, emit: (Record) -> Void) {
    self.layout = layout
    dateOrder = layout?.dateOrder.map { ByteDate.Order(rawValue: $0.rawValue) ?? .ymd }
    readTitles(held)
    for h in held {
      if !h.badHex.isEmpty {
        emit(rejected(h.line, h.raw, Note(ReadMessage.invalidBytes, String(h.badLine), h.badHex)))
      } else if let header, SheetInterpreter.looksLikeData(h.cells) {
        // `2023/1/1,张建国,上年结转,,,1200.00` above the header: a record whose columns nothing
        // names, refused with a question rather than skipped as a title.
        emit(rejected(h.line, h.raw, Note(ReadMessage.dataAboveHeader, String(header.line))))
      } else {
        var notes = [Note(ReadMessage.titleRow)]
        if let c = titleCustomer, h.cells.contains(where: { $0.contains(c) }) {
          notes = [Note(ReadMessage.customerTitleRow, c)]
        }
        emit(skipped(h.line, h.raw, notes))
      }
    }
    held = []
    var notes: [Note] = []
    let cells = header?.cells ?? []
    mapColumns(cells, layout: layout, notes: &notes)
    if let header, layout == nil, let ranges = tableRanges(cells) {
      // Tables side by side (`日期,客户,欠款,,日期,客户,还款`): one reader each, on its columns.
      hasHeaderRow = true
      tables = ranges.map { range in
        let t = SheetInterpreter(path: path, vocabulary: vocab, layouts: layouts)
        t.startTable(Array(cells[range]), line: header.line, parent: self)
        return (range, t)
      }
      let shown = ranges.map { "\($0.lowerBound + 1)–\($0.upperBound)" }.joined(separator: ", ")
      emit(
        skipped(
          header.line, header.raw,
          [Note(ReadMessage.headerRow, SheetInterpreter.quotedList(cells.filter { !$0.isEmpty })),
           Note(ReadMessage.tablesSideBySide, String(ranges.count), shown)]))
      phase = .data
      return
    }
    if let layout { notes.insert(Note(ReadMessage.headerLayout, layout.name), at: 0) }
    let headerLine = header?.line ?? 0
    takeUnknownColumns(line: headerLine)
    hasHeaderRow = header != nil
    if let header {
      let used = cells.enumerated().filter { i, c in !c.isEmpty && columns.index.contains(i) }.map { $0.1 }
      notes.insert(Note(ReadMessage.headerRow, SheetInterpreter.quotedList(used)), at: 0)
      emit(skipped(header.line, header.raw, notes))
      topHeader = cells
    }
    startData(cells, headerLine: headerLine)
  }

  private func mapColumns(_ cells: [String], layout: SheetLayout?, notes: inout [Note]) {
    let extra = layouts.first { $0.header.isEmpty && $0.headerRow == nil }
    var cols = SheetColumns()
    let width = max(cells.count, (layout?.positions.keys.max() ?? -1) + 1)
    var perUnit = [Int64](repeating: 100, count: width)
    var unknown: [String] = []
    var unknownIndex: [Int] = []
    var weak: [(Int, SheetField)] = []
    let normalised = cells.map { ColumnVocabulary.normaliseHeader($0) }
    let hasQuantity = normalised.contains { n in
      (layout?.columns[n.key] ?? extra?.columns[n.key] ?? vocab.synonyms[n.key]) == .quantity
    }
    let titleFen = (layout?.yuanPerUnit ?? titleYuanPerUnit ?? 1) * 100
    for i in 0..<width {
      let cell = i < cells.count ? cells[i] : ""
      let (key, unit) = i < normalised.count ? normalised[i] : ("", nil)
      var field = layout?.positions[i]
      if field == nil && !key.isEmpty {
        field = layout?.columns[key] ?? extra?.columns[key] ?? vocab.synonyms[key]
        if field == nil, let w = vocab.weakSynonyms[key] {
          weak.append((i, w))
          continue
        }
      }
      guard let field else {
        if !cell.isEmpty {
          unknown.append(cell)
          unknownIndex.append(i)
        }
        continue
      }
      if field == .ignore { continue }
      if cols[field] >= 0 {
        let earlier = cols[field] < cells.count ? cells[cols[field]] : "#\(cols[field] + 1)"
        notes.append(Note(ReadMessage.headerDuplicateColumn, cell.isEmpty ? "#\(i + 1)" : cell, earlier))
        continue
      }
      cols[field] = i
      if field.isMoney || field == .unitPrice {
        if let unit, let u = vocab.yuanPerUnit(unit) {
          perUnit[i] = u * 100
          if u != 1 { notes.append(Note(ReadMessage.headerUnit, "\(cell)：\(unit)")) }
        } else if field.isMoney {
          perUnit[i] = titleFen
        }
      }
    }
    for (i, w) in weak where cols[w] < 0 && !hasQuantity {
      cols[w] = i
    }
    if titleFen != 100 {
      let word = vocab.units.first { $0.value * 100 == titleFen }?.key ?? String(titleFen / 100)
      notes.append(Note(ReadMessage.headerUnit, word))
    }
    if !unknown.isEmpty { notes.append(Note(ReadMessage.headerUnknownColumns, SheetInterpreter.quotedList(unknown))) }
    mappedUnknown = zip(unknownIndex, unknown).map { i, name in
      UnknownColumn(index: i, name: name, figures: 0, filled: 0, firstLine: 0)
    }
    columns = cols
    mappedColumns = cols
    fenPerUnit = perUnit
    wordColumns = [cols[.date], cols[.customer], cols[.goods]].filter { $0 >= 0 }
    repeatColumns = [cols[.date], cols[.customer], cols[.goods], cols[.amount], cols[.debit], cols[.credit], cols[.balance]]
      .filter { $0 >= 0 && $0 < cells.count && !cells[$0].isEmpty }
    headerCells = (0..<width).map { i in i < cells.count ? Array(cells[i].utf8) : [] }
  }

  /// The row right after the header, when it is a second header row: every cell empty or one of
  /// the sub-column labels `columns.json` `subHeaders` lists, at least one under an empty header
  /// cell (a merged cell: `借方` over `发生 / 已结 / 未结`). A money column spanning several
  /// labelled sub-columns reads the one `subHeaders.movement` names (or its first, said so).
  /// Nil for an ordinary row.
  private func secondHeaderRow(_ r: RowBuffer, top: [String]) -> [Note]? {
    var cells: [String] = []
    var underMerged = false
    for i in 0..<r.count {
      let text = ByteCell.string(r.field(i))
      if !text.isEmpty {
        guard vocab.subHeaderLabelKeys.contains(ColumnVocabulary.normaliseHeader(text).key) else { return nil }
        if i >= top.count || top[i].isEmpty { underMerged = true }
      }
      cells.append(text)
    }
    guard underMerged else { return nil }
    // Its sub-columns may reach beyond the top row: rows are as wide as both.
    while headerCells.count < cells.count { headerCells.append([]) }
    var notes = [Note(ReadMessage.secondHeaderRow)]
    for field in [SheetField.amount, .debit, .credit, .balance] {
      let c = columns[field]
      guard c >= 0, c < cells.count, c < top.count else { continue }
      var end = c + 1
      while end < cells.count && (end >= top.count || top[end].isEmpty) { end += 1 }
      guard end - c > 1 else { continue }
      let labelled = (c..<end).filter { !cells[$0].isEmpty }
      guard let k = labelled.first(where: { vocab.subHeaderMovementKeys.contains(ColumnVocabulary.normaliseHeader(cells[$0]).key) })
      else {
        if let first = labelled.first {
          notes.append(Note(ReadMessage.secondHeaderNoMovement, top[c], cells[first]))
          move(field, from: c, to: first)
        }
        continue
      }
      move(field, from: c, to: k)
      notes.append(Note(ReadMessage.secondHeaderColumn, top[c], cells[k]))
    }
    return notes
  }

  /// Reads `field` from column `k` instead of `c`, with `c`'s unit (the header may be shorter).
  private func move(_ field: SheetField, from c: Int, to k: Int) {
    guard k != c else { return }
    while fenPerUnit.count <= k { fenPerUnit.append(100) }
    while headerCells.count <= k { headerCells.append([]) }
    fenPerUnit[k] = c < fenPerUnit.count ? fenPerUnit[c] : 100
    columns[field] = k
  }

  // MARK: titles

  private func readTitles(_ rows: [HeldRow]) {
    var yearCandidates: [Int] = []
    var dateYearCandidates: [Int] = []
    for row in rows where row.badHex.isEmpty {
      let cells = row.cells
      for (i, cell) in cells.enumerated() where !cell.isEmpty {
        if titleYuanPerUnit == nil { titleYuanPerUnit = unit(in: cell) }
        // `客户：张记五金  电话：138…`: key-value pairs separated by blanks.
        let segments = cell.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map {
          String($0).trimmingCharacters(in: CharacterSet(charactersIn: "()（）[]【】"))
        }
        var noYear = false
        for (k, segment) in segments.enumerated() {
          guard let colon = segment.firstIndex(where: { $0 == "：" || $0 == ":" }) else { continue }
          let key = ColumnVocabulary.normaliseHeader(String(segment[..<colon])).key
          var value = String(segment[segment.index(after: colon)...]).trimmingBlanks()
          if value.isEmpty {
            if k + 1 < segments.count {
              value = segments[k + 1]
            } else if i + 1 < cells.count {
              value = cells[i + 1].trimmingBlanks()
            }
          }
          if titleNoYearKeys.contains(key) { noYear = true }
          if value.isEmpty || vocab.yuanPerUnit(value) != nil { continue }
          if titleCustomerKeys.contains(key) || key == "单位" {
            titleCustomer = titleCustomer ?? value
          } else if titlePhoneKeys.contains(key), titlePhone.isEmpty {
            titlePhone = value.filter { $0.isASCII && $0.isNumber }
          }
        }
        // `客户名称,张记五金,联系电话,138…`: a key in one cell, its value in the next.
        if i + 1 < cells.count, !cell.contains(where: { $0 == "：" || $0 == ":" }) {
          let key = ColumnVocabulary.normaliseHeader(cell).key
          let value = cells[i + 1].trimmingBlanks()
          let valueKey = ColumnVocabulary.normaliseHeader(value).key
          if !value.isEmpty && vocab.yuanPerUnit(value) == nil && vocab.synonyms[valueKey] == nil
            && !titleCustomerKeys.contains(valueKey) && !titlePhoneKeys.contains(valueKey)
          {
            if titleCustomerKeys.contains(key) {
              titleCustomer = titleCustomer ?? value
            } else if titlePhoneKeys.contains(key), titlePhone.isEmpty {
              titlePhone = value.filter { $0.isASCII && $0.isNumber }
            }
          }
        }
        if !noYear {
          let (nian, dated) = SheetInterpreter.years(in: cell)
          yearCandidates += nian
          dateYearCandidates += dated
        }
      }
    }
    titleYear = yearCandidates.first ?? dateYearCandidates.first
  }

  /// `单位：万元` anywhere in a title cell → yuan per unit.
  private func unit(in cell: String) -> Int64? {
    let words = vocab.units.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    for key in vocab.titleUnitKeys {
      var rest = cell[...]
      while let r = rest.range(of: key) {
        var after = rest[r.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
        if let c = after.first, c == "：" || c == ":" { after = after.dropFirst().drop { $0 == " " } }
        for w in words where after.hasPrefix(w) { return vocab.units[w] }
        rest = rest[r.upperBound...]
      }
    }
    return nil
  }

  /// Four-digit years (1990–2099) in a title: those followed by 年, and those starting a date.
  static func years(in text: String) -> (nian: [Int], dated: [Int]) {
    let s = Array(text.unicodeScalars)
    var nian: [Int] = []
    var dated: [Int] = []
    var i = 0
    while i < s.count {
      guard s[i].properties.numericType != nil, s[i].isASCII else {
        i += 1
        continue
      }
      var j = i
      var v = 0
      while j < s.count, s[j].isASCII, let d = Int(String(s[j])) {
        v = v * 10 + d
        j += 1
      }
      if j - i == 4, (1990...2099).contains(v), j < s.count {
        if s[j] == "年" {
          nian.append(v)
        } else if s[j] == "-" || s[j] == "/" || s[j] == "." {
          dated.append(v)
        }
      }
      i = j
    }
    return (nian, dated)
  }

  // MARK: data rows

  private enum MoneyCell {
    case empty
    case value(Int64)
    case bad(String, [Note])
  }

  /// Set by `money` when it read a figure that needs a word on the record (`1.253400E+04`);
  /// taken by the data row.
  @exclusivity(unchecked) private var moneyNote: Note? = nil

  @inline(__always)
  private func money(_ r: RowBuffer, _ col: Int) -> MoneyCell {
    if col < 0 { return .empty }
    let cell = r.field(col)
    if cell.isEmpty { return .empty }
    let per = col < fenPerUnit.count ? fenPerUnit[col] : 100
    switch ByteDecimal.parse(cell, maxFraction: per == 100 ? 2 : 6) {
    case .empty: return .empty
    case .value(let d):
      if d.exceeds(Money.recordLimitFen, fenPerUnit: per) {
        let text = ByteCell.string(cell)
        return .bad(text, [Note(ReadMessage.amountTooLarge, text)])
      }
      if let f = d.fen(fenPerUnit: per) { return .value(f) }
      return .bad(ByteCell.string(cell), [])
    case .other:
      let text = ByteCell.string(cell)
      // `#VALUE!`, `########`: Excel saved no value; `1.25E+04`: maybe rounded digits.
      if let note = ExcelCell.note(cell) { return .bad(text, [note]) }
      if ExcelCell.scientific(cell) != nil {
        guard let f = ExcelCell.scientificFen(cell, fenPerUnit: per) else {
          return .bad(text, [Note(ReadMessage.amountScientific, text)])
        }
        if f.magnitude > Money.recordLimitFen.magnitude { return .bad(text, [Note(ReadMessage.amountTooLarge, text)]) }
        moneyNote = Note(ReadMessage.amountScientificExact, text, Money(fen: f).yuanString)
        return .value(f)
      }
      if SheetInterpreter.hasMisplacedThousands(text) { return .bad(text, [Note(ReadMessage.rowBadThousands, text)]) }
      if per != 100 { return .bad(text, []) }
      let reading = AmountParser.parse(text)
      if let f = reading.fen { return .value(f) }
      // The parser's own "cannot read the amount" says what `rowBadAmount` says: keep its
      // specific reasons only (约数, a range, too many decimals …).
      let generic: Set<String> = [ReadMessage.amountUnreadable.code, ReadMessage.amountEmpty.code]
      return .bad(text, reading.notes.filter { !generic.contains($0.code) })
    }
  }

  /// Digits with commas that are not thousands separators (`1,2000`, `12,00`, `1,20.5`): the
  /// figure cannot be told, so the row is refused with a note that says why.
  static func hasMisplacedThousands(_ text: String) -> Bool {
    var s = Substring(text)
    while let c = s.first, "(（-－+¥￥ ".contains(c) { s = s.dropFirst() }
    while let c = s.last, ")）元 ".contains(c) { s = s.dropLast() }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, whole.contains(","),
      parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      whole.allSatisfy({ $0 == "," || ($0.isASCII && $0.isNumber) })
    else { return false }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    return !((1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 })
  }

  private func matches(_ p: UnsafeBufferPointer<UInt8>, _ words: [[UInt8]]) -> Bool {
    words.contains { ByteCell.equal(p, $0) }
  }

  private enum RowClass {
    case data
    case comment
    case footer
    case carriedForward
    case pageCarry
    case total(String)
    case customerTitle(String)
    case repeatedHeader
  }

  private func classify(_ r: RowBuffer) -> RowClass {
    var first = -1
    for i in 0..<r.count where !r.field(i).isEmpty {
      first = i
      break
    }
    let firstCell = r.field(first)
    for p in commentPrefixes where ByteCell.hasPrefix(firstCell, p) {
      // `#VALUE!,王五,100`: an Excel error value in the first column starts a row, not a comment.
      if firstCell[0] == 0x23, ExcelCell.note(firstCell) != nil, (first + 1..<r.count).contains(where: { !r.field($0).isEmpty }) {
        break
      }
      return .comment
    }
    var best = matcher.match(firstCell)
    var label = firstCell
    for c in wordColumns where c != first {
      let cell = r.field(c)
      if cell.isEmpty { continue }
      if let m = matcher.match(cell), m != RowWordCategory.footer.rawValue, m < (best ?? Int.max) {
        best = m
        label = cell
      }
    }
    if let best, let cat = RowWordCategory(rawValue: best) {
      switch cat {
      case .footer: return .footer
      case .carriedForward: return .carriedForward
      case .pageCarry: return .pageCarry
      case .total: return .total(ByteCell.string(label))
      }
    }
    if columns[.docType] >= 0, matches(r.field(columns[.docType]), openingTypes) { return .carriedForward }
    // 客户：张建国 on a row of its own.
    if hasColon(firstCell) && (first + 1..<r.count).allSatisfy({ r.field($0).isEmpty }) {
      let text = ByteCell.string(firstCell)
      if let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) {
        let key = ColumnVocabulary.normaliseHeader(String(text[..<colon])).key
        let value = String(text[text.index(after: colon)...]).trimmingBlanks()
        if !value.isEmpty && (titleCustomerKeys.contains(key) || key == "单位") { return .customerTitle(value) }
      }
    }
    var same = 0
    for c in repeatColumns where ByteCell.equal(r.field(c), headerCells[c]) { same += 1 }
    if same >= 2 { return .repeatedHeader }
    return .data
  }

  /// The row's customer and the slot of the name (for its running balance).
  private func hasColon(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    for i in 0..<p.count where p[i] == 0x3A || (p[i] == 0x9A && i >= 2 && p[i - 2] == 0xEF && p[i - 1] == 0xBC) {
      return true
    }
    return false
  }

  private func customerName(_ r: RowBuffer, notes: inout [Note]) -> (name: String, slot: Int) {
    let col = columns[.customer]
    if col >= 0 {
      let cell = r.field(col)
      if !cell.isEmpty {
        // `#N/A` from a failed VLOOKUP is no customer: the row is refused, saying why.
        if cell[0] == 0x23, let note = ExcelCell.note(cell) {
          notes.append(note)
          return ("", -1)
        }
        let n = names.intern(cell)
        lastCustomer = n.text
        lastCustomerSlot = n.slot
        lastDocNumber.removeAll(keepingCapacity: true)
        lastDateCell.removeAll(keepingCapacity: true)
        lastDay = nil
        return (n.text, n.slot)
      }
    }
    let name = blockCustomer ?? layout?.customer ?? titleCustomer ?? ""
    if name == fixedCustomer.name { return fixedCustomer }
    var copy = name
    fixedCustomer = (name, copy.withUTF8 { names.intern($0).slot })
    return fixedCustomer
  }

  @exclusivity(unchecked) private var fixedCustomer: (name: String, slot: Int) = ("", -1)

  /// What shows that a row with an empty 客户 cell continues the customer of the row above (a
  /// merged cell in the workbook): the same document number, a date cell empty too (date and
  /// customer merged over the lines of one sale), or a running balance that goes on from that
  /// customer's. Nil when nothing does: then the row is refused rather than guessed.
  private func mergedCellEvidence(_ r: RowBuffer, movement: Int64, balance: Int64?) -> Note? {
    if columns[.docNumber] >= 0 {
      let doc = r.field(columns[.docNumber])
      if !doc.isEmpty && ByteCell.equal(doc, lastDocNumber) {
        return Note(ReadMessage.customerFilledDownSameDocument, lastCustomer, ByteCell.string(doc))
      }
    }
    if columns[.date] >= 0 && r.field(columns[.date]).isEmpty && !lastDateCell.isEmpty {
      return Note(ReadMessage.customerFilledDown, lastCustomer)
    }
    if let b = balance, let prev = self.balance((lastCustomer, lastCustomerSlot)), prev.saturatingAdd(movement) == b {
      return Note(ReadMessage.customerFilledDownBalance, lastCustomer)
    }
    return nil
  }

  /// Keeps what a row with a customer showed, for the row below it. A row whose customer was
  /// filled down keeps the date and document of the row that wrote it when its own are empty
  /// (merged too).
  private func rememberRow(_ r: RowBuffer, written: Bool) {
    if written { lastDay = nil }
    let doc = r.field(columns[.docNumber])
    if written || !doc.isEmpty {
      lastDocNumber.removeAll(keepingCapacity: true)
      lastDocNumber.append(contentsOf: doc)
    }
    let date = r.field(columns[.date])
    if written || !date.isEmpty {
      lastDateCell.removeAll(keepingCapacity: true)
      lastDateCell.append(contentsOf: date)
    }
  }

  /// Header cells as one note argument that reads in both languages: `“日期”“客户”“金额”`
  /// (a `、` list would be Chinese punctuation inside English notes).
  static func quotedList(_ cells: [String]) -> String {
    cells.map { "“" + $0 + "”" }.joined()
  }

  /// Notes without repeats (the same message with the same arguments), first one kept.
  static func unique(_ notes: [Note]) -> [Note] {
    if notes.count < 2 { return notes }
    var out: [Note] = []
    for n in notes where !out.contains(n) { out.append(n) }
    return out
  }

  /// Reads data rows from here on, or none when the header maps no money column (said once,
  /// at the header's line).
  private func startData(_ cells: [String], headerLine: Int) {
    let hasMoney = [SheetField.amount, .debit, .credit, .discount].contains { columns[$0] >= 0 }
    if !hasMoney {
      let text = cells.filter { !$0.isEmpty }.joined(separator: ",")
      diagnostics.append(Diagnostic(file: path, line: headerLine, Note(ReadMessage.noAmountColumn, text)))
      phase = .noAmount
    } else {
      phase = .data
    }
  }

  /// The 摘要 word of the row's goods or remark cell (see `ColumnVocabulary.summaryWord`),
  /// kept per distinct cell text.
  private func summaryWord(_ r: RowBuffer, goods: (text: String, slot: Int)) -> (ColumnVocabulary.SummaryWord, String)? {
    if !goods.text.isEmpty, let found = summaryLookup(0, goods.text, goods.slot) { return found }
    let col = columns[.remark]
    guard col >= 0 else { return nil }
    let cell = r.field(col)
    if cell.isEmpty { return nil }
    let (text, slot) = remarkTexts.intern(cell)
    return summaryLookup(1, text, slot)
  }

  /// The summary word of an interned 摘要 (`k` 0) or 备注 (`k` 1) text, cached by its slot.
  private func summaryLookup(_ k: Int, _ text: String, _ slot: Int) -> (ColumnVocabulary.SummaryWord, String)? {
    guard slot >= 0 else { return vocab.summaryWord(text) }
    while summaryCache[k].count <= slot { summaryCache[k].append(-1) }
    var hit = summaryCache[k][slot]
    if hit < 0 {
      hit = 0
      if let found = vocab.summaryWord(text) {
        summaryHits.append(found)
        hit = Int32(summaryHits.count)
      }
      summaryCache[k][slot] = hit
    }
    return hit > 0 ? summaryHits[Int(hit) - 1] : nil
  }

  @exclusivity(unchecked) private var remarkTexts = TextTable()
  @exclusivity(unchecked) private var summaryCache: [[Int32]] = [[], []]
  @exclusivity(unchecked) private var summaryHits: [(ColumnVocabulary.SummaryWord, String)] = []

  /// Counts a brought-forward figure for the totals below it.
  private func carry(_ debit: Int64, _ credit: Int64) {
    carriedSinceTotal.debit = carriedSinceTotal.debit.saturatingAdd(debit)
    carriedSinceTotal.credit = carriedSinceTotal.credit.saturatingAdd(credit)
    carriedAll.debit = carriedAll.debit.saturatingAdd(debit)
    carriedAll.credit = carriedAll.credit.saturatingAdd(credit)
  }

  private func seen(_ who: (name: String, slot: Int)) -> Bool {
    if who.slot < 0 { return seenByName.contains(who.name) }
    return who.slot < seenBySlot.count && seenBySlot[who.slot]
  }

  private func markSeen(_ who: (name: String, slot: Int)) {
    if who.slot < 0 {
      seenByName.insert(who.name)
      return
    }
    while seenBySlot.count <= who.slot { seenBySlot.append(false) }
    seenBySlot[who.slot] = true
  }

  private func balance(_ who: (name: String, slot: Int)) -> Int64? {
    if who.slot < 0 { return balanceByName[who.name] }
    return who.slot < balanceBySlot.count ? balanceBySlot[who.slot] : nil
  }

  private func setBalance(_ who: (name: String, slot: Int), _ value: Int64) {
    if who.slot < 0 {
      balanceByName[who.name] = value
      return
    }
    while balanceBySlot.count <= who.slot { balanceBySlot.append(nil) }
    balanceBySlot[who.slot] = value
  }

  private func dataRow(_ r: RowBuffer, line: Int, raw: [UInt8], emit: (Record) -> Void) {
    let src = SourceRef(path: path, line: line)
    let kind = classify(r)
    switch kind {
    case .data, .carriedForward:
      // More cells than the header (`2024-03-13,周杰,3,500`: a thousands comma without quotes):
      // which cell is the amount cannot be told, so the row is refused, not cut to the header.
      if let extra = cellsBeyondHeader(r) {
        emit(
          rejected(
            line, ByteCell.string(raw),
            Note(ReadMessage.rowWiderThanHeader, String(extra.count), SheetInterpreter.quotedList(extra))))
        return
      }
      // The same comma inside the header's width: `3,500` under 金额,备注 reads 3 and a remark
      // of 500. A money cell of one to three digits followed by a cell of exactly three digits
      // in a text column is refused, never booked as 3.
      if let (money, next) = amountSplitByComma(r) {
        emit(rejected(line, ByteCell.string(raw), Note(ReadMessage.rowAmountSplitByComma, money + "," + next, money)))
        return
      }
    default:
      break
    }
    switch kind {
    case .data:
      break
    case .comment:
      emit(skipped(line, ByteCell.string(raw), [Note(ReadMessage.commentRow)]))
      return
    case .footer:
      emit(skipped(line, ByteCell.string(raw), [Note(ReadMessage.footerRow)]))
      return
    case .pageCarry:
      emit(skipped(line, ByteCell.string(raw), [Note(ReadMessage.pageCarryRow)]))
      return
    case .repeatedHeader:
      emit(skipped(line, ByteCell.string(raw), [Note(ReadMessage.repeatedHeader)]))
      return
    case .customerTitle(let name):
      blockCustomer = name
      lastCustomer = ""
      lastDay = nil
      emit(skipped(line, ByteCell.string(raw), [Note(ReadMessage.customerTitleRow, name)]))
      return
    case .total(let label):
      totalRow(r, line: line, raw: raw, label: label, emit: emit)
      return
    case .carriedForward:
      carriedForward(r, line: line, raw: raw, emit: emit)
      return
    }

    var notes: [Note] = []
    // Money.
    let debitCol = columns[.debit] >= 0 ? columns[.debit] : columns[.amount]
    var debit: Int64 = 0
    var credit: Int64 = 0
    var discount: Int64 = 0
    var balance: Int64? = nil
    var slot = 0
    moneyNote = nil
    while slot < 3 {
      let col = slot == 0 ? debitCol : (slot == 1 ? columns[.credit] : columns[.discount])
      switch money(r, col) {
      case .empty: break
      case .value(let v):
        if slot == 0 { debit = v } else if slot == 1 { credit = v } else { discount = v }
      case .bad(let text, let why):
        emit(
          Record(
            source: src, origin: .sheet, kind: .rejected, raw: ByteCell.string(raw),
            notes: why.isEmpty
              ? [Note(ReadMessage.rowBadAmount, text)]
              : SheetInterpreter.unique([Note(ReadMessage.rowAmountNotRead, text)] + why)))
        return
      }
      slot += 1
    }
    if let n = moneyNote {
      notes.append(n)
      moneyNote = nil
    }
    // `,,,550` under two rows of 350 and 200: no customer, no date, no goods, and the figures
    // are the sums of the rows since the last total — a total that was not labelled, checked
    // as one, never a debt of the customer above.
    if sinceTotal.rows > 0 && discount == 0 && (debit != 0 || credit != 0) && debit == sinceTotal.debit
      && credit == sinceTotal.credit
      && [SheetField.customer, .date, .month, .day, .goods, .remark, .docNumber].allSatisfy({ r.field(columns[$0]).isEmpty })
    {
      totalRow(r, line: line, raw: raw, label: "", emit: emit)
      return
    }
    // `作废`/`取消` in the 摘要/备注 cell: the row was struck out; its figure is said, not counted.
    // The 摘要 cell, interned once per row: for its words here and the record's goods below.
    let goodsCell: (text: String, slot: Int) = columns[.goods] >= 0 ? goodsTexts.intern(r.field(columns[.goods])) : ("", -1)
    let summary = debit != 0 || credit != 0 || discount != 0 ? summaryWord(r, goods: goodsCell) : nil
    if let (kind, word) = summary, kind == .void {
      let figures = [debit, credit, discount].filter { $0 != 0 }.map { Money(fen: $0).yuanString }
      let who = columns[.customer] >= 0 ? ByteCell.string(r.field(columns[.customer])) : ""
      emit(skipped(line, ByteCell.string(raw), name: who, [Note(ReadMessage.summaryVoid, word, Note.list(figures))]))
      return
    }
    if !unknownColumns.isEmpty { watchUnknownColumns(r, line: line, notes: &notes) }
    if columns[.balance] >= 0 {
      switch money(r, columns[.balance]) {
      case .empty: break
      case .value(let v): balance = v
      case .bad(let text, let why):
        notes.append(Note(ReadMessage.badBalance, text))
        // Why Excel saved no figure (`#REF!`, `1.25E+04`) says what to do about it.
        let excel: Set<String> = [
          ReadMessage.excelErrorValue.code, ReadMessage.excelColumnTooNarrow.code, ReadMessage.amountScientific.code,
        ]
        notes += why.filter { excel.contains($0.code) }
      }
      if let n = moneyNote {
        notes.append(n)
        moneyNote = nil
      }
      if var b = balance, columns[.direction] >= 0 {
        let dir = r.field(columns[.direction])
        if matches(dir, creditDirections) { b = -b } else if matches(dir, zeroDirections) { b = 0 }
        balance = b
      }
    }
    // A sales log `金额, 已收, 欠款`: 欠款 is what is left of 金额 once 已收 was paid on the spot,
    // so booking 欠款 and 已收 both would take the cash off twice. When 金额 − 已收 = 欠款 the
    // row owes 欠款 alone (nothing when paid in full); otherwise the figures disagree and the
    // row is held with the other figure as its check, or refused when it names no debt at all.
    var salesLogBreak: Int64? = nil
    if columns[.amount] >= 0 && columns[.debit] >= 0 && columns[.credit] >= 0,
      case .value(let gross) = money(r, columns[.amount]), gross != 0
    {
      let net = gross.saturatingSubtract(credit)
      let g = Money(fen: gross).yuanString
      let paid = Money(fen: credit).yuanString
      if debit == net {
        if credit != 0 && debit == 0 {
          emit(skipped(line, ByteCell.string(raw), [Note(ReadMessage.paidOnTheSpot, g, paid)]))
          return
        }
        if credit != 0 {
          notes.append(Note(ReadMessage.salesLogNet, g, paid, Money(fen: debit).yuanString))
          credit = 0
        }
      } else if debit == 0 {
        let text = ByteCell.string(raw)
        emit(
          Record(
            source: src, origin: .sheet, kind: .rejected, amount: Money(fen: net), raw: text,
            notes: [Note(ReadMessage.salesLogNoDebt, g, paid)]))
        return
      } else {
        notes.append(
          Note(ReadMessage.salesLogBreak, g, paid, Money(fen: net).yuanString, Money(fen: debit).yuanString))
        salesLogBreak = net
        credit = 0
      }
    }
    // 单据类型: a 收款单 in a single amount column is a payment; a 退货单 reduces the debt.
    var typed = false
    var settledWord: String? = nil
    if columns[.docType] >= 0 && columns[.credit] < 0 && debit != 0 {
      let type = r.field(columns[.docType])
      if matches(type, paymentTypes) {
        credit = debit
        debit = 0
        typed = true
      } else if matches(type, returnTypes) {
        if debit > 0 { debit = -debit }
        notes.append(Note(ReadMessage.returnGoods, Money(fen: -debit).yuanString))
        typed = true
      }
    }
    // The same words in the 摘要/备注 cell (`还款`, `退货`, `已还清`; mappings/columns.json
    // `summaryWords`): in a single amount column they say which way the money went; beside a
    // 借方/贷方 split the column decides, and a word that says otherwise is noted.
    if !typed, debit != 0, credit == 0, let (kind, word) = summary {
      // A 单据类型 cell that names another type (`销售单`) decides like a 借方 column.
      let typeCol = columns[.docType] >= 0 && !r.field(columns[.docType]).isEmpty ? columns[.docType] : -1
      let single = columns[.credit] < 0 && typeCol < 0
      let shown = typeCol >= 0 ? typeCol : debitCol
      let column = shown >= 0 && shown < headerCells.count ? ByteCell.string(headerCells[shown]) : ""
      switch kind {
      case .void:
        break  // handled above
      case .payment:
        if single {
          credit = debit < 0 ? -debit : debit
          debit = 0
          notes.append(Note(ReadMessage.summaryPayment, word))
        } else {
          notes.append(Note(ReadMessage.summaryAgainstColumn, word, column))
        }
      case .returned:
        if single {
          if debit > 0 { debit = -debit }
          notes.append(Note(ReadMessage.returnGoods, Money(fen: -debit).yuanString))
        } else if debit > 0 {
          notes.append(Note(ReadMessage.summaryAgainstColumn, word, column))
        }
      case .settled:
        if single && debit > 0 {
          credit = debit
          settledWord = word
          notes.append(Note(ReadMessage.summarySettled, word, Money(fen: debit).yuanString))
        } else if debit > 0 {
          notes.append(Note(ReadMessage.summaryAgainstColumn, word, column))
        }
      }
    }
    // 数量 × 单价.
    var product: Int64? = nil
    var productBreak = false
    if columns[.quantity] >= 0 && columns[.unitPrice] >= 0 {
      let qCell = r.field(columns[.quantity])
      let pCell = r.field(columns[.unitPrice])
      if !qCell.isEmpty && !pCell.isEmpty {
        let q = ByteDecimal.parse(qCell, maxFraction: 4)
        let price = money(r, columns[.unitPrice])
        if case .value(let qd) = q, case .value(let pf) = price {
          let (exact, overflow) = qd.mantissa.multipliedReportingOverflow(by: pf)
          let scale = ByteDecimal.powers[qd.fraction]
          let rounded = exact.saturatingAdd(exact >= 0 ? scale / 2 : -(scale / 2)) / scale
          if overflow || rounded.magnitude > Money.recordLimitFen.magnitude {
            // 数量 × 单价 beyond what one entry can be: a slip in the quantity or the price.
            let shown = overflow ? ByteCell.string(qCell) + " × " + ByteCell.string(pCell) : Money(fen: rounded).yuanString
            notes.append(Note(ReadMessage.amountTooLarge, shown))
          } else {
            product = rounded
            let stated = columns[.amount] >= 0 ? money(r, columns[.amount]) : .value(debit)
            if case .value(let a) = stated, a != 0 || debit != 0 {
              // A return written as a negative amount (`退货, 10, 58, (580.00)`) agrees with its
              // positive quantity × price.
              let (scaledA, o2) = (a < 0 && exact > 0 ? -a : a).multipliedReportingOverflow(by: scale)
              if o2 || scaledA.saturatingSubtract(exact).magnitude >= scale.magnitude {
                productBreak = true
                notes.append(
                  Note(
                    ReadMessage.quantityPriceBreak, ByteCell.string(qCell), Money(fen: pf).yuanString,
                    Money(fen: rounded).yuanString, Money(fen: a).yuanString))
              }
            } else if debit == 0 && credit == 0 && rounded != 0 {
              debit = rounded
              notes.append(
                Note(
                  ReadMessage.amountFromQuantityPrice, ByteCell.string(qCell), Money(fen: pf).yuanString,
                  Money(fen: rounded).yuanString))
            }
          }
        } else {
          notes.append(Note(ReadMessage.badQuantityPrice, ByteCell.string(qCell), ByteCell.string(pCell)))
        }
      }
    }
    // An empty 客户 cell under a row with a customer: a merged cell only when the rows show it.
    var filled: (name: String, slot: Int)? = nil
    var above = ""
    if columns[.customer] >= 0 && r.field(columns[.customer]).isEmpty && !lastCustomer.isEmpty {
      if let evidence = mergedCellEvidence(r, movement: debit.saturatingSubtract(credit).saturatingSubtract(discount), balance: balance) {
        notes.append(evidence)
        filled = (lastCustomer, lastCustomerSlot)
      } else {
        above = lastCustomer
      }
    }
    let who = filled ?? customerName(r, notes: &notes)
    let name = who.name
    if above.isEmpty && !name.isEmpty { rememberRow(r, written: filled == nil) }
    if debit == 0 && credit == 0 && discount == 0 {
      if let b = balance {
        setBalance(who, b)
        lastStatedBalance = b
        // `对账签字确认` beside the balance: a reconciliation, whose date matters (a signed one
        // restarts the limitation period); other balance-only rows stay undated as before.
        var date: Day? = nil
        if columns[.goods] >= 0, !vocab.acknowledgementWords.isEmpty {
          let text = ByteCell.string(r.field(columns[.goods]))
          if vocab.acknowledgementWords.contains(where: { text.contains($0) }) {
            date = rowDate(r, notes: &notes)
          }
        }
        emit(
          skipped(
            line, ByteCell.string(raw), name: name, date: date, checkAmount: Money(fen: b),
            check: .runningBalance, [Note(ReadMessage.balanceOnlyRow, Money(fen: b).yuanString)] + notes))
      } else {
        emit(Record(source: src, origin: .sheet, kind: .rejected, raw: ByteCell.string(raw),
          notes: [Note(ReadMessage.rowNoAmount)] + notes))
      }
      return
    }
    if name.isEmpty || !above.isEmpty {
      rowsWithoutCustomer += 1
      var why = [Note(ReadMessage.rowNoCustomer)]
      if !above.isEmpty { why.append(Note(ReadMessage.customerAboveNotTaken, above)) }
      // The money written stays on the rejected record (summary.json money_rejected), one
      // record per figure as a named row would give: every yuan read is accounted for.
      let figures = [debit, credit, discount].filter { $0 != 0 }
      let text = ByteCell.string(raw)
      let all = SheetInterpreter.unique(why + notes)
      for (part, fen) in (figures.isEmpty ? [0] : figures).enumerated() {
        emit(Record(source: src, part: part, origin: .sheet, kind: .rejected, amount: Money(fen: fen), raw: text, notes: all))
      }
      return
    }
    rowsWithCustomer += 1
    // Running balance.
    // 已还清 beside a 余额 that still counts the debt (the customer's balance before the row + the
    // debt, 0 before a first row): the 余额 column decides, the payment is not booked.
    if let word = settledWord, let b = balance {
      let before = self.balance(who) ?? (seen(who) ? nil : 0)
      if let p = before, p.saturatingAdd(debit).saturatingSubtract(discount) == b {
        credit = 0
        notes.removeAll { $0.code == ReadMessage.summarySettled.code }
        let col = columns[.balance]
        notes.append(Note(ReadMessage.summaryAgainstColumn, word, col < headerCells.count ? ByteCell.string(headerCells[col]) : ""))
      }
    }
    var balanceBreak = false
    let movement = debit.saturatingSubtract(credit).saturatingSubtract(discount)
    var implied: Int64? = nil
    if columns[.balance] >= 0 {
      // The first row of a customer whose 余额 is not its own movement (`水泥,350,,1350`):
      // 1000.00 was owed before it. Unless the 余额 goes on from the row above's (the sheet's
      // balance, not the customer's).
      let first = !seen(who)
      if let b = balance, first, self.balance(who) == nil, b.saturatingSubtract(movement) != 0,
        lastStatedBalance.map({ $0.saturatingAdd(movement) != b }) ?? true
      {
        implied = b.saturatingSubtract(movement)
      }
      if first { markSeen(who) }
      if let b = balance { lastStatedBalance = b }
    }
    if let b = balance {
      if let prev = self.balance(who) {
        let expected = prev.saturatingAdd(debit).saturatingSubtract(credit).saturatingSubtract(discount)
        if expected != b {
          balanceBreak = true
          notes.append(
            Note(
              ReadMessage.runningBalanceBreak, Money(fen: prev).yuanString, Money(fen: debit).yuanString,
              Money(fen: credit.saturatingAdd(discount)).yuanString, Money(fen: expected).yuanString,
              Money(fen: b).yuanString))
        }
      }
      setBalance(who, b)
    } else if let prev = self.balance(who) {
      // An empty 余额 cell: the balance still moves, so the next stated one is checked
      // against every row since, not only against the last row that had one.
      setBalance(who, prev.saturatingAdd(debit).saturatingSubtract(credit).saturatingSubtract(discount))
    }
    // Dates, phone, goods.
    var date: Day?
    if filled != nil, columns[.date] >= 0, r.field(columns[.date]).isEmpty, let d = lastDay {
      // The date cell is merged with the row above's too.
      date = d
      notes.append(Note(ReadMessage.dateFilledDown, d.iso))
    } else {
      date = rowDate(r, notes: &notes)
    }
    if filled == nil && columns[.date] >= 0 { lastDay = date }
    var due: Day? = nil
    if columns[.dueDate] >= 0 {
      let cell = r.field(columns[.dueDate])
      if !cell.isEmpty {
        var dueNotes: [Note] = []
        due = resolveDate(cell, yearless: false, notes: &dueNotes)
        if due == nil { notes.append(Note(ReadMessage.badDueDate, ByteCell.string(cell))) }
      }
    }
    var phone = titlePhone
    if columns[.phone] >= 0 {
      let cell = r.field(columns[.phone])
      if !cell.isEmpty { phone = digits(cell, notes: &notes) }
    }
    var goods = goodsCell.text
    if goods.isEmpty && columns[.remark] >= 0 { goods = ByteCell.string(r.field(columns[.remark])) }

    // Sums over the whole file: they saturate rather than trap (each figure is within
    // `Money.recordLimitFen`, but a file may have any number of rows).
    sinceTotal.debit = sinceTotal.debit.saturatingAdd(debit)
    sinceTotal.credit = sinceTotal.credit.saturatingAdd(credit)
    sinceTotal.rows += 1
    allRows.debit = allRows.debit.saturatingAdd(debit)
    allRows.credit = allRows.credit.saturatingAdd(credit)
    allRows.rows += 1

    let conflict = balanceBreak || productBreak || salesLogBreak != nil
    var checkAmount: Money? = nil
    var check = CheckKind.none
    if let net = salesLogBreak {
      checkAmount = Money(fen: net)
      check = .amountLessReceived
    } else if balanceBreak, let b = balance {
      checkAmount = Money(fen: b)
      check = .runningBalance
    } else if productBreak, let p = product {
      checkAmount = Money(fen: p)
      check = .quantityTimesPrice
    } else if let b = balance {
      checkAmount = Money(fen: b)
      check = .runningBalance
    } else if let p = product {
      checkAmount = Money(fen: p)
      check = .quantityTimesPrice
    }
    let row = Movement(
      source: src, name: name, phone: phone, date: date, due: due, goods: goods, raw: ByteCell.string(raw),
      notes: notes, conflict: conflict, checkAmount: checkAmount, check: check)
    var part = 0
    if let opening = implied, let b = balance {
      // Said like a 上年结转 row of this line, before the row's own movement (part 0): reconcile
      // compares it with the customer's earlier records or makes it the opening balance.
      emit(
        Record(
          source: src, part: 0, origin: .sheet, kind: .skipped, name: name, phone: phone, date: date, goods: goods,
          raw: row.raw,
          notes: [
            Note(
              ReadMessage.openingImpliedByBalance, Money(fen: opening).yuanString, Money(fen: b).yuanString,
              Money(fen: movement).yuanString)
          ], checkAmount: Money(fen: opening), check: .carriedForward))
      part = 1
      carry(opening > 0 ? opening : 0, opening < 0 ? -opening : 0)
    }
    if debit != 0 {
      emit(row.record(part: part, kind: .debt, fen: debit))
      part += 1
    }
    if credit != 0 {
      emit(row.record(part: part, kind: .payment, fen: credit))
      part += 1
    }
    if discount != 0 {
      emit(
        row.record(
          part: part, kind: .payment, fen: discount,
          extra: Note(ReadMessage.discountAsPayment, Money(fen: discount).yuanString)))
    }
  }

  /// The cells of a row beyond the header's last column, up to its last non-empty one; nil when
  /// there are none (empty cells there, trailing commas of an Excel export, are fine) or when the
  /// sheet has no header row (a layout read by position maps only some columns).
  private func amountSplitByComma(_ r: RowBuffer) -> (String, String)? {
    // Only a text column next (备注, 摘要/货物): a sub-column of a two-level header (贷方 发生 |
    // 已结) or any figure of its own may well hold three digits.
    for f in [SheetField.amount, .debit, .credit, .discount] {
      let c = columns[f]
      guard c >= 0, c + 1 < r.count, columns[.remark] == c + 1 || columns[.goods] == c + 1 else { continue }
      // `3`, `-3`, `¥3`, `￥3` then `500`, `500.5`, `500元`.
      let cell = r.field(c)
      var digits = cell[...]
      for sign: [UInt8] in [[0x2D], [0xC2, 0xA5], [0xEF, 0xBF, 0xA5]] where digits.starts(with: sign) {
        digits = digits.dropFirst(sign.count)
        break
      }
      guard (1...3).contains(digits.count), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
      var next = r.field(c + 1)[...]
      if next.count > 3 && next.suffix(3).elementsEqual([0xE5, 0x85, 0x83]) { next = next.dropLast(3) }  // 元
      guard next.count >= 3, next.prefix(3).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
      let tail = next.dropFirst(3)
      let decimals = tail.dropFirst()
      guard tail.isEmpty || (tail.first == 0x2E && (1...2).contains(decimals.count) && decimals.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }))
      else { continue }
      return (ByteCell.string(cell), ByteCell.string(r.field(c + 1)))
    }
    return nil
  }

  private func cellsBeyondHeader(_ r: RowBuffer) -> [String]? {
    let width = headerCells.count
    guard hasHeaderRow, r.count > width else { return nil }
    var last = -1
    for i in width..<r.count where !r.field(i).isEmpty { last = i }
    guard last >= width else { return nil }
    return (width...last).map { r.fieldString($0) }
  }

  /// What the records of one data row share.
  private struct Movement {
    var source: SourceRef
    var name: String
    var phone: String
    var date: Day?
    var due: Day?
    var goods: String
    var raw: String
    var notes: [Note]
    var conflict: Bool
    var checkAmount: Money?
    var check: CheckKind

    func record(part: Int, kind: RecordKind, fen: Int64, extra: Note? = nil) -> Record {
      var n = SheetInterpreter.unique(notes)
      if let extra { n.append(extra) }
      if fen < 0 { n.append(Note(ReadMessage.negativeAmount, Money(fen: fen).yuanString)) }
      return Record(
        source: source, part: part, origin: .sheet, kind: kind, status: conflict ? .conflict : nil, name: name,
        phone: phone, date: date, dueDate: due, dueBasis: due == nil ? .none : .explicit, amount: Money(fen: fen),
        goods: goods, raw: raw, notes: n, checkAmount: checkAmount, check: check)
    }
  }

  private func digits(_ cell: UnsafeBufferPointer<UInt8>, notes: inout [Note]) -> String {
    var out = ""
    var sawE = false
    for c in cell {
      if c >= 0x30 && c <= 0x39 { out.unicodeScalars.append(Unicode.Scalar(c)) }
      if c == 0x45 || c == 0x65 { sawE = true }
    }
    if sawE {
      notes.append(Note(ReadMessage.phoneScientific, ByteCell.string(cell)))
      return ""
    }
    return out
  }

  // MARK: dates

  private func rowDate(_ r: RowBuffer, notes: inout [Note]) -> Day? {
    if columns[.date] >= 0 {
      let cell = r.field(columns[.date])
      if cell.isEmpty {
        notes.append(Note(ReadMessage.rowNoDate))
        return nil
      }
      return resolveDate(cell, yearless: true, notes: &notes)
    }
    if columns[.month] >= 0 && columns[.day] >= 0 {
      let m = ByteDecimal.parse(r.field(columns[.month]), maxFraction: 0)
      let d = ByteDecimal.parse(r.field(columns[.day]), maxFraction: 0)
      if case .value(let mv) = m, case .value(let dv) = d {
        let text = "\(mv.mantissa)月\(dv.mantissa)日"
        return yearless(month: Int(mv.mantissa), day: Int(dv.mantissa), text: text, notes: &notes)
      }
      if case .empty = m {
        notes.append(Note(ReadMessage.rowNoDate))
      } else {
        notes.append(
          Note(
            ReadMessage.rowBadDate,
            ByteCell.string(r.field(columns[.month])) + "/" + ByteCell.string(r.field(columns[.day]))))
      }
    }
    return nil
  }

  private var baseYear: Int? { layout?.year ?? titleYear ?? fileYear }

  /// Where `baseYear` comes from, as `DateContext.yearOrigin` says it.
  private var baseYearOrigin: String {
    if let y = layout?.year { return "映射文件“\(y)年”" }
    if let y = titleYear { return "标题“\(y)年”" }
    return "文件名“\(fileName)”"
  }

  /// The sanest span of Excel serial dates in a shop's books: 1990-01-01 … 2099-12-31.
  static let serialRange = 32_874...73_415

  private func resolveDate(_ cell: UnsafeBufferPointer<UInt8>, yearless allowYearless: Bool, notes: inout [Note])
    -> Day?
  {
    switch ByteDate.parse(cell, order: dateOrder) {
    case .empty:
      return nil
    case .ymd(let y, let m, let d):
      if let day = Day(year: y, month: m, day: d) { return day }
      // 2024-02-30: read fine, but there is no such day.
      notes.append(Note(ReadMessage.dateImpossible, ByteCell.string(cell)))
      return nil
    case .ambiguous(let m, let d, let y):
      if let day = Day(year: y, month: m, day: d) {
        notes.append(Note(ReadMessage.dateOrderGuessed, ByteCell.string(cell), day.iso))
        return day
      }
      notes.append(Note(ReadMessage.dateImpossible, ByteCell.string(cell)))
      return nil
    case .monthDay(let m, let d):
      if allowYearless { return yearless(month: m, day: d, text: ByteCell.string(cell), notes: &notes) }
      if let y = baseYear, let day = Day(year: y, month: m, day: d) { return day }
    case .serial(let n):
      // 45352.5: a time of day after the point, which no ledger date needs (the note shows the
      // cell as written). 99999 is no date of any shop's books.
      if SheetInterpreter.serialRange.contains(n), let day = ByteDate.excelDay(serial: n) {
        notes.append(Note(ReadMessage.excelSerialDate, ByteCell.string(cell), day.iso))
        return day
      }
      notes.append(Note(ReadMessage.excelSerialOutOfRange, ByteCell.string(cell)))
      return nil
    case .other:
      let text = ByteCell.string(cell)
      if let note = ExcelCell.note(cell) {
        notes.append(note)
        return nil
      }
      // `2024年3月`, `2024.3`, `3月`: the month is known, the day is not.
      if let mo = DateParser.monthOnly(text) {
        var year = mo.year
        if year == nil, let y = baseYear {
          year = y
          notes.append(yearNote(y))
        }
        guard let year else {
          notes.append(Note(ReadMessage.dateMonthOnlyNoYear, text))
          return nil
        }
        guard let first = Day(year: year, month: mo.month, day: 1) else {
          notes.append(Note(ReadMessage.dateImpossible, text))
          return nil
        }
        notes.append(Note(ReadMessage.dateMonthOnly, text, first.iso))
        // `2024.1`: a number cell of `2024.10` loses its last zero in the CSV.
        if mo.month == 1, mo.year != nil, text.hasSuffix(".1") {
          notes.append(Note(ReadMessage.dateMonthTenAsOne, text, String(year)))
        }
        return nil
      }
      // `12`, `123456`: a number, no date and no sane serial.
      if SheetInterpreter.isPlainNumber(cell) {
        notes.append(Note(ReadMessage.excelSerialOutOfRange, text))
        return nil
      }
      let context = baseYear.map { DateContext(year: $0, yearOrigin: baseYearOrigin) } ?? DateContext()
      let reading = DateParser.parse(text, context: context)
      notes += reading.notes
      if reading.day != nil || !reading.notes.isEmpty { return reading.day }
    }
    notes.append(Note(ReadMessage.rowBadDate, ByteCell.string(cell)))
    return nil
  }

  /// Where the year `year` of a date written without one came from.
  private func yearNote(_ year: Int) -> Note {
    if layout?.year != nil { return Note(ReadMessage.yearFromMapping, String(year)) }
    if titleYear != nil { return Note(ReadMessage.yearFromTitle, String(year)) }
    return Note(ReadMessage.yearFromFileName, String(year), fileName)
  }

  /// Digits, with at most one point: `12`, `123456`, `99999.5`.
  static func isPlainNumber(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var digits = 0
    var dots = 0
    for c in p {
      if c >= 0x30 && c <= 0x39 {
        digits += 1
      } else if c == 0x2E && digits > 0 {
        dots += 1
      } else {
        return false
      }
    }
    return digits > 0 && dots <= 1 && p[p.count - 1] != 0x2E
  }

  private func yearless(month: Int, day: Int, text: String, notes: inout [Note]) -> Day? {
    guard let base = baseYear else {
      notes.append(Note(ReadMessage.sheetDateNoYear, text))
      return nil
    }
    var year = yearlessYear ?? base
    if lastYearlessMonth >= 10 && month <= 3 && (1...12).contains(month) {
      year += 1
      notes.append(Note(ReadMessage.yearRollover, String(lastYearlessMonth), String(month), String(year)))
    } else {
      notes.append(yearNote(year))
    }
    guard let d = Day(year: year, month: month, day: day) else {
      notes.removeLast()
      notes.append(Note(ReadMessage.dateImpossible, text))
      return nil
    }
    yearlessYear = year
    lastYearlessMonth = month
    return d
  }

  // MARK: totals and carried-forward balances

  /// A 合计 row (`label` the word found), or with an empty `label` a row that only holds the
  /// sums of the rows above.
  private func totalRow(_ r: RowBuffer, line: Int, raw: [UInt8], label: String, emit: (Record) -> Void) {
    var notes = [label.isEmpty ? Note(ReadMessage.unlabelledTotal) : Note(ReadMessage.totalRow, label)]
    let debitCol = columns[.debit] >= 0 ? columns[.debit] : columns[.amount]
    var figures: [(Int64, Int64, Int64, Bool)] = []  // (stated, sinceTotal, all, debit column)
    var first: Int64? = nil
    for (col, isDebit) in [(debitCol, true), (columns[.credit], false)] where col >= 0 {
      guard case .value(let v) = money(r, col) else { continue }
      if first == nil { first = v }
      figures.append(isDebit ? (v, sinceTotal.debit, allRows.debit, true) : (v, sinceTotal.credit, allRows.credit, false))
    }
    // A 累计 counts the 承前页/期初 figure, a 本页合计 does not: either reading agrees, and the
    // note says so when the total holds the brought-forward figure.
    for (stated, since, all, isDebit) in figures where stated != since && stated != all {
      let cSince = isDebit ? carriedSinceTotal.debit : carriedSinceTotal.credit
      let cAll = isDebit ? carriedAll.debit : carriedAll.credit
      if cSince != 0 && stated == since.saturatingAdd(cSince) {
        notes.append(Note(ReadMessage.totalWithCarriedForward, Money(fen: stated).yuanString, Money(fen: cSince).yuanString))
        continue
      }
      if cAll != 0 && stated == all.saturatingAdd(cAll) {
        notes.append(Note(ReadMessage.totalWithCarriedForward, Money(fen: stated).yuanString, Money(fen: cAll).yuanString))
        continue
      }
      let compare = sinceTotal.rows > 0 ? since : all
      notes.append(
        Note(
          ReadMessage.totalMismatch, Money(fen: stated).yuanString, Money(fen: compare).yuanString,
          Money(fen: stated.saturatingSubtract(compare)).yuanString))
    }
    var check = CheckKind.total
    if first == nil, columns[.balance] >= 0, case .value(let b) = money(r, columns[.balance]) {
      first = b
      check = .runningBalance
    }
    sinceTotal = (0, 0, 0)
    carriedSinceTotal = (0, 0)
    lastCustomer = ""
    lastDay = nil
    emit(
      skipped(
        line, ByteCell.string(raw), checkAmount: first.map { Money(fen: $0) }, check: first == nil ? .none : check,
        notes))
  }

  private func carriedForward(_ r: RowBuffer, line: Int, raw: [UInt8], emit: (Record) -> Void) {
    var notes: [Note] = []
    let who = customerName(r, notes: &notes)
    let name = who.name
    var figure: Int64? = nil
    let debitCol = columns[.debit] >= 0 ? columns[.debit] : columns[.amount]
    // A figure that cannot be read (above 1 亿元) is said, never left out without a word.
    for col in [columns[.balance], debitCol] where col >= 0 && figure == nil {
      switch money(r, col) {
      case .value(let v): figure = v
      case .bad(_, let why): notes += why
      default: break
      }
    }
    if figure == nil, columns[.credit] >= 0 {
      switch money(r, columns[.credit]) {
      case .value(let v): figure = -v
      case .bad(_, let why): notes += why
      default: break
      }
    }
    if var f = figure, columns[.direction] >= 0 {
      let dir = r.field(columns[.direction])
      if matches(dir, creditDirections) { f = -f } else if matches(dir, zeroDirections) { f = 0 }
      figure = f
    }
    var date: Day? = nil
    if columns[.date] >= 0, !r.field(columns[.date]).isEmpty {
      var ignored: [Note] = []
      date = resolveDate(r.field(columns[.date]), yearless: false, notes: &ignored)
    }
    if let f = figure { setBalance(who, f) }
    // For totals: the row's 借方 and 贷方 figures (承前页 5000 | 4000 | 1000), or its balance on
    // its side when it has no others.
    var cDebit: Int64 = 0
    var cCredit: Int64 = 0
    if case .value(let v) = money(r, debitCol) { cDebit = v }
    if case .value(let v) = money(r, columns[.credit]) { cCredit = v }
    if cDebit == 0 && cCredit == 0, let f = figure {
      if f > 0 { cDebit = f } else { cCredit = -f }
    }
    carry(cDebit, cCredit)
    if let f = figure { lastStatedBalance = f }
    let shown = figure.map { Money(fen: $0).yuanString } ?? ""
    emit(
      skipped(
        line, ByteCell.string(raw), name: name, date: date, checkAmount: figure.map { Money(fen: $0) },
        check: figure == nil ? .none : .carriedForward, [Note(ReadMessage.carriedForwardRow, shown)] + notes))
  }
}

extension Int64 {
  /// `self + other`, held at `Int64.max` / `Int64.min` instead of trapping.
  @inline(__always)
  func saturatingAdd(_ other: Int64) -> Int64 {
    let (sum, overflow) = addingReportingOverflow(other)
    if !overflow { return sum }
    return other > 0 ? .max : .min
  }

  /// `self - other`, held at `Int64.max` / `Int64.min` instead of trapping.
  @inline(__always)
  func saturatingSubtract(_ other: Int64) -> Int64 {
    let (difference, overflow) = subtractingReportingOverflow(other)
    if !overflow { return difference }
    return other < 0 ? .max : .min
  }
}

extension String {
  /// Without leading and trailing blanks (ASCII, U+3000, U+00A0).
  func trimmingBlanks() -> String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
    guard let s = firstIndex(where: { !blank($0) }), let e = lastIndex(where: { !blank($0) }) else { return "" }
    return String(self[s...e])
  }
}
