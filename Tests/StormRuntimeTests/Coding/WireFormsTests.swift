import Foundation
import StormRuntime
import Testing

struct WireFormsTests {
    @Test func decimalsAreStringsThatKeepPrecision() throws {
        let value = try #require(Decimal(string: "12345678901234567890.123456789"))
        let json = try StormJSON.string(JSONDecimal(value))
        #expect(json == "\"12345678901234567890.123456789\"")
        #expect(try StormJSON.decode(JSONDecimal.self, from: json).value == value)
        #expect(try StormJSON.string(JSONDecimal(Decimal(string: "-0.5")!)) == "\"-0.5\"")
    }

    @Test(arguments: ["\"1e5\"", "\"1.\"", "\".5\"", "\" 1\"", "\"\"", "12.5", "\"NaN\""])
    func decimalsRefuseOtherForms(json: String) {
        #expect(throws: DecodingError.self) { try StormJSON.decode(JSONDecimal.self, from: json) }
    }

    @Test func decimalNaNHasNoJSONForm() {
        #expect(throws: EncodingError.self) { try StormJSON.string(JSONDecimal(.nan)) }
    }

    @Test func timestampsAreISOStringsWhateverTheEncoder() throws {
        let date = Date(timeIntervalSince1970: 1_795_947_330.5)
        let plain = String(decoding: try JSONEncoder().encode(JSONTimestamp(date)), as: UTF8.self)
        #expect(plain == "\"2026-11-29T10:15:30.500Z\"")
        #expect(try JSONDecoder().decode(JSONTimestamp.self, from: Data(plain.utf8)).value == date)
    }

    @Test func uuidsAreLowerCase() throws {
        let id = try #require(UUID(uuidString: "0F8FAD5B-D9CB-469F-A165-70867728950E"))
        #expect(try StormJSON.string(JSONUUID(id)) == "\"0f8fad5b-d9cb-469f-a165-70867728950e\"")
        #expect(try StormJSON.decode(JSONUUID.self, from: "\"0f8fad5b-d9cb-469f-a165-70867728950e\"").value == id)
        #expect(throws: DecodingError.self) { try StormJSON.decode(JSONUUID.self, from: "\"not-a-uuid\"") }
    }

    @Test func sharedCodersSortKeysAndWriteDatesAsTimestamps() throws {
        struct Sample: Codable { var zebra = 1; var apple = Date(timeIntervalSince1970: 0); var path = "a/b" }
        #expect(try StormJSON.string(Sample()) == #"{"apple":"1970-01-01T00:00:00.000Z","path":"a/b","zebra":1}"#)
        #expect(try StormJSON.decode(Sample.self, from: #"{"apple":"1970-01-01T00:00:01Z","path":"","zebra":2}"#).apple
            == Date(timeIntervalSince1970: 1))
    }
}
