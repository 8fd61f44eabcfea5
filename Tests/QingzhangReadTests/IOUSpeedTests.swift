import Foundation
import QingzhangModel
import Testing

@testable import QingzhangRead

/// A timing check to run by hand in release (not a timed test: the machine is shared):
/// `QZ_SPEED=1 swift test -c release --filter IOUSpeedTests`
@Suite struct IOUSpeedTests {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["QZ_SPEED"] != nil))
  func typicalOneLineIOUs() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let vocab = try IOUVocabulary.load(mappingsDirectory: root.appendingPathComponent("mappings").path)
    let samples = [
      "2024.3.5 张建国 水管接头20个 350元 月底还",
      "3月8日 老王 电工胶布 叁佰元整",
      "张建国 还 200 2024-04-01",
      "李四 2.5万 工程款 2022/10/1 已还5000",
      "张建国 13807341234 拿货 水泥10包 450",
      "陈师傅（陈立新）欠款壹仟贰佰伍拾元整，2023年11月2日，说好年前还",
      "4月9日 王五金店 电线3卷 1,260.00元 定于2024年5月20日前还清",
      "3月12日 陈师傅（陈立新） PPR水管 4分管30米 三千五 年前还",
    ]
    let n = 400_000
    var lines: [Substring] = []
    lines.reserveCapacity(n)
    for i in 0..<n { lines.append(Substring(samples[i % samples.count])) }
    var reader = IOUListReader(path: "speed.txt", vocabulary: vocab)
    var count = 0
    var fen: Int64 = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for (i, l) in lines.enumerated() {
      reader.feed(line: i + 1, text: l) { r in
        count += 1
        fen &+= r.amount.fen
      }
    }
    reader.finish { _ in count += 1 }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("IOU lines: \(n) in \(seconds) s = \(Int(Double(n) / seconds)) lines/s (\(count) records, \(fen) fen)")
    #expect(count >= n)
  }
}
