import Foundation
import StormRuntime
import Testing

struct CloudEventTests {
    let time = Date(timeIntervalSince1970: 1_795_947_330.123)

    @Test func codesTheJSONFormat() throws {
        let envelope = CloudEvent(id: "e-1", source: "/transit/gates", subject: "gate-7", time: time, event: Unlocked(fare: 2.5))
        let json = try StormJSON.string(envelope)
        #expect(json == #"{"data":{"fare":2.5},"datacontenttype":"application/json","id":"e-1","source":"/transit/gates","#
            + #""specversion":"1.0","subject":"gate-7","time":"2026-11-29T10:15:30.123Z","type":"transit.gates.Unlocked.v2"}"#)
        #expect(try StormJSON.decode(CloudEvent<Unlocked>.self, from: json) == envelope)
    }

    @Test func leavesAbsentAttributesOut() throws {
        let envelope = CloudEvent(id: "e-2", source: "/s", type: "t", dataContentType: nil, data: [String: Int]())
        #expect(try StormJSON.string(envelope) == #"{"data":{},"id":"e-2","source":"/s","specversion":"1.0","type":"t"}"#)
    }

    @Test func refusesAnotherSpecVersionOrEventType() {
        let wrongVersion = #"{"data":{},"id":"1","source":"/s","specversion":"0.3","type":"transit.gates.Passed.v1"}"#
        let wrongType = #"{"data":{},"id":"1","source":"/s","specversion":"1.0","type":"transit.gates.Passed.v2"}"#
        #expect(throws: DecodingError.self) { try StormJSON.decode(CloudEvent<Passed>.self, from: wrongVersion) }
        #expect(throws: DecodingError.self) { try StormJSON.decode(CloudEvent<Passed>.self, from: wrongType) }
    }

    @Test func eventSetsChooseTheCaseByType() throws {
        let json = try TurnstileEvent.passed(Passed()).cloudEventJSON(id: "e-3", source: "/transit/gates", time: time)
        let decoded = try TurnstileEvent.decodeCloudEvent(from: json)
        #expect(decoded.data == .passed(Passed()))
        #expect(decoded.type == "transit.gates.Passed.v1")
        #expect(decoded.id == "e-3")
        let unknown = Data(#"{"data":{},"id":"1","source":"/s","specversion":"1.0","type":"other.Thing.v1"}"#.utf8)
        #expect(throws: DecodingError.self) { try TurnstileEvent.decodeCloudEvent(from: unknown) }
    }
}
