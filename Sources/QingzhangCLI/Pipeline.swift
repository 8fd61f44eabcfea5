import QingzhangModel
import QingzhangReport

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

/// read → normalise → resolve → reconcile → report. (Wired once the stages land.)
enum Pipeline {
  static func reconcile(_ o: PipelineOptions, _ ctx: Context) throws -> PipelineResult {
    throw Diagnostic(Note(CLIMessage.internalError, "pipeline not wired yet"))
  }

  static func ingest(
    inputs: [String], database: String, layoutFiles: [String], mappingsDirectory: String,
    _ ctx: Context
  ) throws {
    throw Diagnostic(Note(CLIMessage.internalError, "pipeline not wired yet"))
  }
}
