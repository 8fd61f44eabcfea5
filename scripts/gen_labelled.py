#!/usr/bin/env python3
"""Writes a labelled set for customer resolution: a 五金 shop's books with the truth beside them.

    scripts/gen_labelled.py N_CUSTOMERS OUT_DIR [--seed 7] [--records-per-customer 8]

OUT_DIR/books/      the inputs: IOU lists (*.txt, UTF-8) and a spreadsheet export
                    (客户欠款明细.csv, UTF-8 with BOM, CRLF), as a shop in 常宁/衡阳 keeps them.
OUT_DIR/truth.csv   source,part,true_customer — one row per debt or payment record; source is
                    FILE:LINE relative to books/ (scripts/score_customers.py matches it against
                    the PATH:LINE of entries.csv whatever folder prefix the run used).
OUT_DIR/mentions.csv  source,part,name,phone,goods,true_customer — what the readers should
                    hand to the resolver (for testing the resolver alone).

Run `qingzhang reconcile OUT_DIR/books --out RUN` and then
`scripts/score_customers.py RUN/entries.csv OUT_DIR/truth.csv`.

The same seed and arguments always give the same files. Variants (with rough rates): the name
as written (most), Traditional script, a homophone slip (章建国), a variant character (张建囯),
the phone after the name, a form of address (老张, 张老板, 张师傅; mostly for customers whose
surname no other named customer has, as writers do), a bracketed real name (陈师傅（陈立新）),
a trade prefix (水电张), a look-alike slip (季建国), spaces (in the spreadsheet). Traps:
brothers (张建国/张建军), namesakes told apart by phone, a person and their shop (王五/王五金店),
the same nickname for different people in different books, two genuine homophone customers.
"""

import argparse
import csv
import io
import os
import random
import sys

SURNAMES = [
    ("李", 9), ("刘", 7), ("陈", 6), ("王", 6), ("张", 6), ("周", 4), ("彭", 3), ("谭", 3),
    ("罗", 3), ("唐", 3), ("曾", 3), ("邓", 3), ("廖", 2), ("欧阳", 1), ("贺", 2), ("肖", 2),
    ("黄", 3), ("杨", 3), ("赵", 2), ("吴", 2), ("谢", 2), ("胡", 2), ("何", 2), ("蒋", 2),
    ("文", 1), ("龙", 1), ("颜", 1), ("邹", 1), ("雷", 1), ("蔡", 1), ("阳", 1), ("段", 1),
    ("宁", 1), ("伍", 1), ("尹", 1), ("姚", 1), ("郭", 1), ("朱", 1), ("孙", 1), ("马", 1),
]
GIVEN = list("建国军华明伟刚强平东林红英兰芳丽娟敏静玲秀志勇杰涛斌辉鹏飞文武立新春生德成云峰波宏俊桂香金玉秋福荣发兴旺海亮"
             "小中大长永光正安家庆祥瑞清泉山石松柏梅菊莲凤龙虎豹雄豪振宇航远达顺利和美佳慧琴雪霞燕艳萍红丹彩"
             "晓晨曦阳朝旭日月星天地江河湖湘衡耒祁蒸南北西仁义礼智信忠孝诚友恩爱喜乐寿彪铁钢锦绣银珠宝")
# Same toneless pinyin (ICU Han-Latin readings): slips of a pinyin input method or of dictation.
HOMOPHONES = {
    "张": "章", "杨": "阳", "肖": "萧", "王": "汪", "李": "黎", "建": "健剑见", "国": "果郭", "军": "君均",
    "华": "化", "明": "名鸣", "伟": "卫维", "刚": "钢", "强": "墙", "平": "萍", "东": "冬", "林": "琳霖",
    "红": "宏洪", "英": "鹰瑛", "兰": "蓝", "芳": "方", "丽": "莉力", "娟": "鹃", "敏": "民", "静": "靖",
    "玲": "铃凌", "秀": "绣", "志": "智", "勇": "永", "杰": "洁", "涛": "韬", "斌": "彬", "辉": "晖",
    "鹏": "朋", "飞": "非", "文": "雯", "武": "伍", "立": "力", "新": "鑫", "春": "纯", "生": "声",
    "德": "得", "成": "城程", "云": "芸", "峰": "锋丰", "波": "博", "宏": "红", "俊": "骏", "桂": "贵",
    "香": "湘", "金": "今", "玉": "宇", "秋": "丘", "福": "富", "荣": "蓉", "发": "法", "旺": "望",
}
LOOKALIKES = {"李": "季", "汪": "江", "杨": "汤", "陈": "阵", "王": "玉", "胡": "故", "何": "河",
              "冯": "马", "林": "材", "明": "朋", "建": "健", "峰": "锋", "红": "江", "刚": "钢"}
TRADITIONAL = {
    "张": "張", "国": "國", "军": "軍", "华": "華", "刘": "劉", "陈": "陳", "杨": "楊", "黄": "黃",
    "赵": "趙", "吴": "吳", "邓": "鄧", "龙": "龍", "东": "東", "兰": "蘭", "丽": "麗", "伟": "偉",
    "红": "紅", "刚": "剛", "强": "強", "涛": "濤", "辉": "輝", "贵": "貴", "云": "雲", "飞": "飛",
    "兴": "興", "宝": "寶", "荣": "榮", "罗": "羅", "谭": "譚", "邹": "鄒", "贺": "賀", "谢": "謝",
    "蒋": "蔣", "颜": "顏", "鹏": "鵬", "娟": "娟", "敏": "敏", "发": "發", "凤": "鳳", "叶": "葉",
    "马": "馬", "孙": "孫", "郑": "鄭", "欧": "歐", "阳": "陽", "杰": "傑", "进": "進", "门": "門",
}
VARIANTS = {"国": "囯"}
PREFIX_FORMS = ["老"]
SUFFIX_FORMS = ["老板", "师傅", "总", "哥"]
TRADES = ["水电", "木工", "瓦工", "油漆"]
PLACES = ["衡阳市", "常宁市", "衡南县", "耒阳市"]
BRANDS = list("鑫源盛达宏发兴旺顺通恒昌福泰安康永丰金城华美")
INDUSTRIES = ["建材", "五金", "装饰", "水电", "陶瓷"]
ORGS = ["有限公司", "经营部", "商行", "门市部"]
NICKNAMES = ["胖子", "眼镜", "大个子", "四毛", "满伢子", "黑皮", "光头", "二毛"]
GOODS = [
    ("水管", "根"), ("PPR管", "根"), ("接头", "个"), ("弯头", "个"), ("三通", "个"), ("阀门", "个"),
    ("水龙头", "个"), ("电线", "卷"), ("开关", "个"), ("插座", "个"), ("灯泡", "个"), ("电工胶布", "卷"),
    ("水泥", "包"), ("沙子", "车"), ("瓷砖", "箱"), ("瓷砖胶", "包"), ("防水涂料", "桶"), ("螺丝", "盒"),
    ("钉子", "斤"), ("油漆", "桶"), ("腻子粉", "包"), ("角阀", "个"), ("地漏", "个"), ("生料带", "卷"),
]


class Customer:
    def __init__(self, cid):
        self.id = cid
        self.kind = "person"  # person | company | nickname | address
        self.surname = ""
        self.given = ""
        self.phone = ""
        self.trade = ""
        self.forms = []      # forms of address this customer is called by
        self.books = []
        self.weight = 1.0
        self.goods = []
        self.company = None  # (place, brand, industry, org)
        self.nickname = ""
        self.always_phone = False

    @property
    def name(self):
        return self.surname + self.given


def weighted_surname(rng):
    total = sum(w for _, w in SURNAMES)
    x = rng.uniform(0, total)
    for s, w in SURNAMES:
        x -= w
        if x <= 0:
            return s
    return SURNAMES[-1][0]


def make_phone(rng, used):
    while True:
        p = rng.choice(["138", "139", "137", "150", "151", "158", "186", "187", "135", "136"]) + "".join(
            rng.choice("0123456789") for _ in range(8))
        if p not in used:
            used.add(p)
            return p


def build_customers(n, rng, books):
    used_names = set()
    used_phones = set()
    customers = []

    def new_person(surname=None, given=None):
        c = Customer("T%05d" % len(customers))
        for _ in range(1000):
            s = surname or weighted_surname(rng)
            g = given or "".join(rng.choice(GIVEN) for _ in range(2 if rng.random() < 0.75 else 1))
            if s + g not in used_names:
                break
            surname = given = None
        c.surname, c.given = s, g
        used_names.add(c.name)
        customers.append(c)
        return c

    target = n
    # Traps first, so every set has some.
    traps = max(1, n // 60)
    for _ in range(traps):
        # Brothers: same surname, first given character shared.
        s = weighted_surname(rng)
        first = rng.choice(GIVEN)
        a = new_person(s, first + rng.choice(GIVEN))
        b = new_person(s, first + rng.choice([g for g in GIVEN if g + "" != a.given[-1]]))
        # Namesakes told apart by phone (the books write the phone for them).
        x = new_person()
        y = Customer("T%05d" % len(customers))
        y.surname, y.given = x.surname, x.given
        customers.append(y)
        x.phone, y.phone = make_phone(rng, used_phones), make_phone(rng, used_phones)
        x.always_phone = y.always_phone = True
        # A person and their shop: 王五 / 王五金店 style.
        p = new_person()
        shop = Customer("T%05d" % len(customers))
        shop.kind = "company"
        # 王五 → 王五五金店 reads as a shop, not as 王五; a one-character given name gives the
        # classic trap 王五 / 王五金店 (王's shop).
        brand = p.name if len(p.given) == 2 else p.surname
        shop.company = ("", brand, "五金", "店")
        if brand + "五金店" in used_names:
            shop.company = ("", p.name + "记", "五金", "店")
        used_names.add(shop.company[1] + "五金店")
        customers.append(shop)
    for _ in range(max(1, n // 150)):
        # Genuine homophone customers (张建国 and 章建国 both exist): rare in one shop.
        h = new_person("张", None)
        if h.given and "章" + h.given not in used_names:
            new_person("章", h.given)
    while len(customers) < target:
        r = rng.random()
        if r < 0.08:
            c = Customer("T%05d" % len(customers))
            c.kind = "company"
            for _ in range(100):  # a 字号 + trade names one shop
                brand = rng.choice(BRANDS) + rng.choice(BRANDS)
                industry = rng.choice(INDUSTRIES)
                if ("c", brand + industry) not in used_names:
                    break
            used_names.add(("c", brand + industry))
            c.company = (rng.choice(PLACES), brand, industry, rng.choice(ORGS))
            customers.append(c)
        elif r < 0.11:
            # Known only by a nickname, in one book (nobody else there has it).
            c = Customer("T%05d" % len(customers))
            c.kind = "nickname"
            c.nickname = rng.choice(NICKNAMES)
            customers.append(c)
        elif r < 0.13:
            # Known only by a form of address, in one book.
            c = Customer("T%05d" % len(customers))
            c.kind = "address"
            c.surname = weighted_surname(rng)
            c.forms = [rng.choice(["工", "师傅", "老板", "姐"])]
            customers.append(c)
        else:
            c = new_person()
            if rng.random() < 0.4:
                c.phone = make_phone(rng, used_phones)
            if rng.random() < 0.08:
                c.trade = rng.choice(TRADES)

    # Books and weights. A nickname or a bare form of address names one person per book.
    taken = set()
    for c in customers:
        c.weight = min(60.0, rng.paretovariate(1.3))
        k = 1 if c.weight < 2 else (2 if c.weight < 6 else 3)
        c.goods = rng.sample(GOODS, 4)
        if c.kind in ("nickname", "address"):
            label = c.nickname or (c.surname + c.forms[0])
            free = [b for b in books if (label, b) not in taken]
            c.books = [rng.choice(free or books)]
            taken.add((label, c.books[0]))
        else:
            c.books = rng.sample(books, min(k, len(books)))
    # Forms of address: writers use them for people whose surname is distinctive among the
    # named customers; sometimes regardless (those become questions).
    by_surname = {}
    for c in customers:
        if c.kind == "person":
            by_surname.setdefault(c.surname, []).append(c)
    for c in customers:
        if c.kind != "person":
            continue
        unique = len(by_surname[c.surname]) == 1
        if (unique and rng.random() < 0.6) or (not unique and rng.random() < 0.05):
            f = rng.choice(PREFIX_FORMS + SUFFIX_FORMS)
            # A writer does not call two people of one book by the same form of address.
            if all((c.surname + f, b) not in taken for b in c.books):
                c.forms = [f]
                taken.update((c.surname + f, b) for b in c.books)
    # The same nickname for different people in different books: two address-only customers.
    for _ in range(max(1, n // 200)):
        s = rng.choice(["王", "李", "刘", "陈", "张"])
        free = [b for b in books if (s + "老", b) not in taken]
        if len(free) < 2:
            continue
        for b in rng.sample(free, 2):
            taken.add((s + "老", b))
            c = Customer("T%05d" % len(customers))
            c.kind, c.surname, c.forms, c.books = "address", s, ["老"], [b]
            c.weight, c.goods = 3.0, rng.sample(GOODS, 4)
            customers.append(c)
    return customers


def slip(name, table, rng):
    positions = [i for i, ch in enumerate(name) if ch in table]
    if not positions:
        return None
    i = rng.choice(positions)
    return name[:i] + rng.choice(table[name[i]]) + name[i + 1:]


def spelling(c, rng, in_sheet):
    """(name as written, phone written separately) for one record of customer c."""
    if c.kind == "company":
        place, brand, industry, org = c.company
        r = rng.random()
        if not place:  # a shop named after its owner
            return brand + industry + org, ""
        if r < 0.5:
            return place + brand + industry + org, ""
        if r < 0.9:
            return brand + industry, ""
        return brand + industry + "店", ""
    if c.kind == "nickname":
        return c.nickname, ""
    if c.kind == "address":
        f = c.forms[0]
        return (f + c.surname if f in PREFIX_FORMS else c.surname + f), ""
    name = c.name
    phone = ""
    if c.phone and (c.always_phone or rng.random() < 0.15):
        phone = c.phone
    r = rng.random()
    if c.always_phone:
        return (name, phone) if phone else (name, c.phone)
    if r < 0.05:
        t = "".join(TRADITIONAL.get(ch, ch) for ch in name)
        if t != name:
            return t, phone
    elif r < 0.08:
        s = slip(name, HOMOPHONES, rng)
        if s:
            return s, phone
    elif r < 0.09:
        s = slip(name, VARIANTS, rng)
        if s:
            return s, phone
    elif r < 0.10:
        s = slip(name, LOOKALIKES, rng)
        if s:
            return s, phone
    elif r < 0.18 and c.forms:
        f = c.forms[0]
        return (f + c.surname if f in PREFIX_FORMS else c.surname + f), phone
    elif r < 0.20 and len(c.given) >= 1:
        return c.surname + "师傅（" + name + "）", phone
    elif r < 0.22 and c.trade and not c.phone:
        return c.trade + c.surname, phone
    elif r < 0.24 and in_sheet:
        return " ".join(name), phone
    return name, phone


def amount_text(rng):
    v = rng.choice([rng.randint(2, 99) * 10, rng.randint(1, 60) * 50, rng.randint(20, 3000)])
    return v, rng.choice(["%d元" % v, "%d" % v, "%d元" % v])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("customers", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--records-per-customer", type=float, default=8.0)
    a = ap.parse_args()
    if a.customers < 10:
        sys.exit("need at least 10 customers")
    rng = random.Random(a.seed)
    n_txt = 3 + a.customers // 150
    more = ["%s门店%d.txt" % (p, y) for y in (2023, 2024) for p in ["衡南", "耒阳", "祁东", "西渡", "松柏", "洪市", "车江"]]
    more += ["账本%03d.txt" % i for i in range(1, n_txt)]
    txt_books = ["2023账本.txt", "2024账本.txt", "常宁门店2024.txt"] + more[: max(0, n_txt - 3)]
    sheet = "客户欠款明细.csv"
    books = txt_books + [sheet]
    customers = build_customers(a.customers, rng, books)

    total_weight = sum(c.weight for c in customers)
    target = int(a.customers * a.records_per_customer)
    records = {b: [] for b in books}  # book -> [(date, customer, kind, amount, text, name, phone, goods, paid)]
    for c in customers:
        k = max(1, int(round(target * c.weight / total_weight)))
        for _ in range(k):
            b = rng.choice(c.books)
            year = 2023 if "2023" in b else 2024
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            name, phone = spelling(c, rng, b == sheet)
            g, unit = rng.choice(c.goods)
            qty = rng.randint(1, 30)
            v, vt = amount_text(rng)
            kind = "payment" if rng.random() < 0.18 else "debt"
            paid = rng.randint(1, max(1, v // 100)) * 50 if kind == "debt" and rng.random() < 0.05 and v >= 200 else 0
            records[b].append(((year, month, day), c, kind, v, vt, name, phone, "%s%d%s" % (g, qty, unit), paid))

    out_books = os.path.join(a.out, "books")
    os.makedirs(out_books, exist_ok=True)
    truth = []
    mentions = []
    for b in txt_books:
        lines = []
        rows = sorted(records[b], key=lambda r: (r[0], r[1].id, r[5], r[3]))
        current = None
        for (y, m, d), c, kind, v, vt, name, phone, goods, paid in rows:
            if (y, m) != current:
                current = (y, m)
                lines.append("=== %d年%d月 ===" % (y, m))
            date = "%d.%d.%d" % (y, m, d)
            who = name + (" " + phone if phone else "")
            if kind == "payment":
                text = "%s %s 还 %d" % (date, who, v)
            else:
                text = "%s %s %s %s" % (date, who, goods, vt)
                if paid:
                    text += " 已还%d" % paid
            lines.append(text)
            src = "%s:%d" % (b, len(lines))
            truth.append((src, 0, c.id))
            mentions.append((src, 0, name, phone, goods if kind == "debt" else "", c.id))
            if paid:
                truth.append((src, 1, c.id))
                mentions.append((src, 1, name, phone, "", c.id))
        with open(os.path.join(out_books, b), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["李记五金 客户欠款明细"])
    w.writerow(["日期", "客户名称", "摘要", "金额", "已收", "电话"])
    line = 2
    for (y, m, d), c, kind, v, vt, name, phone, goods, paid in sorted(records[sheet], key=lambda r: (r[0], r[1].id, r[5], r[3])):
        date = "%d/%d/%d" % (y, m, d)
        if kind == "payment":
            w.writerow([date, name, "还款", "", "%d.00" % v, phone])
        else:
            w.writerow([date, name, goods, "%d.00" % v, "%d.00" % paid if paid else "", phone])
        line += 1
        src = "%s:%d" % (sheet, line)
        truth.append((src, 0, c.id))
        mentions.append((src, 0, name, phone, goods if kind == "debt" else "", c.id))
        if paid:
            truth.append((src, 1, c.id))
            mentions.append((src, 1, name, phone, "", c.id))
    with open(os.path.join(out_books, sheet), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    with open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "part", "true_customer"])
        w.writerows(truth)
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "part", "name", "phone", "goods", "true_customer"])
        w.writerows(mentions)
    print("%d customers, %d records in %d books → %s" % (len(customers), len(truth), len(books), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
