import StormSupport
import Testing

/// A document written line by line must read exactly as the same document built as a tree and rendered.
@Test func yamlStreamWritesWhatTheTreeRenders() {
    let tree = YAML.ordered([
        "asyncapi": .string("3.0.0"),
        "info": .ordered(["title": .string("Trips"), "tags": .sequence([.ordered(["name": .string("no")])])]),
        "channels": .ordered([
            "trips.TripEnded.v1": .ordered([
                "address": .string("trips.TripEnded.v1"),
                "messages": .ordered(["TripEnded": .ordered(["$ref": .string("#/components/messages/trips.TripEnded.v1")])]),
            ]),
        ]),
        "operations": .mapping([]),
        "send": .ordered(["messages": .sequence([.ordered(["$ref": .string("#/x"), "name": .string("y")])]), "none": .sequence([])]),
        "schemas": .json(["b": ["type": "string"], "a": .array([1, 2]), "c": .object(JSONObject())]),
    ])

    var stream = YAMLStream(prefix: "# header\n")
    stream.entry("asyncapi", "3.0.0")
    stream.entry("info", YAML.ordered(["title": .string("Trips"), "tags": .sequence([.ordered(["name": .string("no")])])]))
    stream.entry("skipped", YAML?.none)
    stream.open("channels")
    stream.open("trips.TripEnded.v1")
    stream.entry("address", "trips.TripEnded.v1")
    stream.open("messages")
    stream.open("TripEnded")
    stream.entry("$ref", "#/components/messages/trips.TripEnded.v1")
    stream.end()
    stream.end()
    stream.end()
    stream.end()
    stream.open("operations")
    stream.end()
    stream.open("send")
    stream.openSequence("messages")
    stream.openItem()
    stream.entry("$ref", "#/x")
    stream.entry("name", "y")
    stream.end()
    stream.end()
    stream.openSequence("none")
    stream.end()
    stream.end()
    stream.entry("schemas", json: ["b": ["type": "string"], "a": .array([1, 2]), "c": .object(JSONObject())])

    let written = stream.finish().string
    #expect(written == "# header\n" + tree.rendered())
    #expect(written.contains("operations: {}\n"))
    #expect(written.contains("  none: []\n"))
    #expect(written.contains("\n    - name: \"no\"\n"))
}
