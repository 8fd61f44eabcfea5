/// Where a record starts: `PATH:LINE`, PATH as the input was named, LINE 1-based physical.
public struct SourceRef: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var path: String
  public var line: Int

  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }

  public static func < (a: SourceRef, b: SourceRef) -> Bool {
    a.path != b.path ? a.path < b.path : a.line < b.line
  }

  public var description: String { "\(path):\(line)" }
}

/// What kind of input a record came from.
public enum SourceKind: String, Sendable, Hashable {
  /// A line (or several, for a formal IOU) of a transcribed IOU list (.txt).
  case iou
  /// A spreadsheet row (.csv/.tsv).
  case sheet
}
