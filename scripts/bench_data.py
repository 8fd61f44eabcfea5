#!/usr/bin/env python3
"""Generates the benchmark inputs of scripts/bench, deterministically (fixed seed).

    python3 scripts/bench_data.py OUT_DIR [--sheet-rows N] [--iou-lines N] [--seed S]

Writes into OUT_DIR:
  bench-sheet.csv   a GBK spreadsheet export: a title row, the header
                    日期,客户名称,摘要,数量,单价,金额,已收,余额,备注 and N data rows (default
                    1,000,000), dates in order, 金额 = 数量 × 单价 to the fen, 余额 the customer's
                    running balance (left empty on some rows) so that no conflict is flagged.
  bench-iou.txt     a UTF-8 IOU list of N lines (default 200,000) in mixed styles:
                    `2024.3.5 张建国 水管接头20个 350元 月底还`, `3月8日 老王 电工胶布 叁佰元整`,
                    `张建国 还 200 2024-04-01`, with month headings and a few blank lines.
  bench-truth.csv   for later scoring (customer resolution): `source,customer` for every IOU
                    line that names a customer, `source` as `bench-iou.txt:LINE`, `customer`
                    the id of the real person behind the spelling used.

The same arguments always give byte-identical files.
"""

import argparse
import os
import random
import sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁彭谭唐曾邓廖贺肖欧阳"
GIVEN = "建国立新志强秀英桂兰德明春生海军红梅丽华永福金宝玉珍伟平小军文斌爱民光辉家兴国庆"
TRADES = ["水电", "油漆", "木工", "装修", "瓦工"]
PLACES = ["珠晖", "雁峰", "石鼓", "蒸湘", "衡南", "西渡", "耒阳", "常宁"]
SHOP_WORDS = ["五金", "建材", "水电", "装饰", "门窗"]
FIRM_WORDS = ["鑫源", "恒达", "宏发", "永利", "金盛", "华兴", "顺达", "兴旺"]

# Goods: (name, unit, price range in fen).
GOODS = [
    ("水管接头", "个", 150, 1200),
    ("PPR管", "根", 1800, 4500),
    ("电工胶布", "卷", 300, 800),
    ("电线2.5平方", "卷", 18000, 26000),
    ("开关插座", "个", 800, 3500),
    ("水泥", "包", 2500, 3200),
    ("螺丝", "盒", 500, 2000),
    ("角阀", "个", 1200, 3800),
    ("水龙头", "个", 2500, 12000),
    ("膨胀螺栓", "包", 600, 1500),
    ("防水涂料", "桶", 9000, 26000),
    ("石膏板", "张", 2200, 3600),
    ("乳胶漆", "桶", 18000, 45000),
    ("LED灯管", "根", 900, 2800),
]

NOTES = ["", "", "", "", "", "", "", "月底结", "现金", "微信", "赊账", "送货上门"]
PAY_WORDS = ["收款", "还款", "收到货款", "微信收款"]

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]


def capital(yuan):
    """Whole yuan in 中文大写, `叁佰元整`, `壹万零伍佰元整` (below 1 亿)."""
    if yuan == 0:
        return "零元整"

    def four(n):
        out, zero = "", False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS[d] + UNITS[i]
        return out

    high, low = divmod(yuan, 10000)
    text = ""
    if high:
        text = four(high) + "万"
        if low and low < 1000:
            text += "零"
    if low:
        text += four(low)
    return text + "元整"


def yuan_text(fen, thousands=False):
    whole, cents = divmod(fen, 100)
    w = f"{whole:,}" if thousands else str(whole)
    return f"{w}.{cents:02d}"


def days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def date_sequence(start_year, years, count, rng):
    """`count` dates in order, spread evenly over `years` years."""
    all_days = []
    for y in range(start_year, start_year + years):
        for m in range(1, 13):
            for d in range(1, days_in_month(y, m) + 1):
                all_days.append((y, m, d))
    per_day = count / len(all_days)
    out = []
    carry = 0.0
    for day in all_days:
        carry += per_day
        while carry >= 1 and len(out) < count:
            out.append(day)
            carry -= 1
    while len(out) < count:
        out.append(all_days[-1])
    return out


def make_people(rng, n):
    """Customers: (id, sheet spelling, IOU spellings). A person has a full name and the
    informal forms people write; a firm or a shop has its name and a short form."""
    people = []
    used = set()
    while len(people) < n:
        kind = rng.random()
        sur = rng.choice(["欧阳"] if rng.random() < 0.02 else list(SURNAMES.replace("欧阳", "")))
        given = "".join(rng.sample(GIVEN, rng.choice([1, 2])))
        if kind < 0.75:
            full = sur + given
            if full in used:
                continue
            forms = [full, full, full, "老" + sur, sur + "师傅", sur + "老板", rng.choice(PLACES) + sur]
            if rng.random() < 0.3:
                forms.append(rng.choice(TRADES) + sur)
        elif kind < 0.9:
            full = sur + "记" + rng.choice(SHOP_WORDS)
            if full in used:
                continue
            forms = [full, full, sur + "记"]
        else:
            word = rng.choice(FIRM_WORDS)
            trade = rng.choice(["建材", "装饰", "建筑"])
            full = f"衡阳市{word}{trade}有限公司"
            if full in used:
                continue
            forms = [full, word + trade, word + "公司"]
        used.add(full)
        people.append((f"P{len(people) + 1:05d}", full, forms))
    return people


def write_sheet(path, rows, rng):
    people = make_people(rng, 3000)
    # A few customers buy most: weight by a rough power law.
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(people))]
    balance = {}
    dates = date_sequence(2022, 3, rows, rng)
    with open(path, "wb") as f:
        f.write("衡阳市珠晖区张记五金经营部客户往来明细账（2022-2024）,,,,,,,,\r\n".encode("gbk"))
        f.write("日期,客户名称,摘要,数量,单价,金额,已收,余额,备注\r\n".encode("gbk"))
        chunk = []
        picks = rng.choices(range(len(people)), weights=weights, k=rows)
        for i in range(rows):
            y, m, d = dates[i]
            pid, name, _ = people[picks[i]]
            bal = balance.get(pid, 0)
            note = rng.choice(NOTES)
            if bal > 0 and rng.random() < 0.22:
                # A payment row: part or all of what is owed.
                paid = bal if bal < 1000 or rng.random() < 0.3 else max(100, bal * rng.randint(1, 9) // 10 // 100 * 100)
                bal -= paid
                fields = [f"{y}/{m}/{d}", name, rng.choice(PAY_WORDS), "", "", "", yuan_text(paid), None, note]
            else:
                goods, unit, lo, hi = rng.choice(GOODS)
                qty = rng.randint(1, 200) if hi < 3000 else rng.randint(1, 20)
                price = rng.randint(lo, hi) // 10 * 10
                amount = qty * price
                paid = 0
                if rng.random() < 0.08:
                    paid = amount // 2 // 100 * 100
                bal += amount - paid
                big = amount >= 100000 and rng.random() < 0.5
                fields = [
                    f"{y}/{m}/{d}", name, goods, str(qty), yuan_text(price),
                    yuan_text(amount, thousands=big), yuan_text(paid) if paid else "", None, note,
                ]
            balance[pid] = bal
            # 余额: the running balance of this customer, or empty (as some shops leave it).
            fields[7] = "" if rng.random() < 0.1 else yuan_text(bal)
            line = ",".join(f'"{v}"' if "," in v else v for v in fields)
            chunk.append(line)
            if len(chunk) == 20000:
                f.write(("\r\n".join(chunk) + "\r\n").encode("gbk"))
                chunk = []
        if chunk:
            f.write(("\r\n".join(chunk) + "\r\n").encode("gbk"))


def write_iou(path, truth_path, lines, rng):
    people = make_people(rng, 800)
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(people))]
    dates = date_sequence(2023, 2, lines, rng)
    owed = {}
    out = []
    truth = []
    month = None
    line_no = 0
    i = 0
    while line_no < lines:
        y, m, d = dates[min(i, len(dates) - 1)]
        i += 1
        if (y, m) != month:
            month = (y, m)
            line_no += 1
            out.append(f"—— {y}年{m}月 ——")
            continue
        if rng.random() < 0.01 and line_no + 1 < lines:
            line_no += 1
            out.append("")
            continue
        pid, _, forms = people[rng.choices(range(len(people)), weights=weights)[0]]
        name = rng.choice(forms)
        bal = owed.get(pid, 0)
        style = rng.random()
        if bal >= 10000 and style < 0.2:
            paid = bal if rng.random() < 0.4 else max(100, bal // 2 // 100 * 100)
            owed[pid] = bal - paid
            line = f"{name} 还 {paid // 100} {y}-{m:02d}-{d:02d}"
        elif style < 0.6:
            goods, unit, lo, hi = rng.choice(GOODS)
            qty = rng.randint(1, 50)
            amount = qty * (rng.randint(lo, hi) // 100 * 100)
            owed[pid] = bal + amount
            due_day = min(d + 10, days_in_month(y, m))
            due = rng.choice(["", "", " 月底还", " 年前还", f" {m}月{due_day}日前还"])
            line = f"{y}.{m}.{d} {name} {goods}{qty}{unit} {amount // 100}元{due}"
        else:
            goods = rng.choice(GOODS)[0]
            amount = rng.randint(1, 300) * 1000
            owed[pid] = bal + amount
            line = f"{m}月{d}日 {name} {goods} {capital(amount // 100)}"
        line_no += 1
        out.append(line)
        truth.append(f"bench-iou.txt:{line_no},{pid}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    with open(truth_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("source,customer\n" + "\n".join(truth) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out")
    p.add_argument("--sheet-rows", type=int, default=1_000_000)
    p.add_argument("--iou-lines", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=20240305)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    write_sheet(os.path.join(a.out, "bench-sheet.csv"), a.sheet_rows, random.Random(a.seed))
    write_iou(
        os.path.join(a.out, "bench-iou.txt"), os.path.join(a.out, "bench-truth.csv"), a.iou_lines,
        random.Random(a.seed + 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
