/// The tables of a qingzhang database, as migrations applied in order.
///
/// - `runs`: one row per run that imported something (`files.imported_at_run`).
/// - `files`: one row per stored input, distinct (path, content hash). A changed file under the
///   same path replaces the old row and its records.
/// - `records`: one row per `Record` (the rows of `entries.csv`), keyed by (file, line, part).
///   Provenance is (files.path, line, raw, content_hash); `date`/`due_date` are `Day.ordinal`,
///   money is integer fen, `notes` is `NoteCodec`'s code + arguments.
///
/// The key (file_id, line, part) is packed into the rowid, `key = file_id << 40 | line << 8 |
/// part`, and `file_id`, `line`, `part` are generated from it (read them like any column). A
/// rowid key makes ingest an append at the end of one B-tree: a quarter faster than a
/// `WITHOUT ROWID` table keyed on the three columns, which seeks twice per row (see
/// `RecordKey`). A file's records are the key range `RecordKey.range(file:)`.
///
/// Later stages (customers, review items, resolved statuses) add their tables by appending a
/// migration here; never edit one that has shipped.
public enum Schema {
  public static var migrator: Migrator {
    var m = Migrator()
    m.register("v1-files-records") { db in
      try db.execute(
        """
        CREATE TABLE runs(
          id INTEGER PRIMARY KEY
        );
        CREATE TABLE files(
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          encoding TEXT NOT NULL,
          lines INTEGER NOT NULL DEFAULT 0,
          imported_at_run INTEGER NOT NULL REFERENCES runs(id),
          UNIQUE(path, content_hash)
        );
        CREATE TABLE records(
          key INTEGER PRIMARY KEY,
          file_id INTEGER NOT NULL GENERATED ALWAYS AS (key >> 40) VIRTUAL,
          line INTEGER NOT NULL GENERATED ALWAYS AS ((key >> 8) & 4294967295) VIRTUAL,
          part INTEGER NOT NULL GENERATED ALWAYS AS (key & 255) VIRTUAL,
          origin TEXT NOT NULL,
          kind TEXT NOT NULL,
          status TEXT NOT NULL,
          name TEXT NOT NULL,
          phone TEXT NOT NULL,
          date INTEGER,
          due_date INTEGER,
          due_basis TEXT NOT NULL,
          amount_fen INTEGER NOT NULL,
          goods TEXT NOT NULL,
          raw TEXT NOT NULL,
          notes TEXT NOT NULL,
          check_kind TEXT NOT NULL,
          check_fen INTEGER,
          content_hash TEXT NOT NULL
        );
        """)
    }
    m.register("v2-results") { db in
      // The results of the latest reconcile run, replaced whole by each run.
      try db.execute(
        """
        CREATE TABLE customers(
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          aliases TEXT NOT NULL,
          phone TEXT NOT NULL,
          records INTEGER NOT NULL,
          needs_review INTEGER NOT NULL
        );
        CREATE TABLE review_items(
          id TEXT PRIMARY KEY,
          type TEXT NOT NULL,
          sources TEXT NOT NULL,
          detail TEXT NOT NULL,
          suggestion TEXT NOT NULL
        );
        CREATE TABLE outcomes(
          path TEXT NOT NULL,
          line INTEGER NOT NULL,
          part INTEGER NOT NULL,
          kind TEXT NOT NULL,
          status TEXT NOT NULL,
          customer_id TEXT NOT NULL,
          amount_fen INTEGER NOT NULL,
          duplicate_of TEXT NOT NULL,
          conflict_id TEXT NOT NULL,
          notes TEXT NOT NULL,
          PRIMARY KEY(path, line, part)
        ) WITHOUT ROWID;
        CREATE TABLE run_info(
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
        """)
    }
    return m
  }
}
