import QingzhangModel

/// Help texts, generated from the same option tables that drive parsing.
enum Help {
  static func overview(_ lang: Language) -> String {
    var s = Note(CLIMessage.overview).render(lang) + "\n\n"
    s += (lang == .zh ? "用法：" : "Usage: ") + "qingzhang <command> [options]\n\n"
    s += lang == .zh ? "命令：\n" : "Commands:\n"
    for c in CLI.commands {
      s += "  " + pad(c.name, 12) + Note(c.abstract).render(lang) + "\n"
    }
    s += "  " + pad("help", 12) + (lang == .zh ? "显示某个命令的说明（qingzhang help reconcile）" : "show help for a command (qingzhang help reconcile)") + "\n\n"
    s += lang == .zh ? "通用选项：\n" : "Common options:\n"
    s += optionLine(CLI.langOption, lang)
    s += optionLine(CLI.helpOption, lang)
    s += "\n" + Note(CLIMessage.overviewExample).render(lang) + "\n"
    return s
  }

  static func command(_ c: Command, _ lang: Language) -> String {
    var s = Note(c.abstract).render(lang) + "\n\n"
    s += (lang == .zh ? "用法：" : "Usage: ") + c.usage + "\n\n"
    s += lang == .zh ? "选项：\n" : "Options:\n"
    for o in c.options + [CLI.langOption, CLI.helpOption] { s += optionLine(o, lang) }
    s += "\n" + Note(c.discussion).render(lang) + "\n"
    return s
  }

  static func optionLine(_ o: OptionSpec, _ lang: Language) -> String {
    let head = o.name + (o.valueName.map { " " + $0 } ?? "")
    let lines = Note(o.help).render(lang).split(separator: "\n", omittingEmptySubsequences: false)
    var s = "  " + pad(head, 24) + (lines.first.map(String.init) ?? "") + "\n"
    for l in lines.dropFirst() { s += String(repeating: " ", count: 26) + l + "\n" }
    return s
  }

  static func pad(_ s: String, _ width: Int) -> String {
    // Width in terminal columns: CJK characters take two.
    var w = 0
    for u in s.unicodeScalars { w += u.value >= 0x1100 ? 2 : 1 }
    return w >= width ? s + " " : s + String(repeating: " ", count: width - w)
  }
}
