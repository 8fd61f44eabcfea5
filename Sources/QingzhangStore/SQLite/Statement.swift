internal import CSQLite

/// A compiled SQL statement: prepared in `init`, finalized in `deinit`.
///
/// Bind with 1-based indices, `step()` through the rows, read columns with 0-based indices,
/// then `reset()` to run it again. A bind error (a wrong index) is kept and thrown by the next
/// `step()`, so a bind never fails silently.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/stmt.html>
public final class Statement {
  let handle: OpaquePointer
  /// The SQL as given (also in every error of this statement).
  public let sql: String
  let database: Database
  private var bindError: Int32 = SQLITE_OK

  init(database: Database, sql: String, persistent: Bool) throws(StoreError) {
    self.database = database
    self.sql = sql
    var stmt: OpaquePointer?
    let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
    let rc = sqlite3_prepare_v3(database.handle, sql, -1, flags, &stmt, nil)
    guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    guard let stmt else {
      throw StoreError(
        code: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql, databasePath: database.path)
    }
    handle = stmt
  }

  deinit { sqlite3_finalize(handle) }

  // MARK: Binding (1-based)

  public func bind(_ value: Int64, at index: Int32) {
    note(sqlite3_bind_int64(handle, index, value))
  }

  public func bind(_ value: Int, at index: Int32) {
    note(sqlite3_bind_int64(handle, index, Int64(value)))
  }

  /// Binds an integer, or NULL for nil.
  public func bind(_ value: Int64?, at index: Int32) {
    if let value { bind(value, at: index) } else { bindNull(at: index) }
  }

  /// Binds a floating-point value. Never money: money is `Int64` fen.
  public func bind(_ value: Double, at index: Int32) {
    note(sqlite3_bind_double(handle, index, value))
  }

  /// Binds text (SQLite copies it).
  public func bind(_ value: String, at index: Int32) {
    var value = value
    value.withUTF8 { bytes in
      // A nil pointer would bind NULL, so an empty string gets a real (empty) one.
      let p = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) } ?? emptyCString
      note(sqlite3_bind_text(handle, index, p, Int32(bytes.count), sqliteTransient))
    }
  }

  /// Binds text, or NULL for nil.
  public func bind(_ value: String?, at index: Int32) {
    if let value { bind(value, at: index) } else { bindNull(at: index) }
  }

  /// Binds a constant text without copying it.
  public func bind(_ value: StaticString, at index: Int32) {
    value.utf8Start.withMemoryRebound(to: CChar.self, capacity: value.utf8CodeUnitCount) { p in
      note(sqlite3_bind_text(handle, index, p, Int32(value.utf8CodeUnitCount), nil))
    }
  }

  /// Binds `count` bytes of UTF-8 at `bytes` without copying them: the caller keeps them
  /// alive and unchanged until the statement is stepped and reset (or bound again).
  func bindNoCopy(_ bytes: UnsafePointer<UInt8>, count: Int, at index: Int32) {
    bytes.withMemoryRebound(to: CChar.self, capacity: count) { p in
      note(sqlite3_bind_text(handle, index, p, Int32(count), nil))
    }
  }

  public func bindNull(at index: Int32) {
    note(sqlite3_bind_null(handle, index))
  }

  /// Sets every parameter back to NULL.
  public func clearBindings() { sqlite3_clear_bindings(handle) }

  private func note(_ rc: Int32) {
    if rc != SQLITE_OK && bindError == SQLITE_OK { bindError = rc }
  }

  // MARK: Running

  /// Runs the statement one step.
  ///
  /// - Returns: true when a row is ready to read, false when the statement is done.
  /// - Throws: `StoreError` with this statement's SQL (the bound values are not included).
  @discardableResult
  public func step() throws(StoreError) -> Bool {
    if bindError != SQLITE_OK {
      let rc = bindError
      bindError = SQLITE_OK
      throw StoreError(
        code: rc, message: String(cString: sqlite3_errstr(rc)) + " (binding a parameter)", sql: sql,
        databasePath: database.path)
    }
    let rc = sqlite3_step(handle)
    switch rc {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let error = database.error(rc, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// Steps to the end (for statements that return no rows), then resets.
  public func execute() throws(StoreError) {
    defer { sqlite3_reset(handle) }
    while try step() {}
  }

  /// Makes the statement ready to run again; the bindings stay.
  public func reset() { sqlite3_reset(handle) }

  // MARK: Columns (0-based)

  public func isNull(at column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  public func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  public func int(at column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

  /// The integer, or nil for NULL.
  public func optionalInt64(at column: Int32) -> Int64? {
    isNull(at: column) ? nil : sqlite3_column_int64(handle, column)
  }

  public func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }

  /// The text ("" for NULL). Invalid UTF-8 is repaired with U+FFFD.
  public func string(at column: Int32) -> String {
    withBytes(at: column) { String(decoding: $0, as: UTF8.self) }
  }

  /// The text, or nil for NULL.
  public func optionalString(at column: Int32) -> String? {
    isNull(at: column) ? nil : string(at: column)
  }

  /// Calls `body` with the column's UTF-8 bytes (valid only inside `body`).
  public func withBytes<R>(at column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    guard let p = sqlite3_column_text(handle, column) else {
      return try body(UnsafeBufferPointer(start: nil, count: 0))
    }
    let n = Int(sqlite3_column_bytes(handle, column))
    return try body(UnsafeBufferPointer(start: p, count: n))
  }

  /// Number of columns of the result.
  public var columnCount: Int32 { sqlite3_column_count(handle) }
}

private let emptyCStringStorage: StaticString = ""
private var emptyCString: UnsafePointer<CChar> {
  UnsafeRawPointer(emptyCStringStorage.utf8Start).assumingMemoryBound(to: CChar.self)
}
