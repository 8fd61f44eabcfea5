#!/usr/bin/env python3
"""Plays the person who answers review.csv, from a labelled set's truth.

    scripts/answer_reviews.py RUN LABELLED DECISIONS
    scripts/answer_reviews.py --self-test

RUN is the --out folder of a `qingzhang reconcile` of LABELLED/books (review.csv, entries.csv);
LABELLED is what scripts/gen_labelled.py wrote (truth.csv). The answers are appended to the
decisions file DECISIONS (created when missing; ids already answered there are left alone), in
the format of the README, so the next run can read them with `--decisions DECISIONS`. Prints how
many questions of each type were answered, and how.

What the person knows is what the truth says of the records a question names:
  customer-merge  all its records belong to one true customer → merge (an automatic merge is
                  confirmed the same way); a choice between candidates (`候选：NAME（SOURCE）`)
                  → keep a record of the questioned records' true customer (any record of a
                  candidate will do, listed or not: the list shows ten); a name that may be
                  a slip for another customer's in one book (`…的笔误：`) → keep the listed
                  record when it is the same true customer, else apart; otherwise apart.
                  A question answered earlier and still open (the run warned that the answer
                  did not fit, e.g. a keep naming a customer that is no candidate) is answered
                  apart instead, once, its old line replaced.
  duplicate       its records are one true event → same; otherwise apart.
Conflict and rejected-record questions are left open: their customers are scored apart by
scripts/score_reconcile.py (a conflict's money is held out until a person checks the papers).

scripts/bench (reconcile part) answers, runs again with the decisions, and answers what the new
run asks, up to three rounds, then scores the balances again: the ledger once the questions the
tool asked are answered.
"""

import csv
import os
import re
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_reconcile import strip_prefix  # noqa: E402

# `候选：NAME（SOURCE）` or `候选：NAME（电话 PHONE，SOURCE）`: the source is the last part.
CANDIDATE = re.compile(r"候选：[^（；]*（(?:[^）]*，)?([^），]+)）")


def read_truth(folder):
    """source (FILE:LINE as in truth.csv) -> list of (true_customer, true_event)."""
    out = {}
    with open(os.path.join(folder, "truth.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["source"], []).append((row["true_customer"], row["true_event"]))
    return out


def answered_ids(path):
    """id -> the action answered (merge, keep, apart…)."""
    ids = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if words:
                    ids[words[0]] = words[1] if len(words) > 1 else ""
    return ids


def answer(row, truth, truth_sources, records_of, cid_of):
    """(action, argument) for one review.csv row, or None to leave it open. records_of: true
    customer -> the run's sources of their records, most usual customer_id first; cid_of: the
    run's source -> customer_id."""
    kind = row["type"]
    sources = [s for s in row["sources"].split("|") if s]
    known = {}
    for s in sources:
        t = strip_prefix(s, truth_sources)
        if t is not None:
            known[s] = truth[t]
    if kind == "duplicate":
        if len(known) < 2 or len(known) != len(sources):
            return None
        events = [{e for _, e in v} for v in known.values()]
        common = set.intersection(*events)
        return ("same", "") if common else ("apart", "")
    if kind != "customer-merge" or not known:
        return None
    candidates = [s for s in CANDIDATE.findall(row["detail"]) if s in sources]
    if candidates and "的笔误：" in row["detail"]:
        # A name that may be a slip for another customer's in one book: the answer names that
        # customer's record in the same book (the one listed), or says apart.
        theirs = {cid_of.get(s) for s in candidates}
        asked = [s for s in sources if s in known and cid_of.get(s) not in theirs]
        people = {c for s in asked for c, _ in known[s]}
        for s in candidates:
            if s in known and len(people) == 1 and {c for c, _ in known[s]} == people:
                return ("keep", s)
        return ("apart", "") if people else None
    if candidates:
        # The question's sources are the asked records and the listed candidates' records.
        theirs = {cid_of.get(s) for s in candidates}
        asked = [s for s in sources if s in known and cid_of.get(s) not in theirs]
        people = Counter(c for s in asked for c, _ in known[s])
        if not people:
            return None
        who = sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for s in candidates:
            if s in known and all(c == who for c, _ in known[s]):
                return ("keep", s)
        others = [s for s in records_of.get(who, []) if s not in asked]
        return ("keep", others[0]) if others else ("apart", "")
    people = {c for v in known.values() for c, _ in v}
    return ("merge", "") if len(people) == 1 else ("apart", "")


def run(run_dir, labelled, decisions):
    truth = read_truth(labelled)
    truth_sources = set(truth)
    done = answered_ids(decisions)
    # Each true customer's records in the run, those under their most usual customer_id first.
    by_customer = {}
    cid_of = {}
    with open(os.path.join(run_dir, "entries.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            cid_of[row["source"]] = row["customer_id"]
            t = strip_prefix(row["source"], truth_sources)
            if t is not None and row["customer_id"]:
                for c, _ in truth[t]:
                    by_customer.setdefault(c, []).append((row["customer_id"], row["source"]))
    records_of = {}
    for c, rows in by_customer.items():
        usual = Counter(cid for cid, _ in rows)
        rows.sort(key=lambda r: (-usual[r[0]], r[0], r[1]))
        records_of[c] = list(dict.fromkeys(src for _, src in rows))
    counts = Counter()
    lines = []
    redo = set()
    with open(os.path.join(run_dir, "review.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["review_id"] in done:
                # Answered and still open: the run warned that the answer did not fit (a keep
                # naming a record of no candidate). The person reads the warning and answers
                # apart instead, once.
                if done[row["review_id"]] != "apart":
                    redo.add(row["review_id"])
                    counts[(row["type"], "re-answered apart")] += 1
                    lines.append("%s apart" % row["review_id"])
                continue
            got = answer(row, truth, truth_sources, records_of, cid_of)
            if got is None:
                counts[(row["type"], "left open")] += 1
                continue
            action, arg = got
            counts[(row["type"], action)] += 1
            lines.append(("%s %s %s" % (row["review_id"], action, arg)).rstrip())
    kept = []
    if redo and os.path.exists(decisions):
        with open(decisions, encoding="utf-8") as f:
            kept = [line.rstrip("\n") for line in f if line.split("#", 1)[0].split()[:1] not in ([i] for i in redo)]
        with open(decisions, "w", encoding="utf-8") as f:
            for line in kept:
                f.write(line + "\n")
    with open(decisions, "a", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    summary = ", ".join("%s %s %d" % (t, a, n) for (t, a), n in sorted(counts.items()))
    print("answered %d question(s): %s" % (len(lines), summary or "none"))
    return len(lines)


def self_test():
    tmp = tempfile.mkdtemp(prefix="answer-reviews-")
    lab, out = os.path.join(tmp, "lab"), os.path.join(tmp, "run")
    os.makedirs(lab)
    os.makedirs(out)
    with open(os.path.join(lab, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "part", "true_customer", "true_event", "kind", "amount_fen", "conflict", "plant"])
        for src, cust, ev in [("a.txt:1", "T1", "E1"), ("a.txt:2", "T1", "E2"), ("b.txt:1", "T1", "E1"),
                              ("b.txt:2", "T2", "E3"), ("a.txt:3", "T2", "E4"), ("c.txt:1", "T3", "E5"),
                              ("c.txt:2", "T2", "E6"), ("c.txt:3", "T3", "E7"), ("c.txt:4", "T3", "E8"),
                              ("d.txt:1", "T3", "E9")]:
            w.writerow([src, 0, cust, ev, "debt", 100, "no", ""])
    p = "books/"
    with open(os.path.join(out, "review.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["review_id", "type", "sources", "detail", "suggestion"])
        w.writerow(["R-1", "customer-merge", p + "a.txt:1|" + p + "a.txt:2", "“甲”和“乙”", ""])
        w.writerow(["R-2", "customer-merge", p + "a.txt:1|" + p + "b.txt:2", "“甲”和“丙”", ""])
        w.writerow(["R-3", "customer-merge", p + "a.txt:3|" + p + "c.txt:1|" + p + "c.txt:2|" + p + "c.txt:3|" + p + "c.txt:4",
                    "老王；候选：王甲（%sc.txt:1）；候选：王乙（%sc.txt:2）" % (p, p), ""])
        w.writerow(["R-4", "duplicate", p + "a.txt:1|" + p + "b.txt:1", "", ""])
        w.writerow(["R-5", "duplicate", p + "a.txt:1|" + p + "a.txt:2", "", ""])
        w.writerow(["R-6", "conflict", p + "a.txt:1|" + p + "b.txt:1", "", ""])
        w.writerow(["R-7", "customer-merge", p + "a.txt:3|" + p + "c.txt:1", "老王；候选：王甲（%sc.txt:1）" % p, ""])
        w.writerow(["R-8", "customer-merge", p + "a.txt:3|" + p + "c.txt:1",
                    "老王；候选：王甲（电话 13800000000，%sc.txt:1）" % p, ""])
        # Slips in one book: the listed record's customer, or apart (never a record elsewhere).
        w.writerow(["R-9", "customer-merge", p + "a.txt:3|" + p + "c.txt:1",
                    "a.txt 里的“王丙”（1 条记录）可能是“王甲”的笔误：…；候选：王甲（%sc.txt:1）" % p, ""])
        w.writerow(["R-10", "customer-merge", p + "d.txt:1|" + p + "c.txt:1",
                    "d.txt 里的“王丙”（1 条记录）可能是“王甲”的笔误：…；候选：王甲（%sc.txt:1）" % p, ""])
        # Answered, still open (the run said the answer did not fit): answered apart instead.
        w.writerow(["R-11", "customer-merge", p + "a.txt:1|" + p + "a.txt:2", "“甲”和“乙”", ""])
    with open(os.path.join(out, "entries.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "customer_id"])
        for src, cid in [("a.txt:1", "C1"), ("a.txt:2", "C1"), ("b.txt:1", "C1"), ("b.txt:2", "C2"),
                         ("a.txt:3", "C9"), ("c.txt:1", "C3"), ("c.txt:2", "C2"), ("c.txt:3", "C3"), ("c.txt:4", "C3"),
                         ("d.txt:1", "C8")]:
            w.writerow([p + src, cid])
    dec = os.path.join(tmp, "decisions.txt")
    with open(dec, "w", encoding="utf-8") as f:
        f.write("# earlier answers\nR-7 apart\nR-11 keep books/zz.txt:1\n")
    run(out, lab, dec)
    with open(dec, encoding="utf-8") as f:
        got = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    want = ["R-7 apart", "R-1 merge", "R-2 apart", "R-3 keep %sc.txt:2" % p, "R-4 same", "R-5 apart",
            "R-8 keep %sb.txt:2" % p, "R-9 apart", "R-10 keep %sc.txt:1" % p, "R-11 apart"]
    if got != want:
        print("self-test FAILED: %r != %r" % (got, want), file=sys.stderr)
        return 1
    print("self-test ok")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    run(argv[1], argv[2], argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
