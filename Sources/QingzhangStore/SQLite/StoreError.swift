internal import CSQLite
import QingzhangModel

/// An error reported by SQLite, with the statement that failed.
///
/// `description` reads ``SQLite error 19: UNIQUE constraint failed: files.path - while executing
/// `INSERT INTO files …` ``. Bound values are never part of it (they are a customer's data).
/// `note` says the same thing to a shop owner, in the catalogue's words.
///
/// Related SQLite documentation: <https://www.sqlite.org/rescode.html>
public struct StoreError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The primary result code (`19` for a constraint failure).
  public var code: Int32
  /// The extended result code (`2067` for a UNIQUE constraint failure).
  public var extendedCode: Int32
  /// SQLite's own message (`sqlite3_errmsg`), or ours for a misuse of this wrapper.
  public var message: String
  /// The SQL being prepared or run, when there was one.
  public var sql: String?
  /// The database file (`:memory:` for an in-memory one).
  public var databasePath: String
  /// Set when the database has a migration this version does not know (it is newer).
  public var newerMigration: String?

  public init(
    code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil,
    databasePath: String = "", newerMigration: String? = nil
  ) {
    self.code = code
    self.extendedCode = extendedCode ?? code
    self.message = message
    self.sql = sql
    self.databasePath = databasePath
    self.newerMigration = newerMigration
  }

  public var description: String {
    var s = "SQLite error \(code): \(message)"
    if let sql { s += " - while executing `\(sql)`" }
    return s
  }

  /// Result codes this module tests for (the primary codes of `sqlite3.h`).
  public static let constraint: Int32 = 19
  public static let misuse: Int32 = 21
  public static let corrupt: Int32 = 11
  public static let error: Int32 = 1

  /// What happened, for a person: the catalogue message that fits the code.
  public var note: Note {
    let file = databasePath
    if let newerMigration { return Note(StoreMessage.newerDatabase, file, newerMigration) }
    switch code {
    case SQLITE_CANTOPEN: return Note(StoreMessage.cannotOpen, file)
    case SQLITE_NOTADB, SQLITE_CORRUPT: return Note(StoreMessage.notADatabase, file)
    case SQLITE_BUSY, SQLITE_LOCKED: return Note(StoreMessage.busy, file)
    case SQLITE_FULL: return Note(StoreMessage.diskFull, file)
    case SQLITE_READONLY, SQLITE_PERM: return Note(StoreMessage.readOnly, file)
    case SQLITE_IOERR: return Note(StoreMessage.ioError, file)
    default: return Note(StoreMessage.internalError, description)
    }
  }

  /// The error as a `Diagnostic` about the database file.
  public var diagnostic: Diagnostic { Diagnostic(file: databasePath, note) }
}
