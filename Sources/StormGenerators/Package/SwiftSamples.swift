import StormModel

/// Sample values as Swift expressions, for the starter test: every required field filled, built from the
/// model alone. Nil when a value cannot be written without a deprecated type.
struct SwiftSamples {
    let names: SwiftNames

    func value(_ type: TypeReference, depth: Int = 0) -> String? {
        guard !names.isDeprecated(type) else { return nil }
        switch type {
        case .primitive(let primitive): return value(primitive)
        case .identifier(let reference):
            guard let identifier = names.model.context(named: reference.context)?.identifier(named: reference.name) else { return nil }
            return "\(names.qualified(reference))(rawValue: \(value(identifier.rawType)))"
        case .enumeration(let reference):
            guard let first = names.model.context(named: reference.context)?.enumeration(named: reference.name)?.cases.first else { return nil }
            return "\(names.qualified(reference)).\(SwiftIdentifier.escaped(SwiftIdentifier.memberName(first.name)))"
        case .valueObject(let reference):
            guard depth < 4, let value = names.model.context(named: reference.context)?.valueObject(named: reference.name) else { return nil }
            return record(names.qualified(reference), value.fields, depth: depth + 1)
        case .entity(let reference):
            guard depth < 4, let entity = names.model.context(named: reference.context)?.entity(named: reference.name) else { return nil }
            return record(names.qualified(reference), entity.fields, depth: depth + 1)
        case .list: return "[]"
        case .map: return "[:]"
        case .optional: return "nil"
        }
    }

    /// `Type(a: …, b: …)` with the required fields.
    func record(_ type: String, _ fields: [Field], depth: Int = 0) -> String? {
        var arguments: [String] = []
        for field in fields where field.isRequired {
            guard let sample = value(field.type, depth: depth) else { return nil }
            arguments.append("\(SwiftIdentifier.escaped(SwiftIdentifier.memberName(field.name))): \(sample)")
        }
        return "\(type)(\(arguments.joined(separator: ", ")))"
    }

    func value(_ primitive: PrimitiveType) -> String {
        switch primitive {
        case .string: "\"sample\""
        case .int: "1"
        case .double: "1.5"
        case .decimal: "Decimal(string: \"12.50\")!"
        case .bool: "true"
        case .timestamp: "Date(timeIntervalSince1970: 1_800_000_000)"
        case .date: "CalendarDate(year: 2026, month: 11, day: 29)!"
        case .uuid: "UUID(uuidString: \"0f8fad5b-d9cb-469f-a165-70867728950e\")!"
        case .duration: "ISODuration(minutes: 5)"
        }
    }
}
