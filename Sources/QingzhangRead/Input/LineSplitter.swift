import QingzhangModel

#if canImport(Glibc)
  import Glibc
#endif

/// Splits decoded UTF-8 into physical lines (LF, CRLF or a bare CR), attaching the bad-byte
/// events that fall inside each line. Holds at most one partial line between chunks; a line
/// longer than `maxLineLength` is skipped and reported with a short preview.
final class LineSplitter {
  /// Decoded bytes not yet split into lines.
  @exclusivity(unchecked) var buffer: [UInt8] = []
  /// Absolute output offset of `buffer[0]`.
  @exclusivity(unchecked) private var base = 0
  /// Where the search for the next terminator resumes.
  @exclusivity(unchecked) private var scan = 0
  @exclusivity(unchecked) private var events: [BadEvent] = []
  @exclusivity(unchecked) private var eventHead = 0
  @exclusivity(unchecked) private(set) var lineCount = 0
  let maxLineLength: Int
  /// While > 0, the current line is too long: its length so far.
  @exclusivity(unchecked) private var longLength = 0
  @exclusivity(unchecked) private var longPreview: [UInt8] = []

  static let previewLength = 240

  init(maxLineLength: Int) {
    self.maxLineLength = maxLineLength
    buffer.reserveCapacity(1 << 21)
  }

  /// Absolute offset of the next byte appended to `buffer`.
  var nextOffset: Int { base + buffer.count }

  /// Records a bad sequence whose U+FFFD is at `buffer.count` (call before appending it).
  func addEvent(hex: String) {
    events.append(BadEvent(offset: base + buffer.count, hex: hex))
  }

  /// After an ICU decoder appended from `start`: every U+FFFD there becomes a bad event (hexes in
  /// order; a U+FFFD beyond them was in the input itself), and so does every NUL.
  func markReplacements(from start: Int, hexes: [String]) {
    var found: [BadEvent] = []
    buffer.withUnsafeBufferPointer { p in
      let n = p.count
      if !hexes.isEmpty {
        var k = 0
        var i = start
        while i + 2 < n {
          if p[i] == 0xEF, p[i + 1] == 0xBF, p[i + 2] == 0xBD {
            found.append(BadEvent(offset: base + i, hex: k < hexes.count ? hexes[k] : "EF BF BD"))
            k += 1
            i += 3
          } else {
            i += 1
          }
        }
        // Should not happen (one U+FFFD per bad sequence); never lose a report.
        while k < hexes.count, let last = found.last {
          found[found.count - 1].hex = last.hex + ", " + hexes[k]
          k += 1
        }
      }
      var i = start
      while i < n, let b = p.baseAddress, let hit = memchr(b + i, 0, n - i) {
        let at = b.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        found.append(BadEvent(offset: base + at, hex: "00"))
        i = at + 1
      }
    }
    if found.isEmpty { return }
    found.sort { $0.offset < $1.offset }
    events.append(contentsOf: found)
  }

  /// Emits every complete line in `buffer`; keeps the partial last line.
  func split(final: Bool, _ emit: (DecodedLine) -> Void) {
    var start = 0
    var i = scan
    buffer.withUnsafeBufferPointer { p in
      let n = p.count
      while i < n {
        let c = p[i]
        if c > 0x0D || (c != 0x0A && c != 0x0D) {
          i += 1
          continue
        }
        var next = i + 1
        if c == 0x0D {
          if i + 1 < n {
            if p[i + 1] == 0x0A { next = i + 2 }
          } else if !final {
            break  // a CR at the end of the chunk: CRLF or a bare CR? wait for more
          }
        }
        emitLine(p, start, i, emit)
        start = next
        i = next
      }
    }
    // Bytes from `i` on are a CR waiting for the next chunk (or nothing).
    if longLength > 0 || i - start > maxLineLength {
      // Inside an overlong line: keep a preview and its length, drop the bytes.
      if longLength == 0 { longPreview = LineSplitter.preview(buffer, from: start) }
      longLength += i - start
      dropEvents(before: base + i)
      buffer.removeSubrange(0..<i)
      base += i
      scan = 0
      return
    }
    if start > 0 {
      buffer.removeSubrange(0..<start)
      base += start
    }
    scan = i - start
  }

  /// End of input: the last line if it has no terminator.
  func finish(_ emit: (DecodedLine) -> Void) {
    // Ctrl-Z (0x1A) at the very end: the end-of-file mark of old DOS tools, no part of the text
    // (not a line of its own, not a byte of the last line).
    while longLength == 0, let last = buffer.last, last == 0x1A { buffer.removeLast() }
    if longLength > 0 || !buffer.isEmpty {
      buffer.withUnsafeBufferPointer { p in emitLine(p, 0, p.count, emit) }
      base += buffer.count
      buffer.removeAll()
    }
  }

  private func emitLine(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ emit: (DecodedLine) -> Void
  ) {
    lineCount += 1
    let absEnd = base + end
    if longLength > 0 || end - start > maxLineLength {
      let length = longLength + (end - start)
      let preview = longLength > 0 ? longPreview : LineSplitter.preview(Array(p[start..<end]), from: 0)
      longLength = 0
      longPreview = []
      dropEvents(before: absEnd)
      preview.withUnsafeBufferPointer { pp in
        emit(DecodedLine(number: lineCount, text: pp, badBytes: "", tooLongLength: length))
      }
      return
    }
    // The first dozen bad sequences are shown; a line of 4,096 NULs says how many more.
    var hex = ""
    var shown = 0
    var more = 0
    while eventHead < events.count, events[eventHead].offset < absEnd {
      if shown < 12 {
        if !hex.isEmpty { hex += ", " }
        hex += events[eventHead].hex
        shown += 1
      } else {
        more += 1
      }
      eventHead += 1
    }
    if more > 0 { hex += ", … +\(more)" }
    if eventHead == events.count, eventHead > 0 {
      events.removeAll(keepingCapacity: true)
      eventHead = 0
    }
    emit(
      DecodedLine(
        number: lineCount, text: UnsafeBufferPointer(rebasing: p[start..<end]), badBytes: hex,
        tooLongLength: 0))
  }

  private func dropEvents(before offset: Int) {
    while eventHead < events.count, events[eventHead].offset < offset { eventHead += 1 }
    if eventHead == events.count {
      events.removeAll(keepingCapacity: true)
      eventHead = 0
    }
  }

  /// The first bytes of a line, cut at a character boundary.
  static func preview(_ bytes: [UInt8], from start: Int) -> [UInt8] {
    var end = min(bytes.count, start + previewLength)
    if end < bytes.count {
      while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    }
    return Array(bytes[start..<end])
  }
}

/// Strict UTF-8 validation (Unicode table 3-7), fast on ASCII. NUL counts as invalid: text
/// files do not contain it.
enum UTF8Validator {
  /// Length of the valid sequence starting at `i`, or the negated length of the maximal invalid
  /// subpart (at least 1), or 0 when the sequence is incomplete at the end of `p`.
  @inline(__always)
  static func sequence(_ p: UnsafeRawBufferPointer, _ i: Int) -> Int {
    let n = p.count
    let b0 = p[i]
    if b0 < 0x80 { return b0 == 0 ? -1 : 1 }
    var need: Int
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: need = 1
    case 0xE0:
      need = 2
      lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: need = 2
    case 0xED:
      need = 2
      hi = 0x9F
    case 0xF0:
      need = 3
      lo = 0x90
    case 0xF1...0xF3: need = 3
    case 0xF4:
      need = 3
      hi = 0x8F
    default: return -1
    }
    var j = 1
    while j <= need {
      if i + j >= n { return 0 }
      let b = p[i + j]
      if j == 1 {
        if b < lo || b > hi { return -1 }
      } else if b & 0xC0 != 0x80 {
        return -j
      }
      j += 1
    }
    // A U+FFFD already in the input means the text was damaged before: report it too.
    if need == 2, b0 == 0xEF, p[i + 1] == 0xBF, p[i + 2] == 0xBD { return -3 }
    return need + 1
  }

  /// Appends the valid text of `chunk` to the splitter (U+FFFD and an event per invalid
  /// sequence). Returns the bytes of an incomplete final sequence when not `final`.
  static func append(_ chunk: UnsafeRawBufferPointer, final: Bool, to out: LineSplitter) -> [UInt8] {
    let n = chunk.count
    var i = 0
    var run = 0
    while i < n {
      // Eight ASCII bytes without NUL at a time.
      if i + 8 <= n {
        let w = chunk.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let hasZero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
        if (w & 0x8080_8080_8080_8080) | hasZero == 0 {
          i += 8
          continue
        }
      }
      let len = sequence(chunk, i)
      if len > 0 {
        i += len
        continue
      }
      if len == 0 && !final {
        // Incomplete sequence at the end: keep it for the next chunk.
        appendRun(chunk, run, i, out)
        return Array(chunk[i..<n])
      }
      let bad = len == 0 ? n - i : -len
      appendRun(chunk, run, i, out)
      out.addEvent(hex: hexBytes(chunk[i..<i + bad]))
      out.buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
      i += bad
      run = i
    }
    appendRun(chunk, run, n, out)
    return []
  }

  @inline(__always)
  private static func appendRun(_ chunk: UnsafeRawBufferPointer, _ from: Int, _ to: Int, _ out: LineSplitter) {
    guard to > from, let base = chunk.baseAddress else { return }
    out.buffer.append(
      contentsOf: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + from, count: to - from))
  }

  /// The number of invalid sequences in `chunk` (an incomplete one at the end counts only when
  /// `final`).
  /// Lines of `chunk` with non-ASCII text that is all valid UTF-8, and lines with invalid
  /// bytes. Text in another encoding (GBK) almost never makes a whole line of valid UTF-8, so
  /// such lines at least as many as the bad ones are UTF-8 with a few odd lines, not GBK.
  static func countLines(_ chunk: UnsafeRawBufferPointer) -> (utf8: Int, bad: Int) {
    var good = 0
    var bad = 0
    var multibyte = false
    var invalid = false
    var i = 0
    let n = chunk.count
    func endLine() {
      if invalid { bad += 1 } else if multibyte { good += 1 }
      multibyte = false
      invalid = false
    }
    while i < n {
      let c = chunk[i]
      if c < 0x80 {
        if c == 0x0A || c == 0x0D { endLine() }
        i += 1
        continue
      }
      let len = sequence(chunk, i)
      if len > 0 {
        multibyte = true
        i += len
      } else if len == 0 {
        break
      } else {
        invalid = true
        i += -len
      }
    }
    endLine()
    return (good, bad)
  }

  static func countErrors(_ chunk: UnsafeRawBufferPointer, final: Bool) -> Int {
    var errors = 0
    var i = 0
    let n = chunk.count
    while i < n {
      if chunk[i] < 0x80, chunk[i] != 0 {
        i += 1
        continue
      }
      var len = sequence(chunk, i)
      if len == -3 && chunk[i] == 0xEF { len = 3 }  // a U+FFFD is valid UTF-8 for detection
      if len > 0 {
        i += len
      } else if len == 0 {
        if final { errors += 1 }
        break
      } else {
        errors += 1
        i += -len
      }
    }
    return errors
  }
}
