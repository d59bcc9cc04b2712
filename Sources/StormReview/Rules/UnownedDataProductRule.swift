import StormModel

/// A data product with no owning team, neither its own nor its context's.
public struct UnownedDataProductRule: Rule {
    public let id = "unowned-data-product"
    public let defaultSeverity = RuleSeverity.error
    public let summary = "A data product without an owner: it declares no `owner`, and neither does its context."
    public let rationale = "Data as a product starts with an accountable team: someone consumers can ask, who answers for quality and keeps the objectives. A product without an owner is an orphaned data set."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.dataProducts.filter { $0.owner == nil }.map { product in
                Violation("data product `\(context.reference(product.name))` has no owner (add `owner Team` to the product or to context `\(context.name)`)",
                          at: product.range)
            }
        }
    }
}
