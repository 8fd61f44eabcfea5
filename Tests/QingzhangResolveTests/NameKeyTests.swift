import QingzhangModel
import QingzhangNormalise
import Testing

struct KeyCase: Sendable, CustomTestStringConvertible {
  var raw: String
  var kind: NameKind
  var matchKey: String
  var phone: String = ""
  var form: String = ""
  var testDescription: String { "\"\(raw)\" → \(kind.rawValue) \(matchKey)" }
}

struct BadNameCase: Sendable, CustomTestStringConvertible {
  var raw: String
  var kind: NameKind
  var note: ResolveMessage
  var testDescription: String { "\"\(raw.prefix(20))\" → \(note.code)" }
}

@Suite struct NameKeyTests {
  static let readings: [KeyCase] = [
    .init(raw: "张建国", kind: .person, matchKey: "p:张建国"),
    .init(raw: "張建國", kind: .person, matchKey: "p:张建国"),
    .init(raw: "张建囯", kind: .person, matchKey: "p:张建国"),
    .init(raw: "张 建 国", kind: .person, matchKey: "p:张建国"),
    .init(raw: "　张建国　", kind: .person, matchKey: "p:张建国"),
    .init(raw: "①张建国", kind: .person, matchKey: "p:张建国"),
    .init(raw: "章建国", kind: .person, matchKey: "p:章建国"),
    // Surnames that were missing from mappings/names.json (read as "not a person's name").
    .init(raw: "阎建国", kind: .person, matchKey: "p:阎建国"),
    .init(raw: "傅建国", kind: .person, matchKey: "p:傅建国"),
    .init(raw: "张建国 13807341234", kind: .person, matchKey: "p:张建国", phone: "13807341234"),
    .init(raw: "张建国13807341234", kind: .person, matchKey: "p:张建国", phone: "13807341234"),
    .init(raw: "张建国 138-0734-1234", kind: .person, matchKey: "p:张建国", phone: "13807341234"),
    .init(raw: "电话：13807341234 张建国", kind: .person, matchKey: "p:张建国", phone: "13807341234"),
    .init(raw: "０７３４-８２２１２３４李四", kind: .person, matchKey: "p:李四", phone: "07348221234"),
    .init(raw: "张建国 +86 138 0734 1234", kind: .person, matchKey: "p:张建国", phone: "13807341234"),
    .init(raw: "张建国+8613807341234", kind: .person, matchKey: "p:张建国", phone: "13807341234"),
    .init(raw: "张(8866)", kind: .addressForm, matchKey: "a:张||||", phone: "8866"),
    .init(raw: "张（尾号8866）", kind: .addressForm, matchKey: "a:张||||", phone: "8866"),
    .init(raw: "陈师傅（陈立新）", kind: .person, matchKey: "p:陈立新", form: "师傅"),
    .init(raw: "陈立新师傅", kind: .person, matchKey: "p:陈立新", form: "师傅"),
    .init(raw: "胖子（张建国）", kind: .person, matchKey: "p:张建国", form: "胖子"),
    .init(raw: "张建国（水电）", kind: .person, matchKey: "p:张建国"),
    .init(raw: "老张", kind: .addressForm, matchKey: "a:张|老|||", form: "老"),
    .init(raw: "小李", kind: .addressForm, matchKey: "a:李|小|||", form: "小"),
    .init(raw: "阿强", kind: .addressForm, matchKey: "a:强|阿|||", form: "阿"),
    .init(raw: "张老板", kind: .addressForm, matchKey: "a:张|老板|||", form: "老板"),
    .init(raw: "李老板娘", kind: .addressForm, matchKey: "a:李|老板娘|||", form: "老板娘"),
    .init(raw: "王总", kind: .addressForm, matchKey: "a:王|总|||", form: "总"),
    .init(raw: "刘工", kind: .addressForm, matchKey: "a:刘|工|||", form: "工"),
    .init(raw: "李姐", kind: .addressForm, matchKey: "a:李|姐|||", form: "姐"),
    .init(raw: "张老三", kind: .addressForm, matchKey: "a:张|老三|||", form: "老三"),
    .init(raw: "老欧阳", kind: .addressForm, matchKey: "a:欧阳|老|||", form: "老"),
    .init(raw: "张", kind: .addressForm, matchKey: "a:张||||"),
    .init(raw: "水电张", kind: .addressForm, matchKey: "a:张|||水电|"),
    .init(raw: "木工王师傅", kind: .addressForm, matchKey: "a:王|师傅||木工|", form: "师傅"),
    .init(raw: "衡南王", kind: .addressForm, matchKey: "a:王||||衡南"),
    .init(raw: "张三家", kind: .addressForm, matchKey: "a:张|家|三||", form: "家"),
    .init(raw: "张三（老婆）", kind: .addressForm, matchKey: "a:张|老婆|三||", form: "老婆"),
    .init(raw: "张建工", kind: .person, matchKey: "p:张建工"),
    .init(raw: "欧阳明", kind: .person, matchKey: "p:欧阳明"),
    .init(raw: "王五", kind: .person, matchKey: "p:王五"),
    .init(raw: "王五金店", kind: .company, matchKey: "c:王|五金|"),
    .init(raw: "李四五金", kind: .company, matchKey: "c:李四|五金|"),
    .init(raw: "张记", kind: .company, matchKey: "c:张记||"),
    .init(raw: "张记五金", kind: .company, matchKey: "c:张记|五金|"),
    .init(raw: "衡阳市蒸湘区张记五金经营部", kind: .company, matchKey: "c:张记|五金|蒸湘区,衡阳市"),
    .init(raw: "衡阳市鑫源建材有限公司", kind: .company, matchKey: "c:鑫源|建材|衡阳市"),
    .init(raw: "张建国水电", kind: .person, matchKey: "p:张建国"),
    .init(raw: "胖子", kind: .addressForm, matchKey: "a:|胖子|||", form: "胖子"),
    .init(raw: "麻子", kind: .addressForm, matchKey: "a:|麻子|||", form: "麻子"),
    .init(raw: "鑫源", kind: .verbatim, matchKey: "v:鑫源"),
    .init(raw: "发永水电", kind: .verbatim, matchKey: "v:发永水电"),
    .init(raw: "张永水电", kind: .person, matchKey: "p:张永"),
    .init(raw: "张三/李四", kind: .verbatim, matchKey: "v:张三李四"),
    // Goods and time words are no names, but a trade or a shop made of such words still is.
    .init(raw: "油漆张", kind: .addressForm, matchKey: "a:张|||油漆|"),
    .init(raw: "水电王师傅", kind: .addressForm, matchKey: "a:王|师傅||水电|", form: "师傅"),
    .init(raw: "衡南水管经营部", kind: .company, matchKey: "c:水管||衡南"),
    .init(raw: "石建国", kind: .person, matchKey: "p:石建国"),
    // A village in brackets or in front (names.json placeSuffixes) tells two 老王 apart; a
    // known place in brackets is no person's name (老王（衡南） was read as a customer 衡南).
    .init(raw: "老王（东村）", kind: .addressForm, matchKey: "a:王|老|||东村", form: "老"),
    .init(raw: "老王（西村）", kind: .addressForm, matchKey: "a:王|老|||西村", form: "老"),
    .init(raw: "东村老王", kind: .addressForm, matchKey: "a:王|老|||东村", form: "老"),
    .init(raw: "老王（三组）", kind: .addressForm, matchKey: "a:王|老|||三组", form: "老"),
    .init(raw: "老王（衡南）", kind: .addressForm, matchKey: "a:王|老|||衡南", form: "老"),
    .init(raw: "张建国（李家湾）", kind: .person, matchKey: "p:张建国"),
    .init(raw: "王村生", kind: .person, matchKey: "p:王村生"),
  ]

  @Test(arguments: readings)
  func readsNames(_ c: KeyCase) throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    let k = n.key(c.raw)
    #expect(k.kind == c.kind)
    #expect(k.matchKey == c.matchKey)
    #expect(k.phone == c.phone)
    #expect(k.form == c.form)
    #expect(k.raw == c.raw)
  }

  @Test func tradeOrShopKeepsBothReadings() throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    let k = n.key("发永水电")
    #expect(k.trades == ["水电"])
    #expect(k.alternatives.map(\.matchKey) == ["c:发永|水电|"])
    #expect(n.key("衡阳市发永水电门市部").matchKey == "c:发永|水电|衡阳市")
  }

  @Test func pinyinKeepsUmlautAsV() throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    #expect(n.key("吕明").pinyin == "lv ming")
    #expect(n.key("卢明").pinyin == "lu ming")
    #expect(n.key("单雄").pinyin == "shan xiong")  // surname reading (Han-Latin/Names)
    #expect(n.key("朴明").surnamePinyin == "piao")  // override table
    #expect(n.key("張建國").pinyin == n.key("章建国").pinyin)
  }

  @Test func spellingKeepsWhatWasWritten() throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    #expect(n.key("張建國").spelling == "張建國")
    #expect(n.key("陈师傅（陈立新）").spelling == "陈立新")
    #expect(n.key("张乾").spelling == "张乾")
    #expect(n.key("张乾").matchKey == "p:张乾")  // ICU would turn 乾 into 干
  }

  static let badNames: [BadNameCase] = [
    .init(raw: "", kind: .unreadable, note: .nameEmpty),
    .init(raw: "   ", kind: .unreadable, note: .nameEmpty),
    .init(raw: "。。，", kind: .unreadable, note: .namePunctuationOnly),
    .init(raw: "???", kind: .unreadable, note: .namePunctuationOnly),
    .init(raw: "13807341234", kind: .unreadable, note: .namePhoneOnly),
    .init(raw: "Zhang Jianguo", kind: .verbatim, note: .nameLatin),
    .init(raw: "张Jianguo", kind: .verbatim, note: .nameMixedScript),
    .init(raw: "김철수", kind: .verbatim, note: .nameOtherScript),
    .init(raw: "张建国2", kind: .verbatim, note: .nameHasDigits),
    .init(raw: "张建国😀", kind: .person, note: .nameEmojiRemoved),
    .init(raw: "👍👍", kind: .unreadable, note: .nameEmojiRemoved),
    .init(raw: "张\u{0007}建国", kind: .person, note: .nameControlRemoved),
    .init(raw: "张\u{200B}建国", kind: .person, note: .nameControlRemoved),
    .init(raw: String(repeating: "张", count: 200), kind: .verbatim, note: .nameTooLong),
    .init(raw: String(repeating: "ab", count: 100), kind: .verbatim, note: .nameTooLong),
    .init(raw: "张建国 13807341234 13900000000", kind: .person, note: .nameSeveralPhones),
    .init(raw: "鑫源", kind: .verbatim, note: .nameNotAPersonName),
    .init(raw: "张\u{FFFD}国", kind: .verbatim, note: .nameOtherScript),
    // Nothing personal: goods, dates and times, bookkeeping words, bare numbers.
    .init(raw: "水管", kind: .unreadable, note: .nameGoodsWord),
    .init(raw: "水管接头", kind: .unreadable, note: .nameGoodsWord),
    .init(raw: "PPR水管", kind: .unreadable, note: .nameGoodsWord),
    .init(raw: "水管 13807341234", kind: .unreadable, note: .nameGoodsWord),
    .init(raw: "上旬", kind: .unreadable, note: .nameTimeWord),
    .init(raw: "3月上旬", kind: .unreadable, note: .nameTimeWord),
    .init(raw: "15号", kind: .unreadable, note: .nameTimeWord),
    .init(raw: "年底", kind: .unreadable, note: .nameTimeWord),
    .init(raw: "货款", kind: .unreadable, note: .nameCommonWord),
    .init(raw: "合计", kind: .unreadable, note: .nameCommonWord),
    // Ways of paying (付支票 300, 付人工 500 name nobody).
    .init(raw: "支票", kind: .unreadable, note: .nameCommonWord),
    .init(raw: "承兑", kind: .unreadable, note: .nameCommonWord),
    .init(raw: "人工", kind: .unreadable, note: .nameCommonWord),
    .init(raw: "8866", kind: .unreadable, note: .nameDigitsOnly),
    .init(raw: "！！！", kind: .unreadable, note: .namePunctuationOnly),
  ]

  @Test(arguments: badNames)
  func badNamesGetANote(_ c: BadNameCase) throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    let k = n.key(c.raw)
    #expect(k.kind == c.kind)
    #expect(k.notes.contains { $0.code == c.note.code }, "\(k.notes.map(\.code))")
  }

  @Test func removedControlCharactersAreNamedInTheNote() throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    let note = try #require(n.key("张\u{0007}建\u{200B}国").notes.first { $0.code == ResolveMessage.nameControlRemoved.code })
    #expect(note.args == ["U+0007 U+200B"])
    let phones = try #require(n.key("张建国 13807341234 13900000000").notes.first { $0.code == ResolveMessage.nameSeveralPhones.code })
    #expect(phones.args == ["2", "13807341234"])
  }

  @Test func phoneMatchRules() {
    #expect(PhoneMatch("13807341234", "13807341234") == .same)
    #expect(PhoneMatch("13807341234", "1234") == .tail)
    #expect(PhoneMatch("1234", "13807341234") == .tail)
    #expect(PhoneMatch("13807341234", "13900000000") == .differ)
    #expect(PhoneMatch("1234", "5678") == .differ)
    #expect(PhoneMatch("", "5678") == .unknown)
    #expect(PhoneMatch("8221234", "07348221234") == .same)
    #expect(PhoneMatch("07348221234", "8221234") == .same)
    #expect(PhoneMatch("8221234", "07348221235") == .differ)
    #expect(PhoneMatch.normalise("+86 138-0734-1234") == "13807341234")
  }

  @Test func missingMappingsIsADiagnostic() {
    #expect(throws: Diagnostic.self) { try NameNormaliser(mappingsDirectory: "/nonexistent") }
  }

  @Test func cachesPerSpelling() throws {
    let n = try NameNormaliser(mappingsDirectory: mappingsDirectory)
    _ = n.key("张建国")
    _ = n.key("张建国")
    _ = n.key("張建國")
    #expect(n.cachedCount == 2)
  }
}
