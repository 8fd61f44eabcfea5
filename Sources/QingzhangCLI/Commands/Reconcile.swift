import QingzhangModel

/// `qingzhang reconcile INPUT... --out DIR …`: the main job.
enum ReconcileCommand {
  static let command = Command(
    name: "reconcile", abstract: .reconcileAbstract,
    usage:
      "qingzhang reconcile INPUT... --out DIR [--as-of YYYY-MM-DD] [--db FILE] [--mapping FILE]... [--aliases FILE] [--decisions FILE] [--mappings DIR] [--lang zh|en]",
    options: [
      OptionSpec(name: "--out", valueName: "DIR", help: .optOut),
      OptionSpec(name: "--as-of", valueName: "YYYY-MM-DD", help: .optAsOf),
      OptionSpec(name: "--db", valueName: "FILE", help: .optDB),
      OptionSpec(name: "--mapping", valueName: "FILE", repeatable: true, help: .optMapping),
      OptionSpec(name: "--aliases", valueName: "FILE", help: .optAliases),
      OptionSpec(name: "--decisions", valueName: "FILE", help: .optDecisions),
      OptionSpec(name: "--mappings", valueName: "DIR", help: .optMappings),
    ],
    discussion: .reconcileDiscussion, run: run)

  static func run(_ args: ParsedArguments, _ ctx: Context) throws -> ExitStatus {
    guard !args.positional.isEmpty else {
      throw UsageError(note: Note(CLIMessage.missingInput), suggestion: nil)
    }
    guard let out = args.value("--out") else {
      throw UsageError(note: Note(CLIMessage.missingOut), suggestion: nil)
    }
    var asOf = today()
    if let text = args.value("--as-of") {
      guard let day = Day(iso: text) else {
        let shaped = text.count == 10 && text.enumerated().allSatisfy { i, c in
          (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber
        }
        throw UsageError(
          note: Note(shaped ? CLIMessage.dateDoesNotExist : CLIMessage.badDate, "--as-of", text), suggestion: nil)
      }
      asOf = day
    }
    let options = PipelineOptions(
      inputs: args.positional, out: out, asOf: asOf, database: args.value("--db") ?? out + "/ledger.sqlite",
      layoutFiles: args.all("--mapping"), aliasesFile: args.value("--aliases"),
      decisionsFile: args.value("--decisions"),
      mappingsDirectory: try FileSystem.mappingsDirectory(args.value("--mappings")),
      language: ctx.language)
    let result = try Pipeline.reconcile(options, ctx)
    let s = result.summary
    ctx.say(CLIMessage.summaryRead, String(s.files), String(s.lines), String(s.counts.records))
    let c = s.counts
    let counts: [Int] = [c.debts, c.payments, c.duplicates, c.conflicts, c.skipped, c.rejected, c.customers]
    ctx.say(Note(CLIMessage.summaryCounts, args: counts.map { String($0) }))
    ctx.say(CLIMessage.summaryOutstanding, asOf.iso, s.totalOutstanding.yuanString)
    if s.reviewItems > 0 { ctx.say(CLIMessage.summaryReview, String(s.reviewItems), out) }
    if !s.balanced {
      let m = s.money
      let inflow: Money = m.read + m.broughtForward + m.decisionAdjustment
      let outflow: Money = m.inLedger + m.afterAsOf + m.duplicate + m.conflict + m.rejected
      ctx.say(CLIMessage.summaryUnbalanced, (inflow - outflow).yuanString)
    }
    ctx.say(CLIMessage.summaryOutputs, out)
    return s.balanced ? .success : .failure
  }
}

/// `qingzhang ingest INPUT... --db FILE`: read and store only.
enum IngestCommand {
  static let command = Command(
    name: "ingest", abstract: .ingestAbstract,
    usage: "qingzhang ingest INPUT... --db FILE [--mapping FILE]... [--mappings DIR] [--lang zh|en]",
    options: [
      OptionSpec(name: "--db", valueName: "FILE", help: .optDB),
      OptionSpec(name: "--mapping", valueName: "FILE", repeatable: true, help: .optMapping),
      OptionSpec(name: "--mappings", valueName: "DIR", help: .optMappings),
    ],
    discussion: .ingestDiscussion, run: run)

  static func run(_ args: ParsedArguments, _ ctx: Context) throws -> ExitStatus {
    guard !args.positional.isEmpty else {
      throw UsageError(note: Note(CLIMessage.missingInput), suggestion: nil)
    }
    guard let db = args.value("--db") else {
      throw UsageError(note: Note(CLIMessage.missingDB), suggestion: nil)
    }
    try Pipeline.ingest(
      inputs: args.positional, database: db, layoutFiles: args.all("--mapping"),
      mappingsDirectory: try FileSystem.mappingsDirectory(args.value("--mappings")), ctx)
    return .success
  }
}
