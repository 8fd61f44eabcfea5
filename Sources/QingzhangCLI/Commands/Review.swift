import QingzhangModel

/// `qingzhang review DIR`: the open questions of a reconcile run, readably.
enum ReviewCommand {
  static let command = Command(
    name: "review", abstract: .reviewAbstract, usage: "qingzhang review DIR [--lang zh|en]",
    options: [], discussion: .reviewDiscussion, run: run)

  static func run(_ args: ParsedArguments, _ ctx: Context) throws -> ExitStatus {
    guard let dir = args.positional.first, args.positional.count == 1 else {
      throw UsageError(note: Note(CLIMessage.missingDir), suggestion: nil)
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
}
