import Foundation
import QingzhangModel
import QingzhangResolve
import Testing

/// The repository root, found from this file (tests never depend on the working directory).
let repoRoot: String = {
  let path = String(#filePath)
  guard let r = path.range(of: "/Tests/QingzhangResolveTests/") else { return "." }
  return String(path[..<r.lowerBound])
}()

let mappingsDirectory = repoRoot + "/mappings"

/// A resolver per test: resolvers hold ICU transliterators, which are not thread-safe, and
/// Swift Testing runs tests in parallel.
func makeResolver() throws -> Resolver {
  try Resolver(mappingsDirectory: mappingsDirectory)
}

/// `"a.txt:3"` → SourceRef.
func ref(_ s: String) -> SourceRef {
  guard let colon = s.lastIndex(of: ":"), let line = Int(s[s.index(after: colon)...]) else {
    return SourceRef(path: s, line: 0)
  }
  return SourceRef(path: String(s[..<colon]), line: line)
}

/// Mentions written as `book:line name` pairs; the line numbers only need to be distinct.
func mentions(_ items: [(String, String)], phone: [Int: String] = [:]) -> [Mention] {
  items.enumerated().map { i, item in
    Mention(source: SourceRef(path: item.0, line: i + 1), name: item.1, phone: phone[i] ?? "")
  }
}

/// The customer of mention `i`, or nil.
func customer(_ r: Resolution, _ i: Int) -> Customer? {
  let c = r.customerOfMention[i]
  return c >= 0 ? r.customers[c] : nil
}

/// A small deterministic generator for shuffles (SplitMix64).
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// One row of fixtures/names/mentions.csv.
struct FixtureMention {
  var mention: Mention
  var expect: String
}

func loadFixtureMentions() throws -> [FixtureMention] {
  let text = try String(contentsOfFile: repoRoot + "/fixtures/names/mentions.csv", encoding: .utf8)
  var out: [FixtureMention] = []
  for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("source,") {
    let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    try #require(f.count == 5, "bad fixture line: \(line)")
    out.append(FixtureMention(mention: Mention(source: ref(f[0]), name: f[1], phone: f[2], goods: f[3]), expect: f[4]))
  }
  return out
}
