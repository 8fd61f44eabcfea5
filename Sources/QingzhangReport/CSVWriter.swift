#if canImport(Glibc)
  import Glibc
#endif
import QingzhangModel

/// Writes an RFC 4180 CSV file: UTF-8, `\n` line ends, a field quoted only when it holds a
/// comma, a quote, CR or LF (quotes doubled). Buffered; the file is written whole.
///
/// A text field that a spreadsheet would run as a formula (`=HYPERLINK(…)` read as a name,
/// `+SUM(A1)`, `@cmd`, `-张三`) gets a leading `'`, as OWASP advises for CSV files opened in
/// Excel; numbers (`-200.00`) are written as they are.
public struct CSVWriter {
  private var buffer: [UInt8] = []

  public init(header: [String]) {
    buffer.reserveCapacity(1 << 16)
    row(header)
  }

  public mutating func row(_ fields: [String]) {
    var first = true
    for f in fields {
      if !first { buffer.append(0x2C) }
      first = false
      field(f)
    }
    buffer.append(0x0A)
  }

  /// Whether `f` would start a formula in a spreadsheet: `=`, `+`, `@`, TAB or CR first, or `-`
  /// not followed by a plain number.
  static func looksLikeFormula(_ f: String) -> Bool {
    guard let first = f.utf8.first else { return false }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), 0x09, 0x0D: return true
    case UInt8(ascii: "-"):
      let rest = f.utf8.dropFirst()
      var dots = 0
      for b in rest {
        if b == UInt8(ascii: ".") { dots += 1 } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) { return true }
      }
      return rest.isEmpty || dots > 1
    default: return false
    }
  }

  private mutating func field(_ raw: String) {
    let f = Self.looksLikeFormula(raw) ? "'" + raw : raw
    var needsQuotes = false
    for b in f.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
      needsQuotes = true
      break
    }
    if !needsQuotes {
      buffer.append(contentsOf: f.utf8)
      return
    }
    buffer.append(0x22)
    for b in f.utf8 {
      if b == 0x22 { buffer.append(0x22) }
      buffer.append(b)
    }
    buffer.append(0x22)
  }

  /// The file's bytes so far.
  public var bytes: [UInt8] { buffer }

  /// Writes the file (replacing it).
  public func write(to path: String) throws(Diagnostic) {
    try writeFile(buffer, to: path)
  }
}

/// Writes `bytes` to `path` atomically enough for our use (temp file, then rename).
public func writeFile(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
  let tmp = path + ".tmp"
  guard let f = fopen(tmp, "wb") else {
    throw Diagnostic(writeError(path, errno))
  }
  let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
  let closed = fclose(f)
  guard written == bytes.count, closed == 0, rename(tmp, path) == 0 else {
    let code = errno
    unlink(tmp)
    throw Diagnostic(writeError(path, code))
  }
}

/// Why `path` could not be written, in the catalogue's words (never the C library's English).
public func writeError(_ path: String, _ code: Int32) -> Note {
  switch code {
  case EACCES, EPERM, EROFS: return Note(CLIMessage.writeDenied, path)
  case ENOENT, ENOTDIR, EISDIR: return Note(CLIMessage.writeNoFolder, path)
  case ENOSPC, EDQUOT: return Note(CLIMessage.writeNoSpace, path)
  default: return Note(CLIMessage.cannotWrite, path, String(code))
  }
}
