/// An ordered list of schema changes, each applied once per database.
///
/// Applied identifiers are recorded in `qingzhang_migrations`; each migration runs in one
/// immediate transaction together with the row that records it, so a failed migration leaves
/// nothing behind. A database that has an identifier this list does not know was made by a
/// newer version: `migrate` refuses it rather than guess.
///
/// ```swift
/// var migrator = Migrator()
/// migrator.register("v1-files") { db in try db.execute("CREATE TABLE files(…)") }
/// try migrator.migrate(db)
/// ```
public struct Migrator {
  public private(set) var migrations: [(identifier: String, migrate: (Database) throws -> Void)] = []

  public init() {}

  /// Appends a migration; identifiers must be unique (a repeated one is ignored).
  public mutating func register(_ identifier: String, migrate: @escaping (Database) throws -> Void) {
    guard !migrations.contains(where: { $0.identifier == identifier }) else { return }
    migrations.append((identifier, migrate))
  }

  /// Identifiers already applied to `db`, in the order they were applied.
  public func appliedIdentifiers(_ db: Database) throws(StoreError) -> [String] {
    try createTable(db)
    let select = try db.prepare("SELECT identifier FROM qingzhang_migrations ORDER BY rowid")
    var ids: [String] = []
    while try select.step() { ids.append(select.string(at: 0)) }
    return ids
  }

  /// Applies, in order, every migration not yet applied.
  ///
  /// - Returns: the identifiers applied now.
  /// - Throws: `StoreError`, or the first error a migration threw (its transaction is rolled
  ///   back).
  @discardableResult
  public func migrate(_ db: Database) throws -> [String] {
    let applied = try appliedIdentifiers(db)
    let known = Set(migrations.map(\.identifier))
    if let unknown = applied.first(where: { !known.contains($0) }) {
      throw StoreError(
        code: StoreError.error,
        message: "the database has migration \(unknown), unknown to this version",
        databasePath: db.path, newerMigration: unknown)
    }
    let done = Set(applied)
    var now: [String] = []
    for (identifier, migrate) in migrations where !done.contains(identifier) {
      try db.inTransaction(.immediate) {
        try migrate(db)
        let record = try db.prepare("INSERT INTO qingzhang_migrations(identifier) VALUES (?)")
        record.bind(identifier, at: 1)
        try record.execute()
        return .commit
      }
      now.append(identifier)
    }
    return now
  }

  private func createTable(_ db: Database) throws(StoreError) {
    try db.execute("CREATE TABLE IF NOT EXISTS qingzhang_migrations(identifier TEXT NOT NULL PRIMARY KEY)")
  }
}
