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

    /// Writes an expression converting a value of `type` to its wire type; `value` writes the value.
    func toWire(_ type: TypeReference, into out: inout SwiftWriter, value: (inout SwiftWriter) -> Void) {
        guard needsWireForm(type) else { return value(&out) }
        switch type {
        case .primitive(let primitive):
            out.write(SwiftNames.wireWrapper(primitive)!, "(")
            value(&out)
            out.write(")")
        case .list(let inner), .optional(let inner):
            value(&out)
            mapping("map", inner, toWire: true, into: &out)
        case .map(let inner):
            value(&out)
            mapping("mapValues", inner, toWire: true, into: &out)
        case .identifier, .valueObject, .entity, .enumeration: value(&out)
        }
    }

    /// Writes what converts a value of the wire type of `type`, written just before, back to `type`
    /// (`.value`, `.map(\\.value)`); nothing when the type has no wire form.
    func fromWire(_ type: TypeReference, into out: inout SwiftWriter) {
        guard needsWireForm(type) else { return }
        switch type {
        case .primitive: out.write(".value")
        case .list(let inner), .optional(let inner): mapping("map", inner, toWire: false, into: &out)
        case .map(let inner): mapping("mapValues", inner, toWire: false, into: &out)
        case .identifier, .valueObject, .entity, .enumeration: break
        }
    }

    /// `.map(Wrapper.init)`, `.map(\.value)` or `.map { … }` converting each element to (`toWire`) or from its wire type.
    private func mapping(_ method: String, _ element: TypeReference, toWire: Bool, into out: inout SwiftWriter) {
        if case .primitive(let primitive) = element, let wrapper = SwiftNames.wireWrapper(primitive) {
            return toWire ? out.write(".", method, "(", wrapper, ".init)") : out.write(".", method, "(\\.value)")
        }
        out.write(".", method, " { ")
        if toWire {
            self.toWire(element, into: &out) { $0.write("$0") }
        } else {
            out.write("$0")
            fromWire(element, into: &out)
        }
        out.write(" }")
    }
}
