extension Parser {
    /// `Use = "use" Name "from" String ;`
    mutating func parseUse(_ pending: PendingDeclaration) -> UseSyntax? {
        advance()
        guard let name = parseName("a domain name after `use`") else { return nil }
        declaring(name)
        guard expect("from", "after `use \(name.text)`: write `use \(name.text) from \"path\"`") else { return nil }
        guard let path = parseString("the path of an interface or model folder after `from`") else { return nil }
        return UseSyntax(info: finish(pending), name: name, path: path)
    }
}
