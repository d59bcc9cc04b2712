import StormModel
import StormReview

/// Every `@pii` field says which kind of personal data it holds, one of the platform's categories.
struct PolicyPIIClassifiedRule: Rule {
    let id = "policy-pii-classified"
    let defaultSeverity = RuleSeverity.error
    let summary = "A `@pii` field without a category (`@pii(\"contact\")`) from the platform's `piiCategories`."
    let rationale = "What the law asks of personal data depends on its kind: a category on every `@pii` field lets the platform apply retention, masking and access rules across the mesh."
    var categories: [String]

    func check(_ input: LintInput) -> [Violation] {
        let known = Set(categories)
        let listed = categories.map { "`\($0)`" }.joined(separator: ", ")
        var violations: [Violation] = []
        for context in input.model.contexts where input.model.usedInterfaces[context.name] == nil {
            func check(_ fields: [Field], of owner: String) {
                for field in fields where field.isPII {
                    if let category = field.piiCategory {
                        guard !known.contains(category) else { continue }
                        violations.append(Violation("personal data `\(owner).\(field.name)` is classified `\(category)`, which is not one of the platform's categories \(listed)",
                                                    at: field.range))
                    } else {
                        violations.append(Violation("personal data `\(owner).\(field.name)` is not classified: the platform policy asks for `@pii(\"category\")`, one of \(listed)",
                                                    at: field.range))
                    }
                }
            }
            for aggregate in context.aggregates { check(aggregate.fields, of: context.reference(aggregate.name).description) }
            for command in context.commands { check(command.fields, of: context.reference(command.name).description) }
            for event in context.events { check(event.fields, of: context.reference(event.name).description) }
            for readModel in context.readModels { check(readModel.fields, of: context.reference(readModel.name).description) }
            for record in context.valueObjects { check(record.fields, of: context.reference(record.name).description) }
            for record in context.entities { check(record.fields, of: context.reference(record.name).description) }
        }
        return violations
    }
}
