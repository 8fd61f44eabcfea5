/// Messages about the shared inputs every stage reads (decisions, aliases, mappings).
public enum ModelMessage: String, Message, CaseIterable {
  case badDecision = "bad-decision"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .badDecision:
      return (
        "看不懂这条决定“{0}”：格式是“编号 动作 [参数]”，动作为 merge、apart、same、keep 来源、amount 金额 或 ignore",
        "cannot read the decision \"{0}\": write \"ID ACTION [ARGUMENT]\" with ACTION one of merge, apart, same, keep SOURCE, amount X, ignore"
      )
    }
  }
}
