/// Messages of the read stage: files, encodings, rows, amounts, dates, IOU wording.
public enum ReadMessage: String, Message, CaseIterable {
  case unknownExtension = "unknown-extension"
  case cannotOpen = "cannot-open"
  case emptyFile = "empty-file"
  case binaryFile = "binary-file"
  case invalidBytes = "invalid-bytes"

  // MARK: files, encodings, spreadsheets
  case notAFile = "not-a-file"
  case encodingDoubtful = "encoding-doubtful"
  case lineTooLong = "line-too-long"
  case quoteUnbalanced = "quote-unbalanced"
  case noHeader = "no-header"
  case noHeaderRow = "no-header-row"
  case noAmountColumn = "no-amount-column"
  case noAmountColumnRow = "no-amount-column-row"
  case noCustomerColumn = "no-customer-column"
  case titleRow = "title-row"
  case headerRow = "header-row"
  case headerUnknownColumns = "header-unknown-columns"
  case headerDuplicateColumn = "header-duplicate-column"
  case headerUnit = "header-unit"
  case headerLayout = "header-layout"
  case repeatedHeader = "repeated-header"
  case customerTitleRow = "customer-title-row"
  case totalRow = "total-row"
  case totalMismatch = "total-mismatch"
  case carriedForwardRow = "carried-forward-row"
  case pageCarryRow = "page-carry-row"
  case footerRow = "footer-row"
  case commentRow = "comment-row"
  case balanceOnlyRow = "balance-only-row"
  case rowNoAmount = "row-no-amount"
  case rowBadAmount = "row-bad-amount"
  case rowNoCustomer = "row-no-customer"
  case customerFilledDown = "customer-filled-down"
  case rowNoDate = "row-no-date"
  case rowBadDate = "row-bad-date"
  case sheetDateNoYear = "sheet-date-no-year"
  case yearFromTitle = "year-from-title"
  case yearFromMapping = "year-from-mapping"
  case yearRollover = "year-rollover"
  case dateOrderGuessed = "date-order-guessed"
  case excelSerialDate = "excel-serial-date"
  case badDueDate = "bad-due-date"
  case negativeAmount = "negative-amount"
  case discountAsPayment = "discount-as-payment"
  case returnGoods = "return-goods"
  case runningBalanceBreak = "running-balance-break"
  case badBalance = "bad-balance"
  case quantityPriceBreak = "quantity-price-break"
  case amountFromQuantityPrice = "amount-from-quantity-price"
  case badQuantityPrice = "bad-quantity-price"
  case phoneScientific = "phone-scientific"
  case badColumnsFile = "bad-columns-file"
  case badLayoutFile = "bad-layout-file"

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

    // MARK: files, encodings, spreadsheets
    case .notAFile:
      return (
        "“{0}”不是普通文件（是设备、管道或别的特殊文件）：请给出 .txt/.csv/.tsv 文件或文件夹",
        "\"{0}\" is not a regular file (a device, pipe or other special file): give .txt/.csv/.tsv files or folders"
      )
    case .encodingDoubtful:
      return (
        "看不准文件的编码，按 {0} 读：有些行的字节无法识别，已单独列出；如果整份文件都是乱码，请在 Excel 里另存为“CSV UTF-8”",
        "the file's encoding is uncertain; it was read as {0}: lines with unreadable bytes are listed one by one; if the whole file looks garbled, save it as \"CSV UTF-8\" in Excel"
      )
    case .lineTooLong:
      return (
        "第 {0} 行太长（{1} 字节），没有读入：正常的表格行或欠条不会这么长，请检查这个文件是不是表格或文本",
        "line {0} is too long ({1} bytes) and was not read: no spreadsheet row or IOU is that long; check that this is really a spreadsheet or a text file"
      )
    case .quoteUnbalanced:
      return (
        "第 {0} 行的双引号没有配对（可能是英寸符号 \" 或少了一个引号），这一行没有读入：请在 Excel 里打开后重新另存为 CSV，或改正这一行",
        "the double quotes on line {0} do not pair up (an inch mark \" or a missing quote?); the row was not read: re-save the file as CSV from Excel or fix the line"
      )
    case .noHeader:
      return (
        "找不到表头（“日期”“客户”“金额”这样的列名）：表格没有读入；请检查文件，或用 --mapping 指定列",
        "no header row found (column names such as 日期, 客户, 金额): the sheet was not read; check the file or give the columns with --mapping"
      )
    case .noHeaderRow:
      return (
        "找不到表头，这一行没有读入",
        "no header row was found, so this row was not read"
      )
    case .noAmountColumn:
      return (
        "找不到金额列（表头：{0}）：表格各行没有读入；请用 --mapping 指定哪一列是金额（见 mappings/README.md）",
        "no amount column (header: {0}): the rows were not read; say which column holds the amount with --mapping (see mappings/README.md)"
      )
    case .noAmountColumnRow:
      return (
        "表格没有金额列，这一行没有读入",
        "the sheet has no amount column, so this row was not read"
      )
    case .noCustomerColumn:
      return (
        "表格没有客户列，标题里也没有“客户：…”：各行没有读入；请用 --mapping 指定客户列或客户名",
        "the sheet has no customer column and no \"客户：…\" title: the rows were not read; give the customer column or name with --mapping"
      )
    case .titleRow:
      return ("标题行，不是记录", "title row, not a record")
    case .headerRow:
      return ("表头：{0}", "header: {0}")
    case .headerUnknownColumns:
      return (
        "没有认出的列：{0}（内容没有用上，原文保留）",
        "columns not recognised: {0} (their contents were not used; the raw text is kept)"
      )
    case .headerDuplicateColumn:
      return (
        "“{0}”列和前面的“{1}”列是同一种内容，只用了前面那一列",
        "column \"{0}\" holds the same thing as the earlier column \"{1}\"; only the earlier one was used"
      )
    case .headerUnit:
      return ("金额单位：{0}", "amounts are in {0}")
    case .headerLayout:
      return ("按映射文件“{0}”读取", "read with the mapping \"{0}\"")
    case .repeatedHeader:
      return ("重复的表头，不是记录", "a repeated header row, not a record")
    case .customerTitleRow:
      return ("客户标题行：下面的记录属于“{0}”", "customer title row: the rows below belong to \"{0}\"")
    case .totalRow:
      return ("合计行 {0}，不计入欠款，只用来核对", "a total row ({0}): not counted, used as a check only")
    case .totalMismatch:
      return (
        "合计 {0} 和上面各行相加 {1} 不一致（差 {2}）：请对照原账核对",
        "the total {0} differs from the sum of the rows above, {1} (by {2}): check against the original books"
      )
    case .carriedForwardRow:
      return (
        "上年结转/期初余额 {0}：不是新的欠款，对账时核对",
        "balance brought forward, {0}: not a new debt; checked when reconciling"
      )
    case .pageCarryRow:
      return ("过页/转下年行，不是记录", "a carried-to-next-page row, not a record")
    case .footerRow:
      return ("签字或页脚行，不是记录", "a signature or footer row, not a record")
    case .commentRow:
      return ("说明行，不是记录", "a comment row, not a record")
    case .balanceOnlyRow:
      return ("这一行只有余额 {0}，没有发生额", "this row only states a balance, {0}, and no movement")
    case .rowNoAmount:
      return (
        "这一行没有金额，没有读入：请补上金额",
        "this row has no amount and was not read: fill in the amount"
      )
    case .rowBadAmount:
      return (
        "看不懂金额“{0}”，这一行没有读入：请改成 1200.00 这样的数字",
        "cannot read the amount \"{0}\"; the row was not read: write it as a number such as 1200.00"
      )
    case .rowNoCustomer:
      return (
        "这一行没有客户名，没有读入：请补上是谁欠的",
        "this row names no customer and was not read: fill in who owes it"
      )
    case .customerFilledDown:
      return (
        "客户名沿用上面一行的“{0}”（合并单元格）",
        "customer \"{0}\" taken from the row above (merged cells)"
      )
    case .rowNoDate:
      return ("这一行没有日期", "this row has no date")
    case .rowBadDate:
      return (
        "看不懂日期“{0}”：请改成 2024-03-05 这样的写法",
        "cannot read the date \"{0}\": write it as 2024-03-05"
      )
    case .sheetDateNoYear:
      return (
        "日期“{0}”没有年份，标题里也没有年份：请补上年份",
        "the date \"{0}\" has no year and the title gives none: add the year"
      )
    case .yearFromTitle:
      return ("年份 {0} 取自表格标题", "year {0} taken from the sheet's title")
    case .yearFromMapping:
      return ("年份 {0} 取自映射文件", "year {0} taken from the mapping file")
    case .yearRollover:
      return (
        "月份从 {0} 月回到 {1} 月，按下一年（{2} 年）算",
        "the month goes back from {0} to {1}: read as the next year ({2})"
      )
    case .dateOrderGuessed:
      return (
        "日期“{0}”按 月/日/年 读作 {1}，也可能是 日/月/年：请核对，或在映射文件里写明 dateOrder",
        "the date \"{0}\" was read month/day/year as {1}, but could be day/month/year: check it, or set dateOrder in a mapping"
      )
    case .excelSerialDate:
      return ("日期是 Excel 序号 {0}，读作 {1}", "the date is the Excel serial number {0}, read as {1}")
    case .badDueDate:
      return (
        "看不懂约定还款日期“{0}”：请改成 2024-06-30 这样的写法",
        "cannot read the due date \"{0}\": write it as 2024-06-30"
      )
    case .negativeAmount:
      return (
        "金额是负数 {0}：按冲减处理（退货、红冲或退款？请核对）",
        "the amount is negative, {0}: counted as a reduction (a return, a reversal or a refund? check it)"
      )
    case .discountAsPayment:
      return ("折让/抹零 {0}，按收款冲减欠款", "discount or rounding off of {0}, counted as paid")
    case .returnGoods:
      return ("退货 {0}，冲减欠款", "goods returned, {0}, taken off the debt")
    case .runningBalanceBreak:
      return (
        "余额对不上：上一行余额 {0} + 本行欠款 {1} − 本行收款 {2} = {3}，表上写的是 {4}：请核对这一行",
        "the running balance does not add up: previous balance {0} + debit {1} − credit {2} = {3}, but the sheet says {4}: check this row"
      )
    case .badBalance:
      return (
        "看不懂余额“{0}”，没有核对余额",
        "cannot read the balance \"{0}\"; the balance was not checked"
      )
    case .quantityPriceBreak:
      return (
        "数量×单价对不上：{0} × {1} = {2}，金额写的是 {3}：请核对这一行",
        "quantity × price does not match: {0} × {1} = {2}, but the amount says {3}: check this row"
      )
    case .amountFromQuantityPrice:
      return ("金额是按数量×单价算的：{0} × {1} = {2}", "the amount was computed from quantity × price: {0} × {1} = {2}")
    case .badQuantityPrice:
      return (
        "看不懂数量“{0}”或单价“{1}”，没有核对数量×单价",
        "cannot read the quantity \"{0}\" or the price \"{1}\"; quantity × price was not checked"
      )
    case .phoneScientific:
      return (
        "电话号码“{0}”被 Excel 改成了科学计数法，后几位已经丢了：请看原表或 .xlsx 文件",
        "the phone number \"{0}\" was turned into scientific notation by Excel and lost digits: look it up in the original sheet or .xlsx"
      )
    case .badColumnsFile:
      return (
        "列名文件看不懂：{0}：请按 mappings/README.md 改正",
        "cannot read the column-name file: {0}: fix it as mappings/README.md describes"
      )
    case .badLayoutFile:
      return (
        "映射文件看不懂：{0}：请按 mappings/README.md 改正",
        "cannot read the mapping file: {0}: fix it as mappings/README.md describes"
      )
    }
  }
}
