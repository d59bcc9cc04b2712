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

    /// `Package.swift` is a starter like the deciders: the team adds its dependencies there.
    @Test func theManifestAndTheStartersAreTheTeams() throws {
        let files = try files("context A {\n  aggregate T {\n    command Do { } emits Done\n  }\n  event Done { }\n}\n")
        let manifest = try #require(files.first { $0.path == "Package.swift" })
        #expect(manifest.isStarter)
        #expect(manifest.contents.contains("// Written by stormc from model Shop as a starter; yours to edit: it is never overwritten.\n"))
        #expect(files.filter { !$0.isStarter }.map(\.path) == ["Sources/A/Generated/A.swift"])
    }

    /// A starter as written passes its own checks; without what the model asks for, it fails them.
    @Test func startersPassTheirOwnChecks() throws {
        let files = try files("""
        context A {
          aggregate T {
            command Do { } emits Done
          }
          event Done { }
          policy P: when Done then Do
        }
        context B {
          read model R from A.Done { n: Int }
          event Counted { }
        }
        """)
        let checked = files.filter { !$0.checks.isEmpty }
        #expect(Set(checked.map(\.path)) == ["Package.swift", "Sources/A/TDecider.swift", "Sources/A/PPolicy.swift", "Sources/B/RProjection.swift",
                                            "Tests/BTests/BTests.swift"])
        for file in checked {
            #expect(file.checks.allSatisfy { $0.isMet(by: file.contents) }, "\(file.path)")
            #expect(!file.checks.contains { $0.within == nil && $0.isMet(by: "") }, "\(file.path)")
        }
        let manifest = try #require(checked.first { $0.path == "Package.swift" })
        #expect(manifest.checks.map(\.note).contains(#"target BTests now uses target A: add "A" to its dependencies"#))
    }
}
