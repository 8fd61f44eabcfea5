import QingzhangModel
import QingzhangStore

/// `qingzhang review DIR`: the open questions of a reconcile run, readably.
enum ReviewCommand {
  static let command = Command(
    name: "review", abstract: .reviewAbstract, usage: "qingzhang review DIR [--db FILE] [--lang zh|en]",
    options: [OptionSpec(name: "--db", valueName: "FILE", help: .optDB)],
    discussion: .reviewDiscussion, run: run)

  static func run(_ args: ParsedArguments, _ ctx: Context) throws -> ExitStatus {
    guard let dir = args.positional.first, args.positional.count == 1 else {
      throw UsageError(note: Note(CLIMessage.missingDir), suggestion: nil)
    }
    // The database keeps the notes as codes: they render in the language asked for now.
    let db = args.value("--db") ?? dir + "/ledger.sqlite"
    if FileSystem.exists(db), let items = try? ResultStore(path: db).reviewItems() {
      print(items, ctx)
      return .success
    }
    let path = dir + "/review.csv"
    guard FileSystem.exists(path) else { throw Diagnostic(Note(CLIMessage.reviewMissing, dir)) }
    let rows = SimpleCSV.parse(try FileSystem.readText(path))
    guard rows.count > 1 else {
      ctx.say(CLIMessage.reviewNone)
      return .success
    }
    let header = rows[0]
    func col(_ name: String) -> Int? { header.firstIndex(of: name) }
    guard let id = col("review_id"), let type = col("type"), let sources = col("sources"),
      let detail = col("detail"), let suggestion = col("suggestion")
    else { throw Diagnostic(Note(CLIMessage.reviewMissing, dir)) }
    var lastType = ""
    for row in rows.dropFirst() where row.count == header.count {
      if row[type] != lastType {
        lastType = row[type]
        ctx.out.write("\n== \(lastType) ==\n")
      }
      let srcs = row[sources].split(separator: "|").joined(separator: ", ")
      ctx.say(Note(CLIMessage.reviewHeader, row[id], row[detail], srcs))
      if !row[suggestion].isEmpty { ctx.say(Note(CLIMessage.reviewSuggestion, row[suggestion])) }
    }
    ctx.out.write("\n")
    ctx.say(CLIMessage.reviewHowTo)
    return .success
  }

  static func print(_ items: [ReviewItem], _ ctx: Context) {
    guard !items.isEmpty else {
      ctx.say(CLIMessage.reviewNone)
      return
    }
    var lastType: ReviewType?
    for item in items {
      if item.type != lastType {
        lastType = item.type
        ctx.out.write("\n== \(item.type.rawValue) ==\n")
      }
      let srcs = item.sources.map(\.description).joined(separator: ", ")
      ctx.say(Note(CLIMessage.reviewHeader, item.id, item.detail.render(ctx.language), srcs))
      if !item.suggestion.isEmpty {
        ctx.say(Note(CLIMessage.reviewSuggestion, item.suggestion.render(ctx.language)))
      }
    }
    ctx.out.write("\n")
    ctx.say(CLIMessage.reviewHowTo)
  }
}
