import QingzhangModel

/// Stage 4: count each debt once, hold conflicting figures out, apply payments, and build the
/// opening ledger and the stale-debt list. Pure: reads nothing, writes nothing, never traps on
/// input data.
///
/// ```swift
/// let result = Reconciler.run(records, options: ReconcileOptions(asOf: cutOff, decisions: d))
/// result.records   // input order; status, duplicateOf, conflictID and notes set
/// result.ledger    // opening-ledger.csv rows, by customer id
/// result.stale     // stale-debts.csv rows, most urgent first
/// result.reviews   // duplicate / conflict / rejected questions, by id
/// ```
///
/// The order of the work (each step sees the result of the ones before); records are taken in
/// (source, part) order, so input order never matters:
/// 1. Undo what an earlier run of this stage did, recognised by this stage's own note codes
///    (so running on its own output changes nothing).
/// 2. Certain duplicates: records in *different files*, same customer, kind and amount, dates
///    ≤ 3 days apart (or one undated with exactly one candidate in the other file), goods
///    compatible (either empty or a generic cause such as `工程款` — `ReconcileOptions.genericGoods`
///    —, one contains the other, or a common two-character run). Each group holds at most one
///    record per file; closest dates pair first. A source that carries several movements (a
///    debt and its payment on one line) is matched as a unit: with another source only when
///    every part of each has its counterpart (same kind and amount) and every pair is certain,
///    and then all pairs together; otherwise the matched pairs are one question (step 4).
/// 3. Cross-file conflicts among the groups left: dates ≤ 3 days apart, goods compatible,
///    amounts related by a swap of two neighbouring digits (350/530) or a zero added or
///    dropped (1200/120, 1050/150); a one-digit difference (350/380) only on the same day
///    and with the same goods written on both.
///    A record whose own figures disagree (read stage: status conflict; 大写/小写, 数量×单价,
///    余额) is a conflict by itself, and is matched by both of its figures.
/// 4. Doubtful pairs among records still alone become `duplicate` review items, each record in
///    at most one: equal amounts 4–10 days apart, or ≤ 3 days apart with different goods, or
///    one undated with several candidates, or — in one file — the same day, amount and goods
///    (or line), or two sources of which one has a part the other lacks. Both stay counted;
///    `same` makes the second a duplicate, `apart` closes it (for all parts of a unit alike).
///    Two units whose unmatched parts were joined in a conflict (payments 5000 / 4000 of one
///    line written twice) are one entry: their matched parts are joined without asking.
/// 5. A group of equal amounts is counted once: the record with the most evidence counts (an
///    IOU over a sheet row, then one with a due date, a date, goods), then the first by source;
///    the others get status `duplicate` and `duplicateOf` (the parts of one source share the
///    best evidence of them, so a debt and its payment are counted from the same source). A
///    group with different figures is held: status `conflict`, one `conflictID` (`K-` + hash of
///    its sorted sources), its money out of the balances, and a `conflict` review item whose
///    suggestion is the figure most evidence supports (each record's amount, the 大写 and the
///    小写, 数量×单价, the amount implied by the running balance, the figure a 合计 row below
///    needs; a tie suggests nothing). When the records of one figure were matched as
///    duplicates of each other and outnumber every other figure (350 / 3500 / 350), they are
///    counted once and only the others are held. `keep SOURCE` counts that record (one whose
///    own figures differ with the amount the reader took, which its note names); `amount X`
///    counts the first record by source with amount X (the amount as read stays in the note);
///    the others become duplicates of it. `apart` (not for a record whose own figures differ)
///    counts each figure as its own entry.
/// 6. Check figures: a 合计 row must equal the debts, the payments, or debts − payments of the
///    rows above it in its file (since the previous total, or since the top); a carried-forward
///    row or a balance statement (`还欠 800`: skipped, check `runningBalance`) is compared with
///    the balance of the customer's earlier records, or becomes the opening debt when none are
///    among the inputs; these are taken in date order, so an opening debt counts in later
///    checks. Disagreements are `conflict` review items that change no amount (`ignore`
///    closes them). Rejected records are `rejected` items.
/// 7. Counted records dated up to the cut-off are applied per customer: payments go first to
///    the debt of the same record (part 1 of its source), then to the oldest debts (FIFO,
///    undated debts counted as the oldest); left-over payments are a credit (negative
///    balance; while debts of the customer are held in conflicts it is not called an
///    overpayment). Later records keep status ok, with a note, and are not counted.
///
/// The stale list has one row per customer who owes money: the open balance, the oldest open
/// item (age and bucket), and the earliest limitation deadline among the open items — three
/// years from the due date, or, with none, from the debt's date (the cautious reading of an
/// IOU without a due date), restarted by a later payment of that customer (art. 195), capped
/// at twenty years, and two years where those had run out before 2017-10-01. Ranking: first
/// deadlines within 180 days of the cut-off (soonest first), then the others, then those
/// already past; within each by score, then customer id. Score = amount points (0–80: 10 each
/// from 100, 500, 1 000, 2 000, 5 000, 10 000, 20 000, 50 000 yuan) + age points (0, 5, 10, 20,
/// 30, 40, 50 by bucket) + 60 when the deadline is within 180 days (30 within a year) + 10
/// still buying (a debt in the last 60 days while the oldest is over 90 days old) + 15 gone
/// quiet (nothing for over 180 days) − 10 paying (a payment in the last 90 days).
public enum Reconciler {
  public static func run(_ records: [Record], options: ReconcileOptions) -> Reconciliation {
    let engine = Engine(records, options)
    return engine.run()
  }
}
