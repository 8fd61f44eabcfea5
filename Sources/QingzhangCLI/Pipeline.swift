#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import QingzhangModel
import QingzhangReconcile
import QingzhangRead
import QingzhangReport
import QingzhangResolve
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
  var recordCount = 0
  var stored = 0
  var unchanged = 0
}

/// read → normalise → resolve → reconcile → report.
enum Pipeline {
  /// Reads every input and stores each file's records in one transaction (on the writer's
  /// thread, while reading goes on); with `keepRecords`, also returns them.
  static func read(
    inputs: [String], database: String, layoutFiles: [String], mappingsDirectory: String,
    keepRecords: Bool, _ ctx: Context
  ) throws -> ReadResult {
    var skipped: [Diagnostic] = []
    let files = try Inputs.expand(inputs, skipped: &skipped)
    for d in skipped { ctx.warn(d) }
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
      // Only a path stored before can be skipped, and only its hash tells whether to: such a
      // file is hashed first. A new path is written, hashed as it is read (one pass less).
      let hash = writer.hasStoredFile(path: file.displayPath) ? try contentHash(file) : nil
      let alreadyStored = writer.beginFile(path: file.displayPath, contentHash: hash, encoding: "")
      do {
        let summary = try reader.read(file) { record in
          result.recordCount += 1
          if keepRecords { result.records.append(record) }
          if !alreadyStored { writer.append(record) }
        }
        if alreadyStored {
          result.unchanged += 1
        } else {
          writer.endFile(lines: summary.lines, contentHash: hash ?? StableHash.hexDigits(summary.contentHash))
          result.stored += 1
        }
        result.files += 1
        result.lines += summary.lines
        // The file's problems are already records (rejected with their reason): a warning.
        for var d in summary.diagnostics {
          d.severity = .warning
          ctx.warn(d)
        }
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
      throw Diagnostic(file: file.displayPath, line: 0, Inputs.openError(errno))
    }
    defer { fclose(f) }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
      if n == 0 { break }
      h = chunk.withUnsafeBytes { StableHash.fnv1a(UnsafeRawBufferPointer(rebasing: $0[0..<n]), seed: h) }
    }
    return StableHash.hexDigits(h)
  }


  static func ingest(
    inputs: [String], database: String, layoutFiles: [String], mappingsDirectory: String,
    _ ctx: Context
  ) throws {
    let r = try read(
      inputs: inputs, database: database, layoutFiles: layoutFiles,
      mappingsDirectory: mappingsDirectory, keepRecords: false, ctx)
    ctx.say(CLIMessage.ingestSummary, database, String(r.files), String(r.lines), String(r.recordCount))
  }

  static func reconcile(_ o: PipelineOptions, _ ctx: Context) throws -> PipelineResult {
    // Answers and known identities first: a typo there should stop the run before the work.
    let decisions = try o.decisionsFile.map { (f: String) throws(Diagnostic) in
      try Decisions(parsing: FileSystem.readText(f), file: f)
    } ?? Decisions()
    let aliases = try o.aliasesFile.map { (f: String) throws(Diagnostic) in
      try AliasTable(parsing: FileSystem.readText(f), file: f)
    } ?? AliasTable()
    try FileSystem.makeDirectory(o.out)

    // 1. Read (and store).
    var read = try Pipeline.read(
      inputs: o.inputs, database: o.database, layoutFiles: o.layoutFiles,
      mappingsDirectory: o.mappingsDirectory, keepRecords: true, ctx)
    // Input order must not matter: from here on records are in (path, line, part) order.
    read.records.sort { ($0.source, $0.part) < ($1.source, $1.part) }

    // 2–3. Normalise and resolve customers.
    let resolver = try Resolver(mappingsDirectory: o.mappingsDirectory)
    let resolution = assignCustomers(&read.records, resolver: resolver, aliases: aliases, decisions: decisions)

    // 4. Reconcile.
    let words = try reconcileWords(o.mappingsDirectory)
    let result = Reconciler.run(
      read.records,
      options: ReconcileOptions(
        asOf: o.asOf, decisions: decisions, genericGoods: words.genericGoods,
        paymentMoneyWords: words.paymentMoneyWords, openQuestions: resolution.reviews))

    for id in decisions.unusedIDs {
      ctx.warn(Diagnostic(.warning, file: o.decisionsFile ?? "", line: decisions.lineOfID[id] ?? 0, Note(CLIMessage.decisionUnused, id)))
    }

    // 5. Report.
    let reviews = resolution.reviews + result.reviews
    // An answered question still open: the answer did not fit it (`same` to a conflict, a
    // `keep` naming no candidate's record…). Said, never dropped silently.
    for item in ReviewItem.reportOrder(reviews) {
      guard let answer = decisions.byID[item.id] else { continue }
      ctx.warn(
        Diagnostic(
          .warning, file: o.decisionsFile ?? "", line: decisions.lineOfID[item.id] ?? 0,
          Note(CLIMessage.decisionNotApplied, item.id, answer.description, item.type.rawValue, item.type.answers)))
    }
    var summary = Summary(result, asOf: o.asOf, reviewItems: reviews.count)
    summary.files = read.files
    summary.lines = read.lines
    let lang = o.language
    try Reports.entries(result.records, language: lang).write(to: o.out + "/entries.csv")
    try Reports.customers(resolution.customers).write(to: o.out + "/customers.csv")
    try Reports.ledger(result.ledger, language: lang).write(to: o.out + "/opening-ledger.csv")
    try Reports.stale(result.stale, language: lang).write(to: o.out + "/stale-debts.csv")
    try Reports.review(reviews, language: lang).write(to: o.out + "/review.csv")
    try writeFile(Array(summary.json.utf8), to: o.out + "/summary.json")
    // 6. Keep the results beside the records in the database ("--db holds everything").
    do {
      try ResultStore(path: o.database).save(
        records: result.records, customers: resolution.customers, reviews: reviews,
        info: [("as_of", o.asOf.iso), ("language", lang.rawValue)])
    } catch let e as StoreError {
      throw e.diagnostic
    }
    return PipelineResult(summary: summary)
  }

  /// The `genericGoods` and `paymentMoneyWords` of `mappings/reconcile.json` (the built-in
  /// lists when the file, or the second key, is absent).
  static func reconcileWords(_ mappings: String) throws(Diagnostic) -> (genericGoods: [String], paymentMoneyWords: [String]) {
    let path = mappings + "/reconcile.json"
    guard FileSystem.exists(path) else {
      return (ReconcileOptions.defaultGenericGoods, ReconcileOptions.defaultPaymentMoneyWords)
    }
    let text = try FileSystem.readText(path)
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
      let words = object["genericGoods"] as? [String]
    else {
      throw Diagnostic(file: path, line: 0, Note(CLIMessage.badMappingFile, "genericGoods"))
    }
    guard let money = object["paymentMoneyWords"] else { return (words, ReconcileOptions.defaultPaymentMoneyWords) }
    guard let list = money as? [String] else {
      throw Diagnostic(file: path, line: 0, Note(CLIMessage.badMappingFile, "paymentMoneyWords"))
    }
    return (words, list)
  }

  /// Sets `customerID`/`customerName` on every record that names a customer: debts, payments
  /// and stated balances. Other skipped rows and rejected rows stay without one; their names
  /// are bystanders.
  static func assignCustomers(
    _ records: inout [Record], resolver: Resolver, aliases: AliasTable, decisions: Decisions
  ) -> Resolution {
    var indices: [Int] = []
    var mentions: [Mention] = []
    var bystanders: [Mention] = []
    for (i, r) in records.enumerated() {
      // Debts, payments, and the balances a customer is said to owe (上年结转, 还欠 800),
      // which reconcile checks against that customer's records.
      let statesABalance = r.kind == .skipped && (r.check == .carriedForward || r.check == .runningBalance)
      if r.isMovement || (statesABalance && !r.name.isEmpty) {
        indices.append(i)
        mentions.append(Mention(record: r))
      } else if !r.name.isEmpty {
        // A name on a line that is not booked still tells that such a person exists: it
        // stops a bare 老张 from being merged as "the only 张".
        bystanders.append(Mention(source: r.source, name: r.name, phone: r.phone, goods: r.goods))
      }
    }
    let resolution = resolver.resolve(mentions, aliases: aliases, decisions: decisions, bystanders: bystanders)
    for (m, i) in indices.enumerated() {
      let c = resolution.customerOfMention[m]
      records[i].notes += resolution.mentionNotes[m]
      if c >= 0 {
        records[i].customerID = resolution.customers[c].id
        records[i].customerName = resolution.customers[c].name
      } else if records[i].isMovement {
        // No usable name: never booked to a guessed customer. The notes say why.
        records[i].kind = .rejected
        records[i].status = .rejected
      }
    }
    return resolution
  }
}

extension CLI {
  /// Sets up the `qingzhang` process before any command runs: SQLite in single-thread mode
  /// with memory statistics off (no mutex per allocation or per call), which holds because one
  /// thread at a time uses SQLite in the command (the ingest writer thread, then the main
  /// thread). Never call it where threads use SQLite at once (tests run in parallel).
  public static func prepareProcess() {
    Database.configureSingleThreaded()
  }
}
