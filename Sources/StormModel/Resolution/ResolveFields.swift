import StormDiagnostics
import StormSource
import StormSyntax

/// Fields, their types, defaults and annotations.
extension Resolution {
    static let types = Lookup(kinds: SymbolKind.types, noun: "type", builtins: PrimitiveType.allCases.map(\.rawValue))
    static let knownAnnotations = ["identity", "pii", "deprecated"]
    /// The longest list (of fields, of outcomes) checked for repeats by scanning; longer ones use a dictionary.
    static let longestScannedList = 32

    mutating func resolveFields(_ syntax: [FieldSyntax], in context: String, owner: @autoclosure () -> String) -> [Field] {
        var fields: [Field] = []
        fields.reserveCapacity(syntax.count)
        // Most field lists are short: a scan is cheaper than a dictionary. Long ones (a generated
        // record, a hostile input) get a dictionary, so no list costs more than linear time.
        var seen: [String: Int] = [:]
        let scans = syntax.count <= Resolution.longestScannedList
        if !scans { seen.reserveCapacity(syntax.count) }
        // Fields are read in place (`syntax[index]`), not copied out of the array: a field is a large struct.
        for index in syntax.indices {
            let name = syntax[index].name
            let first: Int?
            if scans {
                // Comparing lengths and first bytes skips most string comparisons of different names.
                let length = name.text.utf8.count, initial = name.text.utf8.first
                first = syntax[..<index].firstIndex {
                    $0.name.text.utf8.count == length && $0.name.text.utf8.first == initial && $0.name.text == name.text
                }
            } else {
                first = seen[name.text]
                if first == nil { seen[name.text] = index }
            }
            if let first {
                reportDuplicate("field", name, first: syntax[first].name.range, scope: owner())
                continue
            }
            var isIdentity = false
            var isPII = false
            var piiCategory: String?
            var deprecation: Deprecation?
            for annotation in syntax[index].info.annotations {
                switch annotation.name.text {
                case "identity": isIdentity = true
                case "pii": isPII = true; piiCategory = annotation.argument?.value
                case "deprecated": deprecation = Deprecation(message: annotation.argument?.value)
                default: reportUnknownAnnotation(annotation)
                }
            }
            // Annotations are checked first: an unknown type does not hide a misspelt annotation.
            guard let type = resolveType(syntax[index].type, in: context) else { continue }
            var value: Value?
            if let literal = syntax[index].defaultValue { value = resolveDefault(literal, type: type, in: context) }
            fields.append(Field(name: name.text, doc: doc(syntax[index].info), type: type, defaultValue: value, isIdentity: isIdentity,
                                isPII: isPII, deprecation: deprecation, range: syntax[index].info.range, piiCategory: piiCategory))
        }
        return fields
    }

    /// `@deprecated` on a declaration; other annotations there are reported.
    mutating func deprecation(_ info: DeclarationInfo) -> Deprecation? {
        var result: Deprecation?
        for annotation in info.annotations {
            switch annotation.name.text {
            case "deprecated": result = Deprecation(message: annotation.argument?.value)
            case "identity", "pii":
                diagnostics.warning("misplaced-annotation", "`@\(annotation.name.text)` applies to fields only", at: annotation.range)
            default: reportUnknownAnnotation(annotation)
            }
        }
        return result
    }

    mutating func reportUnknownAnnotation(_ annotation: Annotation) {
        var fixIts: [FixIt] = []
        if let match = Suggestion.closest(to: annotation.name.text, in: Resolution.knownAnnotations) {
            fixIts.append(FixIt("did you mean `@\(match)`?", edits: [TextEdit(range: annotation.name.range, replacement: match)]))
        }
        diagnostics.warning("unknown-annotation", ModelDiagnostics.unknownAnnotation(annotation.name.text), at: annotation.range, fixIts: fixIts)
    }

    mutating func resolveType(_ syntax: TypeSyntax, in context: String) -> TypeReference? {
        switch syntax {
        case .named(let name):
            if name.isSimple, let primitive = PrimitiveType.named(name.last.text) { return .primitive(primitive) }
            guard let (reference, kind) = resolve(name, in: context, Resolution.types) else { return nil }
            switch kind {
            case .identifier: return .identifier(reference)
            case .valueObject: return .valueObject(reference)
            case .entity: return .entity(reference)
            default: return .enumeration(reference)
            }
        case .list(let element, _):
            return resolveType(element, in: context).map(TypeReference.list)
        case .map(let key, let value, _):
            let keyType = resolveType(key, in: context)
            let valueType = resolveType(value, in: context)
            if let keyType, keyType != .primitive(.string) {
                diagnostics.error("invalid-map-key", ModelDiagnostics.invalidMapKey(keyType.description), at: key.range)
                return nil
            }
            return valueType.map(TypeReference.map)
        case .optional(let wrapped, _):
            guard let inner = resolveType(wrapped, in: context) else { return nil }
            return inner.isOptional ? inner : .optional(inner)
        }
    }

    /// Checks a default value against its field's type.
    mutating func resolveDefault(_ literal: LiteralSyntax, type: TypeReference, in context: String) -> Value? {
        if let value = value(of: literal, as: type, in: context) { return value }
        if isFollowOn(type) { return nil }
        diagnostics.error("invalid-default", ModelDiagnostics.invalidDefault(describe(literal), type: type.description), at: literal.range)
        return nil
    }

    mutating func value(of literal: LiteralSyntax, as type: TypeReference, in context: String) -> Value? {
        switch (type, literal) {
        case (.optional, .null): return .null
        case (.optional(let wrapped), _): return value(of: literal, as: wrapped, in: context)
        case (.primitive(.string), .string(let s)): return .string(s.value)
        case (.primitive(.int), .number(let text, _)): return Int(text).map(Value.integer)
        case (.primitive(.double), .number(let text, _)), (.primitive(.decimal), .number(let text, _)): return .number(text)
        case (.primitive(.bool), .bool(let b, _)): return .bool(b)
        case (.primitive(.duration), .duration(let amount, let unit, _)):
            let (product, overflow) = amount.multipliedReportingOverflow(by: unit.milliseconds)
            return overflow ? nil : .duration(TimeSpan(milliseconds: product))
        case (.enumeration(let reference), .name(let name)):
            guard let symbol = enumCases[reference]?.contains(name.text) else { return nil }
            return symbol ? .enumCase(name.text) : nil
        case (.list(let element), .list(let items, _)):
            var values: [Value] = []
            for item in items {
                guard let v = value(of: item, as: element, in: context) else { return nil }
                values.append(v)
            }
            return .list(values)
        case (.map, .emptyMap): return .emptyMap
        default: return nil
        }
    }

    func describe(_ literal: LiteralSyntax) -> String {
        switch literal {
        case .string(let s): "\"\(s.value)\""
        case .number(let text, _): "`\(text)`"
        case .bool(let b, _): "`\(b)`"
        case .null: "`null`"
        case .name(let name): "`\(name.text)`"
        case .list: "a list"
        case .emptyMap: "`[:]`"
        case .duration(let amount, let unit, _): "`\(amount) \(unit.rawValue)`"
        }
    }
}
