import StormModel

/// Default values of fields as Swift expressions.
///
/// Written as implicit member expressions (`.active`, `.init(milliseconds: 300000)`) wherever a type is
/// named, so that the expression means the same inside any generated declaration, whatever its members
/// are called.
extension SwiftNames {
    /// The expression for `value` as a value of `type`, or nil when it has none.
    func defaultExpression(_ value: Value, for type: TypeReference) -> String? {
        let type = type.nonOptional
        switch (value, type) {
        case (.null, _): return "nil"
        case (.bool(let flag), _): return flag ? "true" : "false"
        case (.emptyMap, _): return "[:]"
        case (.duration(let span), _): return ".init(milliseconds: \(span.milliseconds))"
        case (.list(let values), .list(let element)):
            var items: [String] = []
            for value in values {
                guard let item = defaultExpression(value, for: element) else { return nil }
                items.append(item)
            }
            return "[" + items.joined(separator: ", ") + "]"
        case (.enumCase(let name), .enumeration):
            return "." + SwiftIdentifier.escaped(SwiftIdentifier.memberName(name))
        case (.integer, .identifier), (.string, .identifier):
            guard let raw = defaultExpression(value, for: identifierRawType(type)) else { return nil }
            return ".init(rawValue: \(raw))"
        case (.integer(let number), _): return String(number)
        case (.number(let text), .primitive(.decimal)): return decimalExpression(text)
        case (.number(let text), _): return text
        case (.string(let text), .primitive(.string)): return SwiftIdentifier.stringLiteral(text)
        case (.string(let text), .primitive(.date)): return ".init(\(SwiftIdentifier.stringLiteral(text)))!"
        case (.string(let text), .primitive(.uuid)): return ".init(uuidString: \(SwiftIdentifier.stringLiteral(text)))!"
        case (.string(let text), .primitive(.timestamp)):
            return "StormRuntime.ISO8601Timestamp.date(from: \(SwiftIdentifier.stringLiteral(text)))!"
        case (.string(let text), .primitive(.duration)):
            return ".init(\(SwiftIdentifier.stringLiteral(text)))!"
        default: return nil
        }
    }

    /// The backing type of a typed identifier.
    private func identifierRawType(_ type: TypeReference) -> TypeReference {
        guard case .identifier(let reference) = type,
              let identifier = model.context(named: reference.context)?.identifier(named: reference.name) else { return .primitive(.string) }
        return .primitive(identifier.rawType)
    }

    /// A decimal literal without going through `Double`: `.init(sign: .plus, exponent: -2, significand: 9995)`.
    private func decimalExpression(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = String(parts[0]) + fraction
        let trimmed = String(digits.drop { $0 == "0" })
        if fraction.isEmpty, trimmed.count <= 18 { return (negative ? "-" : "") + (trimmed.isEmpty ? "0" : trimmed) }
        guard trimmed.count <= 18 else { return ".init(string: \(SwiftIdentifier.stringLiteral(text)))!" }
        return ".init(sign: .\(negative ? "minus" : "plus"), exponent: \(-fraction.count), significand: \(trimmed.isEmpty ? "0" : trimmed))"
    }
}
