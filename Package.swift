// swift-tools-version:6.1
// Readout: news articles on international relations → a checked, cross-source record.
// Stages are modules; data flows one way: ingest → analyze → (fuse) → store → present.
import PackageDescription

let package = Package(
    name: "Readout",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "readout", targets: ["readout"]),
        .library(name: "ReadoutCore", targets: ["ReadoutCore"]),
        // The readers and the analyzer as libraries (other packages, the fuzz targets in fuzz/).
        .library(name: "ReadoutIngest", targets: ["ReadoutIngest"]),
        .library(name: "ReadoutAnalysis", targets: ["ReadoutAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already what async-http-client builds on; named for the types ReadoutWatch uses directly.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        // libxml2's HTML and XML parsers (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // Domain types shared by every stage: Article, analysis results, spans.
        .target(name: "ReadoutCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // General knowledge (countries, organizations, titles, names) loaded from data files.
        .target(
            name: "ReadoutKnowledge",
            dependencies: ["ReadoutCore"],
            resources: [.copy("Data")]),
        // acquire + clean: files, folders, feeds → Article.
        .target(name: "ReadoutIngest", dependencies: ["ReadoutCore", "ReadoutKnowledge", "CLibXML2"]),
        // Per-article analysis: a pure function Article → ArticleAnalysis.
        .target(name: "ReadoutAnalysis", dependencies: ["ReadoutCore", "ReadoutKnowledge"]),
        // Storage: SQLite through GRDB; the fused record is kept there and updated as articles arrive.
        .target(
            name: "ReadoutStore",
            dependencies: ["ReadoutCore", "ReadoutFusion", .product(name: "GRDB", package: "GRDB.swift")]),
        // Storage on a PostgreSQL server (`--db postgres://...`): the same ArticleStore and fused record,
        // plus the queue `readout worker` processes share. Its own target, so a program that needs only
        // SQLite (ReadoutStore) never builds or links the PostgreSQL driver.
        .target(
            name: "ReadoutPostgres",
            dependencies: ["ReadoutCore", "ReadoutFusion", "ReadoutStore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // Cross-document fusion: entities, events, conflicts, stories, inferred dates, source comparison.
        .target(name: "ReadoutFusion", dependencies: ["ReadoutCore", "ReadoutKnowledge"]),
        // Live feeds (`readout watch`): conditional polling of RSS/Atom over HTTP, article pages fetched
        // with limits, per-feed backoff, what each feed has given remembered in the store. The network
        // client lives here only, so the readers and the analyzer never depend on it.
        .target(
            name: "ReadoutWatch",
            dependencies: [
                "ReadoutCore", "ReadoutIngest", "ReadoutStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]),
        // Scoring against gold annotations (mirrors shared/eval/score.py).
        .target(name: "ReadoutEval", dependencies: ["ReadoutCore"]),
        // The web face (`readout serve`): routes, view models, page templates, server-drawn SVG. It knows
        // no store: the readout command hands it a WebSource answering from the fused record.
        .target(
            name: "ReadoutWeb",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Templates"), .copy("Static")]),
        .executableTarget(
            name: "readout",
            dependencies: [
                "ReadoutCore", "ReadoutKnowledge", "ReadoutIngest", "ReadoutAnalysis", "ReadoutStore", "ReadoutEval", "ReadoutFusion",
                "ReadoutWeb", "ReadoutWatch", "ReadoutPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ReadoutCoreTests", dependencies: ["ReadoutCore"]),
        .testTarget(name: "ReadoutIngestTests", dependencies: ["ReadoutIngest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReadoutAnalysisTests", dependencies: ["ReadoutAnalysis", "ReadoutKnowledge"]),
        .testTarget(name: "ReadoutStoreTests", dependencies: ["ReadoutStore", "ReadoutPostgres", "ReadoutIngest", "ReadoutAnalysis"]),
        .testTarget(name: "ReadoutFusionTests", dependencies: ["ReadoutFusion"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReadoutEvalTests", dependencies: ["ReadoutEval"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReadoutCLITests", dependencies: ["ReadoutCore", "ReadoutStore", "ReadoutPostgres"], resources: [.copy("Fixtures")]),
        // Real HTTP: a Hummingbird server on a loopback port serves the fixture feeds and pages.
        .testTarget(
            name: "ReadoutWatchTests",
            dependencies: [
                "readout", "ReadoutWatch", "ReadoutStore", "ReadoutIngest",
                // Watching into a database on the PostgreSQL test server (PostgresWatchTests.swift).
                "ReadoutPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReadoutWebTests",
            dependencies: [
                "readout", "ReadoutWeb", .product(name: "HummingbirdTesting", package: "hummingbird"),
                // To plant hostile names in a copy of a real store (HostileNames.swift).
                .product(name: "GRDB", package: "GRDB.swift"),
                // A database on the test server for the same routes on PostgreSQL (PostgresWebTests.swift).
                "ReadoutPostgres",
            ],
            resources: [.copy("Fixtures")]),
    ]
)
