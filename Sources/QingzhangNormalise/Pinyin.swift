/// Toneless pinyin helpers: ICU's Han-Latin gives `zhāng`, `lǚ`; keys need `zhang`, `lv`
/// (`Latin-ASCII` would fold ü to u and merge 吕 with 卢, domain.md §0.9).
public enum Pinyin {
  /// Removes tone marks, keeps ü as `v`, lower-cases ASCII letters and drops anything that is
  /// not a letter (spaces, apostrophes).
  public static func toneless(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousWasU = false
    for s in text.unicodeScalars {
      let v = s.value
      var mapped: Unicode.Scalar?
      switch v {
      case 0x41...0x5A: mapped = Unicode.Scalar(v + 0x20)
      case 0x61...0x7A: mapped = s
      case 0x101, 0xE1, 0x1CE, 0xE0, 0xE2, 0xE4, 0xE3: mapped = "a"
      case 0x113, 0xE9, 0x11B, 0xE8, 0xEA, 0xEB, 0x1EBF, 0x1EC1: mapped = "e"
      case 0x12B, 0xED, 0x1D0, 0xEC, 0xEE, 0xEF: mapped = "i"
      case 0x14D, 0xF3, 0x1D2, 0xF2, 0xF4, 0xF6, 0xF5: mapped = "o"
      case 0x16B, 0xFA, 0x1D4, 0xF9, 0xFB: mapped = "u"
      case 0xFC, 0x1D6, 0x1D8, 0x1DA, 0x1DC: mapped = "v"
      case 0x144, 0x148, 0x1F9, 0xF1: mapped = "n"
      case 0x1E3F: mapped = "m"
      case 0x308:  // combining diaeresis: u + ̈ = ü
        if previousWasU, !out.isEmpty {
          out.removeLast()
          out.append("v")
        }
        previousWasU = false
        continue
      default: mapped = nil  // combining tone marks, spaces, apostrophes, anything else
      }
      if let m = mapped {
        out.append(m)
        previousWasU = m == "u"
      } else {
        previousWasU = false
      }
    }
    return String(out)
  }

  static let initials: [String] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
  ]

  /// Splits a toneless syllable into initial and final (`zhang` → `zh`, `ang`).
  public static func split(_ syllable: Substring) -> (initial: Substring, final: Substring) {
    for i in initials where syllable.hasPrefix(i) {
      let idx = syllable.index(syllable.startIndex, offsetBy: i.count)
      return (syllable[..<idx], syllable[idx...])
    }
    return (syllable[syllable.startIndex..<syllable.startIndex], syllable)
  }
}
