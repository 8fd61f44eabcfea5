// swift-tools-version:6.0
// qingzhang (清账): read → normalise → resolve → reconcile → report.
// Each stage is one target; imports flow one way (see README "Layout").
import PackageDescription

let package = Package(
  name: "qingzhang",
  products: [
    .executable(name: "qingzhang", targets: ["qingzhang"])
  ],
  targets: [
    // C libraries. ICU sits behind a C target whose public header uses plain C types only,
    // so Swift modules that import Foundation can still use it (see README "ICU").
    .systemLibrary(name: "CCSV", providers: [.apt(["libcsv-dev"])]),
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),

    // Shared vocabulary: money in fen, days, sources, records, the message catalogue.
    .target(name: "QingzhangModel", exclude: ["Catalogue/README.md"]),
    // Unicode and calendar services (ICU) behind Swift types.
    .target(name: "QingzhangText", dependencies: ["CICUShim", "QingzhangModel"]),
    // Stage 1 – read: bytes → decoded lines/rows → records (amounts, dates, kinds).
    .target(name: "QingzhangRead", dependencies: ["QingzhangModel", "QingzhangText", "CCSV"]),
    // Stage 2 – normalise: name keys (NFKC, T→S, variants, affixes, pinyin).
    .target(name: "QingzhangNormalise", dependencies: ["QingzhangModel", "QingzhangText"]),
    // Stage 3 – resolve: name mentions → customers.
    .target(name: "QingzhangResolve", dependencies: ["QingzhangModel", "QingzhangNormalise"]),
    // Stage 4 – reconcile: duplicates, conflicts, payments, ledger, aging.
    .target(name: "QingzhangReconcile", dependencies: ["QingzhangModel"]),
    // Stage 5 – report: the files of the output contract.
    .target(name: "QingzhangReport", dependencies: ["QingzhangModel", "QingzhangReconcile"]),
    // The embedded SQLite store every stage writes through.
    .target(name: "QingzhangStore", dependencies: ["QingzhangModel", "CSQLite"]),
    // Commands and option parsing; the executable only calls into this.
    .target(
      name: "QingzhangCLI",
      dependencies: [
        "QingzhangModel", "QingzhangText", "QingzhangRead", "QingzhangNormalise",
        "QingzhangResolve", "QingzhangReconcile", "QingzhangReport", "QingzhangStore",
      ]
    ),
    .executableTarget(name: "qingzhang", dependencies: ["QingzhangCLI"]),

    .testTarget(name: "QingzhangModelTests", dependencies: ["QingzhangModel"]),
    .testTarget(name: "QingzhangTextTests", dependencies: ["QingzhangText"]),
    .testTarget(name: "QingzhangReadTests", dependencies: ["QingzhangRead"]),
    .testTarget(name: "QingzhangResolveTests", dependencies: ["QingzhangResolve", "QingzhangNormalise"]),
    .testTarget(name: "QingzhangReconcileTests", dependencies: ["QingzhangReconcile"]),
    .testTarget(name: "QingzhangStoreTests", dependencies: ["QingzhangStore"]),
    .testTarget(name: "QingzhangReportTests", dependencies: ["QingzhangReport"]),
    .testTarget(name: "QingzhangCLITests", dependencies: ["QingzhangCLI", "QingzhangStore"]),
  ],
  swiftLanguageModes: [.v6]
)
