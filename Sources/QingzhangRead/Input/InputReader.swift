import Foundation
import QingzhangModel

#if canImport(Glibc)
  import Glibc
#endif

/// What the read stage needs to know besides the inputs.
public struct ReadConfig: Sendable {
  /// The `mappings/` folder (columns.json, layouts/, iou.json …).
  public var mappingsDirectory: String
  /// Spreadsheet layouts given with `--mapping FILE`, tried before those in mappings/layouts/.
  public var layoutFiles: [String]

  public init(mappingsDirectory: String, layoutFiles: [String] = []) {
    self.mappingsDirectory = mappingsDirectory
    self.layoutFiles = layoutFiles
  }
}

/// One input file.
public struct InputFile: Sendable, Hashable {
  /// As named on the command line, or the folder as named joined with the relative path; used
  /// in every `source`.
  public var displayPath: String
  /// Where to open it.
  public var fsPath: String

  public init(displayPath: String, fsPath: String) {
    self.displayPath = displayPath
    self.fsPath = fsPath
  }

  public enum Kind: Sendable {
    case iouList
    case csv
    case tsv
  }

  /// By extension (case-insensitive); nil for anything else.
  public var kind: Kind? { InputFile.kind(of: fsPath) }

  /// Why a file of another extension is not read: a spreadsheet workbook (`.xlsx`, `.xls`, WPS's
  /// `.et`) is named as such, with how to save it as CSV; anything else is an unknown type.
  static func unreadableKind(_ name: String) -> Note {
    let ext = (name as NSString).pathExtension.lowercased()
    switch ext {
    case "xlsx", "xls", "xlsm", "xlsb", "et", "ett", "ods":
      return Note(ReadMessage.excelWorkbookFile, ext)
    case "wps":
      return Note(ReadMessage.wpsDocumentFile)
    default:
      return Note(ReadMessage.unknownExtension, name)
    }
  }

  static func kind(of path: String) -> Kind? {
    switch (path as NSString).pathExtension.lowercased() {
    case "txt": return .iouList
    case "csv": return .csv
    case "tsv": return .tsv
    default: return nil
    }
  }
}

/// What reading one file gave.
public struct FileSummary: Sendable {
  public var path: String
  /// `UTF-8`, `UTF-8 (BOM)`, `GB18030`, `UTF-16LE`, `UTF-16BE`; empty for an empty file.
  public var encoding: String
  /// Physical lines.
  public var lines: Int
  /// Records emitted.
  public var records: Int
  /// FNV-1a of the file's bytes.
  public var contentHash: UInt64
  /// Problems that are not fatal (empty file, no header, no amount column, doubtful encoding).
  public var diagnostics: [Diagnostic]

  public init(path: String, encoding: String, lines: Int, records: Int, contentHash: UInt64, diagnostics: [Diagnostic]) {
    self.path = path
    self.encoding = encoding
    self.lines = lines
    self.records = records
    self.contentHash = contentHash
    self.diagnostics = diagnostics
  }
}

public enum Inputs {
  /// The input files named by `args`: files as given, folders walked (dotfiles and dot-folders
  /// skipped), all sorted by display path. Anything but .txt/.csv/.tsv is refused.
  public static func expand(_ args: [String]) throws(Diagnostic) -> [InputFile] {
    var skipped: [Diagnostic] = []
    return try expand(args, skipped: &skipped)
  }

  /// The same, saying in `skipped` which hidden files and folders of a walked folder were not
  /// read (a dotfile with a readable extension, any dot-folder): never a silent drop.
  public static func expand(_ args: [String], skipped: inout [Diagnostic]) throws(Diagnostic) -> [InputFile] {
    var out: [InputFile] = []
    var visited: [String: String] = [:]
    for arg in args {
      switch fileType(arg) {
      case .missing(let code):
        throw Diagnostic(file: arg, openError(code))
      case .directory:
        try walk(folder: arg, display: arg, into: &out, skipped: &skipped, visited: &visited)
      case .regular:
        guard InputFile.kind(of: arg) != nil else {
          throw Diagnostic(file: arg, InputFile.unreadableKind((arg as NSString).lastPathComponent))
        }
        out.append(InputFile(displayPath: arg, fsPath: arg))
      case .other:
        throw Diagnostic(file: arg, Note(ReadMessage.notAFile, arg))
      }
    }
    var seen = Set<String>()
    return out.sorted { $0.displayPath.utf8.lexicographicallyPrecedes($1.displayPath.utf8) }
      .filter { seen.insert($0.displayPath).inserted }
  }

  /// Why a file could not be opened or read, in the catalogue's words (never the C library's
  /// English `strerror` text inside a Chinese message).
  public static func openError(_ code: Int32) -> Note {
    switch code {
    case ENOENT, ENOTDIR, ENAMETOOLONG, ELOOP: return Note(ReadMessage.fileNotFound)
    case EACCES, EPERM: return Note(ReadMessage.fileDenied)
    case EISDIR: return Note(ReadMessage.fileIsFolder)
    default: return Note(ReadMessage.readFailed, String(code))
    }
  }

  enum FileType {
    /// With the `errno` of `stat`.
    case missing(Int32)
    case directory
    case regular
    case other
  }

  static func fileType(_ path: String) -> FileType {
    var st = stat()
    guard stat(path, &st) == 0 else { return .missing(errno) }
    switch st.st_mode & S_IFMT {
    case S_IFDIR: return .directory
    case S_IFREG: return .regular
    default: return .other
    }
  }

  private static func walk(
    folder: String, display: String, into out: inout [InputFile], skipped: inout [Diagnostic],
    visited: inout [String: String]
  ) throws(Diagnostic) {
    // A link back to a folder above (or any folder read already) is read once.
    if let p = realpath(folder, nil) {
      let real = String(cString: p)
      free(p)
      if let first = visited[real] {
        skipped.append(Diagnostic(.warning, file: display, Note(ReadMessage.folderLoopSkipped, first)))
        return
      }
      visited[real] = display
    }
    // opendir first: its errno says why a folder cannot be listed.
    guard let dir = opendir(folder) else { throw Diagnostic(file: display, openError(errno)) }
    closedir(dir)
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw Diagnostic(file: display, openError(EIO))
    }
    for name in names.sorted() {
      let fs = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let shown = display.hasSuffix("/") ? display + name : display + "/" + name
      if name.hasPrefix(".") {
        switch fileType(fs) {
        case .directory:
          skipped.append(Diagnostic(.warning, file: shown, Note(ReadMessage.hiddenFolderSkipped)))
        case .regular where InputFile.kind(of: fs) != nil:
          skipped.append(Diagnostic(.warning, file: shown, Note(ReadMessage.hiddenFileSkipped)))
        default: break
        }
        continue
      }
      switch fileType(fs) {
      case .missing(let code):
        var st = stat()
        if lstat(fs, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
          skipped.append(Diagnostic(.warning, file: shown, Note(ReadMessage.brokenLinkSkipped)))
          continue
        }
        throw Diagnostic(file: shown, openError(code))
      case .directory:
        try walk(folder: fs, display: shown, into: &out, skipped: &skipped, visited: &visited)
      case .regular:
        guard InputFile.kind(of: fs) != nil else {
          throw Diagnostic(file: shown, InputFile.unreadableKind(name))
        }
        out.append(InputFile(displayPath: shown, fsPath: fs))
      case .other:
        throw Diagnostic(file: shown, Note(ReadMessage.notAFile, shown))
      }
    }
  }
}

/// The read stage's entry point: decodes a file and hands it to the IOU-list reader (.txt) or
/// the spreadsheet reader (.csv/.tsv); every non-blank line ends up in exactly one record.
public final class InputReader {
  public let config: ReadConfig
  public let columns: ColumnVocabulary
  /// `--mapping` layouts first, then mappings/layouts/.
  public let layouts: [SheetLayout]
  let vocabulary: IOUVocabulary

  public init(config: ReadConfig) throws(Diagnostic) {
    self.config = config
    columns = try ColumnVocabulary.load(mappingsDirectory: config.mappingsDirectory)
    var layouts: [SheetLayout] = []
    for f in config.layoutFiles { layouts.append(try SheetLayout.load(path: f, vocabulary: columns)) }
    layouts += try SheetLayout.loadFolder(
      (config.mappingsDirectory as NSString).appendingPathComponent("layouts"), vocabulary: columns)
    self.layouts = layouts
    vocabulary = try IOUVocabulary.load(mappingsDirectory: config.mappingsDirectory)
  }

  /// Reads one file, calling `emit` for each record in line order.
  /// - Throws: a `Diagnostic` when the file cannot be read at all (missing, unreadable, not
  ///   text, unknown extension).
  public func read(_ file: InputFile, emit: (Record) -> Void) throws(Diagnostic) -> FileSummary {
    guard let kind = file.kind else {
      throw Diagnostic(
        file: file.displayPath,
        InputFile.unreadableKind((file.displayPath as NSString).lastPathComponent))
    }
    if case .directory = Inputs.fileType(file.fsPath) {
      throw Diagnostic(file: file.displayPath, Note(ReadMessage.notAFile, file.displayPath))
    }
    let fd = open(file.fsPath, O_RDONLY)
    guard fd >= 0 else { throw Diagnostic(file: file.displayPath, Inputs.openError(errno)) }
    defer { close(fd) }
    let path = file.displayPath
    let reader = { (buf: UnsafeMutableRawBufferPointer) throws(Diagnostic) -> Int in
      while true {
        let n = Glibc.read(fd, buf.baseAddress, buf.count)
        if n >= 0 { return n }
        if errno == EINTR { continue }
        throw Diagnostic(file: path, Inputs.openError(errno))
      }
    }
    var records = 0
    func counting(_ r: Record) {
      records += 1
      emit(r)
    }
    let decoder = LineDecoder(displayPath: path, kind: kind)
    var summary: LineDecoder.Summary
    var diagnostics: [Diagnostic] = []
    switch kind {
    case .iouList:
      var iou = IOUListReader(path: path, vocabulary: vocabulary)
      summary = try decoder.run(read: reader) { line in
        if line.isTooLong {
          counting(
            Record(
              source: SourceRef(path: path, line: line.number), origin: .iou, kind: .rejected,
              raw: line.string + "…",
              notes: [Note(ReadMessage.lineTooLong, String(line.number), String(line.tooLongLength))]))
          iou.feed(line: line.number, text: "", emit: counting)
        } else if line.isBad {
          counting(
            Record(
              source: SourceRef(path: path, line: line.number), origin: .iou, kind: .rejected,
              raw: line.string, notes: [Note(ReadMessage.invalidBytes, String(line.number), line.badBytes)]))
          // A damaged line ends a multi-line IOU like a blank line would.
          iou.feed(line: line.number, text: "", emit: counting)
        } else {
          iou.feed(line: line.number, text: Substring(line.string), emit: counting)
        }
      }
      iou.finish(emit: counting)
    case .csv, .tsv:
      let sheet = SheetReader(
        path: path, delimiter: kind == .tsv ? 0x09 : 0x2C, vocabulary: columns, layouts: layouts)
      summary = try decoder.run(read: reader) { line in sheet.feed(line, emit: counting) }
      diagnostics = sheet.finish(emit: counting)
    }
    return FileSummary(
      path: path, encoding: summary.encoding?.rawValue ?? "", lines: summary.lines, records: records,
      contentHash: summary.contentHash, diagnostics: summary.diagnostics + diagnostics)
  }
}
