#if canImport(Glibc)
  import Glibc
#endif
import QingzhangModel
import QingzhangRead
import QingzhangReport
import QingzhangStore

/// What `reconcile` was asked to do.
struct PipelineOptions {
  var inputs: [String]
  var out: String
  var asOf: Day
  var database: String
  var layoutFiles: [String]
  var aliasesFile: String?
  var decisionsFile: String?
  var mappingsDirectory: String
  var language: Language
}

struct PipelineResult {
  var summary: Summary
}

/// What reading all inputs gave.
struct ReadResult {
  var records: [Record] = []
  var files = 0
  var lines = 0
  var stored = 0
  var unchanged = 0
}

/// read → normalise → resolve → reconcile → report.
enum Pipeline {
  /// Reads every input, stores each file's records in one transaction (on the writer's
  /// thread, while reading goes on), and hands the records to `keep` when given.
  static func read(
    inputs: [String], database: String, layoutFiles: [String], mappingsDirectory: String,
    keepRecords: Bool, _ ctx: Context
  ) throws -> ReadResult {
    let files = try Inputs.expand(inputs)
    let reader = try InputReader(config: ReadConfig(mappingsDirectory: mappingsDirectory, layoutFiles: layoutFiles))
    let writer: RecordWriter
    do {
      writer = try RecordWriter(path: database)
    } catch let e as StoreError {
      throw e.diagnostic
    }
    var result = ReadResult()
    var failure: Error?
    for file in files {
      let hash = try contentHash(file)
      let alreadyStored = writer.beginFile(path: file.displayPath, contentHash: hash, encoding: "")
      do {
        let summary = try reader.read(file) { record in
          if keepRecords { result.records.append(record) }
          if !alreadyStored { writer.append(record) }
        }
        if alreadyStored {
          result.unchanged += 1
        } else {
          writer.endFile(lines: summary.lines)
          result.stored += 1
        }
        result.files += 1
        result.lines += summary.lines
        for d in summary.diagnostics { ctx.warn(d) }
      } catch {
        if !alreadyStored { writer.cancelFile() }
        failure = error
        break
      }
      if writer.hasFailed { break }
    }
    do {
      try writer.finish()
    } catch let e as StoreError {
      throw e.diagnostic
    }
    if let failure { throw failure }
    return result
  }

  /// FNV-1a over the file's bytes, as hex: the store's test of "the same file again".
  static func contentHash(_ file: InputFile) throws(Diagnostic) -> String {
    guard let f = fopen(file.fsPath, "rb") else {
      throw Diagnostic(file: file.displayPath, line: 0, Note(ReadMessage.cannotOpen, String(cString: strerror(errno))))
    }
    defer { fclose(f) }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
      if n == 0 { break }
      h = chunk.withUnsafeBytes { StableHash.fnv1a(UnsafeRawBufferPointer(rebasing: $0[0..<n]), seed: h) }
    }
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }

  static func ingest(
    inputs: [String], database: String, layoutFiles: [String], mappingsDirectory: String,
    _ ctx: Context
  ) throws {
    let r = try read(
      inputs: inputs, database: database, layoutFiles: layoutFiles,
      mappingsDirectory: mappingsDirectory, keepRecords: false, ctx)
    ctx.say(CLIMessage.ingestSummary, database, String(r.files), String(r.lines))
  }

  static func reconcile(_ o: PipelineOptions, _ ctx: Context) throws -> PipelineResult {
    throw Diagnostic(Note(CLIMessage.internalError, "pipeline not wired yet"))
  }
}
