import StormReview
import Testing

private func record(_ fields: AvroField...) -> AvroShape { .record(name: "R", fields: fields) }

@Test func enumerationWithoutDefaultCannotReadUnknownSymbols() {
    let old = AvroShape.enumeration(name: "Mode", symbols: ["car", "bus"], default: nil)
    let new = AvroShape.enumeration(name: "Mode", symbols: ["car"], default: nil)
    #expect(AvroCompatibility.problems(reader: new, writer: old).map(\.description) == ["/symbols: the reader lacks the symbols bus and has no default"])
    #expect(AvroCompatibility.canRead(reader: old, writer: new))
    #expect(AvroCompatibility.canRead(reader: .enumeration(name: "Mode", symbols: ["car"], default: "car"), writer: old))
}

@Test func unionsFollowTheSpecification() {
    let optionalLong = AvroShape.union([.null, .long])
    #expect(AvroCompatibility.canRead(reader: optionalLong, writer: .long))
    #expect(AvroCompatibility.canRead(reader: optionalLong, writer: .int))
    #expect(!AvroCompatibility.canRead(reader: .long, writer: optionalLong))
    #expect(AvroCompatibility.canRead(reader: .union([.null, .double]), writer: optionalLong))
    #expect(!AvroCompatibility.canRead(reader: .union([.null, .string]), writer: optionalLong))
}

@Test func namedTypesMatchByName() {
    #expect(!AvroCompatibility.canRead(reader: .record(name: "A", fields: []), writer: .record(name: "B", fields: [])))
    #expect(AvroCompatibility.canRead(reader: .reference(name: "A"), writer: .reference(name: "A")))
    #expect(!AvroCompatibility.canRead(reader: .enumeration(name: "A", symbols: ["x"], default: "x"),
                                       writer: .enumeration(name: "B", symbols: ["x"], default: "x")))
}

@Test func recordsReadFieldsByNameAndIgnoreExtraWriterFields() {
    let writer = record(AvroField(name: "a", type: .int, hasDefault: false), AvroField(name: "b", type: .string, hasDefault: false))
    let reader = record(AvroField(name: "b", type: .bytes, hasDefault: false), AvroField(name: "c", type: .long, hasDefault: true))
    #expect(AvroCompatibility.canRead(reader: reader, writer: writer))
    let strict = record(AvroField(name: "c", type: .long, hasDefault: false))
    #expect(AvroCompatibility.problems(reader: strict, writer: writer).map(\.location) == ["/fields/c"])
}

@Test(arguments: [
    (AvroShape.int, AvroShape.long, true), (.int, .float, true), (.int, .double, true), (.long, .float, true),
    (.long, .double, true), (.float, .double, true), (.string, .bytes, true), (.bytes, .string, true),
    (.long, .int, false), (.double, .float, false), (.boolean, .int, false), (.null, .string, false),
])
func primitivePromotions(_ writer: AvroShape, _ reader: AvroShape, _ readable: Bool) {
    #expect(AvroCompatibility.canRead(reader: reader, writer: writer) == readable)
}
