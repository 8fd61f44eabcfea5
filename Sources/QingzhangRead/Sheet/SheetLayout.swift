import Foundation
import QingzhangModel

/// A known spreadsheet layout (a JSON mapping file): which header cell is which field, where the
/// header is, the date order and the unit. Given with `--mapping FILE`, or kept in
/// `mappings/layouts/` and recognised by its `header` cells. See mappings/README.md.
public struct SheetLayout: Sendable {
  public enum DateOrder: String, Sendable, Decodable {
    case ymd, mdy, dmy
  }

  /// For notes: the layout's `name`, or its file name.
  public var name: String
  public var file: String
  /// Header cells (normalised) that must all appear in a row for it to be this layout's header.
  public var header: [String]
  /// The 1-based physical line of the header; 0 for a sheet without a header row.
  public var headerRow: Int?
  /// With `headerRow` 0: rows at the top that are not data.
  public var skipRows: Int
  /// Normalised header text → field.
  public var columns: [String: SheetField]
  /// 0-based column index → field (keys `#1`, `#2` … in the file).
  public var positions: [Int: SheetField]
  public var dateOrder: DateOrder?
  /// Yuan per unit of the money columns (`万元` → 10000).
  public var yuanPerUnit: Int64?
  /// The year of dates written without one.
  public var year: Int?
  /// The customer of a sheet that is one customer's statement.
  public var customer: String?

  struct File: Decodable {
    var name: String?
    var header: [String]?
    var headerRow: Int?
    var skipRows: Int?
    var columns: [String: String]
    var dateOrder: DateOrder?
    var unit: String?
    var year: Int?
    var customer: String?
  }

  /// Whether the layout applies by itself to any sheet (no `header` to recognise it by).
  public var appliesToAnySheet: Bool { header.isEmpty }

  public static func load(path: String, vocabulary: ColumnVocabulary) throws(Diagnostic) -> SheetLayout {
    let file: File
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      file = try JSONDecoder().decode(File.self, from: data)
    } catch {
      throw Diagnostic(file: path, Note(ReadMessage.badLayoutFile, "\(error)"))
    }
    var columns: [String: SheetField] = [:]
    var positions: [Int: SheetField] = [:]
    for (key, value) in file.columns.sorted(by: { $0.key < $1.key }) {
      guard let field = SheetField(rawValue: value) else {
        throw Diagnostic(file: path, Note(ReadMessage.badLayoutFile, "\"\(key)\": \"\(value)\""))
      }
      if key.hasPrefix("#") {
        guard let n = Int(key.dropFirst()), n >= 1 else {
          throw Diagnostic(file: path, Note(ReadMessage.badLayoutFile, "\"\(key)\""))
        }
        positions[n - 1] = field
      } else {
        columns[ColumnVocabulary.normaliseHeader(key).key] = field
      }
    }
    var perUnit: Int64? = nil
    if let unit = file.unit {
      guard let u = vocabulary.yuanPerUnit(unit) else {
        throw Diagnostic(file: path, Note(ReadMessage.badLayoutFile, "unit \"\(unit)\""))
      }
      perUnit = u
    }
    if let row = file.headerRow, row < 0 {
      throw Diagnostic(file: path, Note(ReadMessage.badLayoutFile, "headerRow \(row)"))
    }
    let fileName = (path as NSString).lastPathComponent
    return SheetLayout(
      name: file.name ?? fileName, file: path,
      header: (file.header ?? []).map { ColumnVocabulary.normaliseHeader($0).key },
      headerRow: file.headerRow, skipRows: max(0, file.skipRows ?? 0), columns: columns,
      positions: positions, dateOrder: file.dateOrder, yuanPerUnit: perUnit, year: file.year,
      customer: file.customer)
  }

  /// The layouts of a folder (`mappings/layouts/*.json`), sorted by file name; none when the
  /// folder does not exist.
  public static func loadFolder(_ directory: String, vocabulary: ColumnVocabulary) throws(Diagnostic)
    -> [SheetLayout]
  {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    var out: [SheetLayout] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      out.append(try load(path: (directory as NSString).appendingPathComponent(name), vocabulary: vocabulary))
    }
    return out
  }
}
