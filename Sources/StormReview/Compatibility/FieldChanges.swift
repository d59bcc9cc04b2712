import StormModel

/// The changes between the fields of one declaration in two models.
struct FieldChanges {
    let old: AvroShapeBuilder
    let new: AvroShapeBuilder

    func changes(from oldFields: [Field], to newFields: [Field]) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        for field in oldFields where !newFields.contains(where: { $0.name == field.name }) {
            let kept = old.hasDefault(field)
            changes.append(SchemaChange(.fieldRemoved, field.name, "\(field.type.description), \(kept ? "with" : "without") a default",
                                        Compatibility(backward: true, forward: kept)))
        }
        for field in newFields {
            guard let before = oldFields.first(where: { $0.name == field.name }) else {
                let filled = new.hasDefault(field)
                changes.append(SchemaChange(.fieldAdded, field.name, "\(field.type.description), \(filled ? "with" : "without") a default",
                                            Compatibility(backward: filled, forward: true)))
                continue
            }
            changes += typeChange(before, field) + defaultChange(before, field)
        }
        return changes
    }

    private func typeChange(_ before: Field, _ after: Field) -> [SchemaChange] {
        let oldShape = old.shape(of: before.type)
        let newShape = new.shape(of: after.type)
        let compatibility = Compatibility(backward: AvroCompatibility.canRead(reader: newShape, writer: oldShape),
                                          forward: AvroCompatibility.canRead(reader: oldShape, writer: newShape))
        let detail = "\(before.type.description) → \(after.type.description)"
        if before.type == after.type {
            guard oldShape != newShape, let named = after.type.namedReference else { return [] }
            return [SchemaChange(.nestedTypeChanged, after.name, "`\(named)` changed", compatibility)]
        }
        let kind: SchemaChange.Kind
        if after.type == .optional(before.type) {
            kind = .madeOptional
        } else if before.type == .optional(after.type) {
            kind = .madeRequired
        } else if compatibility.backward && compatibility.forward {
            kind = .typeReinterpreted
        } else if compatibility.backward || compatibility.forward {
            kind = .typePromoted
        } else {
            kind = .typeChanged
        }
        return [SchemaChange(kind, after.name, detail, compatibility)]
    }

    private func defaultChange(_ before: Field, _ after: Field) -> [SchemaChange] {
        switch (before.defaultValue, after.defaultValue) {
        case (nil, nil): return []
        case (nil, let value?): return [SchemaChange(.defaultAdded, after.name, "= \(Self.literal(value))", .full)]
        case (let value?, nil): return [SchemaChange(.defaultRemoved, after.name, "was \(Self.literal(value))", .full)]
        case (let was?, let now?):
            return was == now ? [] : [SchemaChange(.defaultChanged, after.name, "\(Self.literal(was)) → \(Self.literal(now))", .full)]
        }
    }

    /// A default value as written in Storm.
    static func literal(_ value: Value) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .integer(let number): String(number)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .enumCase(let name): name
        case .list(let items): "[" + items.map(literal).joined(separator: ", ") + "]"
        case .emptyMap: "[:]"
        case .null: "null"
        case .duration(let span): span.description
        }
    }
}
