import Foundation
@testable import StormGenerators
import StormModel
import Testing

private func tripEnded() throws -> (record: [String: Any], fields: [String: [String: Any]]) {
    let files = try AvroGenerator.generate(SchemaFixture.model, options: GeneratorOptions())
    #expect(files.map(\.path) == ["Trips/TripEnded.v2.avsc", "Trips/TripStarted.v1.avsc", "Scoring/TripScored.v1.avsc"])
    let record = try parsedJSON(file("Trips/TripEnded.v2.avsc", in: files))
    let fields = try #require(record["fields"] as? [[String: Any]])
    return (record, Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] as? String ?? "", $0) }))
}

@Test func avroRecordIsNamedInTheNamespaceOfDomainAndContext() throws {
    let (record, fields) = try tripEnded()
    #expect(record["type"] as? String == "record")
    #expect(record["name"] as? String == "TripEnded")
    #expect(record["namespace"] as? String == "motorinsurance.trips")
    #expect(record["doc"] as? String == "A trip ended.")
    #expect(fields["tripId"]?["doc"] as? String == "The trip.")
    #expect(fields.count == SchemaFixture.tripEnded.fields.count)
}

@Test func avroUsesLogicalTypesAndDocumentedDecimalPrecision() throws {
    let (_, fields) = try tripEnded()
    #expect((fields["tripId"]?["type"] as? [String: Any])?["logicalType"] as? String == "uuid")
    #expect((fields["endedAt"]?["type"] as? [String: Any])?["logicalType"] as? String == "timestamp-millis")
    #expect((fields["day"]?["type"] as? [String: Any])?["type"] as? String == "int")
    let decimal = try #require(fields["premium"]?["type"] as? [String: Any])
    #expect(decimal["type"] as? String == "bytes")
    #expect(decimal["precision"] as? Int == 38)
    #expect(decimal["scale"] as? Int == 9)
    #expect(fields["stops"]?["type"] as? String == "long")
    #expect(fields["idle"]?["type"] as? String == "string")
    #expect(fields["idle"]?["default"] as? String == "PT1M30S")
}

@Test func avroOptionalsAreUnionsWithNullDefaultingToNull() throws {
    let (_, fields) = try tripEnded()
    #expect(fields["note"]?["type"] as? [String] == ["null", "string"])
    #expect(fields["note"]?["default"] is NSNull)
    let driver = try #require(fields["driver"]?["type"] as? [Any])
    #expect(driver.first as? String == "null")
    #expect(((driver.last as? [String: Any])?["fields"] as? [[String: Any]])?.last?["name"] as? String == "gr_u00F6_u00DFe")
}

@Test func avroEnumsHaveADefaultSymbolAndNamedTypesAreDefinedOnce() throws {
    let (_, fields) = try tripEnded()
    let mode = try #require(fields["mode"]?["type"] as? [String: Any])
    #expect(mode["type"] as? String == "enum")
    #expect(mode["symbols"] as? [String] == ["phone", "dongle"])
    #expect(mode["default"] as? String == "phone")
    let point = try #require((fields["route"]?["type"] as? [String: Any])?["items"] as? [String: Any])
    let next = (point["fields"] as? [[String: Any]])?.last?["type"] as? [String]
    #expect(next == ["null", "motorinsurance.trips.GeoPoint"])
}

@Test func avroDecimalDefaultsAreTwosComplementBytes() {
    func bytes(_ text: String, scale: Int) -> [UInt32]? { AvroDefaults.decimalBytes(text, scale: scale)?.unicodeScalars.map(\.value) }
    #expect(bytes("12.50", scale: 9) == [0x02, 0xE9, 0x0E, 0xDD, 0x00])
    #expect(bytes("0", scale: 9) == [0x00])
    #expect(bytes("-1", scale: 0) == [0xFF])
    #expect(bytes("128", scale: 0) == [0x00, 0x80])
    #expect(bytes("-129", scale: 0) == [0xFF, 0x7F])
    #expect(bytes("0.0000000001", scale: 9) == nil)
    #expect(bytes("1e3", scale: 9) == nil)
}

@Test func avroNamesSpellOutWhatAvroDoesNotAllow() {
    #expect(AvroNames.name("TripEnded") == "TripEnded")
    #expect(AvroNames.name("größe") == "gr_u00F6_u00DFe")
    #expect(AvroNames.name("運行") == "_u904B_u884C")
}

@Test func avroRefusesTwoFieldsThatBecomeOneName() {
    var model = SchemaFixture.model
    model.contexts[0].events[0].fields += [SchemaFixture.field("größe", .primitive(.int)), SchemaFixture.field("gr_u00F6_u00DFe", .primitive(.int))]
    #expect(throws: GeneratorError.self) { try AvroGenerator.generate(model, options: GeneratorOptions()) }
}
