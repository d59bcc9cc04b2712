import StormModel
import StormSource

/// A declaration with a schema, as `stormc diff` compares them: its fields, or an enumeration's cases.
struct SchemaDeclaration {
    var kind: DeclarationChange.Kind
    var reference: SymbolReference
    var fields: [Field]
    var cases: [String]
    var version: Int? = nil
    var range: SourceRange

    /// Every event, command, value object, entity and enumeration of a model.
    static func all(in model: Model) -> [SchemaDeclaration] {
        model.contexts.flatMap { context -> [SchemaDeclaration] in
            let reference = context.reference
            return context.events.map { SchemaDeclaration(kind: .event, reference: reference($0.name), fields: $0.fields, cases: [], version: $0.version, range: $0.range) }
                + context.commands.map { SchemaDeclaration(kind: .command, reference: reference($0.name), fields: $0.fields, cases: [], range: $0.range) }
                + context.valueObjects.map { SchemaDeclaration(kind: .valueObject, reference: reference($0.name), fields: $0.fields, cases: [], range: $0.range) }
                + context.entities.map { SchemaDeclaration(kind: .entity, reference: reference($0.name), fields: $0.fields, cases: [], range: $0.range) }
                + context.enumerations.map { SchemaDeclaration(kind: .enumeration, reference: reference($0.name), fields: [], cases: $0.cases.map(\.name), range: $0.range) }
        }
    }

    /// The declaration's Avro shape in its model.
    func shape(_ builder: AvroShapeBuilder) -> AvroShape {
        kind == .enumeration
            ? .enumeration(name: reference.name, symbols: cases, default: cases.first)
            : builder.record(reference.name, fields: fields)
    }

    /// What identifies a declaration across the two models.
    var key: String { "\(kind.rawValue)\u{0}\(reference)" }
}

