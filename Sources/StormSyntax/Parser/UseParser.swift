extension Parser {
    /// `Use = "use" Name "from" String [ "{" { UsePin [ "," ] } "}" ] ;`
    /// `UsePin = QualifiedName Version ;`
    mutating func parseUse(_ pending: PendingDeclaration) -> UseSyntax? {
        advance()
        guard let name = parseName("a domain name after `use`") else { return nil }
        declaring(name)
        guard expect("from", "after `use \(name.text)`: write `use \(name.text) from \"path\"`") else { return nil }
        guard let path = parseString("the path of an interface or model folder after `from`") else { return nil }
        var pins: [UsePin] = []
        if eat(.leftBrace) != nil {
            while current.kind != .rightBrace, !atEnd {
                // An unclosed block ends at the next top-level declaration, which is left alone.
                if current.startsLine, at("use") || Parser.topLevelStarters.contains(where: { isWord(current, $0) }) { break }
                let start = index
                if let pin = parseUsePin() {
                    pins.append(pin)
                    _ = eat(.comma)
                    continue
                }
                // A pin that cannot be read is skipped to the end of its line, so the block goes on.
                if index == start { advance() }
                while !atEnd, current.kind != .rightBrace, !current.startsLine { advance() }
            }
            expect(.rightBrace, "to close the pinned events of `use \(name.text)`")
        }
        return UseSyntax(info: finish(pending), name: name, path: path, pins: pins)
    }

    /// `Context.Event vN`
    private mutating func parseUsePin() -> UsePin? {
        guard let event = parseQualifiedName("an event of the interface, `Context.Event vN`") else { return nil }
        let word = current.kind == .identifier ? text(current) : ""
        guard word.count >= 2, word.first == "v", word.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(word.dropFirst()) else {
            error("expected-token", SyntaxDiagnostics.expected("a version such as `v1`", "after `\(event.text)` in a `use` block", found: found))
            return nil
        }
        let token = advance()
        return UsePin(event: event, version: IntegerLiteral(number, range: range(token)))
    }
}
