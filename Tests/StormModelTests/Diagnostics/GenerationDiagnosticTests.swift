import StormDiagnostics
import StormKit
import StormSource
import Testing

/// What a generator would refuse, reported by the checks: names that meet in Swift or Avro, and
/// declarations that would share a file. Each input marks where the error must be (`1️⃣`); the whole
/// rendered output is compared.
struct GenerationDiagnosticTests {
    @Test func twoDeclarationsOfOneSwiftName() {
        DiagnosticTestSupport.expect("swift-name-collision", in: #"""
        context Trips {
          event Type
          1️⃣event Type_
        }

        """#, renders: #"""
        model.storm:3:3: error: in context `Trips`, event `Type` and event `Type_` both map to the Swift name `Type_` [swift-name-collision]
         3 |   event Type_
           |   ^~~~~~~~~~~
          = help: rename one of them
        model.storm:2:3: note: event `Type` is declared here
         2 |   event Type
           |   ^~~~~~~~~~

        """#)
    }

    @Test func twoContextsOfOneSwiftName() {
        DiagnosticTestSupport.expect("swift-name-collision", in: #"""
        context Type {}
        1️⃣context Type_ {}

        """#, renders: #"""
        model.storm:2:1: error: contexts `Type` and `Type_` both map to the Swift name `Type_` [swift-name-collision]
         2 | context Type_ {}
           | ^~~~~~~~~~~~~~~~
          = help: rename one of them
        model.storm:1:1: note: `Type` is declared here
         1 | context Type {}
           | ^~~~~~~~~~~~~~~

        """#)
    }

    @Test func aDataProductNamedLikeItsContext() {
        DiagnosticTestSupport.expect("swift-name-hides-namespace", in: #"""
        context Trips {
          1️⃣data product Trips {
            output port Scores publishes TripEnded
          }
          event TripEnded
        }

        """#, renders: #"""
        model.storm:2:3: error: data product `Trips.Trips` has the Swift name of context `Trips` and would hide its namespace in generated code [swift-name-hides-namespace]
         2 |   data product Trips {
           |   ^~~~~~~~~~~~~~~~~~~~
          = help: rename the data product (for example `TripsProduct`)
        model.storm:1:1: note: context `Trips` is declared here
         1 | context Trips {
           | ^~~~~~~~~~~~~~~

        """#)
    }

    @Test func aFieldNamedLikeANestedType() {
        DiagnosticTestSupport.expect("swift-reserved-name", in: #"""
        context Trips {
          read model TripHistory from TripEnded {
            1️⃣Projection: String
          }
          event TripEnded
        }

        """#, renders: #"""
        model.storm:3:5: error: in read model `Trips.TripHistory`, field `Projection` has the name of the generated type `Projection` [swift-reserved-name]
         3 |     Projection: String
           |     ^~~~~~~~~~~~~~~~~~
          = help: rename the field

        """#)
    }

    @Test func twoFieldsOfOneAvroName() {
        DiagnosticTestSupport.expect("avro-name-collision", in: #"""
        context Weighing {
          value Parcel { größe: Int, 1️⃣gr_u00F6_u00DFe: Int }
        }

        """#, renders: #"""
        model.storm:2:32: error: in `Weighing.Parcel`, fields `größe` and `gr_u00F6_u00DFe` both have the Avro name `gr_u00F6_u00DFe` [avro-name-collision]
         2 |   value Parcel { größe: Int, gr_u00F6_u00DFe: Int }
           |                              ^~~~~~~~~~~~~~~~~~~~
          = help: rename one of them
        model.storm:2:18: note: field `größe` is declared here
         2 |   value Parcel { größe: Int, gr_u00F6_u00DFe: Int }
           |                  ^~~~~~~~~~

        """#)
    }

    @Test func twoEventsWhoseFilesDifferOnlyInCase() {
        DiagnosticTestSupport.expect("file-name-collision", in: #"""
        context Trips {
          event TripEnded
          1️⃣event Tripended
        }

        """#, renders: #"""
        model.storm:3:3: error: event `Trips.Tripended` v1 would be written to the JSON Schema file of event `Trips.TripEnded` v1, `Trips/events/TripEnded.v1.schema.json`, on file systems that ignore case (macOS, Windows) [file-name-collision]
         3 |   event Tripended
           |   ^~~~~~~~~~~~~~~
          = help: rename one of them
        model.storm:2:3: note: event `Trips.TripEnded` v1 is declared here
         2 |   event TripEnded
           |   ^~~~~~~~~~~~~~~

        """#)
    }

    @Test func twoContextsWhoseFilesDifferOnlyInCase() {
        DiagnosticTestSupport.expect("file-name-collision", in: #"""
        context Trips {}
        1️⃣context TRIPS {}

        """#, renders: #"""
        model.storm:2:1: error: context `TRIPS` would be written to the AsyncAPI file of context `Trips`, `Trips.asyncapi.yaml`, on file systems that ignore case (macOS, Windows) [file-name-collision]
         2 | context TRIPS {}
           | ^~~~~~~~~~~~~~~~
          = help: rename one of them
        model.storm:1:1: note: context `Trips` is declared here
         1 | context Trips {}
           | ^~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aContextNamedLikeAnotherOnesTestTarget() {
        DiagnosticTestSupport.expect("package-target-collision", in: #"""
        context Trips {}
        1️⃣context TripsTests {}

        """#, renders: #"""
        model.storm:2:1: error: `stormc generate package` would make two targets named `TripsTests`, one of them a test target [package-target-collision]
         2 | context TripsTests {}
           | ^~~~~~~~~~~~~~~~~~~~~
          = help: rename a context

        """#)
    }

    /// Names that differ only in case beyond ASCII, or only in Unicode normalization, meet as files too.
    @Test func namesThatFoldToOneFileBeyondASCII() {
        for (a, b) in [("Trip\u{212A}", "Tripk"), ("Caf\u{E9}Ended", "CAF\u{C9}Ended")] {
            let source = "context Trips {\n  event \(a)\n  event \(b)\n}\n"
            let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: Array(source.utf8))], name: "Test")
            #expect(loaded.diagnostics.all.map(\.id.rawValue) == ["file-name-collision"], "\(a) and \(b): \(loaded.diagnostics.all.map(\.message))")
        }
    }

    /// Every problem in one run, each once, even when it would show in several formats.
    @Test func everyProblemAtOnce() {
        let source = """
        context Trips {
          data product Trips { output port Scores publishes TripEnded }
          event TripEnded { Event: Int }
          event Tripended
          aggregate Trip { Decider: Int }
        }
        context TRIPS {}
        """
        let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: Array(source.utf8))], name: "Test")
        let ids = loaded.diagnostics.all.map(\.id.rawValue).sorted()
        #expect(ids == ["file-name-collision", "file-name-collision", "swift-name-hides-namespace", "swift-reserved-name"])
    }

    /// Long names are cut with a hash: two that share their first 250 characters, or one of 86 CJK
    /// characters (258 bytes), check clean.
    @Test func longNamesCheckClean() {
        let long = String(repeating: "E", count: 250)
        let source = """
        context \(String(repeating: "運", count: 86)) {
          event \(long)A
          event \(long)B
        }
        """
        let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: Array(source.utf8))], name: "Test")
        #expect(loaded.diagnostics.all.map(\.message) == [])
    }
}
