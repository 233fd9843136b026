// swift-tools-version:5.4
// Fuzz targets for Readout, one executable per component, each a libFuzzer harness
// (`LLVMFuzzerTestOneInput`). A package of its own so the main package's `swift build`,
// `swift test` and CI never see the fuzzer flags. Build and run with `scripts/fuzz.sh`.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM links a Linux executable with
// `--defsym main=<Target>_main` (so tests can link executables), a symbol a module built with
// `-parse-as-library` never defines, and the link fails; under 5.4 libFuzzer's own `main` is used.
import PackageDescription

let ingest = Target.Dependency.product(name: "ReadoutIngest", package: "Readout")
let analysis = Target.Dependency.product(name: "ReadoutAnalysis", package: "Readout")
let core = Target.Dependency.product(name: "ReadoutCore", package: "Readout")

let package = Package(
    name: "ReadoutFuzz",
    dependencies: [.package(name: "Readout", path: "..")],
    targets: [
        // What every harness asserts about a result besides "no trap": the contracts' promises.
        .target(name: "FuzzChecks", dependencies: [core]),
        .executableTarget(name: "FuzzPageCleaner", dependencies: ["FuzzChecks", ingest]),
        .executableTarget(name: "FuzzHTMLReader", dependencies: ["FuzzChecks", ingest]),
        .executableTarget(name: "FuzzFeedReader", dependencies: ["FuzzChecks", ingest]),
        .executableTarget(name: "FuzzJSONLinesReader", dependencies: ["FuzzChecks", ingest]),
        .executableTarget(name: "FuzzTimeParser", dependencies: ["FuzzChecks", analysis]),
        .executableTarget(name: "FuzzAnalyzer", dependencies: ["FuzzChecks", ingest, analysis]),
    ]
)
