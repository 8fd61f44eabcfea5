import CCSV
import QingzhangModel

/// The row being assembled by libcsv's callbacks: plain memory behind a pointer, so the
/// callbacks (nine a row) cost no reference counting.
struct RowStore {
  var bytes: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var length = 0
  var ends: UnsafeMutablePointer<Int>
  var endsCapacity: Int
  var count = 0
  var complete = false

  init() {
    capacity = 4096
    bytes = .allocate(capacity: capacity)
    endsCapacity = 64
    ends = .allocate(capacity: endsCapacity)
  }

  func free() {
    bytes.deallocate()
    ends.deallocate()
  }

  @inline(__always)
  mutating func appendField(_ p: UnsafeRawPointer?, _ n: Int) {
    if length + n > capacity {
      var c = capacity * 2
      while c < length + n { c *= 2 }
      let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
      nb.update(from: bytes, count: length)
      bytes.deallocate()
      bytes = nb
      capacity = c
    }
    if count == endsCapacity {
      let ne = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
      ne.update(from: ends, count: count)
      ends.deallocate()
      ends = ne
      endsCapacity *= 2
    }
    if n > 0, let p { (bytes + length).update(from: p.assumingMemoryBound(to: UInt8.self), count: n) }
    length += n
    ends[count] = length
    count += 1
  }
}

/// The fields of the row being assembled, read by `SheetInterpreter`.
final class RowBuffer {
  let store: UnsafeMutablePointer<RowStore>

  init() {
    store = .allocate(capacity: 1)
    store.initialize(to: RowStore())
  }

  deinit {
    store.pointee.free()
    store.deinitialize(count: 1)
    store.deallocate()
  }

  func reset() {
    store.pointee.length = 0
    store.pointee.count = 0
    store.pointee.complete = false
  }

  /// A window on the row's fields (one table of several side by side): field 0 is field
  /// `offset` of the row, and at most `limit` fields are seen. The whole row by default.
  var offset = 0
  var limit = Int.max

  var complete: Bool { store.pointee.complete }
  var count: Int { max(0, min(limit, store.pointee.count - offset)) }

  /// Field `i` (of the window), trimmed; empty when `i` is out of range (a short row) or negative.
  @inline(__always)
  func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let s = store.pointee
    let j = i + offset
    guard i >= 0, i < limit, j < s.count else { return UnsafeBufferPointer(start: s.bytes, count: 0) }
    let start = j == 0 ? 0 : s.ends[j - 1]
    return ByteCell.trim(UnsafeBufferPointer(start: s.bytes + start, count: s.ends[j] - start))
  }

  func fieldString(_ i: Int) -> String { ByteCell.string(field(i)) }

  var isBlank: Bool {
    for i in 0..<count where field(i).count > 0 { return false }
    return true
  }
}

/// Reads a spreadsheet export (.csv, .tsv) line by line through libcsv (strict mode), keeping
/// the physical line where each row starts; hands rows to `SheetInterpreter`.
///
/// libcsv reports no line numbers, so it is fed one physical line (plus `\n`) at a time: after
/// each line the row is either complete or inside a quoted field that spans lines. A quoted cell
/// may span any number of lines; only its size is bounded (`maxRowBytes`), so memory stays flat.
///
/// Quoting problems:
/// - A quote inside a field that did not start with one (`4分"弯头`, an inch mark) is text, as
///   written (libcsv's non-strict reading of that one character), with a note.
/// - A quote that never closes (or a strict-mode error later in the cell): when the lines it
///   swallowed look like rows of this sheet, it was a stray quote: its first line is rejected and
///   the lines after it are read again, so one stray `"` cannot swallow the rest of the file.
///   Otherwise the whole cell is one rejected record with one note (never one per line).
/// - A row over `maxRowBytes`: one rejected record naming its lines.
public final class SheetReader {
  /// The most bytes one row may hold (all its lines, a cell with line breaks included).
  public static let defaultMaxRowBytes = 1 << 20

  let path: String
  /// `,` or tab: named by the file's extension, changed when the first lines are plainly
  /// separated by the other one (a tab-separated text saved as .csv).
  private(set) var delimiter: UInt8
  /// Whether the delimiter is known for good (a line with two separators or more was seen).
  private var delimiterSettled = false
  private var readerDiagnostics: [Diagnostic] = []
  let maxRowBytes: Int
  private let parser: UnsafeMutablePointer<csv_parser>
  private let row = RowBuffer()
  let interpreter: SheetInterpreter

  // The row being assembled.
  @exclusivity(unchecked) private var startLine = 0
  @exclusivity(unchecked) private var lastLine = 0
  @exclusivity(unchecked) private var lineCount = 0
  /// Bytes of the row so far (lines and the line breaks between them).
  @exclusivity(unchecked) private var rowBytes = 0
  @exclusivity(unchecked) private var raw: [UInt8] = []
  @exclusivity(unchecked) private var badLine = 0
  @exclusivity(unchecked) private var badHex = ""
  /// The first line where a quote inside a cell was read as text (0: none).
  @exclusivity(unchecked) private var literalQuoteLine = 0
  /// Past `maxRowBytes` inside a quoted cell: lines are only counted, not kept.
  @exclusivity(unchecked) private var overflow = false
  /// Copies of the lines of a row that spans lines (for re-reading after a quoting error).
  @exclusivity(unchecked) private var heldLines: [(number: Int, text: [UInt8], bad: String)] = []

  /// - Parameters:
  ///   - path: the input as named, for `source`.
  ///   - delimiter: `,` for .csv, tab for .tsv.
  ///   - layouts: mapping files, the ones given with `--mapping` first.
  ///   - maxRowBytes: the most bytes one row may hold.
  public init(
    path: String, delimiter: UInt8, vocabulary: ColumnVocabulary, layouts: [SheetLayout] = [],
    maxRowBytes: Int = SheetReader.defaultMaxRowBytes
  ) {
    self.path = path
    self.delimiter = delimiter
    self.maxRowBytes = max(64, maxRowBytes)
    parser = .allocate(capacity: 1)
    csv_init(parser, UInt8(CSV_STRICT))
    csv_set_delim(parser, delimiter)
    if delimiter == 0x09 {
      // Tabs separate fields: only spaces may be trimmed.
      csv_set_space_func(parser) { c in c == 0x20 ? 1 : 0 }
    }
    interpreter = SheetInterpreter(path: path, vocabulary: vocabulary, layouts: layouts)
    raw.reserveCapacity(1024)
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
  }

  /// Feeds one decoded physical line.
  public func feed(_ line: DecodedLine, emit: (Record) -> Void) {
    if line.isTooLong {
      // Its quotes are unknown (only a preview is kept): the row it would continue ends here.
      if startLine != 0 { abandonRow(emit) }
      var text = line.string
      text += "…"
      emit(
        Record(
          source: SourceRef(path: path, line: line.number), origin: .sheet, kind: .rejected, raw: text,
          notes: [Note(ReadMessage.lineTooLong, String(line.number), String(line.tooLongLength))]))
      return
    }
    feed(number: line.number, text: line.text, bad: line.badBytes, emit)
  }

  /// End of input; returns the sheet's diagnostics (no header, no amount column …).
  public func finish(emit: (Record) -> Void) -> [Diagnostic] {
    while startLine != 0 { abandonRow(emit) }
    return readerDiagnostics + interpreter.finish(emit: emit)
  }

  private func feed(number: Int, text: UnsafeBufferPointer<UInt8>, bad: String, _ emit: (Record) -> Void) {
    var text = text
    if text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF {
      // A byte-order mark inside the file (files joined together: `\u{FEFF}日期,客户,金额`)
      // is no part of the first cell.
      text = UnsafeBufferPointer(rebasing: text[3...])
    }
    if startLine == 0 {
      startLine = number
      lastLine = number
      lineCount = 1
      rowBytes = text.count
      raw.removeAll(keepingCapacity: true)
      raw.append(contentsOf: text)
      badLine = bad.isEmpty ? 0 : number
      badHex = bad
      row.reset()
    } else {
      lastLine = number
      lineCount += 1
      rowBytes += 1 + text.count
      if !overflow {
        raw.append(0x0A)
        raw.append(contentsOf: text)
      }
      if !bad.isEmpty {
        if badLine == 0 {
          badLine = number
          badHex = bad
        } else if !overflow {
          badHex += ", " + bad
        }
      }
    }
    if !delimiterSettled && lineCount == 1 { sniffDelimiter(text, line: number) }
    let ok = parse(text, line: number) && newline.withUnsafeBufferPointer { parse($0, line: number) }
    if !ok {
      resetParser()
      if lineCount == 1 {
        rejectQuote(line: number, text: ByteCell.string(text), emit)
        clearRow()
      } else if overflow {
        rejectCell(ReadMessage.quoteCellUnbalanced, emit)
      } else {
        heldLines.append((number, Array(text), bad))
        abandonRow(emit)
      }
      return
    }
    if parser.pointee.pstate == 0 {
      if overflow {
        rejectCell(ReadMessage.rowTooBig, emit)
      } else if row.complete && !row.isBlank {
        if literalQuoteLine != 0 {
          let note = Note(ReadMessage.quoteAsText, String(literalQuoteLine))
          interpreter.row(row, line: startLine, raw: raw, badLine: badLine, badHex: badHex) { r in
            var r = r
            r.notes.append(note)
            emit(r)
          }
        } else {
          interpreter.row(row, line: startLine, raw: raw, badLine: badLine, badHex: badHex, emit: emit)
        }
        clearRow()
      } else {
        clearRow()
      }
      return
    }
    // Inside a quoted field that goes on to the next line.
    if overflow {
      // Only the end of the cell is awaited: drop what libcsv gathered of it.
      parser.pointee.entry_pos = 0
      return
    }
    heldLines.append((number, Array(text), bad))
    if rowBytes > maxRowBytes {
      if SheetReader.looksLikeRows(heldLines.dropFirst(), delimiter: delimiter, width: expectedWidth()) {
        // A stray quote that swallowed rows of the sheet: read them again.
        abandonRow(emit)
      } else {
        // One huge cell: keep counting its lines, keep nothing but the start of its first line.
        overflow = true
        raw = LineSplitter.preview(heldLines[0].text, from: 0)
        heldLines = []
        parser.pointee.entry_pos = 0
      }
    }
  }

  private let newline: [UInt8] = [0x0A]

  /// The first line with two separators or more settles the delimiter: only tabs in a .csv
  /// (Excel's "Unicode text" saved under that name) or only commas in a .tsv switch it, with a
  /// warning; rows read before it had fewer than two of either.
  private func sniffDelimiter(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
    if interpreter.phase != .seeking {
      delimiterSettled = true
      return
    }
    var commas = 0
    var tabs = 0
    for c in text {
      if c == 0x2C { commas += 1 } else if c == 0x09 { tabs += 1 }
    }
    guard commas >= 2 || tabs >= 2 || (commas > 0 && tabs > 0) else { return }
    delimiterSettled = true
    if delimiter == 0x2C && commas == 0 {
      delimiter = 0x09
      csv_set_delim(parser, delimiter)
      csv_set_space_func(parser) { c in c == 0x20 ? 1 : 0 }
      readerDiagnostics.append(Diagnostic(file: path, line: line, Note(ReadMessage.delimiterTabInCSV)))
    } else if delimiter == 0x09 && tabs == 0 {
      delimiter = 0x2C
      csv_set_delim(parser, delimiter)
      csv_set_space_func(parser, nil)
      readerDiagnostics.append(Diagnostic(file: path, line: line, Note(ReadMessage.delimiterCommaInTSV)))
    }
  }

  /// libcsv's parser states (libcsv.c): inside a field.
  private static let fieldBegun: Int32 = 2

  private func parse(_ text: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
    guard let base = text.baseAddress, text.count > 0 else { return true }
    var offset = 0
    while true {
      let used = csvParse(base + offset, text.count - offset)
      let status = csv_error(parser)
      if status == 0 { return used == text.count - offset }
      // Strict mode refuses a quote inside a field that did not start with one (`4分"弯头`);
      // that quote is text, as written: read it alone in non-strict mode and go on strictly.
      guard status == CSV_EPARSE, parser.pointee.pstate == SheetReader.fieldBegun, parser.pointee.quoted == 0,
        offset + used < text.count, base[offset + used] == 0x22
      else { return false }
      parser.pointee.status = 0
      parser.pointee.options &= ~UInt8(CSV_STRICT)
      let one = csvParse(base + offset + used, 1)
      parser.pointee.options |= UInt8(CSV_STRICT)
      if one != 1 || csv_error(parser) != 0 { return false }
      if literalQuoteLine == 0 { literalQuoteLine = line }
      offset += used + 1
      if offset == text.count { return true }
    }
  }

  @inline(__always)
  private func csvParse(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    csv_parse(
      parser, p, n,
      { field, n, ctx in
        ctx?.assumingMemoryBound(to: RowStore.self).pointee.appendField(field, n)
      },
      { _, ctx in
        ctx?.assumingMemoryBound(to: RowStore.self).pointee.complete = true
      }, UnsafeMutableRawPointer(row.store))
  }

  private func resetParser() {
    parser.pointee.pstate = 0
    parser.pointee.quoted = 0
    parser.pointee.spaces = 0
    parser.pointee.entry_pos = 0
    parser.pointee.status = 0
  }

  private func clearRow() {
    startLine = 0
    lastLine = 0
    lineCount = 0
    rowBytes = 0
    badLine = 0
    badHex = ""
    literalQuoteLine = 0
    overflow = false
    heldLines.removeAll(keepingCapacity: true)
    row.reset()
  }

  /// The number of fields a row of this sheet has: the header's, else the first line's.
  private func expectedWidth() -> Int {
    if interpreter.headerWidth > 0 { return interpreter.headerWidth }
    guard let first = heldLines.first else { return 0 }
    return first.text.reduce(1) { $1 == delimiter ? $0 + 1 : $0 }
  }

  /// Whether at least half of `lines` (blank ones aside) read as rows of a sheet `width` fields
  /// wide on their own: about `width - 1` delimiters (quotes aside: the line that broke the
  /// quoting often holds one).
  static func looksLikeRows(
    _ lines: ArraySlice<(number: Int, text: [UInt8], bad: String)>, delimiter: UInt8, width: Int
  ) -> Bool {
    var nonBlank = 0
    var rows = 0
    for l in lines {
      var delimiters = 0
      var blank = true
      for c in l.text {
        if c == delimiter {
          delimiters += 1
        } else if c != 0x20 && c != 0x09 && c != 0x0D {
          blank = false
        }
      }
      if blank { continue }
      nonBlank += 1
      if delimiters >= 1 && abs(delimiters - (width - 1)) <= 1 { rows += 1 }
    }
    return rows * 2 >= nonBlank
  }

  /// The row's quoting is broken (or the input ended inside a quoted cell). When the lines after
  /// its first look like rows, a stray quote swallowed them: reject the first line and read the
  /// others again. Otherwise they are the inside of one cell: one rejected record for them all.
  private func abandonRow(_ emit: (Record) -> Void) {
    if overflow {
      rejectCell(ReadMessage.quoteCellUnbalanced, emit)
      return
    }
    let lines = heldLines
    let rest = lines.dropFirst()
    if !rest.isEmpty && !SheetReader.looksLikeRows(rest, delimiter: delimiter, width: expectedWidth()) {
      raw = LineSplitter.preview(lines[0].text, from: 0)
      resetParser()
      rejectCell(ReadMessage.quoteCellUnbalanced, emit)
      return
    }
    resetParser()
    clearRow()
    guard let first = lines.first else { return }
    rejectQuote(line: first.number, text: String(decoding: first.text, as: UTF8.self), emit)
    for l in rest {
      l.text.withUnsafeBufferPointer { feed(number: l.number, text: $0, bad: l.bad, emit) }
    }
  }

  /// One rejected record for all the lines of the row being assembled (`raw` holds the start of
  /// its first line).
  private func rejectCell(_ message: ReadMessage, _ emit: (Record) -> Void) {
    var text = String(decoding: raw, as: UTF8.self)
    text += "…"
    var notes = [Note(message, String(startLine), String(lastLine), String(rowBytes))]
    if badLine != 0 { notes.append(Note(ReadMessage.invalidBytes, String(badLine), badHex)) }
    emit(
      Record(
        source: SourceRef(path: path, line: startLine), origin: .sheet, kind: .rejected, raw: text, notes: notes))
    resetParser()
    clearRow()
  }

  private func rejectQuote(line: Int, text: String, _ emit: (Record) -> Void) {
    emit(
      Record(
        source: SourceRef(path: path, line: line), origin: .sheet, kind: .rejected, raw: text,
        notes: [Note(ReadMessage.quoteUnbalanced, String(line))]))
  }
}
