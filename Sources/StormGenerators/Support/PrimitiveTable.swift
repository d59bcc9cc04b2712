import StormModel

/// A value for each built-in type, found by the type's place rather than by hashing it: the schema
/// generators ask for one for every field of a model.
struct PrimitiveTable<Value: Sendable>: Sendable {
    private let values: [Value]

    /// The table of `make`'s value for each built-in type.
    init(_ make: (PrimitiveType) -> Value) {
        values = PrimitiveType.allCases.map(make)
    }

    /// The value of `primitive`.
    subscript(primitive: PrimitiveType) -> Value {
        values[Self.place(of: primitive)]
    }

    /// The place of `primitive` in `PrimitiveType.allCases` (a test holds the two together).
    static func place(of primitive: PrimitiveType) -> Int {
        switch primitive {
        case .string: 0
        case .int: 1
        case .double: 2
        case .decimal: 3
        case .bool: 4
        case .timestamp: 5
        case .date: 6
        case .uuid: 7
        case .duration: 8
        }
    }
}
