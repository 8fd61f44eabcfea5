/// Messages about the shared inputs every stage reads (decisions, aliases, mappings).
public enum ModelMessage: String, Message, CaseIterable {
  case badDecision = "bad-decision"
  case contradictoryDecision = "contradictory-decision"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .contradictoryDecision:
      return (
        "{0} 在第 {1} 行已经有了不同的答复：同一个问题只能有一个答复，请删掉其中一行",
        "{0} already has a different answer on line {1}: a question takes one answer, delete one of the lines"
      )
    case .badDecision:
      return (
        "看不懂这条决定“{0}”：格式是“编号 动作 [参数]”，动作为 merge、apart、same、keep 来源、amount 金额 或 ignore（金额写成 3500.00：大于 0，不带逗号和空格，不超过 1 亿元）",
        "cannot read the decision \"{0}\": write \"ID ACTION [ARGUMENT]\" with ACTION one of merge, apart, same, keep SOURCE, amount X, ignore (X as 3500.00: above 0, no commas or spaces, at most 100,000,000)"
      )
    }
  }
}
