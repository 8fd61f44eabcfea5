import QingzhangModel
import Testing

@testable import QingzhangRead

/// Random lines made of the pieces IOU lists are made of: the reader must never crash and must
/// give every non-blank line exactly one record (by source), whatever it makes of it.
@Suite struct IOUFuzzTests {
  static let pieces: [String] = [
    "张建国", "老王", "陈师傅（陈立新）", "李四", "付师傅", " ", " ", "  ", "\t", "，", "、", "：", "(", ")", "（", "）",
    "欠", "还", "还欠款", "已还", "付", "收到", "拿货", "赊", "共", "每", "×", "月底还", "年前还", "年底", "定于", "前还清",
    "2024.3.5", "2024-02-30", "3月5日", "3.5", "24/3/5", "腊月廿三", "腊月三十", "闰四月初五", "二〇二四年", "2024年",
    "13807341234", "430482198503121234", "0734-8123456", "350", "350元", "1,200.00", "12.345", "1.2万", "1w2", "12k",
    "三千五", "叁仟伍佰元整", "叁仟伍元整", "（¥3500.00）", "¥", "人民币", "两三千", "千把块", "三千多", "两块五", "五毛",
    "一万零二", "△1200", "-300", "20个", "10包", "4分管", "六角", "三角阀", "瓷砖20块", "???", "□", "字迹不清",
    "\u{FFFD}", "①", "⑵", "１２００", "欠条", "欠  条", "今欠到", "欠款人：", "担保人：", "收条", "今收到", "#", "===",
    "——", "注：", "99999999999999999999", "0.000000001", "12345678901234567.123456789", "万", "亿", "十", "廿", "卅",
    "零", "另", "参", "块", "毛", "分", "整", "钱", "多", "把", "来", "几", ".", "-", "~", "到", "k", "w", "x", "\u{0}",
    "\u{FEFF}", "😀", "𠀀",
    // Added with the review fixes: balance, return and discount words, due phrases, goods.
    "还欠", "还剩", "退货", "抹零", "退款", "中秋", "中秋还", "节前", "小年", "清明", "下个月", "明天还", "下周",
    "借期", "三个月", "个月", "内还", "半年", "15号", "号还", "日", "天", "上旬", "月初", "再还", "水管", "电线两卷",
    "1,2000", "12,00", "1200.5.3", "(1,200.00)", "(", "99999999999999999999元", "Zhang", "张 建 国",
  ]

  /// SplitMix64: a fixed, platform-independent sequence.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  @Test(arguments: [1, 2, 3, 4])
  func randomLinesNeverCrashAndAreAllAccountedFor(_ seed: Int) {
    var rng = Random(state: UInt64(seed))
    var lines: [String] = []
    for _ in 0..<1500 {
      var line = ""
      for _ in 0..<rng.below(14) { line += Self.pieces[rng.below(Self.pieces.count)] }
      lines.append(line)
    }
    let records = readIOU(lines, path: "fuzz.txt")
    var covered = Set<Int>()
    var seen = Set<Int>()
    for r in records where seen.insert(r.source.line).inserted {
      let n = r.raw.split(separator: "\n", omittingEmptySubsequences: false).count
      for l in r.source.line..<(r.source.line + n) {
        #expect(covered.insert(l).inserted, "line \(l) in two records")
      }
    }
    for (i, l) in lines.enumerated() {
      var probe = LineAnalysis()
      probe.load(Substring(l))
      #expect(covered.contains(i + 1) != probe.isBlank, "line \(i + 1): \(l)")
    }
    for l in lines {
      _ = AmountParser.parse(l)
      _ = AmountParser.find(in: l)
      _ = DateParser.parse(l)
    }
  }
}
