import Foundation
import StormKit
import Testing

/// The Graphviz runner: finding `dot`, saying how to install it, passing on its errors and warnings.
@Suite struct DiagramsGraphvizTests {
    @Test func aMissingDotSaysHowToInstallItOnOneLine() {
        for environment in [["PATH": "/nonexistent"], ["STORM_DOT": "/nonexistent/dot", "PATH": "/usr/bin:/bin"]] {
            #expect {
                _ = try Graphviz.locate(environment: environment)
            } throws: { error in
                guard case .notFound(let message) = error as? Graphviz.Failure else { return false }
                return message.contains("apt-get install graphviz") && message.contains("brew install graphviz") && !message.contains("\n")
            }
        }
    }

    @Test func stormDotWinsOverPath() throws {
        let script = try Self.script("exit 0")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        #expect(try Graphviz.locate(environment: ["STORM_DOT": script.path, "PATH": "/usr/bin"]).executable == script)
    }

    @Test func aFailingDotHasItsMessageShown() throws {
        let script = try Self.script("echo 'Error: <stdin>: syntax error in line 1 near x' >&2\nexit 3")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        #expect(throws: Graphviz.Failure.failed("dot failed (exit status 3): Error: <stdin>: syntax error in line 1 near x")) {
            try Graphviz(executable: script).render("digraph {", format: .svg)
        }
    }

    @Test func theRealDotRendersEveryFormatAndReportsWarnings() throws {
        guard let graphviz = DiagramsTools.dot() else { return }
        let svg = try graphviz.render("digraph { a -> b }", format: .svg)
        #expect(String(decoding: svg.image, as: UTF8.self).contains("<svg") && svg.warnings.isEmpty)
        #expect(try graphviz.render("digraph { a -> b }", format: .png).image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try graphviz.render("digraph { a -> b }", format: .pdf).image.starts(with: Array("%PDF".utf8)))
        #expect(try graphviz.render("digraph { a [shape=nonsense] }", format: .svg).warnings.contains("nonsense"))
        #expect(throws: Graphviz.Failure.self) { try graphviz.render("digraph { a -> }", format: .svg) }
    }

    /// An executable shell script with the given body, in a temporary folder whose name has a space.
    static func script(_ body: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm dot \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("dot")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}
