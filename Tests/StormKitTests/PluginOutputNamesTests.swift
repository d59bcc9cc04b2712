import StormKit
import Testing

@Suite struct PluginOutputNamesTests {
    @Test func appendsSwiftToEachFileName() {
        let names = PluginOutputNames.swiftFiles(forModelFiles: ["/p/Sources/Fleet Model/Fleet.storm", "/p/Sources/Fleet Model/Trips.storm"])
        #expect(names == ["Fleet.storm.swift", "Trips.storm.swift"])
        // A file's own name is already one safe path component, spaces and all.
        #expect(PluginOutputNames.swiftFiles(forModelFiles: ["/p/Fahrt und Flotte.storm"]) == ["Fahrt und Flotte.storm.swift"])
    }

    @Test func numbersFilesThatWouldShareAName() {
        let names = PluginOutputNames.swiftFiles(forModelFiles: ["b/Fleet.storm", "a/Fleet.storm", "c/fleet.storm", "Other.storm"])
        #expect(names == ["Fleet.storm.2.swift", "Fleet.storm.swift", "fleet.storm.3.swift", "Other.storm.swift"])
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
    }

    @Test func dependsOnlyOnTheSetOfPaths() {
        let paths = ["x/A.storm", "y/A.storm", "B.storm"]
        let forward = Dictionary(uniqueKeysWithValues: zip(paths, PluginOutputNames.swiftFiles(forModelFiles: paths)))
        let reversed = Dictionary(uniqueKeysWithValues: zip(paths.reversed(), PluginOutputNames.swiftFiles(forModelFiles: paths.reversed())))
        #expect(forward == reversed)
    }

    @Test func aNumberedNameNeverEqualsAPlainOne() {
        // `A.storm.2.storm` is a legal model file name; its output must differ from the second `A.storm`'s.
        let names = PluginOutputNames.swiftFiles(forModelFiles: ["x/A.storm", "y/A.storm", "A.storm.2.storm"])
        #expect(Set(names).count == 3)
    }
}
