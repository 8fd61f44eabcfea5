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

  var complete: Bool { store.pointee.complete }
  var count: Int { store.pointee.count }

  /// Field `i`, trimmed; empty when `i` is out of range (a short row) or negative.
  @inline(__always)
  func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let s = store.pointee
    guard i >= 0, i < s.count else { return UnsafeBufferPointer(start: s.bytes, count: 0) }
    let start = i == 0 ? 0 : s.ends[i - 1]
    return ByteCell.trim(UnsafeBufferPointer(start: s.bytes + start, count: s.ends[i] - start))
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
/// each line the row is either complete or inside a quoted field that spans lines. A quote that
/// never closes (or a strict-mode quoting error) rejects the row's first line and re-reads the
/// lines after it, so one stray `"` cannot swallow the rest of the file.
public final class SheetReader {
  /// A row may span at most this many physical lines (a cell with line breaks).
  public static let maxRowLines = 100
  public static let maxRowBytes = 1 << 20

  let path: String
  private let parser: UnsafeMutablePointer<csv_parser>
  private let row = RowBuffer()
  let interpreter: SheetInterpreter

  // The row being assembled.
  @exclusivity(unchecked) private var startLine = 0
  @exclusivity(unchecked) private var lineCount = 0
  @exclusivity(unchecked) private var raw: [UInt8] = []
  @exclusivity(unchecked) private var badLine = 0
  @exclusivity(unchecked) private var badHex = ""
  /// Copies of the lines of a row that spans lines (for re-reading after a quoting error).
  @exclusivity(unchecked) private var heldLines: [(number: Int, text: [UInt8], bad: String)] = []

  /// - Parameters:
  ///   - path: the input as named, for `source`.
  ///   - delimiter: `,` for .csv, tab for .tsv.
  ///   - layouts: mapping files, the ones given with `--mapping` first.
  public init(
    path: String, delimiter: UInt8, vocabulary: ColumnVocabulary, layouts: [SheetLayout] = []
  ) {
    self.path = path
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
    return interpreter.finish(emit: emit)
  }

  private func feed(number: Int, text: UnsafeBufferPointer<UInt8>, bad: String, _ emit: (Record) -> Void) {
    if startLine == 0 {
      startLine = number
      lineCount = 1
      raw.removeAll(keepingCapacity: true)
      raw.append(contentsOf: text)
      badLine = bad.isEmpty ? 0 : number
      badHex = bad
      row.reset()
    } else {
      lineCount += 1
      raw.append(0x0A)
      raw.append(contentsOf: text)
      if !bad.isEmpty {
        if badLine == 0 { badLine = number }
        badHex += badHex.isEmpty ? bad : ", " + bad
      }
    }
    let ok = parse(text) && newline.withUnsafeBufferPointer { parse($0) }
    if !ok {
      resetParser()
      if lineCount == 1 {
        rejectQuote(line: number, text: ByteCell.string(text), emit)
        clearRow()
      } else {
        heldLines.append((number, Array(text), bad))
        abandonRow(emit)
      }
      return
    }
    if parser.pointee.pstate == 0 {
      if row.complete && !row.isBlank {
        interpreter.row(
          row, line: startLine, raw: raw, badLine: badLine, badHex: badHex, emit: emit)
      }
      clearRow()
      return
    }
    // Inside a quoted field that goes on to the next line.
    heldLines.append((number, Array(text), bad))
    if lineCount >= SheetReader.maxRowLines || raw.count > SheetReader.maxRowBytes {
      abandonRow(emit)
    }
  }

  private let newline: [UInt8] = [0x0A]

  private func parse(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress, text.count > 0 else { return true }
    let used = csv_parse(
      parser, base, text.count,
      { field, n, ctx in
        ctx?.assumingMemoryBound(to: RowStore.self).pointee.appendField(field, n)
      },
      { _, ctx in
        ctx?.assumingMemoryBound(to: RowStore.self).pointee.complete = true
      }, UnsafeMutableRawPointer(row.store))
    return used == text.count && csv_error(parser) == 0
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
    lineCount = 0
    badLine = 0
    badHex = ""
    heldLines.removeAll(keepingCapacity: true)
    row.reset()
  }

  /// The row's quoting is broken: reject its first line, read the lines after it again.
  private func abandonRow(_ emit: (Record) -> Void) {
    let lines = heldLines
    resetParser()
    clearRow()
    guard let first = lines.first else { return }
    rejectQuote(line: first.number, text: String(decoding: first.text, as: UTF8.self), emit)
    for l in lines.dropFirst() {
      l.text.withUnsafeBufferPointer { feed(number: l.number, text: $0, bad: l.bad, emit) }
    }
  }

  private func rejectQuote(line: Int, text: String, _ emit: (Record) -> Void) {
    emit(
      Record(
        source: SourceRef(path: path, line: line), origin: .sheet, kind: .rejected, raw: text,
        notes: [Note(ReadMessage.quoteUnbalanced, String(line))]))
  }
}
