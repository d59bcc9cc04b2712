import StormSupport
import Testing

/// ``JSONObject`` keeps its members sorted by key, each key once, however it is built, so it renders as a
/// dictionary of the same members did.
@Suite struct JSONObjectTests {
    @Test func membersAreSortedAndTheLastOfARepeatedKeyIsKept() {
        let literal: JSONObject = ["b": 1, "a": 2, "b": 3, "c": 4]
        #expect(literal.keys == ["a", "b", "c"])
        #expect(literal["b"] == 3)
        let given = JSONObject(members: [(key: "z", value: 1), (key: "m", value: 2), (key: "z", value: 5), (key: "a", value: 3), (key: "m", value: 6)])
        #expect(given.keys == ["a", "m", "z"])
        #expect(given["z"] == 5 && given["m"] == 6 && given["a"] == 3)
        #expect(JSONObject(["y": 1, "x": 2, "é": 3, "Z": 4]).keys == ["Z", "x", "y", "é"])
    }

    @Test func membersWithoutAValueAreLeftOut() {
        let absent: JSON? = nil
        let object = JSONObject(omittingNil: ["type": "string", "doc": absent, "default": .null, "name": "n", "type": "int"])
        #expect(object.keys == ["default", "name", "type"])
        #expect(object["default"] == .null && object["type"] == "int" && object["doc"] == JSON?.none)
    }

    @Test func settingAddsInPlaceReplacesAndRemoves() {
        var object: JSONObject = [:]
        for key in ["m", "c", "x", "a", "q"] { object[key] = .string(key) }
        #expect(object.keys == ["a", "c", "m", "q", "x"])
        object["m"] = 7
        object["c"] = JSON?.none
        object["absent"] = JSON?.none
        #expect(object.keys == ["a", "m", "q", "x"])
        #expect(object["m"] == 7 && object["c"] == JSON?.none && object["b"] == JSON?.none && object.count == 4)
    }

    @Test func mergingKeepsOrderAndTheOthersValuesWin() {
        let mine: JSONObject = ["a": 1, "c": 2, "e": 3]
        let theirs: JSONObject = ["b": 10, "c": 20, "f": 30]
        let merged = mine.merging(theirs)
        #expect(merged.keys == ["a", "b", "c", "e", "f"])
        #expect(merged["c"] == 20 && merged["a"] == 1)
        #expect(mine.merging([:]) == mine && JSONObject().merging(theirs) == theirs)
    }

    @Test func objectsOfTheSameMembersAreEqualAndRenderTheSame() {
        var built = JSONObject()
        built["second"] = ["x": 1]
        built["first"] = true
        let literal: JSON = ["first": true, "second": ["x": 1]]
        #expect(JSON.object(built) == literal)
        #expect(JSON.object(built).hashValue == literal.hashValue)
        #expect(JSON.object(built).renderedCompact() == #"{"first":true,"second":{"x":1}}"#)
        let iterated = built.map { "\($0.key)=\($0.value.renderedCompact())" }
        #expect(iterated == ["first=true", #"second={"x":1}"#])
    }
}
