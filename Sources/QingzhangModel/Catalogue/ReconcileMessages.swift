/// Messages of the reconcile stage.
public enum ReconcileMessage: String, Message, CaseIterable {
  case placeholder = "reconcile-placeholder"

  public var code: String { rawValue }
  public var zh: String { texts.zh }
  public var en: String { texts.en }

  private var texts: (zh: String, en: String) {
    switch self {
    case .placeholder: return ("（待补充）", "(to be written)")
    }
  }
}
