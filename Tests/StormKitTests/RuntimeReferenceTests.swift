import StormKit
import Testing

/// How a package's manifest names Storm: relative to the package, ending in Storm's own folder name.
struct RuntimeReferenceTests {
    @Test func pathsAreWrittenRelativeToThePackage() {
        func resolve(_ runtime: String, _ package: String) -> String { RuntimeReference.resolve(runtime, package: package, currentFolder: "/w/Storm") }
        #expect(resolve(".", "../Cargo") == "../Storm")
        #expect(resolve("/w/Storm", "/w/Cargo") == "../Storm")
        #expect(resolve(".", "Scaffold") == "../../Storm")
        #expect(resolve("../Storm/", "/w/apps/Cargo/") == "../../Storm")
        #expect(resolve("vendor/Storm", ".") == "vendor/Storm")
        #expect(resolve("/opt/storm", "/w/Cargo") == "/opt/storm")
        #expect(resolve("https://example.com/org/Storm.git", "Cargo") == "https://example.com/org/Storm.git")
    }
}
