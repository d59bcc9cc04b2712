import Foundation
import GeneratedCargoShipping
import GeneratedMarketing
import GeneratedMotorInsurance
import GeneratedOnlineRetail
import StormRuntime
import SwiftFixtureKeywords
import SwiftFixtureShowcase
import Testing

/// Every model whose generated Swift is compiled into this package: its catalog and its model folder.
/// A model added to `Models/` needs a library target in `Package.swift` and a line here; a test fails
/// until it has both.
var catalogs: [(catalog: any ModelCatalog.Type, folder: String)] { [
    (ShowcaseCatalog.self, "Tests/Fixtures/Models/Showcase"),
    (KeywordsCatalog.self, "Tests/Fixtures/Models/Keywords"),
    (CargoShippingCatalog.self, "Models/CargoShipping"),
    (MotorInsuranceCatalog.self, "Models/MotorInsurance"),
    (OnlineRetailCatalog.self, "Models/OnlineRetail"),
    (MarketingCatalog.self, "Models/Marketing"),
] }

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

struct CatalogTests {
    @Test func everyBundledAndFixtureModelIsCompiledAndListed() throws {
        let manager = FileManager.default
        let bundled = ((try? manager.contentsOfDirectory(atPath: repositoryRoot + "/Models")) ?? []).map { "Models/" + $0 }
        let fixtures = try manager.contentsOfDirectory(atPath: repositoryRoot + "/Tests/Fixtures/Models").map { "Tests/Fixtures/Models/" + $0 }
        let expected = Set((bundled + fixtures).filter { !$0.hasSuffix("/.DS_Store") })
        #expect(Set(catalogs.map { $0.folder }) == expected,
                "every model of Models/ needs a Generated<Model> target in Package.swift and a line in Tests/GeneratedCodeTests/Catalogs.swift")
    }

    @Test func catalogsNameTheirModel() {
        for (catalog, folder) in catalogs {
            #expect(folder.hasSuffix("/" + catalog.modelName))
            #expect(!catalog.contexts.isEmpty)
        }
    }
}
