internal import CSQLite
import QingzhangModel

/// A stored input file (a row of `files`).
public struct StoredFile: Sendable, Hashable {
  public var id: Int64
  public var path: String
  public var contentHash: String
  public var encoding: String
  public var lines: Int
  public var importedAtRun: Int64
}

/// The records of a qingzhang database, on one connection owned by one thread.
///
/// Importing is one transaction per file:
/// ```swift
/// let store = try RecordStore(path: "ledger.sqlite")
/// if try !store.beginFile(path: "a.csv", contentHash: h, encoding: "GB18030") {
///   for record in records { try store.insert(record) }
///   try store.endFile(lines: 120)
/// }
/// let all = try store.loadRecords()
/// ```
/// `RecordWriter` does the same on a thread of its own, for speed.
public final class RecordStore {
  public let database: Database
  private var insertStatement: Statement?
  private var currentFileID: Int64?
  private var run: Int64?
  private let arena = ByteArena()
  private var noteBytes: [UInt8] = []

  /// Uses `database`, bringing its schema up to date (`Schema.migrator`).
  public init(database: Database) throws {
    self.database = database
    try Schema.migrator.migrate(database)
  }

  /// Opens (or creates) the database file at `path` (`":memory:"` for a scratch one).
  public convenience init(path: String) throws {
    try self.init(database: Database(path: path))
  }

  // MARK: Files

  /// Every stored file, by path.
  public func storedFiles() throws(StoreError) -> [StoredFile] {
    let s = try database.prepare(
      "SELECT id, path, content_hash, encoding, lines, imported_at_run FROM files ORDER BY path, id")
    var files: [StoredFile] = []
    while try s.step() {
      files.append(
        StoredFile(
          id: s.int64(at: 0), path: s.string(at: 1), contentHash: s.string(at: 2),
          encoding: s.string(at: 3), lines: s.int(at: 4), importedAtRun: s.int64(at: 5)))
    }
    return files
  }

  /// Whether this exact file (same path and same content hash) is stored.
  public func isStored(path: String, contentHash: String) throws(StoreError) -> Bool {
    let s = try database.prepare("SELECT 1 FROM files WHERE path = ? AND content_hash = ?")
    s.bind(path, at: 1)
    s.bind(contentHash, at: 2)
    return try s.step()
  }

  /// Starts storing one input file.
  ///
  /// When the same path with the same content hash is stored already, nothing happens and the
  /// result is true: skip the file's records (`loadRecords` has them). Otherwise a transaction
  /// opens, any older version of the file under this path is deleted with its records, and the
  /// result is false: `insert` the records, then `endFile` commits (or `cancelFile` undoes).
  ///
  /// - Parameters:
  ///   - path: the input as named on the command line (the `PATH` of `source`).
  ///   - contentHash: a hash of the file's bytes, chosen by the caller.
  ///   - encoding: the encoding it was read in (`UTF-8`, `GB18030`, `UTF-16LE` …).
  /// - Returns: whether the file was already stored.
  @discardableResult
  public func beginFile(path: String, contentHash: String, encoding: String) throws -> Bool {
    guard currentFileID == nil else {
      throw misuse("beginFile called while another file is open; call endFile or cancelFile first")
    }
    if try isStored(path: path, contentHash: contentHash) { return true }
    // The run is recorded on its own, so that cancelling a file cannot undo it.
    let run = try currentRun()
    try database.beginTransaction(.immediate)
    do {
      let old = try database.prepare("SELECT id FROM files WHERE path = ?")
      old.bind(path, at: 1)
      var oldIDs: [Int64] = []
      while try old.step() { oldIDs.append(old.int64(at: 0)) }
      let deleteRecords = try database.prepare("DELETE FROM records WHERE key BETWEEN ? AND ?")
      for id in oldIDs {
        let range = RecordKey.range(file: id)
        deleteRecords.bind(range.lowerBound, at: 1)
        deleteRecords.bind(range.upperBound, at: 2)
        try deleteRecords.execute()
      }
      let deleteFiles = try database.prepare("DELETE FROM files WHERE path = ?")
      deleteFiles.bind(path, at: 1)
      try deleteFiles.execute()
      let insertFile = try database.prepare(
        "INSERT INTO files(path, content_hash, encoding, lines, imported_at_run) VALUES (?, ?, ?, 0, ?)")
      insertFile.bind(path, at: 1)
      insertFile.bind(contentHash, at: 2)
      insertFile.bind(encoding, at: 3)
      insertFile.bind(run, at: 4)
      try insertFile.execute()
      currentFileID = database.lastInsertRowID
    } catch {
      database.rollbackQuietly()
      throw error
    }
    return false
  }

  /// Stores one record of the open file (its `source.path` is taken to be the file's path).
  public func insert(_ r: Record) throws(StoreError) {
    var r = r
    try insert(inPlace: &r)
  }

  /// `insert`, reading the record where it lies (`inout` only so that no copy is made: the
  /// record is not changed).
  func insert(inPlace r: inout Record) throws(StoreError) {
    guard let fileID = currentFileID else { throw misuse("insert called with no file open; call beginFile first") }
    let s: Statement
    if let insertStatement {
      s = insertStatement
    } else {
      s = try database.prepare(
        """
        INSERT INTO records(key, origin, kind, status, name, phone, date, due_date,
          due_basis, amount_fen, goods, raw, notes, check_kind, check_fen, content_hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, persistent: true)
      insertStatement = s
    }
    guard let key = RecordKey.pack(file: fileID, line: r.source.line, part: r.part) else {
      throw StoreError(
        code: SQLITE_RANGE,
        message: "record \(r.source) part \(r.part) does not fit the key "
          + "(line 0–\(RecordKey.maxLine), part 0–\(RecordKey.maxPart))",
        databasePath: database.path)
    }
    s.bind(key, at: 1)
    s.bind(r.origin.staticText, at: 2)
    s.bind(r.kind.staticText, at: 3)
    s.bind(r.status.staticText, at: 4)
    if let d = r.date { s.bind(Int64(d.ordinal), at: 7) } else { s.bindNull(at: 7) }
    if let d = r.dueDate { s.bind(Int64(d.ordinal), at: 8) } else { s.bindNull(at: 8) }
    s.bind(r.dueBasis.staticText, at: 9)
    s.bind(r.amount.fen, at: 10)
    s.bind(r.check.staticText, at: 14)
    if let c = r.checkAmount { s.bind(c.fen, at: 15) } else { s.bindNull(at: 15) }

    // The texts go through one reused buffer, bound without copies.
    arena.removeAll()
    let name = arena.append(r.name)
    let phone = arena.append(r.phone)
    let goods = arena.append(r.goods)
    let raw = arena.append(r.raw)
    var notes = 0..<0
    if !r.notes.isEmpty {
      noteBytes.removeAll(keepingCapacity: true)
      NoteCodec.encode(r.notes, into: &noteBytes)
      notes = noteBytes.withUnsafeBufferPointer { arena.append($0) }
    }
    let hash = arena.appendHexHash(of: raw)
    bindArena(s, name, at: 5)
    bindArena(s, phone, at: 6)
    bindArena(s, goods, at: 11)
    bindArena(s, raw, at: 12)
    bindArena(s, notes, at: 13)
    bindArena(s, hash, at: 16)
    defer { s.reset() }
    try s.step()
  }

  private func bindArena(_ s: Statement, _ range: Range<Int>, at index: Int32) {
    s.bindNoCopy(arena.base + range.lowerBound, count: range.count, at: index)
  }

  /// Commits the open file, recording its number of physical lines.
  ///
  /// - Parameter contentHash: when given, replaces the hash passed to `beginFile` (for a
  ///   caller that learns the hash while reading the file, having begun it with a placeholder).
  public func endFile(lines: Int, contentHash: String? = nil) throws(StoreError) {
    guard let fileID = currentFileID else { throw misuse("endFile called with no file open") }
    currentFileID = nil
    do {
      if let contentHash {
        let s = try database.prepare("UPDATE files SET lines = ?, content_hash = ? WHERE id = ?")
        s.bind(Int64(lines), at: 1)
        s.bind(contentHash, at: 2)
        s.bind(fileID, at: 3)
        try s.execute()
      } else {
        let s = try database.prepare("UPDATE files SET lines = ? WHERE id = ?")
        s.bind(Int64(lines), at: 1)
        s.bind(fileID, at: 2)
        try s.execute()
      }
      try database.commit()
    } catch {
      database.rollbackQuietly()
      throw error
    }
  }

  /// Undoes the open file (nothing of it is stored; an older version it replaced comes back).
  public func cancelFile() {
    currentFileID = nil
    database.rollbackQuietly()
  }

  /// Whether a file is open (between `beginFile` returning false and `endFile`).
  public var isFileOpen: Bool { currentFileID != nil }

  private func currentRun() throws(StoreError) -> Int64 {
    if let run { return run }
    try database.execute("INSERT INTO runs DEFAULT VALUES")
    let id = database.lastInsertRowID
    run = id
    return id
  }

  private func misuse(_ message: String) -> StoreError {
    StoreError(code: SQLITE_MISUSE, message: message, databasePath: database.path)
  }

  // MARK: Reading back

  /// Number of stored records.
  public func recordCount() throws(StoreError) -> Int {
    let s = try database.prepare("SELECT count(*) FROM records")
    _ = try s.step()
    return s.int(at: 0)
  }

  /// Every stored record in (path, line, part) order (paths compared by their UTF-8 bytes), notes
  /// restored from their codes. Fields set by later stages (`customerID` …) are empty.
  public func loadRecords(registry: MessageRegistry = .standard) throws(StoreError) -> [Record] {
    var records: [Record] = []
    try forEachRecord(registry: registry) { records.append($0) }
    return records
  }

  /// Calls `body` with every stored record in the order of `loadRecords`, one at a time, so
  /// memory stays flat however many there are.
  public func forEachRecord(
    registry: MessageRegistry = .standard, _ body: (Record) throws(StoreError) -> Void
  ) throws(StoreError) {
    let sql = """
      SELECT r.file_id, f.path, r.line, r.part, r.origin, r.kind, r.status, r.name, r.phone,
        r.date, r.due_date, r.due_basis, r.amount_fen, r.goods, r.raw, r.notes, r.check_kind,
        r.check_fen
      FROM files f JOIN records r ON r.key BETWEEN f.id << 40 AND (f.id << 40) + 1099511627775
      ORDER BY f.path, r.key
      """
    let s = try database.prepare(sql)
    var lastFile: Int64 = -1
    var path = ""
    func corrupt(_ column: String, _ value: String) -> StoreError {
      StoreError(
        code: SQLITE_CORRUPT, message: "records.\(column) holds an unknown value '\(value)'", sql: sql,
        databasePath: database.path)
    }
    while try s.step() {
      let fileID = s.int64(at: 0)
      if fileID != lastFile {
        lastFile = fileID
        path = s.string(at: 1)
      }
      let originText = s.string(at: 4)
      guard let origin = SourceKind(rawValue: originText) else { throw corrupt("origin", originText) }
      let kindText = s.string(at: 5)
      guard let kind = RecordKind(rawValue: kindText) else { throw corrupt("kind", kindText) }
      let statusText = s.string(at: 6)
      guard let status = RecordStatus(rawValue: statusText) else { throw corrupt("status", statusText) }
      let basisText = s.string(at: 11)
      guard let basis = DueBasis(rawValue: basisText) else { throw corrupt("due_basis", basisText) }
      let checkText = s.string(at: 16)
      guard let check = CheckKind(rawValue: checkText) else { throw corrupt("check_kind", checkText) }
      let notes: [Note]
      if s.isNull(at: 15) {
        notes = []
      } else {
        let decoded = s.withBytes(at: 15) { NoteCodec.decode($0, registry: registry) }
        guard let decoded else { throw corrupt("notes", s.string(at: 15)) }
        notes = decoded
      }
      try body(
        Record(
          source: SourceRef(path: path, line: s.int(at: 2)), part: s.int(at: 3), origin: origin,
          kind: kind, status: status, name: s.string(at: 7), phone: s.string(at: 8),
          date: s.optionalInt64(at: 9).map { Day(ordinal: Int32(truncatingIfNeeded: $0)) },
          dueDate: s.optionalInt64(at: 10).map { Day(ordinal: Int32(truncatingIfNeeded: $0)) },
          dueBasis: basis, amount: Money(fen: s.int64(at: 12)), goods: s.string(at: 13),
          raw: s.string(at: 14), notes: notes,
          checkAmount: s.optionalInt64(at: 17).map { Money(fen: $0) }, check: check))
    }
  }
}

/// The rowid of a record: `file_id << 40 | line << 8 | part` (see `Schema`).
public enum RecordKey {
  public static let maxLine = (1 << 32) - 1
  public static let maxPart = 255

  /// The key, or nil when `line` or `part` does not fit.
  public static func pack(file: Int64, line: Int, part: Int) -> Int64? {
    guard (0...maxLine).contains(line), (0...maxPart).contains(part), file >= 0, file < 1 << 23 else { return nil }
    return file << 40 | Int64(line) << 8 | Int64(part)
  }

  /// The keys of one file's records.
  public static func range(file: Int64) -> ClosedRange<Int64> {
    (file << 40)...(file << 40 | (1 << 40 - 1))
  }
}

/// A growable byte buffer reused for every row, so binding text costs no allocation.
final class ByteArena {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int = 1 << 14) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  func removeAll() { count = 0 }

  private func reserve(_ extra: Int) {
    let needed = count + extra
    guard needed > capacity else { return }
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  /// Appends the UTF-8 of `s`; returns where it lies.
  func append(_ s: String) -> Range<Int> {
    let n = s.utf8.count
    reserve(n)
    let start = count
    let copied = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      if let p = bytes.baseAddress { (base + start).update(from: p, count: bytes.count) }
      return true
    }
    if copied == nil {
      var i = start
      for b in s.utf8 {
        base[i] = b
        i += 1
      }
    }
    count += n
    return start..<count
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    reserve(bytes.count)
    let start = count
    if let p = bytes.baseAddress { (base + start).update(from: p, count: bytes.count) }
    count += bytes.count
    return start..<count
  }

  /// Appends `StableHash.hex` (16 digits) of the bytes in `range`.
  func appendHexHash(of range: Range<Int>) -> Range<Int> {
    let h = StableHash.mix(
      StableHash.fnv1a(UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)))
    reserve(16)
    let start = count
    let digits: StaticString = "0123456789abcdef"
    for i in 0..<16 {
      let nibble = Int((h >> UInt64(60 - 4 * i)) & 0xF)
      base[start + i] = digits.utf8Start[nibble]
    }
    count += 16
    return start..<count
  }
}

extension SourceKind {
  var staticText: StaticString {
    switch self {
    case .iou: return "iou"
    case .sheet: return "sheet"
    }
  }
}

extension RecordKind {
  var staticText: StaticString {
    switch self {
    case .debt: return "debt"
    case .payment: return "payment"
    case .skipped: return "skipped"
    case .rejected: return "rejected"
    }
  }
}

extension RecordStatus {
  var staticText: StaticString {
    switch self {
    case .ok: return "ok"
    case .duplicate: return "duplicate"
    case .conflict: return "conflict"
    case .skipped: return "skipped"
    case .rejected: return "rejected"
    }
  }
}

extension DueBasis {
  var staticText: StaticString {
    switch self {
    case .none: return "none"
    case .explicit: return "explicit"
    case .endOfMonth: return "endOfMonth"
    case .beforeSpringFestival: return "beforeSpringFestival"
    }
  }
}

extension CheckKind {
  var staticText: StaticString {
    switch self {
    case .none: return "none"
    case .runningBalance: return "runningBalance"
    case .total: return "total"
    case .carriedForward: return "carriedForward"
    case .figures: return "figures"
    case .quantityTimesPrice: return "quantityTimesPrice"
    case .amountLessReceived: return "amountLessReceived"
    }
  }
}
