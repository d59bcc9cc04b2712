import Foundation
import StormCommandLine
import Testing

/// `stormc model --json`: the resolved model as JSON, in the shape `Docs/CLI.md` documents.
struct ModelCommandTests {
    typealias Support = CommandLineTestSupport

    static let model = [
        "domain.storm": """
        /// Insurance.
        domain Insurance "Motor" { subdomain Recording: core "Trips" }
        team Journeys { contact "j@example.com" }
        """,
        "trips.storm": """
        /// Trips.
        context Trips implements Recording {
          owner Journeys
          vision "Every trip"
          actor Driver
          external system Box
          id TripID: String
          value Point { lat: Double, lon: Double }
          enum Mode { car, bus }
          aggregate Trip {
            trip: TripID @identity
            email: String? @pii
            invariant "ends after it starts"
            command Start by Driver, Box { at: Timestamp, mode: Mode = car } emits Started
            entity Leg { to: Point }
          }
          @deprecated event Started v2.1 { at: Timestamp, grace: Duration = 5 minutes, tags: [String: Int] = [:] } was v1 { at: Timestamp }
          policy Restart: when Started then Start
          read model Live from Started { count: Int = 0 }
          hotspot "What if?"
          data product Feed {
            input port in consumes Started
            output port out publishes Started { freshness 1 minute }
            availability 99.9%
          }
        }
        context Scoring {}
        context map Landscape { Trips [U, OHS] -> [D, ACL] Scoring }
        """,
    ]

    func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }
    func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

    @Test func theResolvedModelHasTheDocumentedShape() throws {
        let folder = try temporaryFolder(Self.model)
        let result = Support.run(["model", "--json", folder])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error == "")
        let json = object(try JSONSerialization.jsonObject(with: Data(result.out.utf8)))
        #expect(Set(json.keys) == ["name", "sources", "domains", "teams", "contexts", "contextMaps"])
        #expect(json["name"] as? String == URL(fileURLWithPath: folder).lastPathComponent)
        #expect(json["sources"] as? [String] == [folder + "/domain.storm", folder + "/trips.storm"])

        let domain = object(array(json["domains"]).first)
        #expect(Set(domain.keys) == ["name", "doc", "description", "subdomains"])
        #expect(domain["doc"] as? String == "Insurance.")
        let subdomain = object(array(domain["subdomains"]).first)
        #expect(Set(subdomain.keys) == ["name", "kind", "doc", "description"])
        #expect(subdomain["kind"] as? String == "core")
        let team = object(array(json["teams"]).first)
        #expect(Set(team.keys) == ["name", "doc", "contact"])
        #expect(team["contact"] as? String == "j@example.com")

        let contexts = array(json["contexts"]).map(object)
        #expect(contexts.map { $0["name"] as? String } == ["Trips", "Scoring"])
        let trips = contexts[0]
        #expect(Set(trips.keys) == ["name", "doc", "domain", "subdomain", "owner", "vision", "actors", "externalSystems", "identifiers",
                                    "valueObjects", "entities", "enumerations", "aggregates", "commands", "events", "policies",
                                    "readModels", "hotspots", "dataProducts", "sources", "external"])
        #expect(trips["external"] as? Bool == false)
        #expect(trips["subdomain"] as? String == "Insurance.Recording")
        #expect(trips["domain"] as? String == "Insurance")
        #expect(contexts[1]["subdomain"] is NSNull)
        #expect(object(array(trips["identifiers"]).first)["rawType"] as? String == "String")
        #expect(object(array(trips["entities"]).first)["aggregate"] as? String == "Trip")
        #expect(array(object(array(trips["enumerations"]).first)["cases"]) as? [String] == ["car", "bus"])

        let aggregate = object(array(trips["aggregates"]).first)
        #expect(Set(aggregate.keys) == ["name", "doc", "fields", "invariants", "commands", "lifecycle", "scenarios", "owner"])
        let field = object(array(aggregate["fields"]).first)
        #expect(Set(field.keys) == ["name", "doc", "type", "required", "identity", "pii", "deprecated", "default"])
        #expect(field["type"] as? String == "Trips.TripID")
        #expect(field["identity"] as? Bool == true)
        #expect(object(array(aggregate["fields"]).last)["required"] as? Bool == false)
        #expect(object(array(aggregate["fields"]).last)["pii"] as? Bool == true)

        let command = object(array(trips["commands"]).first)
        #expect(Set(command.keys) == ["name", "doc", "aggregate", "issuers", "fields", "emits", "outcomes", "failures"])
        #expect(array(command["issuers"]).map(object).map { $0.keys.sorted() } == [["actor"], ["externalSystem"], ["policy"]])
        #expect(object(array(command["issuers"]).last)["policy"] as? String == "Trips.Restart")
        #expect(command["emits"] as? [String] == ["Trips.Started"])
        #expect(object(array(command["fields"]).last)["default"] as? String == "car")

        let event = object(array(trips["events"]).first)
        #expect(Set(event.keys) == ["name", "doc", "version", "fields", "emittedBy", "deprecated", "semanticVersion", "previousVersions"])
        #expect(event["version"] as? Int == 2)
        #expect(event["semanticVersion"] as? String == "2.1.0")
        let previous = object(array(event["previousVersions"]).first)
        #expect(previous["version"] as? Int == 1)
        #expect(array(previous["fields"]).map { object($0)["name"] as? String } == ["at"])
        #expect(event["deprecated"] as? Bool == true)
        #expect(event["emittedBy"] as? [String] == ["Start"])
        let defaults = array(event["fields"]).map { object($0)["default"] }
        #expect(defaults[0] is NSNull)
        #expect(defaults[1] as? String == "PT5M")
        #expect((defaults[2] as? [String: Any])?.isEmpty == true)

        let policy = object(array(trips["policies"]).first)
        #expect(policy["when"] as? [String] == ["Trips.Started"])
        #expect(policy["then"] as? [String] == ["Trips.Start"])
        #expect(object(array(trips["readModels"]).first)["from"] as? [String] == ["Trips.Started"])
        #expect(object(array(trips["hotspots"]).first)["text"] as? String == "What if?")

        let product = object(array(trips["dataProducts"]).first)
        #expect(Set(product.keys) == ["name", "doc", "owner", "inputPorts", "outputPorts"])
        #expect(product["owner"] as? String == "Journeys")
        let output = object(array(product["outputPorts"]).first)
        #expect(Set(output.keys) == ["name", "doc", "events", "freshness", "availability"])
        #expect(output["freshness"] as? String == "PT1M")
        #expect((output["availability"] as? NSNumber)?.doubleValue == 99.9)
        #expect(object(array(product["inputPorts"]).first)["freshness"] is NSNull)

        let map = object(array(json["contextMaps"]).first)
        #expect(Set(map.keys) == ["name", "doc", "relationships", "type", "state", "teamRelationships"])
        #expect(map["type"] is NSNull && map["state"] is NSNull)
        let relationship = object(array(map["relationships"]).first)
        #expect(Set(relationship.keys) == ["kind", "first", "second", "upstreamPatterns", "downstreamPatterns", "bigBallOfMud",
                                            "name", "technology", "exposes", "downstreamRights"])
        #expect(relationship["name"] is NSNull && relationship["downstreamRights"] is NSNull && relationship["exposes"] as? [String] == [])
        #expect(relationship["kind"] as? String == "upstreamDownstream")
        #expect(relationship["upstreamPatterns"] as? [String] == ["OHS"])
        #expect(relationship["downstreamPatterns"] as? [String] == ["ACL"])
    }

    @Test func theOutputIsDeterministic() throws {
        let folder = try temporaryFolder(Self.model)
        #expect(Support.run(["model", "--json", folder]).out == Support.run(["model", "--json", folder]).out)
    }

    @Test func aModelWithErrorsPrintsDiagnosticsAndNoJSON() throws {
        let folder = try temporaryFolder(["m.storm": "context A { event E v0 }"])
        let result = Support.run(["model", "--json", folder])
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(result.error.contains("[invalid-version]"))
    }

    @Test func jsonIsRequired() throws {
        let folder = try temporaryFolder(Self.model)
        let result = Support.run(["model", folder])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.error == "stormc model: give --json: JSON is the only output format, for now\nRun `stormc help model` for usage.\n")
    }

    @Test func aMissingPathIsAnIOError() {
        let result = Support.run(["model", "--json", "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.error == "stormc: error: no such file or folder: /nonexistent\n")
    }

    @Test func withNoPathEveryModelFolderIsAnElementOfAnArray() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["Models/Alpha/a.storm": "context A {}", "Models/Beta/b.storm": "context B {}"])
        let result = try Support.process(stormc, ["model", "--json"], in: folder, environment: [:])
        #expect(result.status == 0, "\(result.error)")
        let models = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]]
        #expect(models?.map { $0["name"] as? String } == ["Alpha", "Beta"])
    }
}
