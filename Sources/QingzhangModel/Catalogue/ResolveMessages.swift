/// Messages of the resolve stage: reading customer names and deciding who is who.
public enum ResolveMessage: String, Message, CaseIterable {
  // MARK: mappings and the aliases file
  case mappingMissing = "names-mapping-missing"
  case mappingInvalid = "names-mapping-invalid"
  case icuUnavailable = "names-icu-unavailable"
  case aliasBadRow = "alias-bad-row"
  case aliasEmptyName = "alias-empty-name"
  case aliasBadPhone = "alias-bad-phone"
  case aliasCycle = "alias-cycle"

  // MARK: reading a name
  case nameEmpty = "name-empty"
  case namePunctuationOnly = "name-punctuation-only"
  case namePhoneOnly = "name-phone-only"
  case nameLatin = "name-latin"
  case nameMixedScript = "name-mixed-script"
  case nameOtherScript = "name-other-script"
  case nameHasDigits = "name-has-digits"
  case nameNotAPersonName = "name-not-a-person-name"
  case nameTooLong = "name-too-long"
  case nameEmojiRemoved = "name-emoji-removed"
  case nameControlRemoved = "name-control-removed"
  case nameSeveralPhones = "name-several-phones"
  case namePhoneDiffers = "name-phone-differs"
  case nameBracketSurname = "name-bracket-surname"
  case nameBracketIgnored = "name-bracket-ignored"
  case nameCompanyContact = "name-company-contact"
  case nameGoodsWord = "name-goods-word"
  case nameTimeWord = "name-time-word"
  case nameCommonWord = "name-common-word"
  case nameDigitsOnly = "name-digits-only"

  // MARK: resolving
  case aliasApplied = "alias-applied"
  case aliasPhoneConflict = "alias-phone-conflict"
  case mergedFuzzy = "merged-fuzzy"
  case mergedAddressForm = "merged-address-form"
  case mergedByPhone = "merged-by-phone"
  case mergedByDecision = "merged-by-decision"
  case pendingReview = "customer-pending-review"
  case phoneOnlyAlone = "phone-only-alone"
  case phoneOnlySeveral = "phone-only-several"
  case pendingReviewMerged = "customer-pending-review-merged"
  case unnamedNoCustomer = "unnamed-no-customer"

  // MARK: evidence (listed after a merge or a question)
  case evidenceHomophone = "evidence-homophone"
  case evidenceLookalike = "evidence-lookalike"
  case evidenceSoundalike = "evidence-soundalike"
  case evidenceOtherCharacters = "evidence-other-characters"
  case evidencePhoneSame = "evidence-phone-same"
  case evidencePhoneTail = "evidence-phone-tail"
  case evidenceGoods = "evidence-goods"
  case evidenceOtherBooks = "evidence-other-books"
  case evidenceSameBook = "evidence-same-book"
  case evidenceRareSpelling = "evidence-rare-spelling"
  case evidenceSlipInBook = "evidence-slip-in-book"
  case evidenceLatinPinyin = "evidence-latin-pinyin"
  case evidenceSameEntry = "evidence-same-entry"

  // MARK: review items (customer-merge)
  case reviewFuzzy = "review-fuzzy"
  case reviewSlipInBook = "review-slip-in-book"
  case answerNamesNoRecord = "answer-names-no-record"
  case answerNeedsKeep = "answer-needs-keep"
  case reviewSameNameNoPhone = "review-same-name-no-phone"
  case reviewAddressForm = "review-address-form"
  case reviewAddressChoice = "review-address-choice"
  case reviewOtherPlaces = "review-other-places"
  case reviewRelative = "review-relative"
  case reviewNicknameBooks = "review-nickname-books"
  case reviewSamePhone = "review-same-phone"
  case reviewSameNameChoice = "review-same-name-choice"
  case reviewOthersBlock = "review-others-block"
  case reviewBareSurname = "review-bare-surname"
  case reviewMergedFuzzy = "review-merged-fuzzy"
  case reviewMergedAddressForm = "review-merged-address-form"
  case reviewMergedByPhone = "review-merged-by-phone"
  case candidate = "review-candidate"
  case candidateWithPhone = "review-candidate-phone"
  case candidateNotBooked = "review-candidate-not-booked"
  case inBook = "review-in-book"
  case suggestMergeOrApart = "suggest-merge-or-apart"
  case suggestMergeAllOrApart = "suggest-merge-all-or-apart"
  case suggestSlipKeepOrApart = "suggest-slip-keep-or-apart"
  case suggestKeepOrApart = "suggest-keep-or-apart"
  case suggestConfirmOrApart = "suggest-confirm-or-apart"
  case suggestAlias = "suggest-alias"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .mappingMissing:
      return (
        "找不到名字对照表 {0}：请确认 mappings 文件夹完整（可从安装包里复制）",
        "the name mapping {0} is missing: check that the mappings folder is complete (copy it from the release)"
      )
    case .mappingInvalid:
      return (
        "名字对照表 {0} 写得不对（{1}）：请对照 mappings/README.md 改正",
        "the name mapping {0} is not valid ({1}): fix it as mappings/README.md describes"
      )
    case .icuUnavailable:
      return (
        "系统缺少 ICU 的“{0}”转换，无法处理名字：请安装 libicu",
        "the ICU transform \"{0}\" is not available, names cannot be read: install libicu"
      )
    case .aliasBadRow:
      return (
        "别名文件这一行要写成“别名,名字”或“别名,名字,电话”：{0}",
        "this line of the aliases file must be \"alias,name\" or \"alias,name,phone\": {0}"
      )
    case .aliasEmptyName:
      return (
        "别名文件这一行的别名或名字是空的：{0}",
        "the alias or the name is empty on this line of the aliases file: {0}"
      )
    case .aliasBadPhone:
      return (
        "别名文件这一行的电话“{0}”不是电话号码（只能有数字）",
        "the phone \"{0}\" on this line of the aliases file is not a phone number (digits only)"
      )
    case .aliasCycle:
      return (
        "别名文件里“{0}”绕了一圈又指回自己：请删掉其中一行",
        "the aliases file sends \"{0}\" round in a circle back to itself: delete one of those lines"
      )
    case .nameEmpty:
      return (
        "没有写客户名字：请对照原件补上名字",
        "no customer name: add the name from the original"
      )
    case .namePunctuationOnly:
      return (
        "客户名字“{0}”只有符号，认不出是谁：请对照原件补上名字",
        "the customer name \"{0}\" is only punctuation: add the name from the original"
      )
    case .namePhoneOnly:
      return (
        "只写了电话 {0}，没有名字",
        "only a phone number ({0}) is written, no name"
      )
    case .nameLatin:
      return (
        "名字“{0}”是拼音或外文字母，不会和中文名字自动合并：如果是某位客户，请在别名文件里加一行“{0},中文名字”",
        "the name \"{0}\" is in Latin letters and is not matched to Chinese names: if it is a known customer, add \"{0},中文名字\" to the aliases file"
      )
    case .nameMixedScript:
      return (
        "名字“{0}”里汉字和字母混在一起，只和写法完全相同的记录算同一客户：请核对",
        "the name \"{0}\" mixes Chinese characters and letters; it is matched only to the same spelling: check it"
      )
    case .nameOtherScript:
      return (
        "名字“{0}”里有不是汉字的文字，只和写法完全相同的记录算同一客户：请核对",
        "the name \"{0}\" contains characters that are not Chinese; it is matched only to the same spelling: check it"
      )
    case .nameHasDigits:
      return (
        "名字“{0}”里带数字，只和写法完全相同的记录算同一客户：请核对",
        "the name \"{0}\" contains digits; it is matched only to the same spelling: check it"
      )
    case .nameNotAPersonName:
      return (
        "“{0}”不像姓名（外号或店名？），只和写法完全相同的记录算同一客户：知道是谁的话请加到别名文件",
        "\"{0}\" does not look like a person's name (a nickname or a shop name?); it is matched only to the same spelling: if you know who it is, add it to the aliases file"
      )
    case .nameTooLong:
      return (
        "客户名字有 {0} 个字，太长了，不像一个名字（是不是整行抄进了名字栏？）：请对照原件",
        "the customer name is {0} characters long, too long for a name (was a whole line copied into the name column?): check the original"
      )
    case .nameEmojiRemoved:
      return (
        "名字里的表情符号已去掉（原文“{0}”）",
        "emoji removed from the name (as written: \"{0}\")"
      )
    case .nameControlRemoved:
      return (
        "名字里有看不见的控制字符（{0}），已去掉：请检查导出的文件",
        "invisible control characters ({0}) removed from the name: check the exported file"
      )
    case .nameSeveralPhones:
      return (
        "名字里写了 {0} 个电话，只用了第一个（{1}）来认人：请核对",
        "{0} phone numbers in the name; only the first ({1}) is used to tell customers apart: check it"
      )
    case .namePhoneDiffers:
      return (
        "名字里的电话 {0} 和电话栏的 {1} 不一样，用了电话栏的：请核对",
        "the phone in the name ({0}) differs from the phone column ({1}); the phone column was used: check it"
      )
    case .nameBracketSurname:
      return (
        "称呼“{0}”和括号里的名字“{1}”姓不一样，按括号里的名字算：请核对",
        "the form of address \"{0}\" and the name in brackets \"{1}\" have different surnames; the name in brackets was used: check it"
      )
    case .nameBracketIgnored:
      return (
        "括号里的“{0}”没有用来认人",
        "\"{0}\" in brackets was not used to identify the customer"
      )
    case .nameCompanyContact:
      return (
        "“{0}”是店或公司，括号里的“{1}”当作联系人，没有把店和人算成同一客户：是同一个账户的话请加到别名文件",
        "\"{0}\" is a shop or company; \"{1}\" in brackets is taken as its contact and not merged with it: if they share one account, add an alias"
      )
    case .nameGoodsWord:
      return (
        "“{0}”是货品名，不是客户名字：请对照原件补上是谁欠的",
        "\"{0}\" is the name of goods, not of a customer: add who owes it from the original"
      )
    case .nameTimeWord:
      return (
        "“{0}”是日期或时间，不是客户名字：请对照原件补上是谁欠的",
        "\"{0}\" is a date or a time, not a customer: add who owes it from the original"
      )
    case .nameCommonWord:
      return (
        "“{0}”是记账用语，不是客户名字：请对照原件补上是谁欠的",
        "\"{0}\" is a bookkeeping word, not a customer: add who owes it from the original"
      )
    case .nameDigitsOnly:
      return (
        "客户名字“{0}”只有数字，认不出是谁：请对照原件补上名字",
        "the customer name \"{0}\" is only digits: add the name from the original"
      )
    case .aliasApplied:
      return (
        "按别名文件，“{0}”就是“{1}”",
        "by the aliases file, \"{0}\" is \"{1}\""
      )
    case .aliasPhoneConflict:
      return (
        "别名文件说“{0}”是“{1}”（电话 {2}），但这条记录的电话是 {3}，没有按别名合并：请核对",
        "the aliases file says \"{0}\" is \"{1}\" (phone {2}), but this record's phone is {3}, so the alias was not applied: check it"
      )
    case .mergedFuzzy:
      return (
        "“{0}”算作“{1}”（理由见下）；不是同一人的话，在决定文件里写一行：{2} apart",
        "\"{0}\" is taken to be \"{1}\" (reasons follow); if not, add this line to the decisions file: {2} apart"
      )
    case .mergedAddressForm:
      return (
        "“{0}”算作“{1}”：所有账本里姓{2}的客户只有这一位；不是的话，在决定文件里写一行：{3} apart",
        "\"{0}\" is taken to be \"{1}\": the only customer named {2} in all the books; if not, add this line to the decisions file: {3} apart"
      )
    case .mergedByPhone:
      return (
        "“{0}”和“{1}”电话相同（{2}），算作同一客户；不是的话，在决定文件里写一行：{3} apart",
        "\"{0}\" has the same phone as \"{1}\" ({2}) and is taken to be that customer; if not, add this line to the decisions file: {3} apart"
      )
    case .mergedByDecision:
      return (
        "按决定文件（{0}），“{1}”算作“{2}”",
        "by the decisions file ({0}), \"{1}\" is \"{2}\""
      )
    case .pendingReview:
      return (
        "客户待确认，暂时单独算：见 review.csv 的 {0}",
        "the customer is not certain and is kept on its own for now: see {0} in review.csv"
      )
    case .phoneOnlyAlone:
      return (
        "只有电话 {0}，没有名字，也没有哪位客户用过这个电话：请补上名字",
        "only the phone {0} and no name, and no customer uses that phone: add the name"
      )
    case .phoneOnlySeveral:
      return (
        "只有电话 {0}，没有名字，而有 {1} 位客户用过这个电话：请补上名字",
        "only the phone {0} and no name, and {1|customer|customers} use that phone: add the name"
      )
    case .pendingReviewMerged:
      return (
        "这位客户还有待确认的问题：见 review.csv 的 {0}",
        "there are open questions about this customer: see {0} in review.csv"
      )
    case .unnamedNoCustomer:
      return (
        "这条记录没有可认的客户，不计入任何客户的余额",
        "this record has no customer that can be identified and is not counted in any customer's balance"
      )
    case .evidenceHomophone:
      return ("读音相同（{0}）", "same sound ({0})")
    case .evidenceLookalike:
      return ("字形相近（{0}）", "characters that look alike ({0})")
    case .evidenceSoundalike:
      return ("本地口音相近（{0}）", "sounds that local speech merges ({0})")
    case .evidenceOtherCharacters:
      return ("只差一个字（{0}），读音字形都不像", "one character differs ({0}) and neither looks nor sounds alike")
    case .evidencePhoneSame:
      return ("电话相同（{0}）", "same phone ({0})")
    case .evidencePhoneTail:
      return ("电话尾号对得上（{0}）", "the phone's last digits match ({0})")
    case .evidenceGoods:
      return ("买的货相近", "similar goods bought")
    case .evidenceOtherBooks:
      return ("两种写法出现在不同的账本里", "the two spellings come from different books")
    case .evidenceSameBook:
      return ("但同一本账里两种写法都有（记账人可能有意区分）", "but both spellings are in the same book (the writer may mean two people)")
    case .evidenceSlipInBook:
      return ("“{0}”所在的账本里别处都写作“{1}”，像是同一记账人的笔误", "the books that have \"{0}\" otherwise write \"{1}\", like the writer's slip")
    case .evidenceRareSpelling:
      return ("“{0}”只出现 {1} 次，像是笔误", "\"{0}\" appears only {1} time(s), like a slip")
    case .evidenceSameEntry:
      return (
        "{0} 的“{1}”这笔账（{2}）在 {3} 记在“{4}”名下，像是同一笔账",
        "the entry of \"{1}\" at {0} ({2}) is written under \"{4}\" at {3}, like the same entry")
    case .evidenceLatinPinyin:
      return ("拼音“{0}”和“{1}”的读音一样", "the Latin spelling \"{0}\" reads like \"{1}\"")
    case .answerNamesNoRecord:
      return (
        "决定文件里的“{0} keep {1}”没有用上：{1} 不是这次读到的记录（或不是候选人的记录），请改成候选人的一条记录",
        "the answer \"{0} keep {1}\" in the decisions file was not applied: {1} is not a record read this time (or not one of a candidate's); name one of the candidate's records"
      )
    case .answerNeedsKeep:
      return (
        "决定文件里对 {0} 的答复没有说是哪一位：请写“{0} keep 那位客户的一条记录”或“{0} apart”",
        "the answer to {0} in the decisions file does not say who: write \"{0} keep\" and one of that customer's records, or \"{0} apart\""
      )
    case .reviewSlipInBook:
      return (
        "{0} 里的“{1}”（{2} 条记录）可能是“{3}”的笔误：这本账里“{3}”写了 {4} 次；别的账本里另有一位“{1}”（{5} 条记录），所以两个名字没有合并",
        "\"{1}\" in {0} ({2} record(s)) may be a slip for \"{3}\", written {4} time(s) in that book; another \"{1}\" is a customer in other books ({5} record(s)), so it was not merged with \"{3}\""
      )
    case .reviewFuzzy:
      return (
        "“{0}”（{1} 条记录）和“{2}”（{3} 条记录）可能是同一位客户",
        "\"{0}\" ({1|record|records}) and \"{2}\" ({3|record|records}) may be the same customer"
      )
    case .reviewSameNameNoPhone:
      return (
        "“{0}”没写电话（{1} 条记录），可能是下面 {2} 位同名、电话不同的客户中的一位，不能自动确定是哪一位",
        "\"{0}\" without a phone ({1|record|records}) may be any of the {2|customer|customers} of that name with different phones listed below; which one cannot be decided automatically"
      )
    case .reviewAddressForm:
      return (
        "{1} 里的“{0}”（{2} 条记录）可能是“{3}”（{4} 条记录）",
        "\"{0}\" in {1} ({2|record|records}) may be \"{3}\" ({4|record|records})"
      )
    case .reviewOtherPlaces:
      return (
        "账上还有别处的“{0}”，不一定是同一个人",
        "the books also have a \"{0}\" of another place, not necessarily the same person"
      )
    case .reviewAddressChoice:
      return (
        "{1} 里的“{0}”（{2} 条记录）可能是下面 {3} 位姓{4}的客户中的一位，不能自动确定是哪一位",
        "\"{0}\" in {1} ({2|record|records}) may be any of the {3|customer|customers} named {4} listed below; which one cannot be decided automatically"
      )
    case .reviewRelative:
      return (
        "“{0}”可能是“{1}”本人，也可能是家里人（如老板娘、孩子），不自动合并",
        "\"{0}\" may be \"{1}\" or a relative (a wife, a child), so it is not merged automatically"
      )
    case .reviewNicknameBooks:
      return (
        "同一个称呼“{0}”出现在下面 {1} 本账里，可能是同一人，也可能是不同的人",
        "the same form of address \"{0}\" is used in the {1|book|books} listed below; it may be one person or several"
      )
    case .reviewSamePhone:
      return (
        "“{0}”和“{1}”用同一个电话，但名字不同（可能是一家人）",
        "\"{0}\" and \"{1}\" share a phone but have different names (family members?)"
      )
    case .reviewSameNameChoice:
      return (
        "“{0}”（{1} 条记录）可能是下面 {2} 位同名客户中的一位，不能自动确定是哪一位",
        "\"{0}\" ({1|record|records}) may be any of the {2|customer|customers} of that name listed below; which one cannot be decided automatically"
      )
    case .reviewOthersBlock:
      return (
        "姓{0}的已入账客户只有这一位，但还有下面这些姓{0}的名字，所以没有自动合并",
        "this is the only booked customer named {0}, but the other {0} names below could be meant too, so it was not merged automatically"
      )
    case .reviewBareSurname:
      return (
        "只写了一个姓“{0}”，没有称呼也没有名字（可能是名字没抄全），不自动合并",
        "only the surname \"{0}\" is written, with no form of address or given name (perhaps the name was cut short), so it is not merged automatically"
      )
    case .reviewMergedFuzzy:
      return (
        "已把“{0}”（{1} 条记录）算作“{2}”（{3} 条记录），依据见下：请确认",
        "\"{0}\" ({1|record|records}) has been taken to be \"{2}\" ({3|record|records}) for the reasons below: please confirm"
      )
    case .reviewMergedAddressForm:
      return (
        "已把“{0}”（{1} 条记录）算作“{2}”：所有账本里姓{3}的客户只有这一位；请确认",
        "\"{0}\" ({1|record|records}) has been taken to be \"{2}\", the only customer named {3} in all the books: please confirm"
      )
    case .reviewMergedByPhone:
      return (
        "已把“{0}”（{1} 条记录）算作“{2}”：电话相同（{3}）；请确认",
        "\"{0}\" ({1|record|records}) has been taken to be \"{2}\", who has the same phone ({3}): please confirm"
      )
    case .candidate:
      return ("候选：{0}（{1}）", "candidate: {0} ({1})")
    case .candidateWithPhone:
      return ("候选：{0}（电话 {1}，{2}）", "candidate: {0} (phone {1}, {2})")
    case .candidateNotBooked:
      return (
        "没入账的记录里也有“{0}”（{1}，那一行被退回或跳过了）",
        "\"{0}\" is also named on a record that was not booked ({1}, rejected or skipped)"
      )
    case .inBook:
      return ("{0}：{1} 条记录", "{0}: {1|record|records}")
    case .suggestMergeOrApart:
      return (
        "是同一客户：在决定文件里写“{0} merge”；不是：写“{0} apart”",
        "if they are one customer, write \"{0} merge\" in the decisions file; if not, write \"{0} apart\""
      )
    case .suggestSlipKeepOrApart:
      return (
        "是“{2}”的笔误：在决定文件里写“{0} keep {1}”；不是：写“{0} apart”",
        "if it is a slip for \"{2}\", write \"{0} keep {1}\" in the decisions file; if not, write \"{0} apart\""
      )
    case .suggestKeepOrApart:
      return (
        "是其中哪一位，就在决定文件里写“{0} keep 那位客户的一条记录”（例如“{0} keep {1}”表示是{2}）；哪一位都不是：写“{0} apart”",
        "if it is one of them, write \"{0} keep\" and one record of that customer in the decisions file (\"{0} keep {1}\" means {2}); if it is none of them, write \"{0} apart\""
      )
    case .suggestConfirmOrApart:
      return (
        "是同一客户：在决定文件里写“{0} merge”，以后不再问；不是：写“{0} apart”，分开算",
        "if they are one customer, write \"{0} merge\" in the decisions file and it is not asked again; if not, write \"{0} apart\" to keep them apart"
      )
    case .suggestAlias:
      return (
        "如果是上面列出的某一位：在别名文件里加一行“{0},那位的名字”",
        "if it is one of those listed above, add the line \"{0},that customer's name\" to the aliases file"
      )
    case .suggestMergeAllOrApart:
      return (
        "都是同一客户：在决定文件里写“{0} merge”；是不同的人：写“{0} apart”",
        "if all are one customer, write \"{0} merge\" in the decisions file; if they are different people, write \"{0} apart\""
      )
    }
  }
}
