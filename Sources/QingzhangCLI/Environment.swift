#if canImport(Glibc)
  import Glibc
#endif
import QingzhangModel
import QingzhangReport

/// File-system helpers for the commands (POSIX; the library stages never touch paths).
enum FileSystem {
  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// `mkdir -p`.
  static func makeDirectory(_ path: String) throws(Diagnostic) {
    if isDirectory(path) { return }
    var partial = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      partial += part + "/"
      if !isDirectory(partial), mkdir(partial, 0o755) != 0 {
        // EEXIST with no folder there: a file of that name (`--out books.txt`).
        throw Diagnostic(writeError(path, errno == EEXIST ? ENOTDIR : errno))
      }
    }
  }

  static func readText(_ path: String) throws(Diagnostic) -> String {
    guard let f = fopen(path, "rb") else {
      throw Diagnostic(Note(CLIMessage.inputNotFound, path))
    }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    // A folder opens but does not read (EISDIR): never taken for an empty file of answers.
    if ferror(f) != 0 { throw Diagnostic(Note(CLIMessage.notAFile, path)) }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    // Decisions, aliases and rules files are read strictly: a GBK file decoded as UTF-8 would
    // silently turn names and ids into something else.
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Diagnostic(file: path, line: 0, Note(CLIMessage.notUTF8))
    }
    return text
  }

  /// The folder of rules: `--mappings`, `$QINGZHANG_MAPPINGS`, `./mappings`, or the
  /// `mappings` of the checkout the program was built in.
  static func mappingsDirectory(_ explicit: String?) throws(Diagnostic) -> String {
    var tried: [String] = []
    if let explicit {
      guard isDirectory(explicit) else { throw Diagnostic(Note(CLIMessage.mappingsNotFound, explicit)) }
      return explicit
    }
    if let env = getenv("QINGZHANG_MAPPINGS") {
      let p = String(cString: env)
      if isDirectory(p) { return p }
      tried.append(p)
    }
    if isDirectory("mappings/") && exists("mappings/columns.json") { return "mappings" }
    tried.append("./mappings")
    // .build/<config>/qingzhang → the checkout's mappings/.
    var buf = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    if n > 0 {
      var dir = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      for _ in 0..<5 {
        guard let slash = dir.lastIndex(of: "/") else { break }
        dir = String(dir[..<slash])
        for candidate in [dir + "/mappings", dir + "/share/qingzhang/mappings"] where isDirectory(candidate) {
          return candidate
        }
      }
    }
    throw Diagnostic(Note(CLIMessage.mappingsNotFound, tried.joined(separator: ", ")))
  }
}

/// Today's date (UTC+8, the shop's day), for the default `--as-of`.
func today() -> Day {
  var t = time_t()
  time(&t)
  let days = (Int(t) + 8 * 3600) / 86400
  return Day(ordinal: Int32(days))
}
