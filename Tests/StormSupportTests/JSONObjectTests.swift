import StormSupport
import Testing

/// ``JSONObject`` keeps its members sorted by key, each key once, however it is built, so it renders as a
/// dictionary of the same members did.
@Suite struct JSONObjectTests {
    @Test func membersAreSortedAndTheLastOfARepeatedKeyIsKept() {
        let literal: JSONObject = ["b": 1, "a": 2, "b": 3, "c": 4]
        #expect(literal.keys == ["a", "b", "c"])
        #expect(literal["b"] == 3)
        let given = JSONObject(members: [.init("z", 1), .init("m", 2), .init("z", 5), .init("a", 3), .init("m", 6)])
        #expect(given.keys == ["a", "m", "z"])
        #expect(given["z"] == 5 && given["m"] == 6 && given["a"] == 3)
        #expect(JSONObject(["y": 1, "x": 2, "é": 3, "Z": 4]).keys == ["Z", "x", "y", "é"])
    }

    @Test func membersGivenInOrderAreKeptAsGiven() {
        let members: [JSONObject.Member] = [.init("a", 1), .init("b", 2), .init("c", 3)]
        let object = JSONObject(members: members)
        #expect(object.members == members)
        #expect(object == ["c": 3, "a": 1, "b": 2])
    }

    @Test func addingLeavesOutMembersWithoutAValueAndKeepsKeysSorted() {
        let absent: JSON? = nil
        var object = JSONObject(capacity: 4)
        object.add("type", "string")
        object.add("doc", absent)
        object.add("default", .null)
        object.add("name", "n")
        object.add("type", "int")
        object.add("zone", absent)
        #expect(object.keys == ["default", "name", "type"])
        #expect(object["default"] == .null && object["type"] == "int" && object["doc"] == JSON?.none)
        // Keys added in order are appended; the same object as one built by setting each.
        var inOrder = JSONObject(capacity: 3)
        for (key, value) in [("a", JSON.integer(1)), ("b", 2), ("c", 3)] { inOrder.add(key, value) }
        #expect(inOrder == ["a": 1, "b": 2, "c": 3])
        #expect(inOrder.keys == ["a", "b", "c"])
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
