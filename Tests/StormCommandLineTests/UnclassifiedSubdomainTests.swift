import Foundation
import Testing

/// `subdomain Name` without a kind, for sources that do not classify, through the built `stormc`.
struct UnclassifiedSubdomainTests {
    typealias Support = CommandLineTestSupport

    @Test func aSubdomainWithoutAKindIsUnclassifiedEverywhere() throws {
        guard let stormc = Support.executable() else { return }
        let model = """
        domain Library {
          subdomain Circulation
        }

        context Lending implements Circulation {
          event BookLent
        }

        """
        let folder = try temporaryFolder(["m/model.storm": model])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 0, "\(check.error)")
        let fmt = try Support.process(stormc, ["fmt", "--check", "m"], in: folder, environment: [:])
        #expect(fmt.status == 0, "the formatter writes no kind where none was written: \(fmt.error)")
        let json = try Support.process(stormc, ["model", "--json", "m"], in: folder, environment: [:])
        #expect(json.out.contains(#""kind": "unclassified""#))
        let map = try Support.process(stormc, ["map", "m", "--format", "mermaid"], in: folder, environment: [:])
        #expect(map.out.contains("Circulation #183; unclassified"), "\(map.out)\(map.error)")
    }
}
