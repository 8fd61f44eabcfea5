/// Messages of the command line: usage errors, progress, summaries.
public enum CLIMessage: String, Message, CaseIterable {
  case unknownCommand = "unknown-command"
  case unknownOption = "unknown-option"
  case didYouMean = "did-you-mean"
  case missingValue = "missing-value"
  case missingInput = "missing-input"
  case missingOut = "missing-out"
  case missingDB = "missing-db"
  case badDate = "bad-date"
  case badLanguage = "bad-language"
  case inputNotFound = "input-not-found"
  case internalError = "internal-error"
  case seeHelp = "see-help"
  case overview = "overview"
  case overviewExample = "overview-example"
  case optLang = "opt-lang"
  case optHelp = "opt-help"
  case optOut = "opt-out"
  case optAsOf = "opt-as-of"
  case optDB = "opt-db"
  case optMapping = "opt-mapping"
  case optMappings = "opt-mappings"
  case optAliases = "opt-aliases"
  case optDecisions = "opt-decisions"
  case reconcileAbstract = "reconcile-abstract"
  case reconcileDiscussion = "reconcile-discussion"
  case reviewAbstract = "review-abstract"
  case reviewDiscussion = "review-discussion"
  case ingestAbstract = "ingest-abstract"
  case ingestDiscussion = "ingest-discussion"
  case mappingsNotFound = "mappings-not-found"
  case cannotWrite = "cannot-write"
  case writeDenied = "write-denied"
  case writeNoFolder = "write-no-folder"
  case writeNoSpace = "write-no-space"
  case missingDir = "missing-dir"
  case decisionUnused = "decision-unused"
  case decisionNotApplied = "decision-not-applied"
  case missingCommand = "missing-command"
  case badMappingFile = "bad-mapping-file"
  case dateDoesNotExist = "date-does-not-exist"
  case notUTF8 = "not-utf8"
  case notAFile = "path-not-a-file"
  case summaryRead = "summary-read"
  case summaryCounts = "summary-counts"
  case summaryOutstanding = "summary-outstanding"
  case summaryReview = "summary-review"
  case summaryOutputs = "summary-outputs"
  case summaryUnbalanced = "summary-unbalanced"
  case ingestSummary = "ingest-summary"
  case ingestSkippedSame = "ingest-skipped-same"
  case reviewNone = "review-none"
  case reviewHeader = "review-header"
  case reviewSuggestion = "review-suggestion"
  case reviewHowTo = "review-how-to"
  case reviewMissing = "review-missing"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .notAFile:
      return ("{0} 不是一个文件（是文件夹？）：这里要给出文件本身的路径", "{0} is not a file (a folder?): give the path of the file itself")
    case .unknownCommand: return ("没有“{0}”这个命令", "unknown command '{0}'")
    case .unknownOption: return ("没有“{0}”这个选项", "unknown option '{0}'")
    case .didYouMean: return ("是不是要用“{0}”？", "did you mean '{0}'?")
    case .missingValue: return ("选项 {0} 后面要跟一个值", "option {0} needs a value")
    case .missingInput: return ("请给出至少一个要读的文件或文件夹", "give at least one file or folder to read")
    case .missingDB: return ("请用 --db 指定要写入的数据库文件", "give the database file to write with --db")
    case .missingOut: return ("请用 --out 指定输出文件夹", "give the output folder with --out")
    case .badDate:
      return ("{0} 的值“{1}”不是 YYYY-MM-DD 格式的日期", "{0} must be a date as YYYY-MM-DD, not '{1}'")
    case .badLanguage: return ("--lang 只能是 zh 或 en，不是“{0}”", "--lang must be zh or en, not '{0}'")
    case .inputNotFound: return ("找不到“{0}”：请检查路径", "'{0}' does not exist: check the path")
    case .internalError:
      return ("内部错误：{0}（这是 qingzhang 的毛病，请把命令和输入文件报给开发者）", "internal error: {0} (a bug in qingzhang: please report the command and inputs)")
    case .seeHelp: return ("详见“{0}”", "See '{0}'.")
    case .overview:
      return (
        "qingzhang（清账）：把手写欠条清单和旧 Excel 表格整理成一本可信的账。",
        "qingzhang (清账): turns transcribed IOU lists and old Excel sheets into books you can trust."
      )
    case .overviewExample:
      return (
        "例子：\n  qingzhang reconcile 欠条/ 2023客户欠款.csv --out 结果 --as-of 2024-12-31\n  qingzhang review 结果",
        "Example:\n  qingzhang reconcile ious/ customers-2023.csv --out result --as-of 2024-12-31\n  qingzhang review result"
      )
    case .optLang: return ("提示和报表的语言：zh（简体中文，默认）或 en", "language of notes and reports: zh (Simplified Chinese, default) or en")
    case .optHelp: return ("显示这段说明", "show this help")
    case .optOut: return ("输出文件夹（必填），例：--out 结果", "output folder (required), e.g. --out result")
    case .optAsOf:
      return ("期初账的截止日期，默认今天；之后的记录列出但不计入余额。例：--as-of 2024-12-31", "cut-off date of the opening ledger (default: today); later records are listed, not counted. e.g. --as-of 2024-12-31")
    case .optDB: return ("保存全部记录的 SQLite 文件，默认 DIR/ledger.sqlite", "SQLite file holding everything (default: DIR/ledger.sqlite)")
    case .optMapping:
      return ("已知表格格式的映射文件（JSON，可重复），见 mappings/README.md。例：--mapping 管家婆.json", "mapping file for a known sheet layout (JSON, repeatable), see mappings/README.md. e.g. --mapping layout.json")
    case .optMappings:
      return ("规则文件夹（列名同义词、称呼、异体字等），默认找 ./mappings 或程序旁的 mappings", "folder of rules (column synonyms, forms of address, variants …); default ./mappings or the one beside the program")
    case .optAliases:
      return ("已知的同一人（CSV：alias,name[,phone]）。例：--aliases 别名.csv", "known identities (CSV: alias,name[,phone]), e.g. --aliases aliases.csv")
    case .optDecisions:
      return ("对待定事项的答复（每行“编号 动作 [参数]”），见 README。例：--decisions 决定.txt", "answers to review items (one per line: ID ACTION [ARG]), see README. e.g. --decisions decisions.txt")
    case .reconcileAbstract: return ("读入欠条和表格，合并客户，对账，生成期初账和催收清单", "read IOUs and sheets, resolve customers, reconcile, write the opening ledger and the collection list")
    case .reconcileDiscussion:
      return (
        "INPUT 可以是文件或文件夹（按路径排序读取）：.txt 是欠条清单，.csv/.tsv 是表格。\n输出（DIR 里）：entries.csv、customers.csv、opening-ledger.csv、stale-debts.csv、review.csv、summary.json。\nopening-ledger.csv 里备注“余额待定”的余额，要等 review.csv 里列出的问题回答后才算数。\n金额对不上的钱（conflict）不算进任何余额：unresolved 列是这种问题的个数，备注“另有 N 处金额对不上，未计入这个余额”列出它们的编号，回答后余额会变。\n两样都没有的余额，就账本而言是定数。\n还款先冲它写明的那笔（写在同一行的欠款，或写了货名：还钢筋款），其余按先欠先还；多付的记为预存（负余额）。\n同样的输入和决定，输出逐字节相同。\n例子：\n  qingzhang reconcile fixtures/iou fixtures/sheets --out out --as-of 2024-12-31\n  qingzhang reconcile 欠条.txt 客户.csv --out out --decisions 决定.txt --lang en",
        "INPUT is a file or a folder (read in path order): .txt files are IOU lists, .csv/.tsv are spreadsheets.\nOutputs in DIR: entries.csv, customers.csv, opening-ledger.csv, stale-debts.csv, review.csv, summary.json.\nA balance noted \"provisional\" in opening-ledger.csv waits on the questions of review.csv it names.\nMoney in a conflict is left out of every balance: the unresolved column counts those questions, and the note \"conflict(s) left out of this balance\" names them; answering one changes the balance.\nA balance with neither is final as far as the books go.\nA payment pays the debt it names first (on its own line, or by goods: 还钢筋款), the rest the oldest debts; overpaid money is a credit (a negative balance).\nThe same inputs and decisions give byte-identical outputs.\nExamples:\n  qingzhang reconcile fixtures/iou fixtures/sheets --out out --as-of 2024-12-31\n  qingzhang reconcile ious.txt customers.csv --out out --decisions decisions.txt --lang en"
      )
    case .reviewAbstract: return ("逐条列出需要人来决定的事项", "list the questions a person must decide, readably")
    case .reviewDiscussion:
      return (
        "读 DIR/review.csv，按类型列出待定事项和建议。把答复写进决定文件（每行“编号 动作 [参数]”），\n下次运行 reconcile 时加 --decisions 文件 即可生效，已答复的不会再问。\n例子：\n  qingzhang review out\n  echo 'R-3f2a9c1b0d11 merge' >> 决定.txt",
        "Reads DIR/review.csv and lists the open questions with suggestions. Write answers into a decisions file\n(one per line: ID ACTION [ARG]) and pass it with --decisions on the next reconcile; answered questions are not asked again.\nExample:\n  qingzhang review out\n  echo 'R-3f2a9c1b0d11 merge' >> decisions.txt"
      )
    case .ingestAbstract: return ("只读入并存进数据库（不对账），用于导入和测速", "read and store only (no reconciliation), for loading and benchmarks")
    case .ingestDiscussion:
      return ("例子：\n  qingzhang ingest 客户.csv --db 账.sqlite", "Example:\n  qingzhang ingest customers.csv --db ledger.sqlite")
    case .mappingsNotFound:
      return ("找不到规则文件夹 mappings（{0}）：请用 --mappings 指定", "cannot find the mappings folder ({0}): give it with --mappings")
    case .cannotWrite: return ("写不进“{0}”（系统错误号 {1}）", "cannot write '{0}' (system error {1})")
    case .writeDenied: return ("没有权限写“{0}”：请换一个输出文件夹", "no permission to write '{0}': choose another output folder")
    case .writeNoFolder: return ("写不进“{0}”：它所在的文件夹不存在或不是文件夹", "cannot write '{0}': its folder does not exist or is not a folder")
    case .writeNoSpace: return ("磁盘满了，写不进“{0}”：请腾出空间再试", "the disk is full, cannot write '{0}': free some space and try again")
    case .missingDir: return ("请给出 reconcile 的输出文件夹（--out 用的那个）", "give the output folder of a reconcile run (the one given to --out)")
    case .decisionNotApplied:
      return (
        "这条答复（{0} {1}）没有用上，问题还开着：这类问题（{2}）的答复是 {3}；review.csv 里这个问题的说明写了原因，请照它改写这一行",
        "the answer ({0} {1}) was not applied and the question is still open: a {2} question is answered with {3}; its row in review.csv says why, rewrite this line accordingly")
    case .decisionUnused:
      return (
        "这条答复（{0}）这次没有用上：可能编号抄错了，可能输入的文件、行号或路径写法变了，也可能别的答复已经把这个问题解决了",
        "the answer for {0} was not used this time: the id may be mistyped, the input files, their lines or the way their paths are written may have changed, or another answer already settled the question"
      )
    case .notUTF8:
      return ("这个文件不是 UTF-8 编码：请用记事本“另存为”并选 UTF-8 后再试", "this file is not UTF-8: save it as UTF-8 (e.g. Notepad's Save As) and try again")
    case .dateDoesNotExist:
      return ("{0} 的日期“{1}”不存在（没有这个月或这一天）", "{0}: the date '{1}' does not exist (no such month or day)")
    case .badMappingFile:
      return ("规则文件看不懂：要一个 JSON 对象，里面有字符串列表“{0}”；请按 mappings/README.md 改正", "cannot read this rules file: it must be a JSON object with a list of strings \"{0}\"; fix it as mappings/README.md describes")
    case .missingCommand: return ("请给出一个命令，比如 reconcile", "give a command, e.g. reconcile")
    case .summaryRead: return ("读了 {0} 个文件，{1} 行，{2} 条记录", "read {0|file|files}, {1|line|lines}, {2|record|records}")
    case .summaryCounts:
      return ("欠款 {0} 条，还款 {1} 条，重复 {2} 条，冲突 {3} 条，跳过 {4} 条，无法读取 {5} 条；客户 {6} 位", "debts {0}, payments {1}, duplicates {2}, conflicts {3}, skipped {4}, rejected {5}; customers {6}")
    case .summaryOutstanding: return ("截至 {0} 未收合计 {1} 元", "outstanding as of {0}: {1} yuan")
    case .summaryReview: return ("待人决定的事项 {0} 条：运行 qingzhang review {1} 查看", "{0|question|questions} need a person: run qingzhang review {1}")
    case .summaryOutputs: return ("结果在 {0}", "outputs are in {0}")
    case .summaryUnbalanced: return ("警告：读入的钱数与去向对不上（差 {0} 元），请报告这个问题", "warning: money read and money accounted for differ by {0} yuan; please report this")
    case .ingestSummary: return ("已存入 {0}：{1} 个文件，{2} 行，{3} 条记录", "stored in {0}: {1|file|files}, {2|line|lines}, {3|record|records}")
    case .ingestSkippedSame: return ("{0}：内容未变，已在数据库中，跳过", "{0}: unchanged and already stored; skipped")
    case .reviewNone: return ("没有待定事项。", "Nothing to review.")
    case .reviewHeader: return ("[{0}] {1}  来源：{2}", "[{0}] {1}  sources: {2}")
    case .reviewSuggestion: return ("    建议：{0}", "    suggestion: {0}")
    case .reviewHowTo:
      return ("答复方法：把“编号 动作 [参数]”写进决定文件，下次 reconcile 加 --decisions 文件。动作：merge / apart / keep 来源（客户），same / apart（重复），keep 来源 / amount 金额（冲突），ignore（无法读取）。", "To answer: write \"ID ACTION [ARG]\" lines into a decisions file and pass --decisions FILE to reconcile. Actions: merge / apart / keep SOURCE (customers), same / apart (duplicates), keep SOURCE / amount X (conflicts), ignore (rejected).")
    case .reviewMissing: return ("“{0}”里没有 review.csv：先运行 qingzhang reconcile … --out {0}", "no review.csv in '{0}': run qingzhang reconcile … --out {0} first")
    }
  }
}
