import Testing

@testable import QingzhangCLI

/// Runs the CLI in process, as the executable would.
func runCLI(_ args: [String]) -> (status: QingzhangCLI.ExitStatus, out: String, err: String) {
  let out = StringSink()
  let err = StringSink()
  let status = CLI.run(args, out: out, err: err)
  return (status, out.text, err.text)
}

struct UsageCase: Sendable, CustomTestStringConvertible {
  var args: [String]
  var status: QingzhangCLI.ExitStatus
  var stderrContains: [String]
  var testDescription: String { "qingzhang " + args.joined(separator: " ") }
}

@Suite struct CommandLineTests {
  @Test(arguments: [["--help"], ["-h"], ["help"], ["--lang", "en", "--help"]])
  func helpGoesToStdoutAndSucceeds(_ args: [String]) {
    let r = runCLI(args)
    #expect(r.status == .success)
    #expect(r.err.isEmpty)
    #expect(r.out.contains("reconcile"))
    #expect(r.out.contains("review"))
  }

  @Test(arguments: [["help", "reconcile"], ["reconcile", "--help"], ["reconcile", "-h"]])
  func commandHelpExplainsEveryOption(_ args: [String]) {
    let r = runCLI(args)
    #expect(r.status == .success)
    for option in ["--out", "--as-of", "--db", "--mapping", "--aliases", "--decisions", "--lang"] {
      #expect(r.out.contains(option), "\(option)")
    }
    #expect(r.out.contains("qingzhang reconcile fixtures/iou fixtures/sheets --out out"))
  }

  static let usageErrors: [UsageCase] = [
    .init(args: ["reconcle"], status: .usage, stderrContains: ["reconcle", "reconcile"]),
    .init(args: ["reconcile", "a.txt", "--ot", "x"], status: .usage, stderrContains: ["--ot", "--out", "用法"]),
    .init(args: ["reconcile", "a.txt"], status: .usage, stderrContains: ["--out"]),
    .init(args: ["reconcile", "--out", "x"], status: .usage, stderrContains: ["文件"]),
    .init(args: ["reconcile", "a.txt", "--out"], status: .usage, stderrContains: ["--out"]),
    .init(args: ["reconcile", "a.txt", "--out", "x", "--as-of", "2024-13-01"], status: .usage, stderrContains: ["2024-13-01"]),
    .init(args: ["reconcile", "a.txt", "--out", "x", "--as-of", "2024-02-30"], status: .usage, stderrContains: ["不存在"]),
    .init(args: [], status: .usage, stderrContains: ["reconcile", "命令"]),
    .init(args: ["help", "nothing"], status: .usage, stderrContains: ["nothing"]),
    .init(args: ["review"], status: .usage, stderrContains: ["--out"]),
    .init(args: ["--lang", "fr", "reconcile"], status: .usage, stderrContains: ["fr"]),
    .init(args: ["--lang", "en", "reconcile", "a.txt"], status: .usage, stderrContains: ["Error:", "--out", "Usage:"]),
    // --db not given at all: asked for, not "needs a value".
    .init(args: ["ingest", "a.txt"], status: .usage, stderrContains: ["请用 --db 指定"]),
  ]

  @Test(arguments: usageErrors) func usageErrorsExit64OnStderr(_ c: UsageCase) {
    let r = runCLI(c.args)
    #expect(r.status == c.status)
    #expect(r.out.isEmpty)
    for s in c.stderrContains { #expect(r.err.contains(s), "\(s) in \(r.err)") }
  }

  @Test func suggestsTheNearestOption() {
    #expect(ArgumentParser.closest("--decision", among: ["--out", "--decisions"]) == "--decisions")
    #expect(ArgumentParser.closest("--zzzzzz", among: ["--out", "--decisions"]) == nil)
  }
}
