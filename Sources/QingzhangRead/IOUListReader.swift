import QingzhangModel

/// Reads a transcribed IOU list (.txt): one IOU per line, or formal IOUs written out over
/// several lines. STUB: the read-stage owner replaces the body.
///
/// Feed it the decoded lines in order; it emits one or more `Record`s per IOU (a debt, then a
/// payment read from the same line), and a `skipped`/`rejected` record for every other
/// non-blank line, so every non-blank line belongs to exactly one record.
public struct IOUListReader {
  /// `path` as the input was named (for `source`); `fileName` for a year in the name.
  public init(path: String, vocabulary: IOUVocabulary) {
    self.path = path
    self.vocabulary = vocabulary
  }

  let path: String
  let vocabulary: IOUVocabulary

  /// One physical line (1-based `line`), without its line terminator.
  public mutating func feed(line: Int, text: Substring, emit: (Record) -> Void) {
    if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return }
    emit(Record(source: SourceRef(path: path, line: line), origin: .iou, kind: .rejected, raw: String(text)))
  }

  /// End of file: emits what is still buffered.
  public mutating func finish(emit: (Record) -> Void) {}
}

/// The words of IOU lists (debt and payment verbs, due-date phrases …), from `mappings/`.
public struct IOUVocabulary: Sendable {
  public init() {}
}
