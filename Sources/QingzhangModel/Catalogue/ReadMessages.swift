/// Messages of the read stage: files, encodings, rows, amounts, dates, IOU wording.
public enum ReadMessage: String, Message, CaseIterable {
  case unknownExtension = "unknown-extension"
  case cannotOpen = "cannot-open"
  case emptyFile = "empty-file"
  case binaryFile = "binary-file"
  case excelWorkbookFile = "excel-workbook-file"
  case excelWorkbookRenamed = "excel-workbook-renamed"
  case wpsDocumentFile = "wps-document-file"
  case invalidBytes = "invalid-bytes"

  // MARK: files, encodings, spreadsheets
  case notAFile = "not-a-file"
  case encodingDoubtful = "encoding-doubtful"
  case encodingDoubtfulText = "encoding-doubtful-text"
  case encodingMixed = "encoding-mixed"
  case hiddenFileSkipped = "hidden-file-skipped"
  case hiddenFolderSkipped = "hidden-folder-skipped"
  case folderLoopSkipped = "folder-loop-skipped"
  case brokenLinkSkipped = "broken-link-skipped"
  case binaryTextFile = "binary-text-file"
  case converterMissing = "converter-missing"
  case fileNotFound = "file-not-found"
  case fileDenied = "file-denied"
  case fileIsFolder = "file-is-folder"
  case readFailed = "read-failed"
  case lineTooLong = "line-too-long"
  case quoteUnbalanced = "quote-unbalanced"
  case quoteAsText = "quote-as-text"
  case quoteCellUnbalanced = "quote-cell-unbalanced"
  case rowTooBig = "row-too-big"
  case delimiterTabInCSV = "delimiter-tab-in-csv"
  case delimiterCommaInTSV = "delimiter-comma-in-tsv"
  case noHeader = "no-header"
  case noHeaderRow = "no-header-row"
  case noAmountColumn = "no-amount-column"
  case noAmountColumnRow = "no-amount-column-row"
  case noCustomerColumn = "no-customer-column"
  case customerColumnEmpty = "customer-column-empty"
  case titleRow = "title-row"
  case dataAboveHeader = "data-above-header"
  case headerRow = "header-row"
  case secondHeaderRow = "second-header-row"
  case secondHeaderColumn = "second-header-column"
  case secondHeaderNoMovement = "second-header-no-movement"
  case headerUnknownColumns = "header-unknown-columns"
  case unknownColumnFigure = "unknown-column-figure"
  case unknownMoneyColumn = "unknown-money-column"
  case headerDuplicateColumn = "header-duplicate-column"
  case headerUnit = "header-unit"
  case headerLayout = "header-layout"
  case repeatedHeader = "repeated-header"
  case headerChanged = "header-changed"
  case tablesSideBySide = "tables-side-by-side"
  case customerTitleRow = "customer-title-row"
  case totalRow = "total-row"
  case unlabelledTotal = "unlabelled-total"
  case totalMismatch = "total-mismatch"
  case carriedForwardRow = "carried-forward-row"
  case pageCarryRow = "page-carry-row"
  case footerRow = "footer-row"
  case commentRow = "comment-row"
  case balanceOnlyRow = "balance-only-row"
  case rowNoAmount = "row-no-amount"
  case rowBadAmount = "row-bad-amount"
  case rowWiderThanHeader = "row-wider-than-header"
  case rowAmountSplitByComma = "row-amount-split-by-comma"
  case rowNoCustomer = "row-no-customer"
  case customerFilledDown = "customer-filled-down"
  case customerFilledDownSameDocument = "customer-filled-down-same-document"
  case customerFilledDownBalance = "customer-filled-down-balance"
  case customerAboveNotTaken = "customer-above-not-taken"
  case dateFilledDown = "date-filled-down"
  case rowBadThousands = "row-bad-thousands"
  case rowAmountNotRead = "row-amount-not-read"
  case rowNoDate = "row-no-date"
  case rowBadDate = "row-bad-date"
  case sheetDateNoYear = "sheet-date-no-year"
  case yearFromTitle = "year-from-title"
  case yearFromMapping = "year-from-mapping"
  case yearRollover = "year-rollover"
  case dateOrderGuessed = "date-order-guessed"
  case excelSerialDate = "excel-serial-date"
  case excelSerialOutOfRange = "excel-serial-out-of-range"
  case excelErrorValue = "excel-error-value"
  case excelColumnTooNarrow = "excel-column-too-narrow"
  case amountScientific = "amount-scientific"
  case amountScientificExact = "amount-scientific-exact"
  case yearFromFileName = "year-from-file-name"
  case dateMonthOnly = "date-month-only"
  case dateMonthOnlyNoYear = "date-month-only-no-year"
  case dateMonthTenAsOne = "date-month-ten-as-one"
  case badDueDate = "bad-due-date"
  case negativeAmount = "negative-amount"
  case discountAsPayment = "discount-as-payment"
  case returnGoods = "return-goods"
  case summaryPayment = "summary-payment"
  case summaryVoid = "summary-void"
  case summarySettled = "summary-settled"
  case summaryAgainstColumn = "summary-against-column"
  case openingImpliedByBalance = "opening-implied-by-balance"
  case totalWithCarriedForward = "total-with-carried-forward"
  case runningBalanceBreak = "running-balance-break"
  case badBalance = "bad-balance"
  case quantityPriceBreak = "quantity-price-break"
  case amountFromQuantityPrice = "amount-from-quantity-price"
  case salesLogNet = "sales-log-net-of-received"
  case paidOnTheSpot = "paid-on-the-spot"
  case salesLogBreak = "sales-log-relation-break"
  case salesLogNoDebt = "sales-log-no-debt"
  case badQuantityPrice = "bad-quantity-price"
  case phoneScientific = "phone-scientific"
  case badColumnsFile = "bad-columns-file"
  case badLayoutFile = "bad-layout-file"
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
  case dateOrderUnknown = "date-order-unknown"
  case dateNoYear = "date-no-year"
  case dateYearFrom = "date-year-from"
  case dateYearGiven = "date-year-given"
  case dateYearFromHeading = "date-year-from-heading"
  case dateYearFromFileName = "date-year-from-file-name"
  case dateYearFromPrevious = "date-year-from-previous"
  case dateYearRolledOver = "date-year-rolled-over"
  case dateYearFromLine = "date-year-from-line"
  case dateYearFromLineNext = "date-year-from-line-next"
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
  case iouAmountSplit = "iou-amount-split"
  case iouZeroAmount = "iou-zero-amount"
  case iouZeroPartLeftOut = "iou-zero-part-left-out"
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
  case dateMonthPart = "date-month-part"
  case dueCounted = "due-counted"
  case dueNextMonth = "due-next-month"
  case dueFestivalLunar = "due-festival-lunar"
  case dueFestivalDay = "due-festival-day"
  case dueUnread = "due-unread"
  case iouBalanceStatement = "iou-balance-statement"
  case iouBalanceAfter = "iou-balance-after"
  case iouKindUnclear = "iou-kind-unclear"
  case iouVoided = "iou-voided"
  case iouSettledAfterDebt = "iou-settled-after-debt"
  case iouPaidGoodsUnclear = "iou-paid-goods-unclear"
  case iouSettleDoubt = "iou-settle-doubt"
  case iouReplacesOlder = "iou-replaces-older"
  case iouFormalOtherAmounts = "iou-formal-other-amounts"
  case iouNameIsGoods = "iou-name-is-goods"
  case iouBracketNegative = "iou-bracket-negative"
  case iouCarriedForward = "iou-carried-forward"
  case iouTotalLine = "iou-total-line"

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
    case .excelWorkbookFile:
      return (
        "这是 Excel/WPS 表格的原文件（.{0}），不是文本，读不了：请在 Excel 或 WPS 里打开它，“另存为”CSV（UTF-8 或 GBK 都行），再读另存的 .csv",
        "this is an Excel/WPS workbook (.{0}), not text, so it cannot be read: open it in Excel or WPS, \"Save As\" CSV (UTF-8 or GBK), and read that .csv"
      )
    case .excelWorkbookRenamed:
      return (
        "文件名是“{0}”，内容却是 Excel/WPS 表格的原文件（{1}，像是改了扩展名），不是文本：请在 Excel 或 WPS 里打开它，“另存为”CSV（UTF-8 或 GBK 都行），再读另存的 .csv",
        "the file is named \"{0}\" but holds an Excel/WPS workbook ({1}; renamed?), not text: open it in Excel or WPS, \"Save As\" CSV (UTF-8 or GBK), and read that .csv"
      )
    case .wpsDocumentFile:
      return (
        "这是 WPS 的原文件（.wps），不是文本，读不了：请在 WPS 里打开它，表格“另存为”CSV（UTF-8 或 GBK 都行），欠条清单“另存为”纯文本 .txt，再读另存的文件",
        "this is a WPS document (.wps), not text, so it cannot be read: open it in WPS and \"Save As\" CSV (UTF-8 or GBK) if it is a table, or plain text .txt if it is an IOU list, and read that file"
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
    case .hiddenFileSkipped:
      return (
        "名字以“.”开头，当作隐藏文件没有读；要读它，请在命令行上直接写出它的路径",
        "its name starts with '.', so it was taken as hidden and not read; to read it, name it on the command line")
    case .folderLoopSkipped:
      return (
        "这个文件夹是个链接，指向已经读过的文件夹（{0}），没有再读一遍",
        "this folder is a link to a folder already read ({0}): not read again"
      )
    case .brokenLinkSkipped:
      return ("这是个链接，指向的文件已经不在了，没有读：需要的话把原文件放回来", "this is a link to a file that is no longer there: not read; put the file back if it is needed")
    case .hiddenFolderSkipped:
      return (
        "名字以“.”开头，当作隐藏文件夹没有读（里面的文件都没读）；要读它，请在命令行上直接写出它的路径",
        "its name starts with '.', so it was taken as a hidden folder and nothing in it was read; to read it, name it on the command line")
    case .encodingMixed:
      return (
        "文件按 UTF-8 读，但有 {0} 行不是 UTF-8（像是从 GBK 文件粘贴过来的）：这些行没有记账，逐行列出；请把它们改成 UTF-8 再读",
        "the file was read as UTF-8, but {0} line(s) are not UTF-8 (like lines pasted from a GBK file): those lines are not booked and are listed one by one; fix them to UTF-8 and read again")
    case .encodingDoubtfulText:
      return (
        "看不准文件的编码，按 {0} 读：有些行的字节无法识别，已单独列出；如果整份文件都是乱码，请用记事本打开，“另存为”时编码选 UTF-8",
        "the file's encoding is uncertain; it was read as {0}: lines with unreadable bytes are listed one by one; if the whole file looks garbled, open it in a text editor and save it again with the UTF-8 encoding"
      )
    case .binaryTextFile:
      return (
        "这不是纯文本文件（像是 Word 文档、Excel 原文件或图片）：请把内容另存为纯文本（.txt，编码选 UTF-8）后再读",
        "this is not a plain text file (a Word document, an Excel workbook or a picture?): save the content as plain text (.txt, UTF-8) first"
      )
    case .converterMissing:
      return (
        "这台电脑缺少 {0} 编码的转换表，读不了这个文件：请把文件另存为 UTF-8 后再读",
        "this computer has no converter for the {0} encoding, so the file cannot be read: save it as UTF-8 first"
      )
    case .fileNotFound:
      return ("找不到这个文件：请检查路径和文件名", "file not found: check the path and the file name")
    case .fileDenied:
      return (
        "没有权限读这个文件：请检查文件权限，或先把它复制到自己的文件夹",
        "no permission to read this file: check its permissions, or copy it to a folder of your own first"
      )
    case .fileIsFolder:
      return (
        "这是一个文件夹，不能当文件读：请给出其中的 .txt/.csv/.tsv 文件，或把文件夹作为输入",
        "this is a folder, not a file: give the .txt/.csv/.tsv files in it, or the folder itself as an input"
      )
    case .readFailed:
      return ("读不了这个文件（系统错误号 {0}）", "cannot read this file (system error {0})")
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
    case .quoteAsText:
      return (
        "第 {0} 行有个双引号在格子中间（多半是英寸符号，如 4分\"），按文字照原样读入",
        "line {0} has a double quote inside a cell (probably an inch mark, as in 4分\"): it was read as text, as written"
      )
    case .quoteCellUnbalanced:
      return (
        "第 {0} 行的双引号没有配对：从这里到第 {1} 行（{2} 字节）都落在同一个格子里，不像一行行的记录，没有读入：请改正第 {0} 行的引号，或在 Excel 里打开后重新另存为 CSV",
        "the double quote on line {0} does not pair up: everything up to line {1} ({2} bytes) falls inside one cell and does not look like rows; it was not read: fix the quote on line {0}, or re-save the file as CSV from Excel"
      )
    case .rowTooBig:
      return (
        "第 {0} 到 {1} 行是同一行表格（格子里有换行），共 {2} 字节，太长了，没有读入：正常的表格行不会这么长，请检查这一行的双引号或把格子改短",
        "lines {0} to {1} are one spreadsheet row (a cell with line breaks) of {2} bytes, too long to read: no real row is that long; check the row's double quotes or shorten the cell"
      )
    case .noHeader:
      return (
        "找不到表头（“日期”“客户”“金额”这样的列名）：表格没有读入；请检查文件，或用 --mapping 指定列",
        "no header row found (column names such as 日期, 客户, 金额): the sheet was not read; check the file or give the columns with --mapping"
      )
    case .delimiterTabInCSV:
      return (
        "文件名是 .csv，但各列是用制表符（Tab）分开的，不是逗号：按制表符分列读（若不对，请另存为逗号分隔的 CSV）",
        "the file is named .csv but its columns are separated by tabs, not commas: read as tab-separated (if that is wrong, save it again as comma-separated CSV)"
      )
    case .delimiterCommaInTSV:
      return (
        "文件名是 .tsv，但各列是用逗号分开的，不是制表符（Tab）：按逗号分列读（若不对，请另存为制表符分隔的文本）",
        "the file is named .tsv but its columns are separated by commas, not tabs: read as comma-separated (if that is wrong, save it again as tab-separated text)"
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
    case .customerColumnEmpty:
      return (
        "表格的客户列每一行都是空的：各行都没有读入（逐行列出）；请补上客户名，或用 --mapping 指定客户名",
        "the customer column of the sheet is empty in every row: no row was read (each is listed); fill in the customers, or give the customer name with --mapping"
      )
    case .noCustomerColumn:
      return (
        "表格没有客户列，标题里也没有“客户：…”：各行没有读入；请用 --mapping 指定客户列或客户名",
        "the sheet has no customer column and no \"客户：…\" title: the rows were not read; give the customer column or name with --mapping"
      )
    case .dataAboveHeader:
      return (
        "这一行在表头（第 {0} 行）上面，像是一条记录（有日期和金额），但不知道各栏是什么，没有读入：请把它移到表头下面再读",
        "this row is above the header (line {0}) and looks like a record (a date and an amount), but nothing says what its columns are, so it was not read: move it below the header and read again"
      )
    case .titleRow:
      return ("标题行，不是记录", "title row, not a record")
    case .headerRow:
      return ("表头：{0}", "header: {0}")
    case .secondHeaderRow:
      return ("表头第二行（合并单元格下的小标题）", "second header row (labels under merged cells)")
    case .secondHeaderNoMovement:
      return (
        "“{0}”下的几列小标题里没有“发生”“金额”这样的发生额：读的是第一列“{1}”，请核对（或在 mappings/columns.json 的 subHeaders 里说明）",
        "none of the sub-columns under \"{0}\" is a movement such as 发生 or 金额: its first, \"{1}\", is read; check it (or list it in subHeaders of mappings/columns.json)"
      )
    case .secondHeaderColumn:
      return ("“{0}”读“{1}”那一列", "\"{0}\" is read from its \"{1}\" column")
    case .headerUnknownColumns:
      return (
        "没有认出的列：{0}（内容没有用上，原文保留）",
        "columns not recognised: {0} (their contents were not used; the raw text is kept)"
      )
    case .unknownColumnFigure:
      return (
        "没有认出的“{0}”列写着 {1}：没有计入；如果它是欠款或收款，请在 mappings/columns.json 里加上这个列名（或用 --mapping 指定）再读",
        "the unrecognised column \"{0}\" holds {1}: not counted; if it is a debt or a payment, add the column name to mappings/columns.json (or give it with --mapping) and read again"
      )
    case .unknownMoneyColumn:
      return (
        "没有认出的“{0}”列里多是金额（{1} 行，第一行在第 {2} 行），这些钱没有计入：如果它是欠款或收款，请在 mappings/columns.json 里加上这个列名（或用 --mapping 指定）再读",
        "the unrecognised column \"{0}\" holds mostly amounts ({1} rows, the first on line {2}); that money was not counted: if it is a debt or a payment, add the column name to mappings/columns.json (or give it with --mapping) and read again"
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
    case .tablesSideBySide:
      return (
        "表头里有 {0} 张表并排（第 {1} 列）：每一行按每张表各读一次，客户各归各的",
        "{0} tables side by side in the header (columns {1}): each row is read once per table, each with its own customer"
      )
    case .headerChanged:
      return (
        "新的表头（第 {0} 行），和上面的列不一样：从这一行起按新的列读",
        "a new header (line {0}) with other columns than the one above: the rows from here on are read by it"
      )
    case .repeatedHeader:
      return ("重复的表头，不是记录", "a repeated header row, not a record")
    case .customerTitleRow:
      return ("客户标题行：下面的记录属于“{0}”", "customer title row: the rows below belong to \"{0}\"")
    case .totalRow:
      return ("合计行 {0}，不计入欠款，只用来核对", "a total row ({0}): not counted, used as a check only")
    case .unlabelledTotal:
      return (
        "没有客户、日期和摘要，数字正是上面各行相加：当作没写“合计”的合计行，不计入欠款，只用来核对",
        "no customer, date or goods, and the figures are the sums of the rows above: taken as a total row without its label, not counted, used as a check only"
      )
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
    case .rowAmountSplitByComma:
      return (
        "金额像是“{0}”被逗号拆成了两格（读出来只有 {1}）：这一行没有记账；请把带逗号的金额加上引号，或去掉逗号，再读",
        "the amount looks like \"{0}\" split in two cells by its comma (only {1} was read): the row was not booked; quote the amount or drop the comma and read again")
    case .rowWiderThanHeader:
      return (
        "这一行比表头多出 {0} 格（{1}），没有读入：金额里有逗号要加引号（写成 \"3,500\"），或者检查这一行是不是多打了逗号",
        "this row has more cells than the header ({0} extra: {1}) and was not read: put an amount with a comma in quotes (\"3,500\"), or check the row for a stray comma"
      )
    case .rowNoCustomer:
      return (
        "这一行没有客户名，没有读入：请补上是谁欠的",
        "this row names no customer and was not read: fill in who owes it"
      )
    case .customerFilledDown:
      return (
        "客户名沿用上面一行的“{0}”：这一行的日期和客户都空着，像是合并单元格；如果不是，请补上客户名",
        "customer \"{0}\" taken from the row above: this row's date and customer cells are both empty, as with merged cells; if that is wrong, fill in the customer"
      )
    case .customerFilledDownSameDocument:
      return (
        "客户名沿用上面一行的“{0}”：同一张单据（{1}），像是合并单元格；如果不是，请补上客户名",
        "customer \"{0}\" taken from the row above: the same document ({1}), as with merged cells; if that is wrong, fill in the customer"
      )
    case .customerFilledDownBalance:
      return (
        "客户名沿用上面一行的“{0}”：这一行的余额接着“{0}”的余额往下算，像是合并单元格；如果不是，请补上客户名",
        "customer \"{0}\" taken from the row above: this row's balance carries on from \"{0}\"'s, as with merged cells; if that is wrong, fill in the customer"
      )
    case .customerAboveNotTaken:
      return (
        "上一行的客户是“{0}”，但看不出这一行是合并单元格（单号、日期不同，余额也接不上），所以没有算到“{0}”名下：如果是，请补上客户名",
        "the row above is \"{0}\"'s, but nothing shows this row is a merged cell (no shared document or date, and the balance does not carry on), so it was not booked to \"{0}\": if it is theirs, fill in the customer"
      )
    case .dateFilledDown:
      return ("日期沿用上面一行的 {0}（合并单元格）", "date {0} taken from the row above (merged cells)")
    case .rowAmountNotRead:
      return ("金额“{0}”不能记账，这一行没有读入", "the amount \"{0}\" cannot be booked, so the row was not read")
    case .rowBadThousands:
      return (
        "“{0}”里的千分位逗号位置不对（应当每三位一个，如 12,000），看不出是多少：请对照原件改正",
        "the thousands commas in \"{0}\" are misplaced (one every three digits, as in 12,000), so the figure is unclear: correct it from the original"
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
        "日期“{0}”没有年份，标题和文件名里也没有年份：请补上年份，或在文件名里写上年份（如 2023欠款.csv）",
        "the date \"{0}\" has no year and neither the title nor the file name gives one: add the year, or put it in the file name (as in 2023欠款.csv)"
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
    case .excelSerialOutOfRange:
      return (
        "日期“{0}”只是一个数：当作 Excel 日期序号也不在 1990 到 2099 年之间，没有当作日期：请核对原件，或在 Excel 里把这一列设成日期格式后再另存为 CSV",
        "the date \"{0}\" is only a number: read as an Excel serial date it falls outside 1990 to 2099, so it was not taken as a date: check the original, or format the column as dates in Excel and save as CSV again"
      )
    case .excelErrorValue:
      return (
        "“{0}”是 Excel 的错误值：这一格原是公式，在 Excel 里没算出来（引用的格子删了、查不到、除以零等），不能当作数：请打开原工作簿改好这个公式，再另存为 CSV",
        "\"{0}\" is an Excel error value: the cell held a formula that failed in Excel (a deleted reference, a failed lookup, a division by zero …), so it is no value: open the workbook, fix the formula and save as CSV again"
      )
    case .excelColumnTooNarrow:
      return (
        "“{0}”是 Excel 在列太窄时显示的井号，真正的内容没有存下来：请打开原工作簿把这一列拉宽，再另存为 CSV",
        "\"{0}\" is what Excel shows when a column is too narrow; the real content was not saved: open the workbook, widen the column and save as CSV again"
      )
    case .amountScientific:
      return (
        "金额“{0}”是科学计数法（列太窄或格式为“常规”时 Excel 这样存），存下的数字可能已经四舍五入（12534 会存成 1.25E+04），看不出确切到分的金额：请在 Excel 里把这一列设成“数值”格式（两位小数）并拉宽，再另存为 CSV",
        "the amount \"{0}\" is in scientific notation (Excel saves it so when the column is too narrow or formatted General), and the digits saved may be rounded (12534 is saved as 1.25E+04), so the exact figure to the fen is unknown: format the column as Number with two decimals in Excel, widen it and save as CSV again"
      )
    case .amountScientificExact:
      return (
        "金额“{0}”是科学计数法，写到了分，读作 {1} 元",
        "the amount \"{0}\" is in scientific notation, written down to the fen: read as {1} yuan"
      )
    case .yearFromFileName:
      return ("年份 {0} 取自文件名“{1}”", "year {0} taken from the file name \"{1}\"")
    case .dateMonthOnly:
      return (
        "日期“{0}”只写了年月，没有日：这一笔没有按哪一天记；按诉讼时效最保守的算法，它最早可能是 {1}：请查原件补上日",
        "the date \"{0}\" gives the year and month but no day: the entry is left undated; for the limitation period, the most cautious reading is that it may be as early as {1}: find the day in the original"
      )
    case .dateMonthTenAsOne:
      return (
        "注意：这一格若在 Excel 里是数字，“{1}.10”（10 月）也会存成“{0}”：请核对是 1 月还是 10 月",
        "note: if the cell was a number in Excel, \"{1}.10\" (October) is saved as \"{0}\" too: check whether January or October is meant"
      )
    case .dateMonthOnlyNoYear:
      return (
        "日期“{0}”只写了月份，没有年和日，标题和文件名里也没有年份：这一笔没有按哪一天记：请查原件补上年月日",
        "the date \"{0}\" gives only the month, no year or day, and neither the title nor the file name gives a year: the entry is left undated: find the full date in the original"
      )
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
    case .summaryPayment:
      return ("摘要写“{0}”：按还款记", "the summary says “{0}”: booked as a payment")
    case .summaryVoid:
      return (
        "摘要写“{0}”：这一行已作废，{1} 不计入欠款（若没有作废，请改掉这个词再读）",
        "the summary says “{0}”: the row is void, {1} is not counted (if it is not, change the word and read again)"
      )
    case .summarySettled:
      return (
        "摘要写“{0}”：记欠款 {1}，并记同一天还清 {1}",
        "the summary says “{0}”: the debt of {1} is booked with a repayment of {1} the same day"
      )
    case .summaryAgainstColumn:
      return (
        "摘要写“{0}”，与“{1}”列不符：按“{1}”列记，请核对",
        "the summary says “{0}”, which the “{1}” column does not: booked by the “{1}” column; check it"
      )
    case .openingImpliedByBalance:
      return (
        "余额列说明这一行之前已欠 {0}（余额 {1} − 本行发生额 {2}）：当作期初余额，对账时核对",
        "the balance column implies {0} was owed before this row (balance {1} − this row's movement {2}): taken as an opening balance, checked when reconciling"
      )
    case .totalWithCarriedForward:
      return (
        "合计 {0} 含承前/期初 {1}（累计）",
        "the total {0} includes the {1} brought forward (a running total)"
      )
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
    case .salesLogNet:
      return (
        "金额 {0}，当场已收 {1}，欠款栏的 {2} 已经扣过已收：只记欠款 {2}",
        "amount {0}, received on the spot {1}: the debt column's {2} is already net of it, so only the debt of {2} is booked"
      )
    case .paidOnTheSpot:
      return (
        "金额 {0} 当场收清（已收 {1}，欠款 0）：没有欠钱，不记账",
        "amount {0} paid on the spot (received {1}, owed 0): nothing is owed, nothing is booked"
      )
    case .salesLogBreak:
      return (
        "金额 {0} 减已收 {1} 是 {2}，欠款栏却写 {3}：记欠款栏的数，先不计入，请核对这一行",
        "amount {0} less received {1} is {2}, but the debt column says {3}: the debt column's figure is recorded but held until this row is checked"
      )
    case .salesLogNoDebt:
      return (
        "金额 {0}，已收 {1}，欠款栏是空的或 0：欠多少说不清，没有读入；请核对后补上欠款",
        "amount {0}, received {1}, and the debt column is empty or 0: what is owed cannot be told, so the row was not read; check it and fill in the debt"
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
      // The limit is `Money.recordLimitFen`.
      return (
        "金额“{0}”大得不合常理（一笔超过 1 亿元）：请核对原件",
        "the amount \"{0}\" is implausibly large (over 100 million yuan for one entry): check the original"
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
    case .dateOrderUnknown:
      return (
        "日期“{0}”看不准是 {1} 还是 {2}（日和月哪个在前？），没有按哪一个算：请核对原件，改写成 年-月-日",
        "the date \"{0}\" may be {1} or {2} (which comes first, day or month?), so neither was taken: check the original and write it year-month-day")
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
    case .dateYearFromLine:
      return ("日期“{0}”没写年份，按这一行的日期算作 {1} 年", "the date \"{0}\" has no year; taken as {1} from the line's own date")
    case .dateYearFromLineNext:
      return (
        "日期“{0}”没写年份，月份比这一行的日期早，按下一年 {1} 年算",
        "the date \"{0}\" has no year and comes before the line's own date in the calendar, so it is taken as the next year, {1}"
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
        "lunar year {0} has no day \"{1}\" (that month has only {2|day|days}): check the original"
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
        "“{0}”可能指公历年底 {2}，也可能指农历除夕 {1}：按早的 {3} 算（算诉讼时效宁早勿晚）；如果约定的是另一个，请改正",
        "\"{0}\" may mean 31 December ({2}) or lunar New Year's Eve ({1}): the earlier, {3}, is used (the cautious reading for the limitation period); correct it if the other was agreed"
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
    case .iouAmountSplit:
      return (
        "金额“{0}”的数字中间被空格或符号隔开了，看不准是多少，没有记账：如果是 {1}，请改成“{1}”",
        "the digits of the amount \"{0}\" are split by a space or a sign, so the amount is unclear and was not booked: if it is {1}, write \"{1}\""
      )
    case .iouZeroPartLeftOut:
      return (
        "“{0}”是零，这一部分没有记账（同一行的其他金额照记）：请核对原件",
        "\"{0}\" is zero: that part was not booked (the line's other amount was): check the original")
    case .iouZeroAmount:
      return (
        "金额“{0}”是零，没有记账：请写上实际金额，或者删掉这一行",
        "the amount \"{0}\" is zero and was not booked: write the real amount, or delete the line"
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
        "this IOU runs over {0|line|lines} without a signature or a date and was cut here: check for a missing blank line"
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
    case .dateMonthPart:
      return (
        "“{0}”没写是哪一天，按最早的一天 {1} 算：知道确切日子的话请改正",
        "\"{0}\" gives no exact day; the earliest day, {1}, is used: correct it if the day is known"
      )
    case .dueCounted:
      return (
        "“{0}”从记账日期 {1} 起算，到期日是 {2}",
        "\"{0}\" is counted from the record's date, {1}: due on {2}"
      )
    case .dueNextMonth:
      return (
        "还款日“{0}”没写月份，本月的这一天已经过了，按下个月 {1} 算",
        "the due day \"{0}\" gives no month and this month's has passed, so it is taken as {1}"
      )
    case .dueFestivalLunar:
      return (
        "“{0}”按记账后的第一个农历 {1} 月 {2} 日算，即 {3}",
        "\"{0}\" is taken as the first lunar month {1}, day {2} after the record's date: {3}"
      )
    case .dueFestivalDay:
      return (
        "“{0}”按记账后的第一个这一天算，即 {1}",
        "\"{0}\" is taken as the first such day after the record's date: {1}"
      )
    case .dueUnread:
      return (
        "看不懂还款时间“{0}”，没有记还款日期：请核对，能定下日子的话改成“6月30日前还”这样的写法",
        "cannot tell when \"{0}\" is, so no due date is set: check it, and if there is a day, write it like 6月30日前还"
      )
    case .iouBalanceStatement:
      return (
        "这是还欠的余额，不是新欠款：“{0}”说这时一共还欠 {1} 元，不计入欠款，只用来核对这位客户的余额",
        "this is the balance still owed, not a new debt: \"{0}\" says {1} yuan is owed in all at this point; it is not counted, only used to check the customer's balance"
      )
    case .iouBalanceAfter:
      return (
        "“{0}”是这笔之后还欠的余额（{1} 元），不是新欠款：不计入欠款，只用来核对余额",
        "\"{0}\" is the balance still owed after this entry ({1} yuan), not a new debt: it is not counted, only used to check the balance"
      )
    case .iouKindUnclear:
      return (
        "“{0}”看不出这笔钱是客户欠的、客户付的，还是店里退给客户的，或者到底付了多少：请问清楚后改成“欠…”“已还…”或“退货…”，写上金额",
        "\"{0}\" does not say whether the customer owes this money, paid it, or was paid back by the shop, or how much was paid: ask, then write 欠…, 已还… or 退货… with the amount instead"
      )
    case .iouPaidGoodsUnclear:
      return (
        "“{0} {1} {2}”看不出是这次拿货当场付清了（欠款、还款各记一笔），还是付了以前欠的 {1}（只记还款）：请问清楚，当场付清的话改成“{0} 欠 {1} 已还清”，还旧账的话改成“还 {1}”",
        "\"{0} {1} {2}\" does not say whether the goods were paid for on the spot (a debt and its payment) or {1} was paid for goods bought earlier (a payment only): ask, then write \"{0} 欠 {1} 已还清\" or \"还 {1}\""
      )
    case .iouFormalOtherAmounts:
      return (
        "这张欠条只按 {1} 元记账，里面另写的“{0}”没有计入：如果是已付的定金或还款，请另起一行写“还 …”；是利息或违约金的约定，就不用管它",
        "this IOU is booked at {1} yuan only; the other figure(s) written in it (\"{0}\") are not booked: if one is a deposit or repayment already made, add a line \"还 …\"; if it is an interest or penalty term, leave it"
      )
    case .iouReplacesOlder:
      return (
        "这一行写着“{0}”：这张条子代替了以前的一张，按这一行记账。以前那张如果也在读入的账里，请在那一行写上“作废”，免得重复算",
        "this line says \"{0}\": it replaces an older slip and is booked as written. If the older slip is among the inputs too, write 作废 on its line so it is not counted twice"
      )
    case .iouSettleDoubt:
      return (
        "“{0}”说不准这笔 {1} 元是不是已经还了、哪天还的（可能只是说好哪天还）：请问清楚，已经还清的话改成“欠 {1} 某月某日已还清”，没还的话删掉“{0}”（说好的日子写成“五一前还”）后重新读入",
        "\"{0}\" does not say for sure whether these {1} yuan were repaid, or when (it may only say when they are due): ask, then write \"欠 {1} 某月某日已还清\" if repaid, or delete \"{0}\" (writing a due day as \"五一前还\") and read the line again"
      )
    case .iouSettledAfterDebt:
      return (
        "“{0}”：这笔 {1} 元已经还清，记一笔同样金额的还款；不对的话，把“{0}”删掉后重新读入",
        "\"{0}\": this debt of {1} yuan was repaid in full, so a payment of the same amount is booked beside it; if that is wrong, delete \"{0}\" and read the line again"
      )
    case .iouVoided:
      return (
        "这一行写着“{0}”：按作废处理，没有计入。原件上这笔账确实作废，就不用管它；还算数的话，把“{0}”从这一行删掉后重新读入",
        "this line says \"{0}\" (struck out): it is not counted. If the entry really is void, leave it; if it still stands, delete \"{0}\" from the line and read it again"
      )
    case .iouNameIsGoods:
      return (
        "“{0}”是货物，不是客户名字：这一行找不到是谁欠的或谁付的，请补上客户名字",
        "\"{0}\" is goods, not a customer's name: this line does not say who owes or who paid; add the customer's name"
      )
    case .iouBracketNegative:
      return (
        "“{0}”写在括号里，按会计写法读作负数 {1}（冲减欠款）：请确认是退货或冲账，不是备注",
        "\"{0}\" is in brackets, read the accounting way as a negative amount, {1} (taken off the debt): check that it is a return or a reversal, not a remark"
      )
    case .iouCarriedForward:
      return (
        "“{0}”是从以前的账上结转过来的余额（{1} 元），不是新的欠款：不计入欠款，对账时和这位客户以前的记录核对（没有以前的记录时作为期初欠款）",
        "\"{0}\" is a balance brought forward from earlier books ({1} yuan), not a new debt: it is not counted; reconcile checks it against the customer's earlier records (or takes it as the opening debt when there are none)"
      )
    case .iouTotalLine:
      return (
        "“{0}”是合计行（{1} 元），不是一笔欠款：不计入，只用来核对上面各笔",
        "\"{0}\" is a total line ({1} yuan), not a debt: it is not counted, only used to check the entries above"
      )
    }
  }
}
