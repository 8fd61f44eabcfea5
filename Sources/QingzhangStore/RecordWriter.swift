import Dispatch
import QingzhangModel
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stores records on a thread of its own while the caller goes on reading.
///
/// The reading thread hands records over in batches through a bounded queue (at most
/// `batchesInFlight` batches of `batchSize` records wait at any time, so memory stays flat
/// however large the input); the writer thread inserts them with one prepared statement, one
/// transaction per file. The writer thread owns the only connection to the database until
/// `finish()` returns; while it writes, the database uses a rollback journal instead of WAL
/// (see `writerLoop`), and it is back in WAL mode when `finish()` returns.
///
/// ```swift
/// let writer = try RecordWriter(path: "out/ledger.sqlite")
/// if !writer.beginFile(path: "a.csv", contentHash: hash, encoding: "GB18030") {
///   for record in records { writer.append(record) }
///   writer.endFile(lines: lineCount)
/// }
/// let summary = try writer.finish()   // joins the thread; rethrows its first error
/// ```
///
/// One thread (the reader) calls every method; the class is not `Sendable`. After a storage
/// error the writer stops writing (the open file is rolled back, files committed before stay),
/// drops what it is sent, and `finish()` throws that error; `hasFailed` lets the reader stop
/// early.
public final class RecordWriter {
  /// What a writer stored.
  public struct Summary: Sendable, Hashable {
    /// Files written now (new, or changed and so replaced).
    public var filesWritten: Int
    /// Files skipped because the same path with the same content hash was stored before.
    public var filesSkipped: Int
    /// Records stored (in files committed).
    public var records: Int
  }

  /// The database file.
  public let path: String
  public let batchSize: Int
  private let channel: Channel
  private var thread: pthread_t?
  private var batch: [Record] = []
  /// path → content hash of every stored file, as the writer will have it.
  private var stored: [String: String]
  private var fileOpen = false
  /// The open file's path and the hash stored under that path before it (to undo a cancel).
  private var openFile: (path: String, previousHash: String?)?
  /// Whether the open file was begun with its content hash.
  private var openHashKnown = true
  private var filesSkipped = 0
  private var misuse: StoreError?
  private var finished = false

  /// Opens (or creates) the database at `path`, brings its schema up to date and starts the
  /// writer thread.
  ///
  /// - Parameters:
  ///   - batchSize: records handed over at a time.
  ///   - batchesInFlight: batches (and file starts/ends) that may wait in the queue.
  /// - Throws: what opening or migrating the database threw (`StoreError`).
  public init(path: String, batchSize: Int = 4096, batchesInFlight: Int = 8) throws {
    self.path = path
    self.batchSize = max(1, batchSize)
    let channel = Channel(slots: max(1, batchesInFlight))
    self.channel = channel
    stored = [:]
    batch.reserveCapacity(self.batchSize)
    let dbPath = path
    thread = try startThread { RecordWriter.writerLoop(path: dbPath, channel: channel) }
    channel.started.wait()
    switch channel.startup.withLock({ $0 }) {
    case .success(let files):
      stored = files
    case .failure(let error):
      join()
      finished = true
      throw error
    case nil:
      join()
      finished = true
      throw StoreError(code: StoreError.misuse, message: "the writer thread did not start", databasePath: path)
    }
  }

  deinit {
    if !finished { _ = try? finish() }
  }

  /// Whether the writer thread has hit an error (then nothing more is stored).
  public var hasFailed: Bool { channel.failed.load(ordering: .relaxed) }

  /// Whether some version of a file is stored under `path` (then only its content hash can
  /// tell whether to skip it; otherwise it is written whatever its hash).
  public func hasStoredFile(path: String) -> Bool { stored[path] != nil }

  /// Starts a file.
  ///
  /// - Parameter contentHash: the hash of the file's bytes. Nil when it is not known yet (the
  ///   file is read and hashed in one pass): then the file is written, and its hash must be
  ///   given to `endFile`. Only do so when `hasStoredFile(path:)` is false, since an unchanged
  ///   file can only be skipped when its hash is known here.
  /// - Returns: true when the same path with the same content hash is already stored: skip
  ///   the file (do not `append` its records nor call `endFile`). False when its records are
  ///   wanted: `append` them all, then call `endFile` (or `cancelFile`). An older version under
  ///   the same path is replaced when the new one is committed.
  public func beginFile(path: String, contentHash: String?, encoding: String) -> Bool {
    if fileOpen {
      noteMisuse("beginFile(\(path)) called while another file is open; call endFile first")
      cancelFile()
    }
    if let contentHash, stored[path] == contentHash {
      filesSkipped += 1
      return true
    }
    openFile = (path, stored[path])
    if let contentHash { stored[path] = contentHash }
    openHashKnown = contentHash != nil
    fileOpen = true
    // A file begun without its hash carries an empty placeholder until `endFile`.
    channel.send(.begin(path: path, contentHash: contentHash ?? "", encoding: encoding))
    return false
  }

  /// Hands one record of the open file over.
  public func append(_ record: Record) {
    guard fileOpen else {
      noteMisuse("append called with no file open; call beginFile first")
      return
    }
    batch.append(record)
    if batch.count >= batchSize { flush() }
  }

  /// Ends the open file; the writer commits it. `lines` is its number of physical lines.
  ///
  /// - Parameter contentHash: the file's hash, required when `beginFile` was given none (else
  ///   it replaces the one given there).
  public func endFile(lines: Int, contentHash: String? = nil) {
    guard fileOpen else {
      noteMisuse("endFile called with no file open")
      return
    }
    if contentHash == nil && !openHashKnown {
      noteMisuse("endFile called without the content hash of a file begun without one")
      cancelFile()
      return
    }
    flush()
    fileOpen = false
    if let contentHash, let f = openFile { stored[f.path] = contentHash }
    openFile = nil
    channel.send(.end(lines: lines, contentHash: contentHash))
  }

  /// Abandons the open file: nothing of it is stored (an older version stays).
  public func cancelFile() {
    guard fileOpen else { return }
    batch.removeAll(keepingCapacity: true)
    fileOpen = false
    if let f = openFile { stored[f.path] = f.previousHash }
    openFile = nil
    channel.send(.cancel)
  }

  /// Waits for everything to be stored, closes the database and ends the thread.
  ///
  /// - Throws: the writer's first error, or a `StoreError` (code 21) when the calls were out of
  ///   order (a file begun and never ended is rolled back).
  @discardableResult
  public func finish() throws -> Summary {
    if finished {
      throw StoreError(code: StoreError.misuse, message: "finish called twice", databasePath: path)
    }
    finished = true
    if fileOpen {
      noteMisuse("finish called while a file is open; call endFile first (the file was not stored)")
      cancelFile()
    }
    channel.send(.finish)
    join()
    if let error = channel.failure.withLock({ $0 }) { throw error }
    if let misuse { throw misuse }
    let (files, records) = channel.counts.withLock { $0 }
    return Summary(filesWritten: files, filesSkipped: filesSkipped, records: records)
  }

  private func flush() {
    guard !batch.isEmpty else { return }
    let full = RecordBatch(batch)
    batch = []
    batch.reserveCapacity(batchSize)
    if hasFailed { return }
    channel.send(.records(full))
  }

  private func noteMisuse(_ message: String) {
    if misuse == nil { misuse = StoreError(code: StoreError.misuse, message: message, databasePath: path) }
  }

  private func join() {
    if let thread {
      pthread_join(thread, nil)
      self.thread = nil
    }
  }

  // MARK: The writer thread

  private static func writerLoop(path: String, channel: Channel) {
    let store: RecordStore
    do {
      store = try RecordStore(path: path)
      // The whole ingest can be run again, so durability against an OS crash is not worth a
      // sync per transaction here.
      try store.database.execute("PRAGMA synchronous = OFF")
      // A bulk transaction in WAL mode writes every page twice: into the WAL, then into the
      // database at the checkpoint (a third of the time for a 1M-row file). A rollback journal
      // only holds the few pages that existed before, since appended pages need no undo; a
      // rollback (a cancelled or failed file) still works, and a killed process leaves a hot
      // journal that SQLite rolls back on the next open. WAL comes back when the writer is
      // done. When another connection has the file open the switch fails, and WAL stays.
      _ = try? store.database.execute("PRAGMA journal_mode = TRUNCATE")
      var files: [String: String] = [:]
      for f in try store.storedFiles() { files[f.path] = f.contentHash }
      channel.startup.withLock { $0 = .success(files) }
      channel.started.signal()
    } catch {
      channel.startup.withLock { $0 = .failure(error) }
      channel.started.signal()
      return
    }
    var failed = false
    var skipping = false
    var files = 0
    var records = 0
    var fileRecords = 0
    loop: while true {
      let command = channel.receive()
      if failed {
        if case .finish = command { break loop }
        continue
      }
      do {
        switch command {
        case .finish:
          break loop
        case .begin(let filePath, let hash, let encoding):
          fileRecords = 0
          skipping = try store.beginFile(path: filePath, contentHash: hash, encoding: encoding)
        case .records(let batch):
          if skipping { continue }
          // The batch is this thread's alone now: its records are lent to `insert` in place.
          // (Iterating or subscripting the array copies each record, retaining and releasing
          // every string of it: a tenth of the writer's time.)
          fileRecords += batch.records.count
          try batch.records.withUnsafeMutableBufferPointer { records throws(StoreError) in
            for i in records.indices { try store.insert(inPlace: &records[i]) }
          }
          batch.records = []
        case .end(let lines, let hash):
          if skipping {
            skipping = false
          } else {
            try store.endFile(lines: lines, contentHash: hash)
            files += 1
            records += fileRecords
          }
        case .cancel:
          store.cancelFile()
          skipping = false
        }
      } catch {
        failed = true
        store.cancelFile()
        channel.failure.withLock { if $0 == nil { $0 = error } }
        channel.failed.store(true, ordering: .relaxed)
      }
    }
    channel.counts.withLock { $0 = (files, records) }
    store.cancelFile()
    _ = try? store.database.execute("PRAGMA journal_mode = WAL")
    // `store` goes away here: the connection closes (and checkpoints the WAL) on this thread.
  }
}

/// Records in transit to the writer thread. Only one thread holds a batch at a time (the
/// reader until `send`, then the writer): the queue's semaphores order the handover.
private final class RecordBatch: @unchecked Sendable {
  var records: [Record]
  init(_ records: [Record]) { self.records = records }
}

/// The bounded queue between the reading thread and the writer thread.
private final class Channel: Sendable {
  enum Command: Sendable {
    case begin(path: String, contentHash: String, encoding: String)
    case records(RecordBatch)
    case end(lines: Int, contentHash: String?)
    case cancel
    case finish
  }

  private let queue = Mutex<[Command]>([])
  private let free: DispatchSemaphore
  private let filled = DispatchSemaphore(value: 0)
  let started = DispatchSemaphore(value: 0)
  let startup = Mutex<Result<[String: String], any Error>?>(nil)
  let failure = Mutex<(any Error)?>(nil)
  let failed = Atomic<Bool>(false)
  let counts = Mutex<(files: Int, records: Int)>((0, 0))

  init(slots: Int) { free = DispatchSemaphore(value: slots) }

  /// Blocks while the queue is full.
  func send(_ command: Command) {
    free.wait()
    queue.withLock { $0.append(command) }
    filled.signal()
  }

  /// Blocks while the queue is empty.
  func receive() -> Command {
    filled.wait()
    let command = queue.withLock { $0.removeFirst() }
    free.signal()
    return command
  }
}

/// Runs `body` on a new (joinable) thread.
private func startThread(_ body: @escaping @Sendable () -> Void) throws -> pthread_t {
  final class Box: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
  let context = Unmanaged.passRetained(Box(body)).toOpaque()
  var thread = pthread_t()
  let rc = pthread_create(
    &thread, nil,
    { raw in
      if let raw { Unmanaged<Box>.fromOpaque(raw).takeRetainedValue().body() }
      return nil
    }, context)
  guard rc == 0 else {
    Unmanaged<Box>.fromOpaque(context).release()
    throw StoreError(code: StoreError.error, message: "cannot start the writer thread (error \(rc))")
  }
  return thread
}
