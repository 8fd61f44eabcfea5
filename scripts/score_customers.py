#!/usr/bin/env python3
"""B-cubed precision and recall of customer resolution against a labelled set.

    scripts/score_customers.py RUN/entries.csv LABELLED/truth.csv [--json]
    scripts/score_customers.py --self-test

entries.csv is the output of `qingzhang reconcile` (columns source, customer_id, …; a record
with both a debt and a payment has two rows with the same source: part 0, then part 1).
truth.csv has source,part,true_customer (scripts/gen_labelled.py writes it); its sources are
FILE:LINE relative to the folder that was read, and are matched to entries.csv whatever path
prefix that run used.

Every truth record counts. One that entries.csv lacks, or gives no customer (rejected,
skipped), counts as a customer of its own: it costs recall, never precision. Entries rows
that are not in the truth (titles, headers, extra records) are ignored and counted.

B-cubed, for each record r with predicted customer C(r) and true customer T(r), both taken as
sets of truth records: precision(r) = |C(r) ∩ T(r)| / |C(r)|, recall(r) = |C(r) ∩ T(r)| / |T(r)|;
the scores are the means over all records.
"""

import csv
import json
import os
import sys
from collections import Counter, defaultdict


def read_truth(path):
    truth = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            truth[(row["source"], int(row["part"]))] = row["true_customer"]
    return truth


def read_entries(path):
    """(source, part) -> customer_id ('' when none), parts numbered in file order per source."""
    out = {}
    seen = Counter()
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            src = row["source"]
            part = seen[src]
            seen[src] += 1
            out[(src, part)] = row.get("customer_id", "") or ""
    return out


def align(entries, truth_sources):
    """Maps each entries source to the truth's spelling by dropping leading path components."""
    mapped = {}
    for (src, part), cid in entries.items():
        path, _, line = src.rpartition(":")
        parts = path.replace("\\", "/").split("/")
        key = None
        for i in range(len(parts)):
            cand = "/".join(parts[i:]) + ":" + line
            if cand in truth_sources:
                key = cand
                break
        if key is not None:
            mapped[(key, part)] = cid
    return mapped


def bcubed(predicted, truth):
    """predicted: record -> cluster label or None; truth: record -> label. Returns (P, R, n)."""
    items = list(truth)
    pred_label = {}
    for r in items:
        c = predicted.get(r)
        pred_label[r] = ("pred", c) if c else ("alone", r)
    by_pred = defaultdict(set)
    by_true = defaultdict(set)
    for r in items:
        by_pred[pred_label[r]].add(r)
        by_true[truth[r]].add(r)
    p_sum = r_sum = 0.0
    for r in items:
        c = by_pred[pred_label[r]]
        t = by_true[truth[r]]
        both = len(c & t)
        p_sum += both / len(c)
        r_sum += both / len(t)
    n = len(items)
    return (p_sum / n if n else 1.0, r_sum / n if n else 1.0, n)


def score(entries_path, truth_path):
    truth = read_truth(truth_path)
    entries = read_entries(entries_path)
    truth_sources = {s for s, _ in truth}
    mapped = align(entries, truth_sources)
    predicted = {r: mapped.get(r, "") for r in truth}
    p, r, n = bcubed(predicted, truth)
    missing = sum(1 for rec in truth if rec not in mapped)
    unassigned = sum(1 for rec in truth if rec in mapped and not mapped[rec])
    return {
        "precision": round(p, 6),
        "recall": round(r, 6),
        "f1": round(2 * p * r / (p + r), 6) if p + r else 0.0,
        "records": n,
        "missing_from_entries": missing,
        "without_customer": unassigned,
        "entries_not_in_truth": len(entries) - len(mapped),
        "true_customers": len(set(truth.values())),
        "predicted_customers": len({c for c in predicted.values() if c}),
    }


def self_test():
    here = os.path.dirname(os.path.abspath(__file__))
    example = os.path.join(here, "..", "fixtures", "names", "score-example")
    got = score(os.path.join(example, "entries.csv"), os.path.join(example, "truth.csv"))
    # Worked by hand in fixtures/names/score-example/README.md.
    want = {"precision": 0.9, "recall": 0.633333, "records": 10, "missing_from_entries": 1,
            "without_customer": 1, "entries_not_in_truth": 2}
    bad = {k: (got[k], v) for k, v in want.items() if abs(got[k] - v) > 1e-6}
    perfect = bcubed({("a", 0): "x", ("b", 0): "x", ("c", 0): "y"}, {("a", 0): 1, ("b", 0): 1, ("c", 0): 2})
    merged = bcubed({("a", 0): "x", ("b", 0): "x"}, {("a", 0): 1, ("b", 0): 2})
    if perfect[:2] != (1.0, 1.0):
        bad["perfect"] = perfect
    if merged[:2] != (0.5, 1.0):
        bad["merged"] = merged
    if bad:
        print("self-test FAILED:", bad, file=sys.stderr)
        return 1
    print("self-test ok:", json.dumps(got, ensure_ascii=False))
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    result = score(args[0], args[1])
    if "--json" in argv:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print("B-cubed precision %.4f  recall %.4f  F1 %.4f  (%d records, %d true customers, %d predicted)" % (
            result["precision"], result["recall"], result["f1"], result["records"], result["true_customers"],
            result["predicted_customers"]))
        if result["missing_from_entries"] or result["without_customer"]:
            print("  %d truth records missing from entries.csv, %d without a customer (each counted alone)" % (
                result["missing_from_entries"], result["without_customer"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
