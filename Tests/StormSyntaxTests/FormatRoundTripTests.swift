import Foundation
import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Formatting is idempotent and keeps the meaning, on a messy hand-written file and on every bundled model;
/// the bundled models are already in canonical form, as `stormc fmt --check` requires in CI.
@Suite struct FormatRoundTripTests {
    /// A file typed in a hurry: a byte-order mark, CRLF line ends, tabs, odd spacing, stray commas.
    static let messy = "\u{FEFF}// Telematics, as the workshop saw it.\r\n\r\n"
        + "///Motor insurance\r\ndomain  MotorInsurance{\r\n\tsubdomain TripRecording:core \"Trips\"   \r\n"
        + "subdomain\tDriverScoring :  core}\r\n"
        + "team Journeys{contact \"journeys@example.com\"}\r\n"
        + "context Trips implements TripRecording{\r\n"
        + "\towner Journeys\r\n\tactor Driver   external system Device\r\n"
        + "  value GeoPoint{latitude:Double,longitude:Double,}\r\n"
        + "enum TransportMode{car,bus,train}\r\n"
        + "\taggregate Trip{tripId:TripID @identity,startedAt:Timestamp ,\r\n"
        + "\t\tinvariant \"A trip ends after it starts\"\r\n\r\n\r\n"
        + "command StartTrip by Driver{driverId:DriverID,startedAt:Timestamp}emits TripStarted}\r\n"
        + "event TripStarted{tripId:TripID,driverId:DriverID,startedAt:Timestamp}   // v1 only\r\n"
        + "\tevent TripEnded v2{tripId:TripID, endedAt:Timestamp , route:[GeoPoint]@pii,mode:TransportMode=car}\r\n"
        + "data product TripFeed{output port trips publishes TripStarted,TripEnded{freshness 5 minutes availability 99.9%}}\r\n"
        + "}\r\n"
        + "context map MotorInsurance{Trips[U,OHS]->[D,ACL]Scoring}"

    static let messyFormatted = """
        // Telematics, as the workshop saw it.

        /// Motor insurance
        domain MotorInsurance {
          subdomain TripRecording: core "Trips"
          subdomain DriverScoring: core
        }

        team Journeys { contact "journeys@example.com" }

        context Trips implements TripRecording {
          owner Journeys
          actor Driver
          external system Device
          value GeoPoint { latitude: Double, longitude: Double }
          enum TransportMode { car, bus, train }

          aggregate Trip {
            tripId: TripID @identity
            startedAt: Timestamp
            invariant "A trip ends after it starts"

            command StartTrip by Driver { driverId: DriverID, startedAt: Timestamp } emits TripStarted
          }

          event TripStarted { tripId: TripID, driverId: DriverID, startedAt: Timestamp } // v1 only

          event TripEnded v2 {
            tripId: TripID
            endedAt: Timestamp
            route: [GeoPoint] @pii
            mode: TransportMode = car
          }

          data product TripFeed {
            output port trips publishes TripStarted, TripEnded {
              freshness 5 minutes
              availability 99.9%
            }
          }
        }

        context map MotorInsurance {
          Trips [U, OHS] -> [D, ACL] Scoring
        }

        """

    @Test func messyFileFormatsCanonically() {
        let output = FormatTestSupport.format(FormatRoundTripTests.messy)
        #expect(output == FormatRoundTripTests.messyFormatted, "\n\(output)")
        #expect(FormatTestSupport.format(output) == output)
        FormatTestSupport.expectSameMeaning(FormatRoundTripTests.messy, output)
        #expect(FormatTestSupport.commentCount(output) == FormatTestSupport.commentCount(FormatRoundTripTests.messy))
    }

    @Test func syntaxErrorsAreRefused() {
        var diagnostics = DiagnosticList()
        let output = StormFormatter.format(SourceFile(path: "broken.storm", text: "context C { event }\n"), id: FileID(0), diagnostics: &diagnostics)
        #expect(output == nil)
        #expect(diagnostics.hasErrors)
    }

    @Test func cleanFilesAreFormattedThroughTheCheckedEntryPoint() {
        var diagnostics = DiagnosticList()
        let output = StormFormatter.format(SourceFile(path: "ok.storm", text: "team   T\n"), id: FileID(0), diagnostics: &diagnostics)
        #expect(output == "team T\n")
        #expect(diagnostics.all.isEmpty)
    }

    /// Every `.storm` file under `Models/`.
    static func modelFiles() throws -> [SourceFile] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let models = root.appendingPathComponent("Models")
        guard let walker = FileManager.default.enumerator(at: models, includingPropertiesForKeys: nil) else { return [] }
        var files: [SourceFile] = []
        for case let url as URL in walker where url.pathExtension == "storm" {
            let path = String(url.path(percentEncoded: false).dropFirst(root.path(percentEncoded: false).count))
            files.append(SourceFile(path: path, bytes: Array(try Data(contentsOf: url))))
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyModelRoundTrips() throws {
        let files = try FormatRoundTripTests.modelFiles()
        #expect(!files.isEmpty, "no .storm files under Models/")
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            let output = FormatTestSupport.format(file)
            #expect(FormatTestSupport.format(output) == output, "\(file.path): formatting is not idempotent")
            FormatTestSupport.expectSameMeaning(text, output)
            #expect(FormatTestSupport.commentCount(output) == FormatTestSupport.commentCount(text), "\(file.path): a comment was lost")
            if output != text {
                let difference = FormatTestSupport.firstDifference(text, output)
                Issue.record("\(file.path) is not canonically formatted: run `swift run stormc fmt`\n\(difference)")
            }
        }
    }
}
