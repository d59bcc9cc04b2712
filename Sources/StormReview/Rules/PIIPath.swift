import StormModel
import StormSource

/// Where personal data sits in a list of fields: a dotted path (`driver.email`) and the `@pii` field's place.
struct PIIPath: Hashable {
    var name: String
    var range: SourceRange

    /// The first `@pii` field among `fields`, looking into the value objects and entities they use.
    static func first(in fields: [Field], model: Model, visited: Set<SymbolReference> = []) -> PIIPath? {
        for field in fields {
            if field.isPII { return PIIPath(name: field.name, range: field.range) }
            guard let reference = field.type.namedReference, !visited.contains(reference),
                  let nested = nestedFields(reference, model),
                  let inner = first(in: nested, model: model, visited: visited.union([reference])) else { continue }
            return PIIPath(name: "\(field.name).\(inner.name)", range: inner.range)
        }
        return nil
    }

    private static func nestedFields(_ reference: SymbolReference, _ model: Model) -> [Field]? {
        guard let context = model.context(named: reference.context) else { return nil }
        return context.valueObject(named: reference.name)?.fields ?? context.entity(named: reference.name)?.fields
    }
}
