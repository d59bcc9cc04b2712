import Foundation
import StormGenerators
import StormKit
import StormSource
import Testing

/// `stormc generate package`: the manifest, the split between generated files and starters, and a real
/// scaffold built and tested with SwiftPM.
struct PackageGeneratorTests {
    func options(_ runtime: String?) -> GeneratorOptions {
        var options = GeneratorOptions()
        options.runtimePackage = runtime
        return options
    }

    func files(_ text: String, runtime: String = "/opt/storm") throws -> [GeneratedFile] {
        let loaded = ModelLoader.load(sources: [SourceFile(path: "m.storm", text: text)], name: "Shop")
        #expect(!loaded.hasErrors)
        return try PackageGenerator.generate(loaded.model, options: options(runtime))
    }

    @Test func dependsOnTheRuntimeByPathOrURL() throws {
        let byPath = try #require(try files("context A {\n  event E { }\n}\n").first { $0.path == "Package.swift" })
        #expect(byPath.contents.contains(#".package(path: "/opt/storm"),"#))
        #expect(byPath.contents.contains(#".product(name: "StormRuntime", package: "storm")"#))
        let byURL = try #require(try files("context A {\n  event E { }\n}\n", runtime: "https://example.com/org/Storm.git").first { $0.path == "Package.swift" })
        #expect(byURL.contents.contains(#".package(url: "https://example.com/org/Storm.git", branch: "main"),"#))
        #expect(byURL.contents.contains(#"package: "storm")"#))
    }

    @Test func refusesToGuessWhereTheRuntimeIs() throws {
        let loaded = ModelLoader.load(sources: [SourceFile(path: "m.storm", text: "context A {\n  event E { }\n}\n")], name: "Shop")
        #expect(throws: GeneratorError.self) { try PackageGenerator.generate(loaded.model, options: options(nil)) }
    }

    @Test func contextsInACycleShareATargetAndOthersDependOnIt() throws {
        let text = """
        context A {
          event Asked { }
          policy P: when B.Answered then Ask
          command Ask { }
        }
        context B {
          event Answered { }
          policy Q: when A.Asked then Answer
          command Answer { }
        }
        context C {
          read model Log from A.Asked { n: Int }
        }
        """
        let files = try files(text)
        let manifest = try #require(files.first { $0.path == "Package.swift" }).contents
        #expect(manifest.contains(#".target(name: "A_B", dependencies: [.product(name: "StormRuntime", package: "storm")]),"#))
        #expect(manifest.contains(#".target(name: "C", dependencies: [.product(name: "StormRuntime", package: "storm"), "A_B"]),"#))
        #expect(files.contains { $0.path == "Sources/A_B/Generated/A.swift" && !$0.isStarter })
        #expect(files.contains { $0.path == "Sources/A_B/Generated/B.swift" && !$0.isStarter })
        let c = try #require(files.first { $0.path == "Sources/C/Generated/C.swift" })
        #expect(c.contents.contains("import A_B\n"))
        #expect(files.contains { $0.path == "Sources/A_B/PPolicy.swift" && $0.isStarter })
        #expect(files.contains { $0.path == "Sources/C/LogProjection.swift" && $0.isStarter })
        #expect(files.contains { $0.path == "Tests/CTests/CTests.swift" && $0.isStarter })
    }

    /// Generates the Showcase scaffold into a temporary folder, builds and tests it with SwiftPM, then
    /// edits a starter and a generated file and generates again: the starter keeps the edit, the
    /// generated file is restored.
    @Test(.timeLimit(.minutes(10))) func scaffoldBuildsTestsAndKeepsTheTeamsEdits() throws {
        guard let swift = Tools.require("swift", for: "build the generated package scaffold") else { return }
        let loaded = try Goldens.model("Tests/Fixtures/Models/Showcase")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-scaffold-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try PackageGenerator.generate(loaded.model, options: options(Goldens.root))
        _ = try OutputWriter.write(files, to: folder)

        let scratch = ["--scratch-path", folder + "/.build"]
        let build = try Tools.run(swift, ["build"] + scratch, in: folder)
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        let test = try Tools.run(swift, ["test"] + scratch, in: folder)
        #expect(test.status == 0, "swift test failed:\n\(test.output)")
        #expect(test.output.contains("startTripDecidesItsEvents()"), "the starter test ran:\n\(test.output)")

        let starter = folder + "/Sources/Trips/TripDecider.swift"
        let generated = folder + "/Sources/Trips/Generated/Trips.swift"
        let edited = try String(contentsOfFile: starter, encoding: .utf8) + "// the team's change\n"
        try edited.write(toFile: starter, atomically: true, encoding: .utf8)
        try "// stale\n".write(toFile: generated, atomically: true, encoding: .utf8)
        let second = try OutputWriter.write(try PackageGenerator.generate(loaded.model, options: options(Goldens.root)), to: folder)
        #expect(try String(contentsOfFile: starter, encoding: .utf8) == edited)
        #expect(try String(contentsOfFile: generated, encoding: .utf8) == files.first { $0.path == "Sources/Trips/Generated/Trips.swift" }?.contents)
        #expect(second.written.map { URL(fileURLWithPath: $0).lastPathComponent } == ["Trips.swift"])
    }
}
