/// `external context Name { … }`: a system the organisation does not own (a payment provider, a
/// government registry), modelled by what it offers and accepts.
extension Parser {
    /// `ExternalContext = "external" Context ;`
    mutating func parseExternalContext(_ pending: PendingDeclaration) -> ContextSyntax? {
        advance()
        guard var context = parseContext(pending) else { return nil }
        context.isExternal = true
        return context
    }
}
