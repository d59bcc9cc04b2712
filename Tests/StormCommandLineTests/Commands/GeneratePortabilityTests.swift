import Foundation
import Testing

/// Generated files name the model's sources relative to its folder, and the package names Storm relative
/// to itself: the same model makes the same bytes from an absolute or a relative path, with or without a
/// PATH, in any checkout folder, so two machines never disagree about a generated file.
@Suite struct GeneratePortabilityTests {
    @Test func everyFormatIsTheSameFromAnyPathAndCheckout() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        let model = ["trips.storm": CommandLineTestSupport.cleanModel["trips.storm"]!,
                     "scoring.storm": CommandLineTestSupport.cleanModel["scoring.storm"]!, "more/tracking.storm": trackingModel]
        let checkouts = ["one", "elsewhere/deeper/two"]
        for checkout in checkouts {
            _ = try folder.write(Dictionary(uniqueKeysWithValues: model.map { ("\(checkout)/Models/Fleet/\($0.key)", $0.value) }))
        }
        var trees: [String: FolderSnapshot] = [:]
        for checkout in checkouts {
            let root = folder.path(checkout)
            let runs: [(String, [String])] = [
                ("relative", ["generate", "all", "Models/Fleet", "--out", "relative"]),
                ("absolute", ["generate", "all", root + "/Models/Fleet/", "--out", root + "/absolute"]),
                ("dotted", ["generate", "all", "./Models/../Models/Fleet", "--out", "dotted"]),
                ("Generated/Fleet", ["generate"]),
                ("package-relative", ["generate", "package", "Models/Fleet", "--out", "package-relative", "--runtime", "Storm"]),
                ("package-absolute", ["generate", "package", root + "/Models/Fleet", "--out", root + "/package-absolute", "--runtime", root + "/Storm"]),
            ]
            for (out, arguments) in runs {
                let run = try stormc.run(arguments, in: root)
                #expect(run.status == 0, "\(arguments): \(run.error)")
                trees["\(checkout): \(out)"] = try FolderSnapshot(root + "/" + out)
            }
        }
        func contents(_ key: String) -> [String: Data] { trees[key]?.files.mapValues(\.contents) ?? [:] }
        let generated = contents("one: relative")
        #expect(generated.count > 20)
        func text(_ path: String) -> String { generated[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
        // A file made from one context names the file that declares it; one about the whole model, every file.
        #expect(text("Swift/Tracking.swift").contains("// Sources: more/tracking.storm\n"))
        #expect(text("Swift/FleetCatalog.swift").contains("// Sources: more/tracking.storm, scoring.storm, trips.storm\n"))
        #expect(text("JSONSchema/Scoring/events/TripScored.v1.schema.json").contains("Sources: scoring.storm"))
        let package = contents("one: package-relative")
        #expect(package["Package.swift"].map { String(decoding: $0, as: UTF8.self) }?.contains(#".package(path: "../Storm"),"#) == true)
        for (key, tree) in trees.sorted(by: { $0.key < $1.key }) {
            let expected = key.contains("package") ? package : generated
            let differing = Set(expected.keys).union(tree.files.keys).filter { expected[$0] != tree.files[$0]?.contents }
            #expect(differing.isEmpty, "\(key) differs from the first checkout's relative run in \(differing.sorted())")
            for (path, entry) in tree.files where String(decoding: entry.contents, as: UTF8.self).contains(folder.root) {
                Issue.record("\(key)/\(path) names the machine's folder \(folder.root)")
            }
        }
    }
}
