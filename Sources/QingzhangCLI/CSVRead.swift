/// A small RFC 4180 reader for qingzhang's own outputs (review.csv) and small user files
/// (aliases). Input files of the books go through libcsv in the read stage instead.
enum SimpleCSV {
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var it = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let p = pending { pending = nil; return p }
      return it.next()
    }
    var sawAny = false
    while let c = next() {
      sawAny = true
      if inQuotes {
        if c == "\"" {
          if let n = it.next() {
            if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
          } else {
            inQuotes = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"": inQuotes = true
      case ",": row.append(field); field = ""
      case "\r": break
      case "\n": row.append(field); field = ""; rows.append(row); row = []
      default: field.unicodeScalars.append(c)
      }
    }
    if sawAny && (!field.isEmpty || !row.isEmpty) { row.append(field); rows.append(row) }
    return rows
  }
}
