import Testing

@testable import QingzhangReport

/// What the CSV files hold, field by field: RFC 4180 quoting, and text a spreadsheet would run
/// as a formula made inert with a leading `'` (numbers left alone).
@Suite struct CSVWriterTests {
  static let fields: [(String, String)] = [
    ("张三", "张三"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("-200.00", "-200.00"),
    ("1250.00", "1250.00"),
    ("=HYPERLINK(\"http://x\",\"a\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\""),
    ("+SUM(A1)", "'+SUM(A1)"),
    ("@cmd", "'@cmd"),
    ("-张三", "'-张三"),
    ("-", "'-"),
    ("-1.2.3", "'-1.2.3"),
    ("\tx", "'\tx"),
    ("", ""),
    ("余额待定：-5", "余额待定：-5"),
  ]

  @Test(arguments: fields.indices) func writesAField(_ k: Int) {
    let (input, written) = Self.fields[k]
    var w = CSVWriter(header: ["h"])
    w.row([input])
    #expect(String(decoding: w.bytes, as: UTF8.self) == "h\n" + written + "\n", "\(input)")
  }
}
