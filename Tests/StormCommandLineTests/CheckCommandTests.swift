import Foundation
import StormCommandLine
import Testing

/// `stormc check`: exit statuses, the summary line, text and JSON diagnostics, colour.
struct CheckCommandTests {
    typealias Support = CommandLineTestSupport

    @Test func aCleanModelExitsZeroWithASummaryLine() throws {
        let folder = try temporaryFolder(Support.cleanModel)
        let result = Support.run(["check", folder])
        #expect(result.status == 0)
        #expect(result.out == "")
        let name = URL(fileURLWithPath: folder).lastPathComponent
        #expect(result.error == "\(name): 2 files, 2 contexts, 3 events: 0 errors, 0 warnings\n")
    }

    @Test func warningsAloneStillExitZero() throws {
        let folder = try temporaryFolder(["m.storm": "context A { event E { f: String @pi } }"])
        let result = Support.run(["check", folder])
        #expect(result.status == 0)
        #expect(result.error.hasSuffix(": 1 file, 1 context, 1 event: 0 errors, 1 warning\n"))
        #expect(result.error.contains("m.storm:1:33: warning: unknown annotation `@pi`"))
    }

    @Test func errorsExitOneAndAreRenderedWithThePathAsGiven() throws {
        let folder = try temporaryFolder(["Models/Broken/model.storm": "context A {\n  event E v0\n  command K emits Nope\n}\n"])
        let path = folder + "/Models/Broken/model.storm"
        let result = Support.run(["check", path])
        #expect(result.status == 1)
        #expect(result.error == """
        \(path):2:11: error: event versions start at 1, found `v0` [invalid-version]
         2 |   event E v0
           |           ^~
        \(path):3:19: error: unknown event `Nope` [unresolved-reference]
         3 |   command K emits Nope
           |                   ^~~~
        Broken: 1 file, 1 context, 1 event: 2 errors, 0 warnings

        """)
    }

    @Test func theFilesAndFoldersGivenFormOneModel() throws {
        let folder = try temporaryFolder(Support.cleanModel.merging(["nested/deeper/extra.storm": "context Extra { read model R from TripScored }",
                                                                     "notes.txt": "not a model"]) { a, _ in a })
        let together = Support.run(["check", folder + "/trips.storm", folder + "/scoring.storm", folder + "/nested"])
        #expect(together.status == 0, "\(together.error)")
        #expect(together.error.hasSuffix(": 3 files, 3 contexts, 3 events: 0 errors, 0 warnings\n"))
        let alone = Support.run(["check", folder + "/scoring.storm"])
        #expect(alone.status == 1)
        #expect(alone.error.contains("unknown event `TripEnded`"))
    }

    @Test func theModelIsNamedAfterItsFolder() throws {
        let folder = try temporaryFolder(["Telematics/a.storm": "context A {}"])
        #expect(Support.run(["check", folder + "/Telematics"]).error.hasPrefix("Telematics: 1 file"))
        #expect(Support.run(["check", folder + "/Telematics/a.storm"]).error.hasPrefix("Telematics: 1 file"))
        #expect(Support.run(["check", folder + "/Telematics/"]).error.hasPrefix("Telematics: 1 file"))
    }

    @Test func pathsWithSpacesAndNonASCIILetters() throws {
        let folder = try temporaryFolder(["Mein Modell/Fahrten ü.storm": "context Fahrt { event Begonnen }"])
        let result = Support.run(["check", folder + "/Mein Modell"])
        #expect(result.status == 0)
        #expect(result.error == "Mein Modell: 1 file, 1 context, 1 event: 0 errors, 0 warnings\n")
    }

    @Test func aMissingPathIsAnIOErrorWithStatusTwo() {
        let result = Support.run(["check", "/nonexistent/model.storm"])
        #expect(result.status == 2)
        #expect(result.error == "stormc: error: no such file or folder: /nonexistent/model.storm\n")
    }

    @Test func aFolderWithoutStormFilesIsAnError() throws {
        let folder = try temporaryFolder(["readme.txt": "nothing"])
        let result = Support.run(["check", folder])
        #expect(result.status == 2)
        #expect(result.error == "stormc: error: no .storm files in \(folder)\n")
    }

    @Test func jsonDiagnosticsAreOneObjectPerLineOnStandardOutput() throws {
        let folder = try temporaryFolder(["m.storm": "team Journeys\ncontext A {\n  owner Jorneys\n  event E v0\n}\ncontext A {}\n"])
        for arguments in [["check", "--diagnostics-format", "json", folder], ["check", "--diagnostics-format=json", folder], ["check", folder, "--diagnostics-format", "json"]] {
            let result = Support.run(arguments)
            #expect(result.status == 1)
            #expect(result.error == "", "no summary line and no text in JSON mode")
            let objects = Support.jsonLines(result.out)
            #expect(objects.count == 3)
            #expect(objects.map { $0["id"] as? String } == ["unresolved-reference", "invalid-version", "duplicate-declaration"])
            #expect(objects.map { $0["severity"] as? String } == ["error", "error", "error"])
            #expect(objects.map { $0["line"] as? Int } == [3, 4, 6])
            #expect(objects.map { $0["column"] as? Int } == [9, 11, 9])
            #expect(objects.map { $0["endColumn"] as? Int } == [16, 13, 10])
            #expect(objects.allSatisfy { ($0["path"] as? String) == folder + "/m.storm" })
            let fix = (objects[0]["fixIts"] as? [[String: Any]])?.first
            #expect(fix?["message"] as? String == "did you mean `Journeys`?")
            let edit = (fix?["edits"] as? [[String: Any]])?.first
            #expect(edit?["replacement"] as? String == "Journeys")
            #expect(edit?["line"] as? Int == 3)
            let note = (objects[2]["notes"] as? [[String: Any]])?.first
            #expect(note?["message"] as? String == "`A` is first declared here")
            #expect(note?["line"] as? Int == 2)
            #expect(Set(objects[1].keys) == ["id", "severity", "message", "path", "line", "column", "endLine", "endColumn", "snippet", "notes", "fixIts"])
        }
    }

    @Test func theWorkshopProfileLetsHalfFinishedWorkPass() throws {
        // An open hotspot and an event no one consumes: lint's findings, never check's, so the built
        // `stormc check --workshop` passes the model and says which profile it ran; errors still fail.
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = try temporaryFolder(["m.storm": """
            context Trips {
              event TripEnded { distance: Int }
              command EndTrip emits TripEnded
              hotspot "Who owns trip data?"
            }
            """, "broken/m.storm": "context Trips { command EndTrip emits TripEndd }"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plain = try CommandLineTestSupport.process(stormc, ["check", "m.storm"], in: folder, environment: [:])
        let workshop = try CommandLineTestSupport.process(stormc, ["check", "--workshop", "m.storm"], in: folder, environment: [:])
        #expect(workshop.status == 0, "\(workshop.error)")
        #expect(workshop.error.hasSuffix(": 0 errors, 0 warnings (workshop profile)\n"), "\(workshop.error)")
        #expect(workshop.error == plain.error.replacingOccurrences(of: "\n", with: " (workshop profile)\n"))
        let broken = try CommandLineTestSupport.process(stormc, ["check", "--workshop", "broken"], in: folder, environment: [:])
        #expect(broken.status == 1 && broken.error.contains("[unresolved-reference]"), "\(broken.error)")
    }

    @Test func aCleanModelPrintsNothingInJSON() throws {
        let folder = try temporaryFolder(Support.cleanModel)
        let result = Support.run(["check", "--diagnostics-format", "json", folder])
        #expect(result.status == 0)
        #expect(result.out == "")
        #expect(result.error == "")
    }

    @Test func anUnknownDiagnosticsFormatIsAUsageError() throws {
        let folder = try temporaryFolder(Support.cleanModel)
        let result = Support.run(["check", "--diagnostics-format", "xml", folder])
        #expect(result.status == 2)
        #expect(result.error == "stormc check: --diagnostics-format takes `text` or `json`, not `xml`\nRun `stormc help check` for usage.\n")
        #expect(Support.run(["check", folder, "--diagnostics-format"]).error.hasPrefix("stormc check: --diagnostics-format needs a value\n"))
    }

    @Test func colourOnlyWhenTheConsoleAsksForIt() throws {
        let folder = try temporaryFolder(["m.storm": "context A { event E v0 }"])
        let plain = Support.run(["check", folder])
        let coloured = Support.run(["check", folder], colors: true)
        #expect(!plain.error.contains("\u{1B}["))
        #expect(coloured.error.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let stripped = coloured.error.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.error)
        #expect(coloured.status == plain.status)
    }

    @Test func jsonIsNeverColoured() throws {
        let folder = try temporaryFolder(["m.storm": "context A { event E v0 }"])
        let result = Support.run(["check", "--diagnostics-format", "json", folder], colors: true)
        #expect(!result.out.contains("\u{1B}"))
        #expect(Support.jsonLines(result.out).count == 1)
    }

    @Test func anUnknownOptionIsAUsageErrorWithASuggestion() throws {
        let result = Support.run(["check", "--diagnostic-format", "json"])
        #expect(result.status == 2)
        #expect(result.error == "stormc check: unknown option --diagnostic-format (did you mean --diagnostics-format?)\nRun `stormc help check` for usage.\n")
        let far = Support.run(["check", "--verbose"])
        #expect(far.status == 2)
        #expect(far.error.hasPrefix("stormc check: unknown option --verbose\n"))
    }

    @Test func aDoubleDashEndsTheOptions() throws {
        let folder = try temporaryFolder(["-odd.storm": "context A {}"])
        let result = Support.run(["check", "--", folder + "/-odd.storm"])
        #expect(result.status == 0, "\(result.error)")
    }

    @Test func severalErrorsInSeveralFilesAreAllPrintedInFileOrder() throws {
        let folder = try temporaryFolder(["b.storm": "context B { event E v0 }", "a.storm": "contxt A {}", "c.storm": "context C { command K emits X }"])
        let result = Support.run(["check", folder])
        let headers = result.error.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.split(separator: ":")[0].split(separator: "/").last! }
        #expect(headers == ["a.storm", "b.storm", "c.storm"])
        // `contxt A` is reported, and read as the context it was meant to be.
        #expect(result.error.hasSuffix(": 3 files, 3 contexts, 1 event: 3 errors, 0 warnings\n"))
    }

    @Test func withNoPathEachFolderUnderModelsIsAModel() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder([
            "Models/Alpha/a.storm": "context A { event E }",
            "Models/Beta/b.storm": "context B { event F v0 }",
            "Models/notes.txt": "ignored",
        ])
        let result = try Support.process(stormc, ["check"], in: folder, environment: [:])
        #expect(result.status == 1)
        #expect(result.error == """
        Alpha: 1 file, 1 context, 1 event: 0 errors, 0 warnings
        Models/Beta/b.storm:1:21: error: event versions start at 1, found `v0` [invalid-version]
         1 | context B { event F v0 }
           |                     ^~
        Beta: 1 file, 1 context, 1 event: 1 error, 0 warnings

        """)
        let empty = try temporaryFolder(["x.txt": ""])
        let none = try Support.process(stormc, ["check"], in: empty, environment: [:])
        #expect(none.status == 2)
        #expect(none.error.hasPrefix("stormc: error: no model folder at Models"))
    }

    @Test func aTerminalGetsColourUnlessNoColorIsSet() throws {
        guard let stormc = Support.executable() else { return }
        guard toolAvailable("script") else { return }
        let folder = try temporaryFolder(["m.storm": "context A { event E v0 }"])
        // `script` runs the command on a pseudo-terminal, so standard error is a TTY.
        func onTerminal(_ environment: [String: String]) throws -> CommandResult {
            try Support.process(URL(fileURLWithPath: "/usr/bin/env"), ["script", "-qfec", "'\(stormc.path)' check m.storm", "/dev/null"],
                                in: folder, environment: environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a })
        }
        let terminal = try onTerminal(["TERM": "xterm"])
        #expect(terminal.out.contains("\u{1B}[1;31merror:"), "\(terminal.out)")
        #expect(!(try onTerminal(["TERM": "xterm", "NO_COLOR": "1"])).out.contains("\u{1B}["))
        #expect(!(try onTerminal(["TERM": "dumb"])).out.contains("\u{1B}["))
        // Not a terminal: no colour.
        let piped = try Support.process(stormc, ["check", "m.storm"], in: folder, environment: ["TERM": "xterm"])
        #expect(piped.status == 1)
        #expect(!piped.error.contains("\u{1B}["))
    }
}
