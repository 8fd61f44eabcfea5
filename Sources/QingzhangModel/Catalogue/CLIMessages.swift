/// Messages of the command line: usage errors, progress, summaries.
public enum CLIMessage: String, Message, CaseIterable {
  case unknownCommand = "unknown-command"
  case unknownOption = "unknown-option"
  case didYouMean = "did-you-mean"
  case missingValue = "missing-value"
  case missingInput = "missing-input"
  case missingOut = "missing-out"
  case badDate = "bad-date"
  case badLanguage = "bad-language"
  case inputNotFound = "input-not-found"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .unknownCommand: return ("没有“{0}”这个命令", "unknown command '{0}'")
    case .unknownOption: return ("没有“{0}”这个选项", "unknown option '{0}'")
    case .didYouMean: return ("是不是要用“{0}”？", "did you mean '{0}'?")
    case .missingValue: return ("选项 {0} 后面要跟一个值", "option {0} needs a value")
    case .missingInput: return ("请给出至少一个要读的文件或文件夹", "give at least one file or folder to read")
    case .missingOut: return ("请用 --out 指定输出文件夹", "give the output folder with --out")
    case .badDate:
      return ("{0} 的值“{1}”不是 YYYY-MM-DD 格式的日期", "{0} must be a date as YYYY-MM-DD, not '{1}'")
    case .badLanguage: return ("--lang 只能是 zh 或 en，不是“{0}”", "--lang must be zh or en, not '{0}'")
    case .inputNotFound: return ("找不到“{0}”：请检查路径", "'{0}' does not exist: check the path")
    }
  }
}
