import QingzhangModel

/// Stage 4: count each debt once, hold conflicting figures out, apply payments, and build the
/// opening ledger and the stale-debt list. Pure: reads nothing, writes nothing.
///
/// The order of the work (each step sees the result of the ones before):
/// 1. undo what an earlier run of this stage did (so running on its own output changes nothing);
/// 2. certain duplicates: other file, same customer, kind and amount, dates ≤ 3 days apart
///    (or one undated with a single candidate in that file), goods compatible;
/// 3. cross-source conflicts among what is left: dates ≤ 3 days apart, amounts related by a
///    swap of two neighbouring digits or a zero added/dropped (a one-digit difference only on
///    the same day), goods compatible;
/// 4. doubtful duplicates become review items (a `same` decision merges them);
/// 5. groups become counted-once duplicates or held conflicts (decisions applied);
/// 6. 合计 rows and carried-forward rows are checked; rejected records become review items;
/// 7. payments are applied oldest debt first; the ledger and the stale list are built.
public enum Reconciler {
  public static func run(_ records: [Record], options: ReconcileOptions) -> Reconciliation {
    let engine = Engine(records, options)
    return engine.run()
  }
}
