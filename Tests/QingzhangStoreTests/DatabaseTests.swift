import Foundation
import QingzhangModel
import Testing

@testable import QingzhangStore

struct FailingSQL: Sendable, CustomTestStringConvertible {
  var sql: String
  var code: Int32
  var testDescription: String { "`\(sql)` → error \(code)" }
}

@Suite struct DatabaseTests {
  static let failing: [FailingSQL] = [
    .init(sql: "SELEKT 1", code: 1),
    .init(sql: "INSERT INTO missing(x) VALUES (1)", code: 1),
    .init(sql: "INSERT INTO t(id, name) VALUES (1, 'dup')", code: 19),
    .init(sql: "INSERT INTO t(id, name) VALUES (2, NULL)", code: 19),
  ]

  func makeDatabase() throws -> Database {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    try db.execute("INSERT INTO t(id, name) VALUES (1, 'first')")
    return db
  }

  @Test(arguments: failing)
  func failingStatementReportsCodeAndSQL(_ c: FailingSQL) throws {
    let db = try makeDatabase()
    let error = #expect(throws: StoreError.self) {
      let s = try db.prepare(c.sql)
      try s.execute()
    }
    #expect(error?.code == c.code)
    #expect(error?.sql == c.sql)
    #expect(error?.description.hasPrefix("SQLite error \(c.code): ") == true)
    #expect(error?.description.hasSuffix(" - while executing `\(c.sql)`") == true)
  }

  @Test func boundValuesStayOutOfErrors() throws {
    let db = try makeDatabase()
    let s = try db.prepare("INSERT INTO t(id, name) VALUES (?, ?)")
    s.bind(Int64(7), at: 1)
    s.bind("first", at: 2)
    let error = #expect(throws: StoreError.self) { try s.execute() }
    #expect(
      error?.description
        == "SQLite error 19: UNIQUE constraint failed: t.name - while executing `INSERT INTO t(id, name) VALUES (?, ?)`")
    #expect(error?.extendedCode == 2067)
    #expect(error?.note.code == "db-internal-error")
  }

  @Test func bindingAWrongIndexFailsAtStep() throws {
    let db = try makeDatabase()
    let s = try db.prepare("SELECT ?")
    s.bind(Int64(1), at: 5)
    let error = #expect(throws: StoreError.self) { try s.step() }
    #expect(error?.code == 25)  // SQLITE_RANGE
  }

  @Test func valuesRoundTrip() throws {
    let db = try Database(path: ":memory:")
    let s = try db.prepare("SELECT ?, ?, ?, ?, ?, ?, ?")
    s.bind(Int64.min, at: 1)
    s.bind("张建国\u{0}尾", at: 2)
    s.bind(nil as String?, at: 3)
    s.bind(nil as Int64?, at: 4)
    s.bind(0.5, at: 5)
    s.bind("" as StaticString, at: 6)
    s.bind(String(), at: 7)
    #expect(try s.step())
    #expect(s.int64(at: 0) == Int64.min)
    #expect(s.string(at: 1) == "张建国\u{0}尾")
    #expect(s.optionalString(at: 2) == nil)
    #expect(s.optionalInt64(at: 3) == nil)
    #expect(s.double(at: 4) == 0.5)
    #expect(s.optionalString(at: 5) == "")
    #expect(s.optionalString(at: 6) == "")  // empty, not NULL
    #expect(try !s.step())
  }

  @Test func transactionRollsBackOnThrow() throws {
    struct Boom: Error {}
    let db = try makeDatabase()
    #expect(throws: Boom.self) {
      try db.inTransaction {
        try db.execute("INSERT INTO t(id, name) VALUES (2, 'second')")
        throw Boom()
      }
    }
    #expect(!db.isInTransaction)
    try db.inTransaction {
      try db.execute("INSERT INTO t(id, name) VALUES (3, 'third')")
      return .rollback
    }
    try db.inTransaction {
      try db.execute("INSERT INTO t(id, name) VALUES (4, 'fourth')")
      return .commit
    }
    let s = try db.prepare("SELECT group_concat(id) FROM (SELECT id FROM t ORDER BY id)")
    #expect(try s.step())
    #expect(s.string(at: 0) == "1,4")
  }

  @Test func savepointRollsBackOnlyItsPart() throws {
    struct Boom: Error {}
    let db = try makeDatabase()
    try db.inTransaction {
      try db.execute("INSERT INTO t(id, name) VALUES (2, 'kept')")
      try? db.inSavepoint {
        try db.execute("INSERT INTO t(id, name) VALUES (3, 'undone')")
        throw Boom()
      }
      return .commit
    }
    let s = try db.prepare("SELECT count(*) FROM t")
    #expect(try s.step())
    #expect(s.int(at: 0) == 2)
  }

  @Test func migrationsAreAppliedOnce() throws {
    let folder = try TempFolder()
    let path = folder.path("m.sqlite")
    var migrator = Migrator()
    migrator.register("one") { db in try db.execute("CREATE TABLE a(x)") }
    migrator.register("two") { db in try db.execute("INSERT INTO a VALUES (1)") }
    do {
      let db = try Database(path: path)
      #expect(try migrator.migrate(db) == ["one", "two"])
      #expect(try migrator.migrate(db) == [])
    }
    let db = try Database(path: path)
    #expect(try migrator.migrate(db) == [])
    #expect(try migrator.appliedIdentifiers(db) == ["one", "two"])
    let s = try db.prepare("SELECT count(*) FROM a")
    #expect(try s.step())
    #expect(s.int(at: 0) == 1)
    // A later version adds a migration: only that one runs.
    migrator.register("three") { db in try db.execute("INSERT INTO a VALUES (3)") }
    #expect(try migrator.migrate(db) == ["three"])
  }

  @Test func failedMigrationLeavesNothing() throws {
    let db = try Database(path: ":memory:")
    var migrator = Migrator()
    migrator.register("half") { db in
      try db.execute("CREATE TABLE b(x)")
      try db.execute("INSERT INTO nowhere VALUES (1)")
    }
    #expect(throws: StoreError.self) { try migrator.migrate(db) }
    #expect(try migrator.appliedIdentifiers(db) == [])
    #expect(throws: StoreError.self) { try db.execute("SELECT * FROM b") }
  }

  @Test func newerDatabaseIsRefused() throws {
    let db = try Database(path: ":memory:")
    var newer = Migrator()
    newer.register("one") { _ in }
    newer.register("from-the-future") { _ in }
    try newer.migrate(db)
    var older = Migrator()
    older.register("one") { _ in }
    let error = #expect(throws: StoreError.self) { try older.migrate(db) }
    #expect(error?.newerMigration == "from-the-future")
    #expect(error?.note.code == "db-newer-version")
  }

  @Test func openingSomethingElseSaysWhat() throws {
    let folder = try TempFolder()
    let text = folder.path("notes.sqlite")
    try Data("这不是数据库，这是一个普通的文本文件。".utf8 + [UInt8](repeating: 0x41, count: 200)).write(to: URL(fileURLWithPath: text))
    let notADB = #expect(throws: StoreError.self) { _ = try Database(path: text) }
    #expect(notADB?.code == 26)
    #expect(notADB?.note.code == "db-not-a-database")
    #expect(notADB?.diagnostic.render(.zh).hasPrefix(text + ": 错误: “" + text + "”不是清账的数据库") == true)

    let missing = folder.path("no/such/folder/x.sqlite")
    let cannot = #expect(throws: StoreError.self) { _ = try Database(path: missing) }
    #expect(cannot?.code == 14)
    #expect(cannot?.note.render(.en).contains(missing) == true)
  }

  @Test func newFileGetsLargePagesAndWAL() throws {
    let folder = try TempFolder()
    let db = try Database(path: folder.path("p.sqlite"))
    try db.execute("CREATE TABLE x(y)")
    let s = try db.prepare("PRAGMA page_size")
    #expect(try s.step())
    #expect(s.int(at: 0) == 65536)
    let j = try db.prepare("PRAGMA journal_mode")
    #expect(try j.step())
    #expect(j.string(at: 0) == "wal")
    let f = try db.prepare("PRAGMA foreign_keys")
    #expect(try f.step())
    #expect(f.int(at: 0) == 1)
  }
}
