// swift-tools-version: 6.0
// A package that uses Storm's plugins the way a user's package does; CI builds and tests it (.ci/plugins).
import PackageDescription

let package = Package(
    name: "PluginFixture",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Storm", path: "../.."),
    ],
    targets: [
        // The model lives in a folder whose name has a space, to prove that paths with spaces work.
        .target(
            name: "Fleet",
            dependencies: [.product(name: "StormRuntime", package: "Storm")],
            path: "Sources/Fleet Model",
            plugins: [.plugin(name: "StormPlugin", package: "Storm")]
        ),
        .testTarget(name: "FleetTests", dependencies: ["Fleet", .product(name: "StormRuntime", package: "Storm")]),
    ],
    swiftLanguageModes: [.v6]
)
