#!/usr/bin/env python3
"""Writes a labelled set for customer resolution and reconcile: a 五金 shop's books with the truth.

    scripts/gen_labelled.py N_CUSTOMERS OUT_DIR [--seed 7] [--records-per-customer 8] [--no-events]

OUT_DIR/books/      the inputs: IOU lists (*.txt, UTF-8) and a spreadsheet export
                    (客户欠款明细.csv, UTF-8 with BOM, CRLF), as a shop in 常宁/衡阳 keeps them;
                    with events (the default) also 2024账本-重抄.txt (a second typing of the first
                    months of 2024账本.txt) and 欠条.txt (formal IOUs signed for large debts).
OUT_DIR/truth.csv   one row per debt or payment record:
                    source,part,true_customer,true_event,kind,amount_fen,conflict,plant
                    source is FILE:LINE relative to books/ (the scorers match it against the
                    PATH:LINE of entries.csv whatever folder prefix the run used); part is 0, or 1
                    for the payment of a line that also holds a debt (`已还50`, 已收). The first
                    three columns are all scripts/score_customers.py reads. true_event: the real
                    debt or payment; records sharing it are one event written several times.
                    kind: debt|payment. amount_fen: the amount as written (the 大写 where a line
                    has both). conflict: yes when the records of that event do not all show the
                    same figure, or one record's 大写 and 小写 disagree: they must be held as one
                    conflict; of an event written n times without a conflict, n-1 are duplicates
                    (a copy-gap record is a question instead).
                    plant: what the generator did to this record (empty for an ordinary one):
                    copy, copy-undated, copy-gap (4-6 days apart: the same event, but to be asked
                    about, not counted as a duplicate), copy-transcript, copy-formal,
                    conflict-swap, conflict-zero, conflict-digit, conflict-figures (大写 ≠ 小写),
                    figures-agree, trap-twin (a second purchase: same day, amount and book).
OUT_DIR/truth-balances.csv  true_customer,balance_fen,touched_by_conflict,touched_by_question:
                    every customer's balance as of 2024-12-31 (no record is dated later)
                    counting each event once and leaving out the events in conflict;
                    touched_by_question: the customer has a copy-gap pair, which reconcile must
                    ask about (a duplicate review item), so its ledger balance counts both until
                    a person answers.
OUT_DIR/mentions.csv  source,part,name,phone,goods,true_customer: what the readers should hand
                    to the resolver (for testing the resolver alone).

Run `qingzhang reconcile OUT_DIR/books --out RUN --as-of 2024-12-31`, then
`scripts/score_customers.py RUN/entries.csv OUT_DIR/truth.csv` and
`scripts/score_reconcile.py RUN OUT_DIR`.

The same seed and arguments always give the same files. With `--no-events` the books are those
of the customers-only set as first written (byte-identical); the events draw from a random
stream of their own, so they add records without changing the others.

Variants (with rough rates): the name as written (most), Traditional script, a homophone slip
(章建国), a variant character (张建囯), the phone after the name, a form of address (老张, 张老板,
张师傅; mostly for customers whose surname no other named customer has, as writers do), a
bracketed real name (陈师傅（陈立新）), a trade prefix (水电张), a look-alike slip (季建国), spaces
(in the spreadsheet). Traps: brothers (张建国/张建军), namesakes told apart by phone, a person and
their shop (王五/王五金店), the same nickname for different people in different books, two
genuine homophone customers.

Events, for people and companies only (a nickname or a bare form of address names someone in
one book only; a copy in a book the customer is not otherwise in never uses one): about 12 % of
the records are also written in another book (an IOU-list line also typed into the spreadsheet,
or a sheet row also in 2024账本.txt): mostly on the same day, some 1-3 days apart, some undated
in the sheet, a few 4-6 days apart (a question, not a duplicate). 3 % are written elsewhere with
another figure (digits swapped 350/530, a zero dropped or added 1200/120, 0-2 days apart). 1 % of
the list lines write 大写 with a disagreeing 小写, `叁佰伍拾元整（¥530）` (2 % agree). 12 % of
people's unpaid debts of 1000 yuan or more also have a formal IOU (10 % of those with 大写 ≠
小写). 90 % of 2024账本.txt's January-April lines are typed again in 2024账本-重抄.txt (3 % with a
figure misread). 1.5 % of debts have a twin: a second purchase by the same customer of the same
amount on the same day in the same book, not a duplicate.
"""

import argparse
import csv
import datetime
import io
import os
import random
import sys

from bench_data import capital

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


class Row:
    """One record as a book writes it, with the truth behind it."""

    __slots__ = ("date", "c", "kind", "v", "vt", "name", "phone", "goods", "paid", "event", "paid_event",
                 "plant", "dated", "fen", "conflict", "eligible")

    def __init__(self, date, c, kind, v, vt, name, phone, goods, paid):
        self.date, self.c, self.kind, self.v, self.vt = date, c, kind, v, vt
        self.name, self.phone, self.goods, self.paid = name, phone, goods, paid
        self.event = self.paid_event = ""
        self.plant = ""
        self.dated = True        # False: the date cell is left empty (sheet)
        self.fen = v * 100       # the amount as written (the 大写 where there are both)
        self.conflict = False
        self.eligible = True     # may be copied (not a twin, not 大写/小写)

    def sort_key(self):
        return (self.date, self.c.id, self.name, self.v)


SHEET = "客户欠款明细.csv"
TRANSCRIPT = "2024账本-重抄.txt"
TRANSCRIBED = "2024账本.txt"
FORMAL = "欠条.txt"
CUT_OFF = datetime.date(2024, 12, 31)


def bare_form(c, name):
    """Whether `name` names c only by a form of address or a trade prefix (which writers use
    only in the books where nobody else could be meant)."""
    forms = {(f + c.surname if f in PREFIX_FORMS else c.surname + f) for f in c.forms}
    return name in forms or (bool(c.trade) and name == c.trade + c.surname)


def spelling_elsewhere(c, rng, in_sheet):
    """A spelling of c for a book c is not otherwise written in: no bare form of address."""
    for _ in range(20):
        name, phone = spelling(c, rng, in_sheet)
        if not bare_form(c, name):
            return name, phone
    return c.name, c.phone if c.always_phone else ""


def other_figure(v, rng, allow_digit=False):
    """A miswritten figure of v yuan: (kind, value) with two neighbouring digits swapped, a zero
    dropped or added, or (allow_digit) one digit changed; None when v allows none of them."""
    s = str(v)
    options = []
    swaps = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == "0")]
    if swaps:
        options.append("swap")
    zeros = [i for i in range(1, len(s)) if s[i] == "0"]
    if zeros:
        options.append("drop")
    if v < 100000:
        options.append("add")
    if allow_digit:
        options.append("digit")
    if not options:
        return None
    what = rng.choice(options)
    if what == "swap":
        i = rng.choice(swaps)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return "conflict-swap", int(t)
    if what == "drop":
        i = rng.choice(zeros)
        return "conflict-zero", int(s[:i] + s[i + 1:])
    if what == "add":
        i = rng.randint(1, len(s))
        return "conflict-zero", int(s[:i] + "0" + s[i:])
    i = rng.randrange(len(s))
    digits = [d for d in "0123456789" if d != s[i] and not (i == 0 and d == "0")]
    return "conflict-digit", int(s[:i] + rng.choice(digits) + s[i + 1:])


def shifted(date, days):
    d = datetime.date(*date) + datetime.timedelta(days=days)
    if d > CUT_OFF:
        d = datetime.date(*date) - datetime.timedelta(days=days)
    return (d.year, d.month, d.day)


def copy_date(date, rng, undated_ok):
    """(date, plant) of another writing of an event dated `date`."""
    r = rng.random()
    if r < 0.62:
        return date, "copy"
    if r < 0.90:
        return shifted(date, rng.choice([-3, -2, -1, 1, 2, 3])), "copy"
    if r < 0.97 and undated_ok:
        return date, "copy-undated"
    if r < 0.97:
        return date, "copy"
    return shifted(date, rng.choice([-6, -5, -4, 4, 5, 6])), "copy-gap"


def add_events(records, rng):
    """Plants duplicates, conflicts, 大写/小写 lines, formal IOUs, a transcription and twins.
    records: book -> [Row] (modified); returns the extra books (name -> rows or IOU blocks)."""
    named = ("person", "company")
    base = [(b, r) for b in records for r in records[b]]  # generation order
    formal = []   # (Row, lines) — one formal IOU
    for b, r in base:
        if r.c.kind not in named:
            continue
        in_sheet = b == SHEET
        x = rng.random()
        if x < 0.015 and r.kind == "debt" and not r.paid:
            # A second purchase of the same amount on the same day in the same book.
            name, phone = spelling(r.c, rng, in_sheet)
            g, unit = rng.choice(r.c.goods)
            goods = r.goods if rng.random() < 0.5 else "%s%d%s" % (g, rng.randint(1, 30), unit)
            twin = Row(r.date, r.c, "debt", r.v, r.vt, name, phone, goods, 0)
            twin.plant, twin.eligible = "trap-twin", False
            r.eligible = False
            records[b].append(twin)
        elif x < 0.135 or (x < 0.165 and not r.paid):
            conflict = x >= 0.135
            target = TRANSCRIBED if in_sheet else SHEET
            if conflict:
                alt = other_figure(r.v, rng)
                if alt is None:
                    continue
                plant, v = alt
                date = shifted(r.date, rng.choice([-2, -1, 1, 2])) if rng.random() < 0.4 else r.date
            else:
                v = r.v
                date, plant = copy_date(r.date, rng, target == SHEET)
            if target in r.c.books:
                name, phone = spelling(r.c, rng, target == SHEET)
            else:
                name, phone = spelling_elsewhere(r.c, rng, target == SHEET)
            vt = "%d元" % v if rng.random() < 0.7 else "%d" % v
            copy = Row(date, r.c, r.kind, v, vt, name, phone, r.goods, r.paid)
            copy.plant, copy.eligible = plant, False
            copy.dated = plant != "copy-undated"
            copy.event = r  # resolved to ids below
            if conflict:
                copy.conflict = r.conflict = True
            records[target].append(copy)
        elif x < 0.195 and not in_sheet and r.kind == "debt" and not r.paid:
            agree = x < 0.185
            alt = None if agree else other_figure(r.v, rng)
            if not agree and alt is None:
                continue
            words, figure = r.v, r.v
            if alt:
                if rng.random() < 0.5:
                    figure = alt[1]
                else:
                    words = alt[1]
            paren = rng.choice(["（¥%d）", "（¥%d.00）", "(¥%d)"]) % figure
            r.vt = capital(words) + paren
            r.fen = words * 100
            r.plant = "figures-agree" if agree else "conflict-figures"
            r.conflict = not agree
            r.eligible = False
    # Formal IOUs for large debts of people, signed on the day.
    for b, r in base:
        if (b == SHEET or r.c.kind != "person" or r.kind != "debt" or r.paid or r.v < 1000
                or not r.eligible or rng.random() >= 0.12):
            continue
        words, figure, plant = r.v, r.v, "copy-formal"
        if rng.random() < 0.1:
            alt = other_figure(r.v, rng)
            if alt:
                plant = "conflict-figures"
                if rng.random() < 0.5:
                    figure = alt[1]
                else:
                    words = alt[1]
        y, m, d = r.date
        g = r.goods.rstrip("0123456789" + "".join(u for _, u in GOODS))
        due = rng.choice(["", "年前还清。", "定于%d年%d月%d日前还清。" % shifted(r.date, rng.choice([30, 60, 90]))])
        lines = ["欠条", "今欠到李记五金%s款人民币%s（¥%d.00），%s" % (g, capital(words), figure, due or "特立此据。")]
        phone = r.c.phone if r.c.always_phone or (r.c.phone and rng.random() < 0.5) else ""
        lines.append("欠款人：%s" % r.c.name)
        if phone:
            lines.append("联系电话：%s" % phone)
        lines.append("%d年%d月%d日" % (y, m, d))
        f = Row(r.date, r.c, "debt", r.v, "", r.c.name, phone, g + "款", 0)
        f.fen = words * 100
        f.plant, f.eligible, f.event = plant, False, r
        if words != figure:
            f.conflict = r.conflict = True
        formal.append((f, lines))
    # A second typing of the first months of 2024账本.txt.
    transcript = []
    for r in records.get(TRANSCRIBED, []):
        if (r.c.kind not in named or not r.eligible or r.plant or r.date[1] > 4
                or rng.random() >= 0.9):
            continue
        v, plant = r.v, "copy-transcript"
        if not r.paid and rng.random() < 0.03:
            alt = other_figure(r.v, rng, allow_digit=True)
            if alt:
                plant, v = alt
        name, phone = r.name, r.phone
        if rng.random() < 0.15:
            name, phone = spelling_elsewhere(r.c, rng, False)
        t = Row(r.date, r.c, r.kind, v, "%d元" % v if rng.random() < 0.6 else "%d" % v, name, phone, r.goods, r.paid)
        t.plant, t.eligible, t.event = plant, False, r
        if v != r.v:
            t.conflict = r.conflict = True
        transcript.append(t)
    return formal, transcript


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("customers", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--records-per-customer", type=float, default=8.0)
    ap.add_argument("--no-events", dest="events", action="store_false",
                    help="only the customers set: no duplicates, conflicts, formal IOUs, transcription or twins")
    a = ap.parse_args()
    if a.customers < 10:
        sys.exit("need at least 10 customers")
    rng = random.Random(a.seed)
    n_txt = 3 + a.customers // 150
    more = ["%s门店%d.txt" % (p, y) for y in (2023, 2024) for p in ["衡南", "耒阳", "祁东", "西渡", "松柏", "洪市", "车江"]]
    more += ["账本%03d.txt" % i for i in range(1, n_txt)]
    txt_books = ["2023账本.txt", "2024账本.txt", "常宁门店2024.txt"] + more[: max(0, n_txt - 3)]
    sheet = SHEET
    books = txt_books + [sheet]
    customers = build_customers(a.customers, rng, books)

    total_weight = sum(c.weight for c in customers)
    target = int(a.customers * a.records_per_customer)
    records = {b: [] for b in books}  # book -> [Row]
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
            records[b].append(Row((year, month, day), c, kind, v, vt, name, phone, "%s%d%s" % (g, qty, unit), paid))

    # Every record written so far is an event of its own.
    serial = 0
    for b in books:
        for r in records[b]:
            serial += 1
            r.event = "E%06d" % serial
            if r.paid:
                r.paid_event = "E%06d.paid" % serial
    formal, transcript = [], []
    if a.events:
        formal, transcript = add_events(records, random.Random(a.seed * 7919 + 104729))
    rows_of_events = [r for b in books for r in records[b]] + [f for f, _ in formal] + transcript
    for r in rows_of_events:
        if isinstance(r.event, Row):  # a copy: the event of what it copies
            r.paid_event = r.event.paid_event if r.paid else ""
            r.event = r.event.event
    for r in rows_of_events:  # a copy planted as a conflict marks its original too
        if not r.event:
            serial += 1
            r.event = "E%06d" % serial

    out_books = os.path.join(a.out, "books")
    os.makedirs(out_books, exist_ok=True)
    truth = []
    mentions = []

    def account(src, r):
        truth.append((src, 0, r.c.id, r.event, r.kind, r.fen, r.plant))
        mentions.append((src, 0, r.name, r.phone, r.goods if r.kind == "debt" else "", r.c.id))
        if r.paid:
            truth.append((src, 1, r.c.id, r.paid_event, "payment", r.paid * 100, r.plant))
            mentions.append((src, 1, r.name, r.phone, "", r.c.id))

    def iou_line(date, r):
        who = r.name + (" " + r.phone if r.phone else "")
        if r.kind == "payment":
            return "%s %s 还 %d" % (date, who, r.v)
        text = "%s %s %s %s" % (date, who, r.goods, r.vt)
        if r.paid:
            text += " 已还%d" % r.paid
        return text

    for b in txt_books:
        lines = []
        rows = sorted(records[b], key=Row.sort_key)
        current = None
        for r in rows:
            (y, m, d) = r.date
            if (y, m) != current:
                current = (y, m)
                lines.append("=== %d年%d月 ===" % (y, m))
            lines.append(iou_line("%d.%d.%d" % (y, m, d), r))
            account("%s:%d" % (b, len(lines)), r)
        with open(os.path.join(out_books, b), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    if a.events:
        # The second typing: its own headings and date styles.
        lines = ["# 2024账本 1-4月 重新打字"]
        current = None
        style = random.Random(a.seed + 31)
        for r in sorted(transcript, key=Row.sort_key):
            (y, m, d) = r.date
            if (y, m) != current:
                current = (y, m)
                lines.append("%d年%d月" % (y, m))
            date = "%d月%d日" % (m, d) if style.random() < 0.7 else "%d-%02d-%02d" % (y, m, d)
            lines.append(iou_line(date, r))
            account("%s:%d" % (TRANSCRIPT, len(lines)), r)
        with open(os.path.join(out_books, TRANSCRIPT), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        lines = []
        for r, block in sorted(formal, key=lambda x: x[0].sort_key()):
            if lines:
                lines.append("")
            account("%s:%d" % (FORMAL, len(lines) + 1), r)
            lines += block
        with open(os.path.join(out_books, FORMAL), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["李记五金 客户欠款明细"])
    w.writerow(["日期", "客户名称", "摘要", "金额", "已收", "电话"])
    line = 2
    for r in sorted(records[sheet], key=Row.sort_key):
        (y, m, d) = r.date
        date = "%d/%d/%d" % (y, m, d) if r.dated else ""
        if r.kind == "payment":
            w.writerow([date, r.name, "还款", "", "%d.00" % r.v, r.phone])
        else:
            w.writerow([date, r.name, r.goods, "%d.00" % r.v, "%d.00" % r.paid if r.paid else "", r.phone])
        line += 1
        account("%s:%d" % (sheet, line), r)
    with open(os.path.join(out_books, sheet), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    # Which events are conflicts, and each customer's true balance.
    conflict_events = {r.event for r in rows_of_events if r.conflict}
    balance = {c.id: 0 for c in customers}
    touched = set()
    asked = set()
    seen = set()
    for r in rows_of_events:
        if r.plant == "copy-gap":
            asked.add(r.c.id)
        if r.event in conflict_events:
            touched.add(r.c.id)
        elif r.event not in seen:
            balance[r.c.id] += (r.v if r.kind == "debt" else -r.v) * 100
        seen.add(r.event)
        if r.paid and r.paid_event not in seen:
            seen.add(r.paid_event)
            balance[r.c.id] -= r.paid * 100
    with open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "part", "true_customer", "true_event", "kind", "amount_fen", "conflict", "plant"])
        for src, part, cid, event, kind, fen, plant in truth:
            w.writerow([src, part, cid, event, kind, fen, "yes" if event in conflict_events else "no", plant])
    with open(os.path.join(a.out, "truth-balances.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["true_customer", "balance_fen", "touched_by_conflict", "touched_by_question"])
        for c in customers:
            w.writerow([c.id, balance[c.id], "yes" if c.id in touched else "no", "yes" if c.id in asked else "no"])
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "part", "name", "phone", "goods", "true_customer"])
        w.writerows(mentions)
    n_books = len(books) + (2 if a.events else 0)
    print("%d customers, %d records (%d events, %d in conflict) in %d books → %s" % (
        len(customers), len(truth), len({t[3] for t in truth}), len(conflict_events), n_books, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
