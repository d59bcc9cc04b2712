import Foundation
import Testing

/// Whatever checks clean generates output its consumers accept: texts holding line breaks of every kind,
/// NUL, comment ends, backticks and quotes reach doc comments and strings of every format, and `swiftc`,
/// the official JSON Schema, AsyncAPI, Avro and ODCS validators, Graphviz and a Markdown table reader
/// take what `stormc generate all` makes of them. Through the built `stormc` process.
struct HostileTextTests {
    typealias Support = CommandLineTestSupport

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A string literal (Storm escapes) holding every hostile character.
    static let hostile = #"fast\u{D}fair\u{D}\u{A}crlf\u{2028}ls\u{2029}ps\u{85}nel\u{B}vt\u{C}ff\u{0}nul */ /* `tick` \"q\" 'a' <b> &amp; | \\ %%{init}%% #x; \u{FFFF}"#

    /// Raw bytes in `///` lines: a lone CR, CRLF inside a line, U+2028, NUL, a comment end, backticks.
    static let rawDoc = "/// Trips \r fair \u{2028} ls */ `tick` \"q\" <b> | \\\n/// second\u{85}line\u{0}nul   \n"

    static var model: String {
        """
        \(rawDoc)domain Mobility "\(hostile)" {
          \(rawDoc)subdomain Journeys: core "\(hostile)"
        }
        \(rawDoc)team Travel
        \(rawDoc)context Trips implements Mobility.Journeys {
          owner Travel
          vision "\(hostile)"
          \(rawDoc)actor Driver
          \(rawDoc)enum Mode {
            \(rawDoc)car
            bus
          }
          \(rawDoc)value Place { \(rawDoc)name: String = "\(hostile)", mode: Mode = car }
          \(rawDoc)aggregate Trip {
            trip: String @identity
            invariant "\(hostile)"
            \(rawDoc)command EndTrip by Driver { note: String = "\(hostile)" } emits TripEnded
            hotspot "\(hostile)"
          }
          \(rawDoc)@deprecated("\(hostile)")
          event TripStarted
          \(rawDoc)event TripEnded v2 { \(rawDoc)place: Place, old: Int? @deprecated("\(hostile)") }
          \(rawDoc)policy Archive: when TripEnded then EndTrip
          \(rawDoc)read model History from TripEnded { \(rawDoc)trips: Int = 0 }
          hotspot "\(hostile)"
          \(rawDoc)data product TripFeed {
            owner Travel
            \(rawDoc)output port trips publishes TripEnded
          }
        }
        \(rawDoc)context Scoring {
          \(rawDoc)policy Score: when Trips.TripEnded then Rate
          command Rate
        }
        \(rawDoc)context map Roads {
          Trips [U, OHS] -> [D, ACL] Scoring
        }

        """
    }

    @Test func everyConsumerAcceptsWhatHostileTextsGenerate() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["Hostile/model.storm": Self.model])
        let check = try Support.process(stormc, ["check", "Hostile"], in: folder, environment: [:])
        #expect(check.status == 0, "\(check.error)")
        let generate = try Support.process(stormc, ["generate", "all", "Hostile", "--out", "out"], in: folder, environment: [:])
        #expect(generate.status == 0, "\(generate.error)")
        let out = folder + "/out"
        let files = GenerationChecksCommandTests.files(under: out)
        #expect(files.count > 15)

        // Swift: the generated files compile against StormRuntime.
        let modules = stormc.deletingLastPathComponent().appendingPathComponent("Modules")
        if toolAvailable("swiftc") {
            let sources = files.filter { $0.hasPrefix("Swift/") }.map { out + "/" + $0 }
            #expect(sources.count == 3)
            let swiftc = try Support.process(URL(fileURLWithPath: "/usr/bin/env"), ["swiftc", "-typecheck", "-I", modules.path] + sources,
                                             in: folder, environment: ProcessInfo.processInfo.environment)
            #expect(swiftc.status == 0, "swiftc refused the generated Swift:\n\(swiftc.error)\(swiftc.out)")
        }

        // JSON Schema, AsyncAPI, Avro, ODCS: the official validators.
        if toolAvailable("python3") {
            let script = Self.root.appendingPathComponent("Tests/StormGeneratorsTests/Validation/validate.py").path
            let schemas = Self.root.deletingLastPathComponent().appendingPathComponent("shared/schemas")
            let validate = try Support.process(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script,
                "--jsonschema", out + "/JSONSchema", "--asyncapi", out + "/AsyncAPI", "--avro", out + "/Avro", "--odcs", out + "/ODCS",
                "--asyncapi-schema", schemas.appendingPathComponent("asyncapi-3.0.0.schema.json").path,
                "--odcs-schema", schemas.appendingPathComponent("odcs-3.1.0.schema.json").path], in: folder, environment: ProcessInfo.processInfo.environment)
            if validate.status == 3 {
                if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("a Python module is missing: \(validate.out)") }
            } else {
                #expect(validate.status == 0, "\(validate.out)\(validate.error)")
                let counts = validate.out.split(separator: "\n").last { $0.hasPrefix("COUNTS ") }.map(String.init) ?? ""
                #expect(counts.contains("\"jsonschema\": 4") && counts.contains("\"asyncapi\": 2") && counts.contains("\"avro\": 2") && counts.contains("\"odcs\": 1"),
                        "\(validate.out)")
            }
        }

        // DOT: Graphviz lays out every diagram.
        if toolAvailable("dot") {
            for file in files where file.hasSuffix(".dot") {
                let dot = try Support.process(URL(fileURLWithPath: "/usr/bin/env"), ["dot", "-Tsvg", "-o", "/dev/null", out + "/" + file],
                                              in: folder, environment: ProcessInfo.processInfo.environment)
                #expect(dot.status == 0 && dot.error.isEmpty, "\(file): \(dot.error)")
            }
        }

        // Every text file: no control character but line feeds, no other line break, no NUL.
        for file in files {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            let bad = text.unicodeScalars.filter {
                ($0.properties.generalCategory == .control && $0 != "\n") || $0 == "\u{2028}" || $0 == "\u{2029}"
            }
            #expect(bad.isEmpty, "\(file) holds \(bad.map { String($0.value, radix: 16) })")
        }

        // Markdown: every row of a table has the cells of its header.
        let review = try String(contentsOfFile: out + "/Review.md", encoding: .utf8)
        #expect(review.contains("fast fair"))
        var columns: Int?
        for line in review.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
        }
    }
}
