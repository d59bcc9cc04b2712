import StormModel

/// Storm types as Swift types, and how each travels in JSON.
///
/// Most types are `Codable` as they are. `Decimal`, `Timestamp` and `UUID` are coded through the
/// runtime's wire forms (`StormRuntime.JSONDecimal`, `JSONTimestamp`, `JSONUUID`) so their JSON is the
/// same whatever encoder is used; these helpers write the conversions, looking through lists, maps and
/// optionals.
extension SwiftNames {
    /// The Swift type of a Storm type (`[Trips.GeoPoint]?`).
    func swiftType(_ type: TypeReference) -> String {
        switch type {
        case .primitive(let primitive): SwiftNames.swiftType(primitive)
        case .identifier(let r), .valueObject(let r), .entity(let r), .enumeration(let r): qualified(r)
        case .list(let element): "[\(swiftType(element))]"
        case .map(let value): "[String: \(swiftType(value))]"
        case .optional(let wrapped): "\(swiftType(wrapped))?"
        }
    }

    static func swiftType(_ primitive: PrimitiveType) -> String {
        switch primitive {
        case .string: "String"
        case .int: "Int"
        case .double: "Double"
        case .decimal: "Decimal"
        case .bool: "Bool"
        case .timestamp: "Date"
        case .date: "StormRuntime.CalendarDate"
        case .uuid: "UUID"
        case .duration: "StormRuntime.ISODuration"
        }
    }

    /// The runtime wrapper a primitive is coded through, if any.
    static func wireWrapper(_ primitive: PrimitiveType) -> String? {
        switch primitive {
        case .decimal: "StormRuntime.JSONDecimal"
        case .timestamp: "StormRuntime.JSONTimestamp"
        case .uuid: "StormRuntime.JSONUUID"
        default: nil
        }
    }

    /// Whether values of the type pass through a wire wrapper.
    func needsWireForm(_ type: TypeReference) -> Bool {
        switch type {
        case .primitive(let primitive): SwiftNames.wireWrapper(primitive) != nil
        case .identifier, .valueObject, .entity, .enumeration: false
        case .list(let t), .map(let t), .optional(let t): needsWireForm(t)
        }
    }

    /// The type as it is coded (`[StormRuntime.JSONDecimal]?`).
    func wireType(_ type: TypeReference) -> String {
        switch type {
        case .primitive(let primitive): SwiftNames.wireWrapper(primitive) ?? SwiftNames.swiftType(primitive)
        case .identifier, .valueObject, .entity, .enumeration: swiftType(type)
        case .list(let element): "[\(wireType(element))]"
        case .map(let value): "[String: \(wireType(value))]"
        case .optional(let wrapped): "\(wireType(wrapped))?"
        }
    }

    /// An expression converting `value` of `type` to its wire type.
    func toWire(_ value: String, _ type: TypeReference) -> String {
        guard needsWireForm(type) else { return value }
        switch type {
        case .primitive(let primitive): return "\(SwiftNames.wireWrapper(primitive)!)(\(value))"
        case .list(let inner), .optional(let inner): return value + mapping("map", inner, toWire)
        case .map(let inner): return value + mapping("mapValues", inner, toWire)
        case .identifier, .valueObject, .entity, .enumeration: return value
        }
    }

    /// An expression converting `value` of the wire type of `type` back to `type`.
    func fromWire(_ value: String, _ type: TypeReference) -> String {
        guard needsWireForm(type) else { return value }
        switch type {
        case .primitive: return "\(value).value"
        case .list(let inner), .optional(let inner): return value + mapping("map", inner, fromWire)
        case .map(let inner): return value + mapping("mapValues", inner, fromWire)
        case .identifier, .valueObject, .entity, .enumeration: return value
        }
    }

    /// `.map(Wrapper.init)`, `.map(\.value)` or `.map { … }` applying `convert` to each element.
    private func mapping(_ method: String, _ element: TypeReference, _ convert: (String, TypeReference) -> String) -> String {
        let body = convert("$0", element)
        if case .primitive(let primitive) = element, let wrapper = SwiftNames.wireWrapper(primitive) {
            return body == "$0.value" ? ".\(method)(\\.value)" : ".\(method)(\(wrapper).init)"
        }
        return ".\(method) { \(body) }"
    }
}
