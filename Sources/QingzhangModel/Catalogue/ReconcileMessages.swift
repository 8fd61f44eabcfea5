/// Messages of the reconcile stage: duplicates, conflicts, check figures, the opening ledger and
/// the stale-debt list. Notes on records, review items and stale-debt reasons all come from here.
///
/// Reconcile recognises its own notes by these codes when it runs again on its own output
/// (idempotence), so a code, once used, must not change meaning.
public enum ReconcileMessage: String, Message, CaseIterable {
  // Notes on records (entries.csv `note`).
  case duplicateOf = "duplicate-of"
  case countedOnce = "duplicate-counted-once"
  case countedTakesDate = "duplicate-date-from-copy"
  case conflictHeld = "conflict-held"
  case readConflictHeld = "conflict-figures-held"
  case readConflictSettled = "conflict-figures-settled"
  case decidedKeep = "decision-keep-applied"
  case decidedAmount = "decision-amount-applied"
  case decidedDuplicate = "decision-duplicate-applied"
  case decidedApart = "decision-apart-applied"
  case decidedKeepWords = "decision-keep-words"
  case decidedKeepQuantityPrice = "decision-keep-amount-not-quantity-price"
  case decidedKeepDebtColumn = "decision-keep-debt-column-not-amount-less-received"
  case decidedKeepBalance = "decision-keep-amount-not-balance"
  case conflictConfirmedCounted = "conflict-confirmed-counted"
  case creditWhileDebtsHeld = "credit-while-debts-held"
  case afterAsOf = "after-as-of"
  case openingFromCarriedForward = "carried-forward-opening"
  case openingCreditFromCarriedForward = "carried-forward-opening-credit"
  case carriedForwardAgrees = "carried-forward-agrees"
  case carriedForwardDiffers = "carried-forward-differs"
  case carriedForwardUnresolved = "carried-forward-unresolved"
  case carriedForwardNoCustomer = "carried-forward-no-customer"
  case carriedForwardZero = "carried-forward-zero"
  case carriedForwardDiffersDetail = "carried-forward-differs-detail"
  case openingFromBalance = "balance-statement-opening"
  case openingCreditFromBalance = "balance-statement-opening-credit"
  case balanceAgrees = "balance-statement-agrees"
  case balanceDiffers = "balance-statement-differs"
  case balanceDiffersDetail = "balance-statement-differs-detail"
  case balanceNoCustomer = "balance-statement-no-customer"
  case balanceZero = "balance-statement-zero"
  case balanceUndated = "balance-statement-undated"
  case totalDiffers = "total-differs"
  case checkSeeReview = "check-see-review"
  case creditBalance = "credit-balance"
  case noCustomer = "movement-without-customer"

  // Review items (review.csv `detail` and `suggestion`).
  case duplicateQuestion = "duplicate-question"
  case duplicateDateGap = "duplicate-date-gap"
  case duplicateGoodsDiffer = "duplicate-goods-differ"
  case duplicateSameFileGoodsUnsaid = "duplicate-same-file-goods-unsaid"
  case duplicateBesideConflict = "duplicate-beside-conflict"
  case duplicateQuestionBesideConflict = "duplicate-question-beside-conflict"
  case duplicateSameFile = "duplicate-same-file"
  case duplicateUndated = "duplicate-undated"
  case duplicateUnitQuestion = "duplicate-question-debt-and-payment"
  case duplicatePartsDiffer = "duplicate-parts-differ"
  case duplicateHowTo = "duplicate-how-to"
  case crowdedQuestion = "duplicate-too-many-equal"
  case crowdedHowTo = "duplicate-too-many-equal-how-to"
  case crowdedNotMatched = "duplicate-too-many-equal-record"
  case conflictDetail = "conflict-detail"
  case heldOut = "conflict-held-out"
  case conflictPartlyCounted = "conflict-partly-counted"
  case relationDueDiffers = "conflict-due-dates-differ"
  case relationBalanceColumnEnd = "conflict-balance-column-end"
  case evidenceTotal = "evidence-total-row"
  case keepMeansWords = "conflict-keep-means-words"
  case keepMeansAmountColumn = "conflict-keep-means-amount-column"
  case keepMeansDebtColumn = "conflict-keep-means-debt-column"
  case conflictApartHowTo = "conflict-apart-how-to"
  case relationSwapped = "conflict-digits-swapped"
  case relationZero = "conflict-zero-dropped"
  case relationOneDigit = "conflict-one-digit"
  case relationFigures = "conflict-words-vs-figures"
  case relationQuantityPrice = "conflict-quantity-price"
  case relationAmountLessReceived = "conflict-amount-less-received"
  case relationRunningBalance = "conflict-running-balance"
  case relationRunningBalanceOnly = "conflict-running-balance-break"
  case suggestFigure = "conflict-suggest"
  case suggestNone = "conflict-no-majority"
  case evidenceAmount = "evidence-amount"
  case evidenceWords = "evidence-words"
  case evidenceFigures = "evidence-figures"
  case evidenceQuantityPrice = "evidence-quantity-price"
  case evidenceAmountLessReceived = "evidence-amount-less-received"
  case evidenceDebtColumn = "evidence-debt-column"
  case evidenceBalance = "evidence-running-balance"
  case conflictHowTo = "conflict-how-to"
  case checkHowTo = "check-how-to"
  case totalRowSwapped = "total-row-swapped"
  case totalRowZero = "total-row-zero"
  case rejectedRaw = "rejected-raw"
  case rejectedHowTo = "rejected-how-to"
  case decisionNotForConflict = "decision-not-for-conflict"
  case decisionNotForDuplicate = "decision-not-for-duplicate"
  case decisionNotForRejected = "decision-not-for-rejected"
  case decisionNotForCheck = "decision-not-for-check"
  case decisionKeepNotMember = "decision-keep-not-member"

  // Ledger rows.
  case creditLedger = "ledger-credit"
  case balanceAwaitsAnswers = "ledger-awaits-answers"
  case undatedPlaced = "undated-placed"

  // Stale-debt reasons.
  case reasonDeadlineSoon = "stale-deadline-soon"
  case reasonDeadlinePassed = "stale-deadline-passed"
  case reasonDeadline = "stale-deadline"
  case reasonNoDueDate = "stale-no-due-date"
  case reasonNoAgreedDate = "stale-no-agreed-date"
  case reasonRestarted = "stale-restarted-by-payment"
  case reasonOldLaw = "stale-old-two-year-law"
  case reasonTwentyYears = "stale-twenty-year-cap"
  case reasonAmount = "stale-amount"
  case reasonAge = "stale-age"
  case reasonUndated = "stale-undated"
  case reasonStillBuying = "stale-still-buying"
  case reasonGoneQuiet = "stale-gone-quiet"
  case reasonRecentPayment = "stale-recent-payment"
  case reasonUnresolved = "stale-unresolved"

  // Aging buckets (stale-debts.csv `bucket`, when shown as words).
  case bucket0to30 = "bucket-0-30"
  case bucket31to90 = "bucket-31-90"
  case bucket91to180 = "bucket-91-180"
  case bucket181to365 = "bucket-181-365"
  case bucket1to2Years = "bucket-1-2y"
  case bucket2to3Years = "bucket-2-3y"
  case bucketOver3Years = "bucket-3y-plus"

  // Stale-debt reasons, per open item.
  case reasonPartPassed = "stale-part-passed"
  case reasonRestartedBy = "stale-restarted-by"
  case reasonDueFromDuplicate = "stale-due-from-duplicate"
  case reasonPaidAfterExpiry = "stale-paid-after-expiry"
  case reasonHeldDebtDeadline = "stale-held-debt-deadline"
  case reasonHeldDebtPassed = "stale-held-debt-passed"
  case reasonHeldDebtUndated = "stale-held-debt-undated"
  case reasonOnlyHeldDebts = "stale-only-held-debts"
  case reasonOpeningOlder = "stale-opening-older"
  case balanceLeavesOutConflicts = "ledger-conflicts-left-out"
  case openingFromImplied = "opening-from-implied-balance"
  case openingCreditFromImplied = "opening-credit-from-implied-balance"
  case paymentNamesDebt = "payment-names-debt"
  case reasonBalanceNoted = "stale-balance-noted"
  case reasonBalanceNotedLate = "stale-balance-noted-after-expiry"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .duplicateOf:
      return (
        "与 {0} 是同一笔，已在那里计入，这里不再重复计",
        "the same entry as {0}, counted there; not counted again here"
      )
    case .countedOnce:
      return (
        "{0} 也记了这一笔：是同一笔，只计一次",
        "{0} also records this entry: it is one entry, counted once"
      )
    case .countedTakesDate:
      return (
        "这里没写日期，账龄和诉讼时效按同一笔 {0} 记的日期 {1} 算",
        "no date here: age and limitation take the date {1} that {0}, the same entry, gives"
      )
    case .conflictHeld:
      return (
        "同一笔在几处记的金额不同（{0}），暂不计入余额，见复核单 {1}",
        "one entry written with different amounts ({0}); held out of the balance, see review item {1}"
      )
    case .readConflictHeld:
      return (
        "这一条自己的数字对不上，暂不计入余额，见复核单 {0}",
        "this record's own figures disagree; held out of the balance, see review item {0}"
      )
    case .readConflictSettled:
      return (
        "这一条自己的数字原本对不上，已按您的决定（复核单 {0}）处理",
        "this record's own figures disagreed; settled by your decision (review item {0})"
      )
    case .decidedKeep:
      return (
        "按您的决定（复核单 {0}）以这一条为准计入",
        "counted as the right figure by your decision (review item {0})"
      )
    case .decidedAmount:
      return (
        "按您的决定（复核单 {0}）金额改为 {1}（原记 {2}）",
        "amount set to {1} by your decision (review item {0}); written as {2}"
      )
    case .decidedDuplicate:
      return (
        "按您的决定（复核单 {0}）与 {1} 是同一笔，不再重复计",
        "the same entry as {1} by your decision (review item {0}); not counted again"
      )
    case .decidedApart:
      return (
        "按您的决定（复核单 {0}）这几条记的是不同的账，各自计入",
        "separate entries by your decision (review item {0}): each is counted"
      )
    case .decidedKeepWords:
      return (
        "按您的决定（复核单 {0}）以这一条为准，按大写金额 {1} 计入；小写写的是 {2}，如果小写才对，请在决定文件里改成：{0} amount {2}",
        "counted by your decision (review item {0}) at the amount in words, {1}; the figures say {2}: if they are right, write {0} amount {2} in the decisions file instead"
      )
    case .decidedKeepQuantityPrice:
      return (
        "按您的决定（复核单 {0}）以这一条为准，按金额栏的 {1} 计入；数量×单价是 {2}，如果它才对，请在决定文件里改成：{0} amount {2}",
        "counted by your decision (review item {0}) at the amount column's {1}; quantity × price is {2}: if that is right, write {0} amount {2} in the decisions file instead"
      )
    case .decidedKeepDebtColumn:
      return (
        "按您的决定（复核单 {0}）以这一条为准，按欠款栏的 {1} 计入；金额−已收是 {2}，如果它才对，请在决定文件里改成：{0} amount {2}",
        "counted by your decision (review item {0}) at the debt column's {1}; amount less received is {2}: if that is right, write {0} amount {2} in the decisions file instead"
      )
    case .decidedKeepBalance:
      return (
        "按您的决定（复核单 {0}）以这一条为准，按金额栏的 {1} 计入；按前后余额推算是 {2}，如果它才对，请在决定文件里改成：{0} amount {2}",
        "counted by your decision (review item {0}) at the amount column's {1}; the running balance implies {2}: if that is right, write {0} amount {2} in the decisions file instead"
      )
    case .conflictConfirmedCounted:
      return (
        "几处记的金额一致，已按一笔计入；但 {0} 记的不一样，见复核单 {1}",
        "several books agree on this amount, so it is counted once; but {0} differs: see review item {1}"
      )
    case .creditWhileDebtsHeld:
      return (
        "按已计入的账，还款比欠款多 {0}；但这位客户另有 {1} 处欠款金额对不上，暂时没有算进去：核对后再看是不是真的多付了",
        "the counted payments exceed the counted debts by {0}, but debts with conflicting figures are held out until checked ({1}): check them before treating this as an overpayment"
      )
    case .afterAsOf:
      return (
        "日期在截止日 {0} 之后，不计入期初余额",
        "dated after the cut-off {0}: not counted in the opening balance"
      )
    case .openingFromCarriedForward:
      return (
        "上年结转 {0} 是以前欠下的余额：这位客户更早的记录都不在这次的文件里，无从核对，所以把它作为期初欠款计入（实际欠款日期更早，账龄可能算短了）",
        "balance brought forward {0} is what was owed before: none of this customer's earlier records are among the inputs to check it against, so it is counted as the opening debt (the debt is older than this date; its age may be understated)"
      )
    case .openingFromImplied:
      return (
        "余额列推出之前已欠 {0}：这位客户更早的记录都不在这次的文件里，无从核对，所以把它作为期初欠款计入（实际欠款日期更早，账龄可能算短了）",
        "the balance column implies {0} owed before: none of this customer's earlier records are among the inputs to check it against, so it is counted as the opening debt (the debt is older than this date; its age may be understated)"
      )
    case .openingCreditFromImplied:
      return (
        "余额列推出之前对方多付了 {0}：这位客户更早的记录都不在这次的文件里，作为期初预收计入",
        "the balance column implies the customer had paid {0} in advance: none of the earlier records are among the inputs, so it is counted as an opening credit"
      )
    case .openingCreditFromCarriedForward:
      return (
        "上年结转 {0} 是对方多付的钱：这位客户更早的记录都不在这次的文件里，作为期初预收计入",
        "balance brought forward {0} is money the customer paid in advance: none of the earlier records are among the inputs, so it is counted as an opening credit"
      )
    case .carriedForwardAgrees:
      return (
        "上年结转 {0}，与之前的记录算出的余额相符",
        "balance brought forward {0} agrees with the customer's earlier records"
      )
    case .carriedForwardDiffers:
      return (
        "上年结转 {0}，但之前的记录算下来是 {1}，相差 {2}：见复核单 {3}",
        "balance brought forward {0}, but the earlier records add up to {1}, a difference of {2}: see review item {3}"
      )
    case .carriedForwardDiffersDetail:
      return (
        "上年结转 {0}，但这位客户之前的记录算下来是 {1}，相差 {2}：请对照以前的账本，看是漏记了、重复记了，还是结转数写错了",
        "balance brought forward {0}, but the customer's earlier records add up to {1}, a difference of {2}: compare with the older books for an entry missed, written twice, or a wrong figure brought forward"
      )
    case .openingFromBalance:
      return (
        "写着还欠 {0}：这位客户之前的记录都不在这次的文件里，无从核对，所以把它作为欠款计入（实际欠款日期可能更早）",
        "states a balance owed of {0}: none of this customer's earlier records are among the inputs to check it against, so it is counted as a debt (it may be older than this date)"
      )
    case .openingCreditFromBalance:
      return (
        "写着余额 {0}（对方多付）：这位客户之前的记录都不在这次的文件里，作为预收计入",
        "states a balance of {0} in the customer's favour: none of the earlier records are among the inputs, so it is counted as a credit"
      )
    case .balanceAgrees:
      return (
        "写着还欠 {0}，与这位客户到这天为止的记录算出的余额相符（只用来核对，不是新的欠款）",
        "states a balance owed of {0}, which agrees with the customer's records up to this day (a check, not a new debt)"
      )
    case .balanceDiffers:
      return (
        "写着还欠 {0}，但这位客户到这天为止的记录算下来是 {1}，相差 {2}（只用来核对，不是新的欠款）：见复核单 {3}",
        "states a balance owed of {0}, but the customer's records up to this day add up to {1}, a difference of {2} (a check, not a new debt): see review item {3}"
      )
    case .balanceDiffersDetail:
      return (
        "写着还欠 {0}，但这位客户到这天为止的记录算下来是 {1}，相差 {2}：可能有欠款或还款漏记、重复记，也可能这句话另有意思；请对照原件或问客户",
        "states a balance owed of {0}, but the customer's records up to this day add up to {1}, a difference of {2}: an entry may be missing or written twice, or the words may mean something else; check the originals or ask the customer"
      )
    case .balanceNoCustomer:
      return (
        "看不出这个余额是哪位客户的，没有拿来核对",
        "cannot tell whose balance this is; it was not checked"
      )
    case .balanceUndated:
      return (
        "写着还欠 {0}，但没有日期，看不出是到哪天为止的余额，没有核对也没有计入：请补上日期",
        "states a balance owed of {0} but has no date, so it cannot be checked against the records; not counted: add the date"
      )
    case .balanceZero:
      return ("余额为 0，没有欠款", "the balance stated is 0: nothing owed")
    case .carriedForwardUnresolved:
      return (
        "（之前另有 {0} 处金额待核对，没有算进去）",
        "(earlier entries with conflicting figures, left out until checked: {0})"
      )
    case .carriedForwardNoCustomer:
      return (
        "看不出这行上年结转是哪位客户的，没有使用：请在这一行写上客户名",
        "cannot tell whose balance this brought-forward row is; it was not used: write the customer's name on the row"
      )
    case .carriedForwardZero:
      return ("上年结转为 0，没有期初欠款", "balance brought forward is 0: no opening debt")
    case .totalDiffers:
      return (
        "合计 {0}，但上面各行加起来是 {1}，相差 {2}",
        "the total says {0}, but the rows above add up to {1}, a difference of {2}"
      )
    case .checkSeeReview:
      return ("这个核对数对不上，见复核单 {0}", "this check figure does not agree: see review item {0}")
    case .creditBalance:
      return (
        "付款比欠款多 {0}：记为对方的预存（余额为负），下次拿货可以抵扣",
        "payments exceed the debts by {0}: kept as the customer's credit (a negative balance) for later purchases"
      )
    case .noCustomer:
      return (
        "没有认出是哪位客户，这笔计在“未知客户”名下：请补上名字",
        "no customer recognised: counted under an unknown customer; add the name"
      )

    case .duplicateQuestion:
      return (
        "{0} 和 {1} 都记了 {2}，是不是同一笔？现在两笔都计入了",
        "{0} and {1} both record {2}: is it one entry? Both are counted for now"
      )
    case .duplicateDateGap:
      return ("日期相差 {0} 天（{1} 和 {2}）", "the dates are {0|day|days} apart ({1} and {2})")
    case .duplicateGoodsDiffer:
      return ("货品写得不一样（“{0}”和“{1}”）", "the goods differ (\"{0}\" and \"{1}\")")
    case .duplicateSameFile:
      return (
        "在同一个文件里，同一天、同样的货、同样的金额：可能是重抄了一遍，也可能真的拿了两次",
        "in the same file, on the same day, same goods, same amount: written twice by mistake, or two real purchases"
      )
    case .duplicateSameFileGoodsUnsaid:
      return (
        "在同一个文件里，同一天、同样的金额，货品没写全（“{0}”和“{1}”）：可能是重抄了一遍，也可能真的拿了两次",
        "in the same file, on the same day, same amount, goods not written on both (\"{0}\" and \"{1}\"): written twice by mistake, or two real purchases"
      )
    case .duplicateBesideConflict:
      return (
        "如果是同一笔，回答 same：{1} 就不再另算，跟着 {0} 那一项金额核对的答案走",
        "if it is one purchase, answer same: {1} is then not counted again and follows the answer to {0}'s figure question"
      )
    case .duplicateQuestionBesideConflict:
      return (
        "{0} 和 {1} 都记了 {2}，是不是同一笔？现在 {1} 计入了；{0} 和别处记的金额对不上，暂不计入，另见金额核对那一项",
        "{0} and {1} both record {2}: is it one entry? {1} is counted for now; {0} disagrees with another book's figure and is held, see its figure question"
      )
    case .duplicateUndated:
      return ("有一条没写日期，对不上日子", "one of them has no date to compare")
    case .duplicateUnitQuestion:
      return (
        "{0} 和 {1} 都记了欠款 {2} 和还款 {3}，是不是同一笔？现在都计入了。同一行里的欠款和还款一起算：要么都是同一笔，要么都不是",
        "{0} and {1} both record a debt of {2} and a payment of {3}: is it one entry? All are counted for now. The debt and the payment of one line go together: both are the same entry or neither is"
      )
    case .duplicatePartsDiffer:
      return (
        "{0} 这一行里既有欠款也有还款，{1} 只对得上其中一部分：请对照原件",
        "{0} holds both a debt and a payment, but {1} matches only part of it: check the originals"
      )
    case .crowdedQuestion:
      return (
        "{0}在 {1} 到 {2} 之间有 {3} 笔同样是 {4} 元的记录（{5}），多到没法一笔笔核对哪些是重抄的：这些记录都照原样计入了欠款，可能有重复",
        "{0} has {3|record|records} of the same {4} yuan between {1} and {2} ({5}), too many to tell one by one which are copies: all of them are counted as written, some may be duplicates"
      )
    case .crowdedHowTo:
      return (
        "请对照原始账本手工核对；核对后确认都是真实的，在决定文件里写：{0} apart",
        "check them by hand against the original books; when they are all real, write in the decisions file: {0} apart"
      )
    case .crowdedNotMatched:
      return (
        "附近同样金额的记录太多，没有和别的账本逐笔比对，照原样计入：见核对项 {0}",
        "too many records of the same amount nearby to compare with the other books one by one; counted as written: see review item {0}"
      )
    case .duplicateHowTo:
      return (
        "如果是同一笔，在决定文件里写：{0} same；如果是两笔，写：{0} apart",
        "if it is one entry, write in the decisions file: {0} same; if two, write: {0} apart"
      )
    case .conflictDetail:
      return (
        "同一笔在几处记的金额不同：{0}；这些钱暂不计入 {1} 的余额",
        "one entry is written with different amounts: {0}; this money is held out of {1}'s balance"
      )
    case .heldOut:
      return ("这笔钱暂不计入 {0} 的余额", "this money is held out of {0}'s balance")
    case .conflictPartlyCounted:
      return (
        "{0} 记的金额一致（{1}），已按一笔计入 {3} 的余额；{2} 记的不一样，这笔钱暂不计入",
        "{0} agree on {1}, which is counted once in {3}'s balance; {2} differs and is held out"
      )
    case .relationDueDiffers:
      return (
        "{0} 写的还款日期是 {1}，{2} 写的是 {3}：也可能是两笔不同的账",
        "{0} is due on {1} but {2} on {3}: they may be two different debts"
      )
    case .relationBalanceColumnEnd:
      return (
        "{0} 所在表格的余额列最后写的是 {1}，但从期初 {2} 起按各行金额加减是 {3}，差 {4}：余额列从出错的那一行起一直带着这个差",
        "in the sheet of {0}, the balance column ends at {1}, but the opening balance {2} with every row's amount gives {3}, a difference of {4}: the balance column carries the slip from the row where it went wrong"
      )
    case .relationSwapped:
      return ("看起来是两位数字写颠倒了（{0} 和 {1}）", "looks like two digits swapped ({0} and {1})")
    case .relationZero:
      return ("看起来是多写或漏写了一个 0（{0} 和 {1}）", "looks like a zero added or dropped ({0} and {1})")
    case .relationOneDigit:
      return ("只有一位数字不同（{0} 和 {1}）", "only one digit differs ({0} and {1})")
    case .relationFigures:
      return (
        "{0} 的大写是 {1}，小写（¥）却是 {2}",
        "{0}: the amount in words is {1} but the figures say {2}"
      )
    case .relationQuantityPrice:
      return (
        "{0} 的金额是 {1}，数量×单价却是 {2}",
        "{0}: the amount column says {1} but quantity × price is {2}"
      )
    case .relationAmountLessReceived:
      return (
        "{0} 的欠款栏是 {1}，金额减已收却是 {2}",
        "{0}: the debt column says {1} but the amount less what was received is {2}"
      )
    case .relationRunningBalance:
      return (
        "{0} 的金额 {1} 与余额接不上：按前后余额推算应是 {2}",
        "{0}: the amount {1} breaks the running balance, which implies {2}"
      )
    case .relationRunningBalanceOnly:
      return (
        "{0} 的金额 {1} 与前后余额接不上",
        "{0}: the amount {1} breaks the running balance"
      )
    case .suggestFigure:
      return (
        "建议按 {0}：有 {1} 处证据支持它，另一个数只有 {2} 处",
        "suggest {0}: {1} pieces of evidence support it, the other figure only {2}"
      )
    case .suggestNone:
      return (
        "各个数字的证据一样多，看不出哪个对：请对照原件或问客户",
        "the evidence is evenly split: check the originals or ask the customer"
      )
    case .evidenceAmount:
      return ("{0} 记 {1}", "{0} says {1}")
    case .evidenceWords:
      return ("{0} 的大写是 {1}", "{0} in words says {1}")
    case .evidenceFigures:
      return ("{0} 的小写是 {1}", "{0} in figures says {1}")
    case .evidenceQuantityPrice:
      return ("{0} 的数量×单价是 {1}", "{0} quantity × price gives {1}")
    case .evidenceAmountLessReceived:
      return ("{0} 的金额−已收是 {1}", "{0} amount less received gives {1}")
    case .evidenceDebtColumn:
      return ("{0} 的欠款栏记 {1}", "{0} debt column says {1}")
    case .evidenceBalance:
      return ("{0} 的前后余额推算是 {1}", "{0} running balance implies {1}")
    case .evidenceTotal:
      return (
        "{0} 的合计是 {1}：各行相加要等于它，这一行就得是 {2}",
        "the total {1} on {0} adds up only if this row is {2}"
      )
    case .keepMeansWords:
      return (
        "写 {0} keep {1} 会按大写金额 {2} 计入；要按小写 {3}，请写 {0} amount {3}",
        "{0} keep {1} counts the amount in words, {2}; to count the figures, {3}, write {0} amount {3}"
      )
    case .keepMeansDebtColumn:
      return (
        "写 {0} keep {1} 会按欠款栏的 {2} 计入；要按 {3}，请写 {0} amount {3}",
        "{0} keep {1} counts the debt column's {2}; to count {3}, write {0} amount {3}"
      )
    case .keepMeansAmountColumn:
      return (
        "写 {0} keep {1} 会按金额栏的 {2} 计入；要按 {3}，请写 {0} amount {3}",
        "{0} keep {1} counts the amount column's {2}; to count {3}, write {0} amount {3}"
      )
    case .conflictApartHowTo:
      return (
        "如果这几条其实是不同的账（各自都对），写：{0} apart，各自计入",
        "if these are in fact different entries (each one right), write: {0} apart, and each is counted"
      )
    case .conflictHowTo:
      return (
        "核对原件后在决定文件里写：{0} keep 对的那条来源（如 {1}），或 {0} amount 正确金额（如 {2}）",
        "after checking the originals write in the decisions file: {0} keep SOURCE-THAT-IS-RIGHT (e.g. {1}), or {0} amount RIGHT-AMOUNT (e.g. {2})"
      )
    case .totalRowSwapped:
      return (
        "先查 {0}：记的 {1}，若是 {2}（两个数字颠倒），合计就对上了",
        "check {0} first: it says {1}; with two digits the other way round, {2}, the total agrees"
      )
    case .totalRowZero:
      return (
        "先查 {0}：记的 {1}，若是 {2}（多写或少写了一个 0），合计就对上了",
        "check {0} first: it says {1}; with a zero more or less, {2}, the total agrees"
      )
    case .checkHowTo:
      return (
        "这是核对数，不改动任何金额：查清后在决定文件里写 {0} ignore 关掉这个提醒",
        "this is a check figure and changes no amount: once explained, write {0} ignore in the decisions file to close it"
      )
    case .rejectedRaw:
      return ("原文：{0}", "as written: {0}")
    case .rejectedHowTo:
      return (
        "请对照原件在输入文件里改正后重新运行；若这一行不用管，在决定文件里写：{0} ignore",
        "fix the line in the input from the original and run again; if it can be left out, write in the decisions file: {0} ignore"
      )
    case .decisionNotForConflict:
      return (
        "决定文件里对 {0} 的答复不适用：金额冲突请写 keep 来源 或 amount 金额",
        "the answer to {0} in the decisions file does not fit: for a conflict write keep SOURCE or amount AMOUNT"
      )
    case .decisionNotForDuplicate:
      return (
        "决定文件里对 {0} 的答复不适用：可能重复的请写 same 或 apart",
        "the answer to {0} in the decisions file does not fit: for a possible duplicate write same or apart"
      )
    case .decisionNotForRejected:
      return (
        "决定文件里对 {0} 的答复不适用：读不出的行请写 ignore",
        "the answer to {0} in the decisions file does not fit: for an unreadable line write ignore"
      )
    case .decisionNotForCheck:
      return (
        "决定文件里对 {0} 的答复不适用：核对数请写 ignore",
        "the answer to {0} in the decisions file does not fit: for a check figure write ignore"
      )
    case .decisionKeepNotMember:
      return (
        "决定文件里写了 {0} keep {1}，但这个来源不在这一组里：请改成这里列出的来源之一",
        "the decisions file says {0} keep {1}, but that source is not in this group: use one of the sources listed here"
      )

    case .creditLedger:
      return ("对方多付了 {0}，是预收款（余额为负）", "the customer has paid {0} in advance (a negative balance)")
    case .undatedPlaced:
      return (
        "这一行没写日期；它前后几行的日期在 {0} 到 {1} 之间，别的账里只有那段时间的一笔对得上",
        "this row has no date; the rows around it are dated {0} to {1}, and only one entry elsewhere of that time matches"
      )
    case .balanceAwaitsAnswers:
      return (
        "余额待定：review.csv 里有 {0} 个问题的回答会改变它（{1}）",
        "provisional: the answers to {0} question(s) in review.csv can change this balance ({1})"
      )

    case .reasonDeadlineSoon:
      return (
        "诉讼时效 {0} 到期，只剩 {1} 天：请尽快让对方签对账单、写还款计划或还一部分，时效就会重新计算",
        "the limitation period ends {0}, only {1|day|days} left: get a signed statement, a repayment plan or a part payment soon, which restarts it"
      )
    case .reasonDeadlinePassed:
      return (
        "诉讼时效已在 {0} 过了：对方可以拒付，但欠款没有消失；对方签字确认或再还一部分，仍可追回",
        "the limitation period ended {0}: the customer may refuse to pay, but the debt remains; a signed acknowledgement or a further payment revives it"
      )
    case .reasonDeadline:
      return ("诉讼时效到 {0}", "the limitation period runs to {0}")
    case .reasonNoDueDate:
      return (
        "欠条没写还款日期：法院看法不一，这里按最保守的算法，从欠款日期 {0} 起算三年",
        "the IOU gives no repayment date: courts differ, so this takes the cautious reading, three years from the debt's date {0}"
      )
    case .reasonNoAgreedDate:
      return (
        "账上没有约定还款日期：法院看法不一，这里按最保守的算法，从欠款日期 {0} 起算三年",
        "no repayment date was agreed: courts differ, so this takes the cautious reading, three years from the debt's date {0}"
      )
    case .reasonRestarted:
      return (
        "{0} 还过款，时效从那天重新计算（民法典第195条）",
        "paid on {0}, which restarts the limitation period (Civil Code art. 195)"
      )
    case .reasonOldLaw:
      return (
        "2017年10月1日前已满两年，按旧法（民法通则）两年时效计算",
        "two years had passed before 2017-10-01, so the old two-year period applies"
      )
    case .reasonTwentyYears:
      return (
        "欠款已近二十年：超过二十年法院不再保护（民法典第188条）",
        "the debt is close to twenty years old: courts do not protect claims over twenty years (Civil Code art. 188)"
      )
    case .reasonAmount:
      return ("欠 {0}，{1} 笔没还清", "owes {0}; open items: {1}")
    case .reasonAge:
      return ("最早一笔是 {0}，已欠 {1} 天", "the oldest open item is from {0}, {1|day|days} ago")
    case .reasonUndated:
      return (
        "有欠款没写日期，账龄和时效算不出：请找原件补上日期",
        "some open debts have no date, so their age and limitation cannot be worked out: find the dates in the originals"
      )
    case .reasonStillBuying:
      return ("{0} 还来拿过货，可以当面对账", "still buying (last on {0}): settle the account in person")
    case .reasonGoneQuiet:
      return ("已经 {0} 天没有来往", "no dealings for {0|day|days}")
    case .reasonRecentPayment:
      return ("{0} 还过款，正在陆续还", "paid on {0}: is paying it off")
    case .reasonUnresolved:
      return (
        "另有 {0} 处金额对不上，待核对，没算在里面",
        "entries with conflicting figures still to be checked (not included): {0}"
      )

    case .bucket0to30: return ("30天以内", "0–30 days")
    case .bucket31to90: return ("31–90天", "31–90 days")
    case .bucket91to180: return ("91–180天", "91–180 days")
    case .bucket181to365: return ("181–365天", "181–365 days")
    case .bucket1to2Years: return ("1–2年", "1–2 years")
    case .bucket2to3Years: return ("2–3年", "2–3 years")
    case .bucketOver3Years: return ("3年以上", "over 3 years")

    case .reasonPartPassed:
      return (
        "其中 {0}（{1} 笔）的诉讼时效已在 {2} 过了：对方可以拒付这部分，但欠款没有消失；对方签字确认或再还一部分，仍可追回",
        "of this, {0} ({1} open items) is past its limitation period since {2}: the customer may refuse to pay that part, but the debt remains; a signed acknowledgement or a further payment revives it"
      )
    case .reasonRestartedBy:
      return (
        "{0} 的还款（{1}）还在这笔欠款上，时效从那天重新计算（民法典第195条）",
        "the payment of {0} ({1}) went to this debt, which restarts its limitation period (Civil Code art. 195)"
      )
    case .reasonDueFromDuplicate:
      return (
        "同一笔账在 {0} 写着还款日期 {1}，按这个日期起算时效",
        "the same entry in {0} gives the repayment date {1}; the limitation period runs from it"
      )
    case .reasonPaidAfterExpiry:
      return (
        "{0} 的还款（{1}）是在诉讼时效 {2} 过了以后才还的：保守地看，时效不因此重新计算；过期后还款可以算作对方同意还钱（最高法时效规定第19条），请让对方签字确认剩下的欠款",
        "the payment of {0} ({1}) came after the limitation period had ended on {2}: on the cautious reading it does not restart the period; a payment after expiry may count as agreeing to pay (SPC limitation provisions art. 19), so get a signed acknowledgement of the rest"
      )
    case .reasonHeldDebtDeadline:
      return (
        "另有金额对不上的欠款（{0}，见 {1}）：核对前不算进欠款，但欠款本身是有的，时效按其日期 {2} 算，到 {3}",
        "a debt with conflicting figures ({0}, see {1}) is not counted until checked, but it is owed all the same: its limitation period runs from its date {2} to {3}"
      )
    case .reasonHeldDebtPassed:
      return (
        "另有金额对不上的欠款（{0}，见 {1}）：核对前不算进欠款，但欠款本身是有的，时效按其日期 {2} 算，已在 {3} 过了",
        "a debt with conflicting figures ({0}, see {1}) is not counted until checked, but it is owed all the same: its limitation period, from its date {2}, ended {3}"
      )
    case .reasonHeldDebtUndated:
      return (
        "另有金额对不上的欠款（{0}，见 {1}）：核对前不算进欠款；它没写日期，时效算不出：请找原件补上日期",
        "a debt with conflicting figures ({0}, see {1}) is not counted until checked; it has no date, so its limitation cannot be worked out: find the date in the originals"
      )
    case .reasonOpeningOlder:
      return (
        "{1} 记的是到 {0} 为止以前欠下的余额，不是那天新欠的：实际欠款比 {0} 更早，这里只能从 {0} 起算三年，真正的诉讼时效可能更早到期，请查原来的账本",
        "{1} records a balance owed from before, as of {0}, not a debt of that day: the debts are older than {0}, so the limitation period is counted from {0} only and may really end earlier; check the original books"
      )
    case .balanceLeavesOutConflicts:
      return (
        "另有 {0} 处金额对不上，未计入这个余额（{1}）：回答后余额会变",
        "{0} conflict(s) left out of this balance ({1}): it changes once they are answered"
      )
    case .reasonBalanceNoted:
      return (
        "{0} 账上记着还欠 {1}（{2}）：这是店里自己记的，不能证明对方认了账，这里不改时效；如果那天对方在对账单上签了字，时效从 {0} 重新计算（民法典第195条第二项），到 {3}：请找出签字的原件",
        "on {0} the books note a balance owed of {1} ({2}): the shop's own note proves no acknowledgement, so the deadline is not moved; if the customer signed it (a statement), the period restarted on {0} (Civil Code art. 195(2)) and runs to {3}: find the signed original"
      )
    case .reasonBalanceNotedLate:
      return (
        "{0} 账上记着还欠 {1}（{2}），那时诉讼时效已经过了：这是店里自己记的，这里不改时效；如果对方签了字，就算同意还钱，不能再以时效为由拒付（最高法时效规定第19条）：请找出签字的原件",
        "on {0}, after the limitation period had ended, the books note a balance owed of {1} ({2}): the shop's own note moves nothing; if the customer signed it, that counts as agreeing to pay, and limitation can no longer be pleaded (SPC limitation provisions art. 19): find the signed original"
      )
    case .paymentNamesDebt:
      return (
        "这笔还款写明了“{0}”，先冲 {1} 那笔“{2}”（{3}），不按先欠先还",
        "this payment names \"{0}\": it pays {1}'s \"{2}\" ({3}) first, not the oldest debt"
      )
    case .reasonOnlyHeldDebts:
      return (
        "按已计入的账不欠钱：这位客户的欠款都在金额对不上的记录里，核对后才知道欠多少",
        "the counted records leave nothing owed: this customer's debts are all in records with conflicting figures; what is owed is known once they are checked"
      )
    }
  }
}
