@testable import StormGenerators
import StormModel
import Testing

/// The table finds each built-in type's value by its place: the places must be those of `allCases`.
@Test func primitiveTableFindsEveryTypesOwnValue() {
    let table = PrimitiveTable { $0.rawValue }
    for (place, primitive) in PrimitiveType.allCases.enumerated() {
        #expect(PrimitiveTable<String>.place(of: primitive) == place)
        #expect(table[primitive] == primitive.rawValue)
    }
}
