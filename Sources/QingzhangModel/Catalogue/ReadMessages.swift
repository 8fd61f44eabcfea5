/// Messages of the read stage: files, encodings, rows, amounts, dates, IOU wording.
public enum ReadMessage: String, Message, CaseIterable {
  case unknownExtension = "unknown-extension"
  case cannotOpen = "cannot-open"
  case emptyFile = "empty-file"
  case binaryFile = "binary-file"
  case invalidBytes = "invalid-bytes"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .unknownExtension:
      return (
        "不认识的文件类型“{0}”：只读 .txt（欠条清单）和 .csv/.tsv（表格），请改扩展名或另存",
        "unknown file type \"{0}\": only .txt (IOU lists) and .csv/.tsv (spreadsheets) are read; rename or re-save it"
      )
    case .cannotOpen:
      return ("打不开文件：{0}", "cannot open the file: {0}")
    case .emptyFile:
      return ("文件是空的，没有可读的记录", "the file is empty: nothing to read")
    case .binaryFile:
      return (
        "这不是文本文件（像是 Excel 原文件或图片）：请在 Excel 里“另存为 CSV”后再读",
        "this is not a text file (an Excel workbook or a picture?): save it as CSV in Excel first"
      )
    case .invalidBytes:
      return (
        "第 {0} 行有无法识别的字节（{1}），这一行没有读入：请对照原件修正",
        "line {0} has bytes that are not valid text ({1}); the line was not read: fix it from the original"
      )
    }
  }
}
