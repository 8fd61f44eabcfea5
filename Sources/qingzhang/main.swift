import QingzhangCLI

#if canImport(Glibc)
  import Glibc
#endif

/// Writes to a file descriptor (1 = stdout, 2 = stderr).
final class FileSink: TextSink {
  let fd: Int32
  init(fd: Int32) { self.fd = fd }
  func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { return }
      offset += n
    }
  }
}

CLI.prepareProcess()
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), out: FileSink(fd: 1), err: FileSink(fd: 2))
exit(status.rawValue)
