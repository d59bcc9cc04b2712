// swift-tools-version: 6.0
// Storm: event-storming models in, reviewed and generated software out.
// The targets follow the compiler pipeline: source, diagnostics, syntax, model, review, generators, kit, command line.
import PackageDescription

let package = Package(
    name: "Storm",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StormKit", targets: ["StormKit"]),
        .library(name: "StormRuntime", targets: ["StormRuntime"]),
        .executable(name: "stormc", targets: ["stormc"]),
        .plugin(name: "StormPlugin", targets: ["StormPlugin"]),
        .plugin(name: "StormCommand", targets: ["StormCommand"]),
    ],
    targets: [
        // The pipeline, each stage importing only the stages before it, and naming every module it imports
        // (so that an incremental build rebuilds it when any of them changes).
        .target(name: "StormSource"),
        // Text emitters (JSON, YAML) shared by the stages that write documents.
        .target(name: "StormSupport"),
        .target(name: "StormDiagnostics", dependencies: ["StormSource"]),
        .target(name: "StormSyntax", dependencies: ["StormSource", "StormDiagnostics"]),
        .target(name: "StormModel", dependencies: ["StormSource", "StormDiagnostics", "StormSyntax"]),
        .target(name: "StormReview", dependencies: ["StormSource", "StormDiagnostics", "StormModel", "StormSupport"]),
        .target(name: "StormGenerators", dependencies: ["StormSource", "StormModel", "StormSupport"]),
        .target(name: "StormKit", dependencies: ["StormSource", "StormDiagnostics", "StormSyntax", "StormModel", "StormSupport", "StormReview", "StormGenerators"]),
        // The live page of `stormc serve` and the static site: HTTP, Server-Sent Events, a file watcher.
        .target(name: "StormServer", dependencies: ["StormSource", "StormDiagnostics", "StormModel", "StormSupport", "StormReview",
                                                    "StormGenerators", "StormKit"]),
        // `stormc import cml` and `export cml`: Context Mapper's CML to Storm and back.
        .target(name: "StormCML", dependencies: ["StormSource", "StormDiagnostics", "StormSyntax", "StormModel", "StormKit"]),
        .target(name: "StormCommandLine", dependencies: ["StormSource", "StormDiagnostics", "StormSyntax", "StormModel", "StormSupport",
                                                         "StormReview", "StormGenerators", "StormKit", "StormLanguageServer", "StormServer", "StormCML",
                                                         "StormMesh"]),
        // `stormc mesh`: several domains' models and published interfaces, checked together and drawn.
        .target(name: "StormMesh", dependencies: ["StormSource", "StormDiagnostics", "StormModel", "StormSupport", "StormReview",
                                                  "StormGenerators", "StormKit"]),
        // `stormc lsp`: the Language Server Protocol over stdio, reading the resolved model.
        .target(name: "StormLanguageServer", dependencies: ["StormSource", "StormDiagnostics", "StormSyntax", "StormModel", "StormSupport",
                                                            "StormReview", "StormKit"]),
        .executableTarget(name: "stormc", dependencies: ["StormCommandLine"]),
        .executableTarget(name: "storm-bench", dependencies: ["StormKit", "StormGenerators", "StormReview", "StormCommandLine"]),

        // What generated code imports; knows nothing of the compiler.
        .target(name: "StormRuntime"),

        // The plugins: a target's `.storm` files compiled at build time, and `swift package storm`.
        .plugin(name: "StormPlugin", capability: .buildTool(), dependencies: ["stormc"]),
        .plugin(name: "StormCommand",
                capability: .command(intent: .custom(verb: "storm", description: "Run stormc in the package: `storm generate` regenerates Generated/ from Models/"),
                                     permissions: [.writeToPackageDirectory(reason: "stormc writes the files generated from the package's models")]),
                dependencies: ["stormc"]),

        .testTarget(name: "StormSourceTests", dependencies: ["StormSource"]),
        .testTarget(name: "StormSupportTests", dependencies: ["StormSupport"]),
        .testTarget(name: "StormDiagnosticsTests", dependencies: ["StormDiagnostics"]),
        .testTarget(name: "StormSyntaxTests", dependencies: ["StormSyntax"]),
        .testTarget(name: "StormModelTests", dependencies: ["StormModel", "StormKit", "StormCML"]),
        .testTarget(name: "StormGeneratorsTests", dependencies: ["StormGenerators", "StormKit"], exclude: ["Validation/validate.py"]),
        .testTarget(name: "StormReviewTests", dependencies: ["StormReview", "StormModel", "StormGenerators", "StormKit"]),
        .testTarget(name: "StormKitTests", dependencies: ["StormKit"]),
        .testTarget(name: "StormCommandLineTests", dependencies: ["StormCommandLine"]),
        .testTarget(name: "StormServerTests", dependencies: ["StormServer", "StormCommandLine"], exclude: ["Browser"]),
        .testTarget(name: "StormBenchTests", dependencies: ["storm-bench", "StormKit", "StormSyntax", "StormSource", "StormDiagnostics"]),
        .testTarget(name: "StormRuntimeTests", dependencies: ["StormRuntime"]),

        // Generated Swift, compiled as it is committed (warnings are errors in CI) and exercised by GeneratedCodeTests:
        // one library per fixture model of Tests/Fixtures/Models and per bundled model of Models/.
        .target(name: "SwiftFixtureShowcase", dependencies: ["StormRuntime"], path: "Tests/Fixtures/Generated/Showcase/Swift"),
        .target(name: "SwiftFixtureKeywords", dependencies: ["StormRuntime"], path: "Tests/Fixtures/Generated/Keywords/Swift"),
        .target(name: "GeneratedCargoShipping", dependencies: ["StormRuntime"], path: "Generated/CargoShipping/Swift"),
        .target(name: "GeneratedMotorInsurance", dependencies: ["StormRuntime"], path: "Generated/MotorInsurance/Swift"),
        .target(name: "GeneratedOnlineRetail", dependencies: ["StormRuntime"], path: "Generated/OnlineRetail/Swift"),
        .target(name: "GeneratedMarketing", dependencies: ["StormRuntime"], path: "Generated/Marketing/Swift"),
        .testTarget(name: "GeneratedCodeTests", dependencies: ["StormRuntime", "StormModel", "StormKit", "StormGenerators", "SwiftFixtureShowcase", "SwiftFixtureKeywords",
                                                               "GeneratedCargoShipping", "GeneratedMotorInsurance", "GeneratedOnlineRetail",
                                                               "GeneratedMarketing"]),
    ],
    swiftLanguageModes: [.v6]
)
