import StormGenerators
import StormModel
import StormReview
import Testing

/// One change to the `Trips.TripEnded` event (or to the types it uses), old and new.
private struct PairedChange: CustomStringConvertible {
    var name: String
    let oldFields = base.fields
    var newFields = base.fields
    let oldTypes = base.types
    var newTypes = base.types
    var description: String { name }

    static let base = (fields: "id: TripID, distance: Int, ratio: Double, label: String, note: String?, count: Int = 0, "
        + "day: Date, at: Timestamp, mode: Mode, point: Point, tags: [String], extras: [String: Int], price: Decimal, "
        + "fast: Bool, wait: Duration",
        types: "id TripID\n  enum Mode { car, bus, train }\n  enum Vehicle { car, bus, train }\n  value Point { lat: Double, lon: Double }")

    init(_ name: String, fields: (String, String)? = nil, types: (String, String)? = nil) {
        self.name = name
        if let (old, new) = fields {
            newFields = old.isEmpty ? Self.base.fields + ", " + new : Self.base.fields.replacingOccurrences(of: old, with: new)
        }
        if let (old, new) = types { newTypes = Self.base.types.replacingOccurrences(of: old, with: new) }
    }

    static func text(fields: String, types: String) -> String {
        "context Trips {\n  \(types)\n  event TripEnded { \(fields) }\n}\n"
    }
}

private let changes: [PairedChange] = [
    PairedChange("add a required field", fields: ("", "driver: String")),
    PairedChange("add an optional field", fields: ("", "driver: String?")),
    PairedChange("add a field with an Int default", fields: ("", "laps: Int = 3")),
    PairedChange("add a field with a String default", fields: ("", "source: String = \"app\"")),
    PairedChange("add an enumeration field with a default", fields: ("", "kind: Mode = bus")),
    PairedChange("add a list field with a default", fields: ("", "stops: [String] = []")),
    PairedChange("add a timestamp field", fields: ("", "endedAt: Timestamp")),
    PairedChange("add a Decimal field with a default", fields: ("", "fee: Decimal = 1.5")),
    PairedChange("add a Decimal field whose default Avro cannot write", fields: ("", "fee: Decimal = 1.1234567891")),
    PairedChange("add a value object field", fields: ("", "end: Point")),
    PairedChange("remove a required field", fields: ("label: String, ", "")),
    PairedChange("remove an optional field", fields: ("note: String?, ", "")),
    PairedChange("remove a field with a default", fields: ("count: Int = 0, ", "")),
    PairedChange("Int to Double", fields: ("distance: Int", "distance: Double")),
    PairedChange("Double to Int", fields: ("ratio: Double", "ratio: Int")),
    PairedChange("Int to String", fields: ("distance: Int", "distance: String")),
    PairedChange("String to UUID", fields: ("label: String", "label: UUID")),
    PairedChange("Int to Timestamp", fields: ("distance: Int", "distance: Timestamp")),
    PairedChange("Date to Timestamp", fields: ("day: Date", "day: Timestamp")),
    PairedChange("Timestamp to Date", fields: ("at: Timestamp", "at: Date")),
    PairedChange("String to Decimal", fields: ("label: String", "label: Decimal")),
    PairedChange("Decimal to Double", fields: ("price: Decimal", "price: Double")),
    PairedChange("Duration to String", fields: ("wait: Duration", "wait: String")),
    PairedChange("Bool to Int", fields: ("fast: Bool", "fast: Int")),
    PairedChange("Int made optional", fields: ("distance: Int", "distance: Int?")),
    PairedChange("optional String made required", fields: ("note: String?", "note: String")),
    PairedChange("value object made optional", fields: ("point: Point", "point: Point?")),
    PairedChange("list of String to list of UUID", fields: ("tags: [String]", "tags: [UUID]")),
    PairedChange("list of String to list of Int", fields: ("tags: [String]", "tags: [Int]")),
    PairedChange("map values Int to Double", fields: ("extras: [String: Int]", "extras: [String: Double]")),
    PairedChange("map values Int to String", fields: ("extras: [String: Int]", "extras: [String: String]")),
    PairedChange("list to map", fields: ("tags: [String]", "tags: [String: String]")),
    PairedChange("rename a field", fields: ("label: String", "title: String")),
    PairedChange("enumeration to String", fields: ("mode: Mode", "mode: String")),
    PairedChange("enumeration to another enumeration", fields: ("mode: Mode", "mode: Vehicle")),
    PairedChange("value object to enumeration", fields: ("point: Point", "point: Mode")),
    PairedChange("add a default to an existing field", fields: ("label: String", "label: String = \"x\"")),
    PairedChange("add a required field to a value object", types: ("lon: Double }", "lon: Double, alt: Double }")),
    PairedChange("add an optional field to a value object", types: ("lon: Double }", "lon: Double, alt: Double? }")),
    PairedChange("remove a field of a value object", types: ("lat: Double, lon: Double", "lat: Double")),
    PairedChange("Double to Int in a value object", types: ("lat: Double, lon: Double", "lat: Int, lon: Double")),
    PairedChange("add a field with a default to a value object", types: ("lon: Double }", "lon: Double, n: Int = 1 }")),
    PairedChange("add an enumeration symbol", types: ("enum Mode { car, bus, train }", "enum Mode { car, bus, train, tram }")),
    PairedChange("remove an enumeration symbol", types: ("enum Mode { car, bus, train }", "enum Mode { car, train }")),
    PairedChange("change the default symbol", types: ("enum Mode { car, bus, train }", "enum Mode { bus, car, train }")),
    PairedChange("identifier backed by Int instead of UUID", types: ("id TripID", "id TripID: Int")),
]

/// Every paired change, classified by `stormc diff` and by Python `avro`'s own checker on the `.avsc` files
/// `stormc generate avro` writes: the verdicts must agree both ways.
@Test func diffVerdictsAgreeWithPythonAvro() throws {
    #expect(changes.count >= 30)
    var pairs: [(name: String, old: String, new: String)] = []
    var ours: [String: Compatibility] = [:]
    for change in changes {
        #expect(change.oldFields != change.newFields || change.oldTypes != change.newTypes, "\(change.name) changes nothing")
        let old = model(PairedChange.text(fields: change.oldFields, types: change.oldTypes))
        let new = model(PairedChange.text(fields: change.newFields, types: change.newTypes))
        let entry = SchemaDiff.compare(old: old, new: new).entries.first { $0.kind == .event }
        ours[change.name] = entry?.compatibility ?? .full
        func schema(_ model: Model) throws -> String {
            let files = try AvroGenerator.generate(model, options: GeneratorOptions())
            return try #require(files.first { $0.path.hasSuffix("TripEnded.v1.avsc") }).contents
        }
        pairs.append((change.name, try schema(old), try schema(new)))
    }
    guard let theirs = try PythonAvro.compatibility(pairs) else { return }
    var disagreements: [String] = []
    for change in changes {
        guard let verdict = theirs[change.name], let mine = ours[change.name] else {
            disagreements.append("\(change.name): no verdict")
            continue
        }
        if verdict.backward != mine.backward || verdict.forward != mine.forward {
            disagreements.append("\(change.name): stormc says \(mine.summary), avro says \(Compatibility(backward: verdict.backward, forward: verdict.forward).summary)")
        }
    }
    #expect(disagreements == [])
    // The pairs cover every verdict, so agreement is not agreement on "compatible" alone.
    let kinds = Set(ours.values.map(\.summary))
    #expect(kinds == ["compatible", "breaks backward", "breaks forward", "breaks backward and forward"])
}
