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
    /// An event's minor and patch, 0 when not written, and its version as written (`2.1`).
    var minor = 0, patch = 0
    var versionText = ""

    /// Every event, command, value object, entity and enumeration of a model.
    static func all(in model: Model) -> [SchemaDeclaration] {
        model.contexts.flatMap { context -> [SchemaDeclaration] in
            let reference = context.reference
            return context.events.map { event in
                var declaration = SchemaDeclaration(kind: .event, reference: reference(event.name), fields: event.fields, cases: [], version: event.version, range: event.range)
                (declaration.minor, declaration.patch, declaration.versionText) = (event.minor ?? 0, event.patch ?? 0, event.versionText)
                return declaration
            }
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

