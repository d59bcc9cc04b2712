import Foundation
import Testing

/// The live page in a real browser: headless Chromium driven over the DevTools protocol by
/// `Browser/drive_page.py`, against the real `stormc serve` process.
@Suite(.serialized)
struct BrowserTests {
    static let hostile = #"<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> & 'quoted' {braces} \N"#

    static var chromium: String? {
        let names = ["chromium", "chromium-browser", "google-chrome"]
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") { return "\(directory)/\(name)" }
        }
        return nil
    }

    @Test func theLivePageFocusesFollowsSavesAndRendersHostileTextAsText() throws {
        guard let chromium = Self.chromium else {
            return ServeProcess.skip("Chromium is not installed (apt-get install chromium)")
        }
        guard ServeCommandTests.hasDot else { return ServeProcess.skip("Graphviz `dot` is not installed (apt-get install graphviz)") }
        var files = ServeCommandTests.model
        files["trips.storm"] = files["trips.storm"]!.replacingOccurrences(
            of: #"hotspot "What if <script>alert(1)</script> & \"friends\" arrive?""#, with: "hotspot \"\(Self.hostile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"")
        // Trips' aggregate declares a lifecycle, so the page offers Trips in its lifecycle view (and no other context).
        files["trips.storm"] = files["trips.storm"]!.replacingOccurrences(of: "  command EndTrip emits TripEnded",
            with: "  aggregate Trip {\n    command EndTrip emits TripEnded\n    lifecycle { Driving -> Ended by EndTrip }\n  }")
        let root = try ServeCommandTests.folder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root]) else { return }
        let shots = FileManager.default.temporaryDirectory.appendingPathComponent("storm-shots-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: shots, withIntermediateDirectories: true)
        let driver = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/drive_page.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", driver, chromium, server.url + "/", root, shots, "Trips", "Scoring", "Trips", "Driving"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errorText)")
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(errorText)")
        print("browser: screenshots in \(shots); save -> updated page: \(report["liveMilliseconds"] ?? "?") ms")
        #expect(report["loaded"] as? Bool == true)
        #expect(report["errors"] as? [String] == [], "console errors")
        for shot in ["map", "focus", "flow", "lifecycle", "diagnosticsPanel"] {
            let ink = (report[shot] as? [String: Any])?["inkFraction"] as? Double ?? 0
            #expect(ink > 0.01, "\(shot) screenshot looks blank (ink \(ink))")
        }
        #expect(report["focused"] as? Bool == true)
        #expect(Set(report["focusNodes"] as? [String] ?? []).isSuperset(of: ["Trips", "Scoring"]))
        #expect(report["flowShown"] as? Bool == true)
        #expect(report["lifecycleChoices"] as? [String] == ["Trips"])
        #expect(report["lifecycleShown"] as? Bool == true)
        #expect((report["detail"] as? String)?.contains(".storm:") == true)
        #expect(report["liveUpdated"] as? Bool == true)
        #expect((report["liveMilliseconds"] as? Int ?? 99_999) < 2000)
        #expect(report["zoomKept"] as? Bool == true)
        #expect(report["bannerShown"] as? Bool == true)
        #expect((report["bannerText"] as? String)?.contains("last good picture") == true)
        #expect(report["pictureKept"] as? Bool == true)
        // The hostile text is shown exactly, and nothing in it ran.
        #expect((report["outlineText"] as? String)?.contains(Self.hostile) == true)
        #expect((report["diagnosticTexts"] as? [String])?.contains { $0.contains(Self.hostile) } == true)
        #expect(report["scripts"] as? Int == 1)
        #expect(report["pwned"] is NSNull)
    }
}

/// The static site of every bundled model, opened from `file://` in headless Chromium.
struct SiteBrowserTests {
    /// Every folder of `Models/`: a new bundled model gets its site checked without editing this test.
    static func bundledModels() -> [String] {
        let models = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Models").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: models)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: bundledModels())
    func theSiteOfABundledModelOpensWithoutErrors(model: String) throws {
        guard let chromium = BrowserTests.chromium else { return ServeProcess.skip("Chromium is not installed (apt-get install chromium)") }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("storm-site-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: out) }
        guard let generated = try MapFocusAndWorkshopTests().run(["generate", "site", repository.path + "/Models/" + model, "--out", out]) else { return }
        #expect(generated.status == 0, "\(generated.error)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") }.sorted()
        let context = try #require(pages.first { $0.hasPrefix("context-") })
        let event = try #require(pages.first { $0.hasPrefix("event-") })
        let product = pages.first { $0.hasPrefix("product-") }
        let contextName = String(context.dropFirst("context-".count).dropLast(".html".count))
        let driver = repository.appendingPathComponent("Tests/StormServerTests/Browser/check_site.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", driver, chromium, out, out, "index.html", context, event] + (product.map { [$0] } ?? [])
        process.environment = ProcessInfo.processInfo.environment.merging(["SEARCH": contextName]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(errorText)")
        #expect(report["errors"] as? [String] == [], "console errors")
        for page in ["index.html", context, event] {
            let entry = report[page] as? [String: Any] ?? [:]
            #expect(entry["brokenImages"] as? [String] == [], "\(page)")
            #expect(((entry["shot"] as? [String: Any])?["inkFraction"] as? Double ?? 0) > 0.005, "\(page) looks blank")
        }
        // The event's contracts and the data product's, as the browser resolves their links: files of the site.
        func links(_ page: String, _ prefix: String) -> [String] {
            ((report[page] as? [String: Any])?["links"] as? [[String]] ?? []).filter { $0.first?.hasPrefix(prefix) == true }.map { $0.last ?? "" }
        }
        for (page, prefix) in [(event, "JSON Schema: "), (event, "Avro schema: "), (event, "AsyncAPI document of "), (product, "ODCS contract: ")] {
            guard let page else { continue }
            let found = links(page, prefix)
            #expect(!found.isEmpty, "\(page) has no `\(prefix)` link")
            for link in found {
                #expect(link.hasPrefix("file://") && FileManager.default.fileExists(atPath: URL(string: link)?.path ?? ""), "\(page): \(link) does not resolve")
            }
        }
        let index = report["index.html"] as? [String: Any] ?? [:]
        #expect((index["searchResults"] as? [String])?.contains(contextName) == true)
        // The index draws the context map, and the mesh when the model uses another domain's interface.
        let usesAnother = FileManager.default.fileExists(atPath: out + "/mesh.svg")
        if ServeCommandTests.hasDot { #expect(index["images"] as? Int == (usesAnother ? 2 : 1)) }
    }
}
