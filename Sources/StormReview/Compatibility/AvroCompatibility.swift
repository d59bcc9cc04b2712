/// Avro's schema-resolution rules: whether a reader schema can read what a writer schema wrote.
///
/// Follows the Avro specification ("Schema Resolution") as its reference checkers do: promotions
/// `int → long → float → double` and `string ↔ bytes`; a reader's union takes a writer's value if any
/// branch can; a writer's union is readable only if every branch is; records match fields by name, and a
/// reader field missing from the writer needs a default; an enum reader lacking a writer's symbol needs a
/// default symbol; named types match by unqualified name.
public enum AvroCompatibility {
    /// One reason a reader cannot read a writer's data: where (`/fields/route/items`) and why.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var location: String
        public var reason: String
        public var description: String { "\(location): \(reason)" }
    }

    /// Every problem a reader meets reading the writer's data; empty when compatible.
    public static func problems(reader: AvroShape, writer: AvroShape, at location: String = "") -> [Problem] {
        func mismatch() -> [Problem] {
            [Problem(location: location.isEmpty ? "/" : location, reason: "a \(reader.typeName) reader cannot read a \(writer.typeName)")]
        }
        switch (reader, writer) {
        case (.null, .null), (.boolean, .boolean), (.int, .int), (.long, .long), (.float, .float), (.double, .double),
             (.bytes, .bytes), (.string, .string):
            return []
        case (.array(let r), .array(let w)):
            return problems(reader: r, writer: w, at: location + "/items")
        case (.map(let r), .map(let w)):
            return problems(reader: r, writer: w, at: location + "/values")
        case (.reference(let r), .reference(let w)):
            return r == w ? [] : mismatch()
        case (.enumeration(let rName, let rSymbols, let rDefault), .enumeration(let wName, let wSymbols, _)):
            guard rName == wName else { return [Problem(location: location + "/name", reason: "expected the name \(wName), found \(rName)")] }
            let missing = wSymbols.filter { !rSymbols.contains($0) }
            if missing.isEmpty || rDefault.map(rSymbols.contains) == true { return [] }
            return [Problem(location: location + "/symbols", reason: "the reader lacks the symbols \(missing.joined(separator: ", ")) and has no default")]
        case (.record(let rName, let rFields), .record(let wName, let wFields)):
            guard rName == wName else { return [Problem(location: location + "/name", reason: "expected the name \(wName), found \(rName)")] }
            return rFields.flatMap { field -> [Problem] in
                let place = location + "/fields/" + field.name
                guard let written = wFields.first(where: { $0.name == field.name }) else {
                    return field.hasDefault ? [] : [Problem(location: place, reason: "the writer lacks the field and the reader has no default")]
                }
                return problems(reader: field.type, writer: written.type, at: place)
            }
        case (.union, .union(let branches)), (_, .union(let branches)):
            return branches.flatMap { problems(reader: reader, writer: $0, at: location) }
        case (.union(let branches), _):
            if branches.contains(where: { problems(reader: $0, writer: writer).isEmpty }) { return [] }
            return [Problem(location: location.isEmpty ? "/" : location, reason: "no branch of the reader's union reads a \(writer.typeName)")]
        case (.long, .int), (.float, .int), (.float, .long), (.double, .int), (.double, .long), (.double, .float),
             (.bytes, .string), (.string, .bytes):
            return []
        default:
            return mismatch()
        }
    }

    /// Whether the reader can read everything the writer writes.
    public static func canRead(reader: AvroShape, writer: AvroShape) -> Bool { problems(reader: reader, writer: writer).isEmpty }
}
