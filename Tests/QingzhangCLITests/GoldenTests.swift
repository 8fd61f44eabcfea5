import Foundation
import Testing

@testable import QingzhangCLI
import QingzhangStore

/// The repository root, from this file's path.
let repoRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.path
}()

/// Runs commands from the repository root, as the README does, so sources read
/// `fixtures/iou/…:LINE`. Only these tests change the working directory; they hold this lock.
actor WorkingDirectory {
  static let shared = WorkingDirectory()
  func run<T: Sendable>(_ body: @Sendable () throws -> T) rethrows -> T {
    let old = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(repoRoot)
    defer { FileManager.default.changeCurrentDirectoryPath(old) }
    return try body()
  }
}

let outputFiles = [
  "entries.csv", "customers.csv", "opening-ledger.csv", "stale-debts.csv", "review.csv",
  "summary.json",
]

func scratch(_ name: String) -> String {
  let dir = NSTemporaryDirectory() + "qingzhang-cli-tests/" + name
  try? FileManager.default.removeItem(atPath: dir)
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}

func reconcile(_ inputs: [String], out: String, extra: [String] = []) async -> (QingzhangCLI.ExitStatus, String, String) {
  await WorkingDirectory.shared.run {
    let r = runCLI(
      ["reconcile"] + inputs + ["--out", out, "--as-of", "2024-12-31", "--mappings", "mappings"] + extra)
    return (r.status, r.out, r.err)
  }
}

func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

@Suite(.serialized) struct GoldenTests {
  static let demoInputs = ["fixtures/iou", "fixtures/sheets"]

  /// The demo's outputs are pinned in fixtures/golden/demo. After an intended change, run
  /// `QZ_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
  @Test func demoOutputsMatchTheGoldenFiles() async throws {
    let out = scratch("golden")
    let (status, _, err) = await reconcile(Self.demoInputs, out: out)
    #expect(status == .success, "\(err)")
    let golden = repoRoot + "/fixtures/golden/demo/"
    let update = ProcessInfo.processInfo.environment["QZ_UPDATE_GOLDEN"] == "1"
    for f in outputFiles {
      let produced = try #require(contents(out + "/" + f), "\(f) was not written")
      if update {
        try FileManager.default.createDirectory(atPath: golden, withIntermediateDirectories: true)
        try produced.write(to: URL(fileURLWithPath: golden + f))
        continue
      }
      let expected = try #require(contents(golden + f), "no golden \(f): run with QZ_UPDATE_GOLDEN=1")
      #expect(produced == expected, "\(f) differs from fixtures/golden/demo/\(f)")
    }
  }

  @Test func inputOrderDoesNotChangeAnyOutput() async throws {
    let a = scratch("order-a")
    let b = scratch("order-b")
    _ = await reconcile(Self.demoInputs, out: a)
    // The same files named one by one, in reverse order.
    let files = await WorkingDirectory.shared.run {
      Self.demoInputs.flatMap { dir in
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).map { dir + "/" + $0 }
      }
    }
    let (status, _, _) = await reconcile(files.sorted().reversed(), out: b)
    #expect(status == .success)
    for f in outputFiles {
      #expect(contents(a + "/" + f) != nil)
      #expect(contents(a + "/" + f) == contents(b + "/" + f), "\(f) depends on input order")
    }
  }

  @Test func runningTwiceOnTheSameDatabaseGivesTheSameFiles() async throws {
    let out = scratch("twice")
    let (s1, _, _) = await reconcile(Self.demoInputs, out: out)
    let first = outputFiles.map { contents(out + "/" + $0) }
    let (s2, _, _) = await reconcile(Self.demoInputs, out: out)
    #expect(s1 == .success && s2 == .success)
    #expect(outputFiles.map { contents(out + "/" + $0) } == first)
  }

  @Test func summaryProvesConservation() async throws {
    let out = scratch("summary")
    _ = await reconcile(Self.demoInputs, out: out)
    let json = try #require(contents(out + "/summary.json"))
    let s = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    #expect(s["balanced"] as? Bool == true)
    let parts = ["debts", "payments", "duplicates", "conflicts", "rejected", "skipped"]
    #expect(parts.compactMap { s[$0] as? Int }.reduce(0, +) == s["records"] as? Int)
    // total_outstanding is the sum of the ledger.
    let ledger = String(decoding: try #require(contents(out + "/opening-ledger.csv")), as: UTF8.self)
    var fen = 0
    var owed = 0
    var credit = 0
    for line in ledger.split(separator: "\n").dropFirst() {
      let cols = line.split(separator: ",", omittingEmptySubsequences: false)
      let amount = cols[2].split(separator: ".")
      let v = (Int(amount[0]) ?? 0) * 100 + (amount[0].hasPrefix("-") ? -1 : 1) * (Int(amount[1]) ?? 0)
      fen += v
      if v > 0 { owed += v } else { credit -= v }
    }
    func fenOf(_ key: String) throws -> Int {
      let t = try #require(s[key] as? String).split(separator: ".")
      return Int(t[0])! * 100 + Int(t[1])!
    }
    #expect(try fen == fenOf("total_outstanding"))
    // …and nets what customers owe and what the shop owes them.
    #expect(try owed == fenOf("total_receivable"))
    #expect(try credit == fenOf("total_credit"))
  }

  static let badInputs: [(String, String)] = [
    ("fixtures/bad/accounts.xls", "accounts.xls"),
    ("fixtures/bad/workbook.csv", "workbook.csv"),
    ("fixtures/bad/renamed-xls.csv", "renamed-xls.csv"),
    ("fixtures/nowhere.csv", "nowhere.csv"),
  ]

  @Test(arguments: badInputs) func unreadableInputsFailWithTheirName(_ c: (String, String)) async {
    let (status, out, err) = await reconcile([c.0], out: scratch("bad"))
    #expect(status == .failure)
    #expect(out.isEmpty)
    #expect(err.contains(c.1), "\(err)")
  }
}

@Suite(.serialized) struct DecisionFileTests {
  @Test func answersThatMatchNoQuestionAreReportedWithTheirLine() async throws {
    let dir = scratch("decisions")
    let file = dir + "/decisions.txt"
    try "# answers\nR-000000000000 merge\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: dir + "/out", extra: ["--decisions", file])
    #expect(status == .success)
    #expect(err.contains("decisions.txt:2: 警告: "), "\(err)")
    #expect(err.contains("R-000000000000"))
  }

  /// An answer that does not fit its question leaves it open, and the run says so with the
  /// answer's line (the demo's R-1e45e6be5cbd is a conflict).
  @Test(arguments: ["R-1e45e6be5cbd same", "R-1e45e6be5cbd merge", "R-1e45e6be5cbd keep nosuch.csv:99"])
  func answersThatDoNotFitTheirQuestionAreReported(_ line: String) async throws {
    let dir = scratch("decisions-misfit")
    let file = dir + "/decisions.txt"
    try "# answers\n\(line)\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: dir + "/out", extra: ["--decisions", file])
    #expect(status == .success)
    #expect(err.contains("decisions.txt:2: 警告: 这条答复（\(line)）没有用上"), "\(err)")
    #expect(err.contains("keep PATH:LINE | amount 3500.00"), "\(err)")
    let review = try String(contentsOfFile: dir + "/out/review.csv", encoding: .utf8)
    #expect(review.contains("R-1e45e6be5cbd"))
  }

  @Test func anAnswerThatFitsIsNotReported() async throws {
    let dir = scratch("decisions-fit")
    let file = dir + "/decisions.txt"
    try "R-1e45e6be5cbd amount 3500\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: dir + "/out", extra: ["--decisions", file])
    #expect(status == .success)
    #expect(!err.contains("decisions.txt:"), "\(err)")
  }

  @Test func anOutputFolderThatIsAFileIsSaidSo() async throws {
    let dir = scratch("out-is-a-file")
    let file = dir + "/books.txt"
    try "x\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: file)
    #expect(status == .failure)
    #expect(err.contains("不存在或不是文件夹"), "\(err)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "x\n")
  }

  @Test(arguments: ["--decisions", "--aliases"])
  func aFolderGivenAsAnAnswersFileIsRefused(_ option: String) async throws {
    let dir = scratch("decisions-folder")
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: dir + "/out", extra: [option, dir])
    #expect(status == .failure)
    #expect(err.contains("不是一个文件"), "\(err)")
  }

  @Test func aDecisionsFileThatIsNotUTF8IsRefused() async throws {
    let dir = scratch("decisions-gbk")
    let file = dir + "/decisions.txt"
    // "R-1 merge # 合并" with the comment in GBK bytes.
    let bytes: [UInt8] = Array("R-000000000000 merge # ".utf8) + [0xBA, 0xCF, 0xB2, 0xA2, 0x0A]
    FileManager.default.createFile(atPath: file, contents: Data(bytes))
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: dir + "/out", extra: ["--decisions", file])
    #expect(status == .failure)
    #expect(err.contains("decisions.txt: 错误: ") && err.contains("UTF-8"), "\(err)")
  }

  @Test func aBadDecisionStopsTheRunBeforeAnyWork() async throws {
    let dir = scratch("decisions-bad")
    let file = dir + "/decisions.txt"
    try "R-000000000000 mergee\n".write(toFile: file, atomically: true, encoding: .utf8)
    let (status, _, err) = await reconcile(GoldenTests.demoInputs, out: dir + "/out", extra: ["--decisions", file])
    #expect(status == .failure)
    #expect(err.contains("decisions.txt:1: 错误: "), "\(err)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out/entries.csv"))
  }
}

@Suite(.serialized) struct ReviewCommandTests {
  @Test func reviewRendersInTheLanguageAskedForNow() async throws {
    let dir = scratch("review-lang")
    _ = await reconcile(GoldenTests.demoInputs, out: dir)
    let en = runCLI(["review", dir, "--lang", "en"])
    #expect(en.status == .success)
    #expect(en.out.contains("== conflict =="))
    #expect(en.out.contains("To answer"))
    #expect(!en.out.contains("建议"))
    let zh = runCLI(["review", dir])
    #expect(zh.out.contains("建议"))
  }

  @Test func theDatabaseHoldsTheResultsToo() async throws {
    let dir = scratch("results-db")
    _ = await reconcile(GoldenTests.demoInputs, out: dir)
    let items = try QingzhangStore.ResultStore(path: dir + "/ledger.sqlite").reviewItems()
    let csv = String(decoding: contents(dir + "/review.csv") ?? Data(), as: UTF8.self)
    #expect(items.count == SimpleCSV.parse(csv).count - 1)
    #expect(!items.isEmpty)
  }
}
