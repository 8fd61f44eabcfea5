internal import CSQLite

/// `SQLITE_TRANSIENT`, a macro Swift cannot import: SQLite copies the bound bytes at once.
let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// How a transaction takes its lock.
public enum TransactionKind: String, Sendable {
  case deferred = "DEFERRED"
  case immediate = "IMMEDIATE"
  case exclusive = "EXCLUSIVE"
}

/// What `inTransaction`'s body asks for when it returns normally.
public enum TransactionCompletion: Sendable {
  case commit
  case rollback
}

/// One SQLite connection, owned by one thread at a time (it is deliberately not `Sendable`).
///
/// Opening sets the connection up the way qingzhang always wants it: a 64 KiB page size for a
/// new file (before any table exists), WAL journal, `synchronous = NORMAL`, foreign keys on and
/// a busy timeout. The connection closes when the object goes away.
///
/// ```swift
/// let db = try Database(path: ":memory:")
/// try db.execute("CREATE TABLE t(x INTEGER)")
/// try db.inTransaction {
///   let insert = try db.prepare("INSERT INTO t(x) VALUES (?)")
///   insert.bind(Int64(42), at: 1)
///   try insert.execute()
///   return .commit
/// }
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/open.html>
public final class Database {
  let handle: OpaquePointer
  /// The file as given (`:memory:` for an in-memory database).
  public let path: String
  private var transactionDepth = 0

  /// Opens (creating if needed) the database at `path`, or an in-memory one for `":memory:"`.
  ///
  /// - Parameter busyTimeoutMilliseconds: how long to wait for another process's lock.
  /// - Throws: `StoreError` (code 14 when the file cannot be opened, 26 when it is not a
  ///   database).
  public init(path: String, busyTimeoutMilliseconds: Int32 = 5000) throws(StoreError) {
    self.path = path
    var db: OpaquePointer?
    // NOMUTEX: each connection is confined to one thread at a time, so it needs no mutex of
    // its own. (The process-wide mode is `configureSingleThreaded()`.)
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    guard let db else {
      throw StoreError(code: SQLITE_NOMEM, message: "out of memory opening the database", databasePath: path)
    }
    guard rc == SQLITE_OK else {
      let error = StoreError(
        code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(db),
        message: String(cString: sqlite3_errmsg(db)), databasePath: path)
      sqlite3_close_v2(db)
      throw error
    }
    handle = db
    sqlite3_extended_result_codes(db, 1)
    sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
    // page_size only takes effect on a file without tables; it must precede the switch to WAL.
    try execute("PRAGMA page_size = 65536")
    try execute("PRAGMA journal_mode = WAL")
    try execute("PRAGMA synchronous = NORMAL")
    try execute("PRAGMA foreign_keys = ON")
  }

  deinit {
    // Statements hold a strong reference to their database, so all are finalized by now.
    sqlite3_close_v2(handle)
  }

  /// Puts SQLite in single-thread mode with memory statistics off (the fastest), once per
  /// process. Call it before the first connection is opened, and only in a process where at
  /// most one thread at a time uses SQLite (the `qingzhang` command: the ingest writer thread,
  /// then the main thread). Never call it in tests, which run in parallel.
  ///
  /// - Returns: whether the mode was set (false once any connection was opened before).
  @discardableResult
  public static func configureSingleThreaded() -> Bool { singleThreadedResult == SQLITE_OK }

  private static let singleThreadedResult: Int32 = qz_sqlite_config_single_thread()

  /// The version of the SQLite library linked (`3.40.1`).
  public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

  /// Runs one or more SQL statements that take no arguments and return no rows.
  public func execute(_ sql: String) throws(StoreError) {
    var errmsg: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
    if rc != SQLITE_OK {
      let message = errmsg.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
      sqlite3_free(errmsg)
      throw StoreError(
        code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql,
        databasePath: path)
    }
  }

  /// Compiles `sql` (one statement).
  ///
  /// - Parameter persistent: a hint that the statement is kept and run many times.
  public func prepare(_ sql: String, persistent: Bool = false) throws(StoreError) -> Statement {
    try Statement(database: self, sql: sql, persistent: persistent)
  }

  /// The rowid of the last row inserted on this connection.
  public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// Whether a transaction is open (SQLite is not in autocommit mode).
  public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// Runs `body` in one transaction: commits when it returns `.commit`, rolls back when it
  /// returns `.rollback` or throws. The first error is rethrown (a failed rollback after it is
  /// not reported over it).
  ///
  /// - Warning: not reentrant; nest with `inSavepoint`.
  public func inTransaction(
    _ kind: TransactionKind = .immediate, _ body: () throws -> TransactionCompletion
  ) throws {
    try beginTransaction(kind)
    let completion: TransactionCompletion
    do {
      completion = try body()
    } catch {
      rollbackQuietly()
      throw error
    }
    switch completion {
    case .commit:
      do {
        try commit()
      } catch {
        rollbackQuietly()
        throw error
      }
    case .rollback:
      try rollback()
    }
  }

  /// Runs `body` inside a savepoint (usable inside a transaction or outside one).
  public func inSavepoint(_ body: () throws -> TransactionCompletion) throws {
    transactionDepth += 1
    defer { transactionDepth -= 1 }
    let name = "qz_sp\(transactionDepth)"
    try execute("SAVEPOINT \(name)")
    let completion: TransactionCompletion
    do {
      completion = try body()
    } catch {
      try? execute("ROLLBACK TO \(name)")
      try? execute("RELEASE \(name)")
      throw error
    }
    if completion == .rollback { try execute("ROLLBACK TO \(name)") }
    try execute("RELEASE \(name)")
  }

  /// Opens a transaction that later calls close with `commit()` or `rollback()`. Prefer
  /// `inTransaction` when the work fits in one closure.
  public func beginTransaction(_ kind: TransactionKind = .immediate) throws(StoreError) {
    try execute("BEGIN \(kind.rawValue) TRANSACTION")
  }

  public func commit() throws(StoreError) { try execute("COMMIT TRANSACTION") }

  public func rollback() throws(StoreError) { try execute("ROLLBACK TRANSACTION") }

  /// Rolls back if a transaction is open, ignoring errors (used on the way out of a failure).
  public func rollbackQuietly() {
    if isInTransaction { try? rollback() }
  }

  func error(_ rc: Int32, sql: String?) -> StoreError {
    StoreError(
      code: rc & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
      message: String(cString: sqlite3_errmsg(handle)), sql: sql, databasePath: path)
  }
}
