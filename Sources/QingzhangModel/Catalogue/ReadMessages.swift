/// Messages of the read stage: files, encodings, rows, amounts, dates, IOU wording.
public enum ReadMessage: String, Message, CaseIterable {
  case unknownExtension = "unknown-extension"
  case cannotOpen = "cannot-open"
  case emptyFile = "empty-file"
  case binaryFile = "binary-file"
  case invalidBytes = "invalid-bytes"

  // MARK: amounts, dates, IOUs
  case amountEmpty = "amount-empty"
  case amountUnreadable = "amount-unreadable"
  case amountApproximate = "amount-approximate"
  case amountRange = "amount-range"
  case amountTooManyDecimals = "amount-too-many-decimals"
  case amountTooLarge = "amount-too-large"
  case amountCapitalAmbiguous = "amount-capital-ambiguous"
  case amountZeroGap = "amount-zero-gap"
  case amountTriangleMinus = "amount-triangle-minus"
  case dateUnreadable = "date-unreadable"
  case dateImpossible = "date-impossible"
  case dateNoYear = "date-no-year"
  case dateYearFrom = "date-year-from"
  case dateYearGiven = "date-year-given"
  case dateYearFromHeading = "date-year-from-heading"
  case dateYearFromFileName = "date-year-from-file-name"
  case dateYearFromPrevious = "date-year-from-previous"
  case dateYearRolledOver = "date-year-rolled-over"
  case dateLunar = "date-lunar"
  case dateLunarOtherYear = "date-lunar-other-year"
  case dateLunarShortMonth = "date-lunar-short-month"
  case dateLunarNoSuchDay = "date-lunar-no-such-day"
  case dateLunarNoLeapMonth = "date-lunar-no-leap-month"
  case dueNoRecordDate = "due-no-record-date"
  case dueYearEnd = "due-year-end"
  case dueVague = "due-vague"
  case dueNextYear = "due-next-year"
  case dueBeforeRecord = "due-before-record"
  case iouComment = "iou-comment"
  case iouHeading = "iou-heading"
  case iouHeadingYear = "iou-heading-year"
  case iouIllegible = "iou-illegible"
  case iouReplacementChar = "iou-replacement-char"
  case iouNoAmount = "iou-no-amount"
  case iouNoName = "iou-no-name"
  case iouUnreadable = "iou-unreadable"
  case iouHuanAmbiguous = "iou-huan-ambiguous"
  case iouSeveralAmounts = "iou-several-amounts"
  case iouFiguresDisagree = "iou-figures-disagree"
  case iouNoDate = "iou-no-date"
  case iouSeveralDates = "iou-several-dates"
  case iouFormalUnsigned = "iou-formal-unsigned"
  case iouFormalTooLong = "iou-formal-too-long"
  case vocabularyUnreadable = "vocabulary-unreadable"
  case vocabularyMissing = "vocabulary-missing"

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

    // MARK: amounts, dates, IOUs
    case .amountEmpty:
      return ("没有写金额", "no amount is written")
    case .amountUnreadable:
      return (
        "看不懂金额“{0}”：请写成 350、350元、三千五 或 叁仟伍佰元整 这样的写法",
        "cannot read the amount \"{0}\": write it like 350, 350元, 三千五 or 叁仟伍佰元整"
      )
    case .amountApproximate:
      return (
        "“{0}”是个约数，不能记账：请问清确切金额后补上",
        "\"{0}\" is only an approximate amount and cannot be booked: ask for the exact figure and add it"
      )
    case .amountRange:
      return (
        "“{0}”是一个范围，不是一个金额：请问清确切金额后补上",
        "\"{0}\" is a range, not one amount: ask for the exact figure and add it"
      )
    case .amountTooManyDecimals:
      return (
        "金额“{0}”小数点后超过两位（比一分还小）：请核对原件",
        "the amount \"{0}\" has more than two decimals (less than one fen): check the original"
      )
    case .amountTooLarge:
      return (
        "金额“{0}”大得不合常理：请核对原件",
        "the amount \"{0}\" is implausibly large: check the original"
      )
    case .amountCapitalAmbiguous:
      return (
        "大写“{0}”写得不规范（少了“零”），可能是 {1} 元，也可能是 {2} 元：请对照原件确认",
        "the capital amount \"{0}\" is not written correctly (a 零 is missing): it may be {1} or {2} yuan; check the original"
      )
    case .amountZeroGap:
      return (
        "“{0}”按字面读作 {1} 元，但这种写法少见，常是 {2} 元或 {3} 元的笔误：请核对",
        "\"{0}\" reads literally as {1} yuan, but this is an unusual way to write it, often a slip for {2} or {3} yuan: please check"
      )
    case .amountTriangleMinus:
      return (
        "“{0}”前面的 △ 按负数读（{1} 元）：请确认是不是退款或冲账",
        "the △ before \"{0}\" is read as a minus ({1} yuan): check that it is a refund or a reversal"
      )
    case .dateUnreadable:
      return (
        "看不懂日期“{0}”：请写成 2024-03-05 或 2024年3月5日",
        "cannot read the date \"{0}\": write it like 2024-03-05 or 2024年3月5日"
      )
    case .dateImpossible:
      return (
        "日期“{0}”不存在（没有这个月或这一天）：请核对原件",
        "the date \"{0}\" does not exist (no such month or day): check the original"
      )
    case .dateYearGiven:
      return ("日期“{0}”没写年份，按 {1} 年算", "the date \"{0}\" has no year; taken as {1}")
    case .dateNoYear:
      return (
        "日期“{0}”没写年份，上下文里也找不到：请写上年份，或在文件开头加一行“2024年”这样的标题",
        "the date \"{0}\" has no year and none can be found nearby: add the year, or a heading line like 2024年 at the top of the file"
      )
    case .dateYearFrom:
      return ("日期“{0}”没写年份，按{1}算作 {2} 年", "the date \"{0}\" has no year; taken as {2} from {1}")
    case .dateYearFromHeading:
      return (
        "日期“{0}”没写年份，按第 {1} 行的标题算作 {2} 年",
        "the date \"{0}\" has no year; taken as {2} from the heading on line {1}"
      )
    case .dateYearFromFileName:
      return (
        "日期“{0}”没写年份，按文件名“{1}”算作 {2} 年",
        "the date \"{0}\" has no year; taken as {2} from the file name \"{1}\""
      )
    case .dateYearFromPrevious:
      return (
        "日期“{0}”没写年份，按上一条记录（第 {1} 行）算作 {2} 年",
        "the date \"{0}\" has no year; taken as {2} from the record before it (line {1})"
      )
    case .dateYearRolledOver:
      return (
        "日期“{0}”没写年份，月份比上一条记录（第 {1} 行）早，按下一年 {2} 年算",
        "the date \"{0}\" has no year and comes before the record on line {1} in the calendar, so it is taken as the next year, {2}"
      )
    case .dateLunar:
      return ("农历“{0}”（农历 {1} 年）换算为公历 {2}", "the lunar date \"{0}\" (lunar year {1}) is {2}")
    case .dateLunarOtherYear:
      return (
        "农历“{0}”也可能指农历 {1} 年的那一天，即公历 {2}：如果是，请改正",
        "the lunar date \"{0}\" may also mean that day of lunar year {1}, which is {2}: correct it if so"
      )
    case .dateLunarShortMonth:
      return (
        "农历 {0} 年的腊月只有 29 天，没有三十：“{1}”按除夕 {2} 算",
        "the 12th lunar month of lunar year {0} has only 29 days: \"{1}\" is taken as New Year's Eve, {2}"
      )
    case .dateLunarNoSuchDay:
      return (
        "农历 {0} 年没有“{1}”这一天（那个月只有 {2} 天）：请核对原件",
        "lunar year {0} has no day \"{1}\" (that month has only {2} days): check the original"
      )
    case .dateLunarNoLeapMonth:
      return (
        "农历 {0} 年没有“{1}”这个闰月：请核对原件",
        "lunar year {0} has no leap month \"{1}\": check the original"
      )
    case .dueNoRecordDate:
      return (
        "“{0}”要按记账日期推算，但这条没有日期，所以没有还款日期",
        "\"{0}\" is counted from the record's date, but the record has no date, so no due date is set"
      )
    case .dueYearEnd:
      return (
        "“{0}”按农历除夕（{1}）算；如果指的是公历 12 月 31 日，请改正",
        "\"{0}\" is taken as lunar New Year's Eve ({1}); correct it if 31 December was meant"
      )
    case .dueVague:
      return (
        "“{0}”不是确定的日子，没有记还款日期",
        "\"{0}\" is not a definite day, so no due date is set"
      )
    case .dueNextYear:
      return (
        "还款日期“{0}”没写年份，比记账日期早，按下一年 {1} 算",
        "the due date \"{0}\" has no year and would fall before the record's date, so it is taken as {1}"
      )
    case .dueBeforeRecord:
      return (
        "还款日期 {0} 比记账日期 {1} 还早：请核对原件",
        "the due date {0} is before the record's date {1}: check the original"
      )
    case .iouComment:
      return ("说明或注释行，不是账目", "a comment line, not an entry")
    case .iouHeading:
      return ("标题行，不是账目", "a heading line, not an entry")
    case .iouHeadingYear:
      return (
        "标题行：下面没写年份的日期按 {0} 年算",
        "a heading line: dates below it without a year are taken as {0}"
      )
    case .iouIllegible:
      return (
        "这一行标着看不清（“{0}”）：请对照原件补录",
        "this line is marked as illegible (\"{0}\"): copy it again from the original"
      )
    case .iouReplacementChar:
      return (
        "这一行有无法识别的字符（�），多半是文件编码出了错：请对照原件修正这一行",
        "this line has characters that could not be decoded (�), probably an encoding problem: fix the line from the original"
      )
    case .iouNoAmount:
      return (
        "这一行找不到金额：请补上金额（如 350元）",
        "no amount was found on this line: add the amount (for example 350元)"
      )
    case .iouNoName:
      return (
        "这一行找不到是谁欠的或谁付的：请补上客户名字",
        "this line does not say who owes or who paid: add the customer's name"
      )
    case .iouUnreadable:
      return (
        "看不懂这一行：请对照原件改成“日期 名字 货物 金额”的样子",
        "cannot read this line: rewrite it from the original as \"date name goods amount\""
      )
    case .iouHuanAmbiguous:
      return (
        "“{0}”既可以读作“已经还了”，也可以读作“还欠着”：请问清楚后改成“已还…”或“还欠…”",
        "\"{0}\" can mean either \"has repaid\" or \"still owes\": ask, then write 已还… or 还欠… instead"
      )
    case .iouSeveralAmounts:
      return (
        "这一行有好几个金额（{0}），不知道哪个是账：请一行只写一笔，或标明“共…元”",
        "this line has several amounts ({0}) and it is unclear which one counts: write one entry per line, or mark the total with 共…元"
      )
    case .iouFiguresDisagree:
      return (
        "大写金额 {0} 元和小写金额 {1} 元不一致（按大写记）：请对照原件确认哪个对",
        "the amount in words ({0} yuan) and in figures ({1} yuan) disagree (booked as the amount in words): check the original"
      )
    case .iouNoDate:
      return ("这一行没有写日期", "this entry has no date")
    case .iouSeveralDates:
      return (
        "这一行有好几个日期，按第一个“{0}”记账",
        "this entry has several dates; the first one, \"{0}\", is used"
      )
    case .iouFormalUnsigned:
      return (
        "这张欠条没有写欠款人：请补上是谁立的欠条",
        "this IOU does not say who owes: add the name of the person who signed it"
      )
    case .iouFormalTooLong:
      return (
        "欠条写得太长（超过 {0} 行）还没有签名和日期，在这里截断：请检查是否漏了空行",
        "this IOU runs over {0} lines without a signature or a date and was cut here: check for a missing blank line"
      )
    case .vocabularyMissing:
      return (
        "找不到 IOU 词表 {0}：请检查映射文件夹（mappings）是否完整",
        "the IOU word list {0} is missing: check that the mappings folder is complete"
      )
    case .vocabularyUnreadable:
      return (
        "读不了 IOU 词表 {0}（{1}）：请检查文件是否存在、是不是合法的 JSON",
        "cannot read the IOU word list {0} ({1}): check that the file exists and is valid JSON"
      )
    }
  }
}
