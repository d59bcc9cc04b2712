/// Alternative outcomes (`emits A or B`, `then C or D`) and failure outcomes (`fails with X { fields }, Y`).
extension Parser {
    /// `Alternatives = QualifiedName { ( "," | "or" ) QualifiedName } ;` — `or` binds looser than `,`.
    /// Returns the names and the indices where an `or` starts another alternative.
    mutating func parseAlternatives(_ what: @autoclosure () -> String) -> (names: [QualifiedName], starts: [Int]) {
        var names = parseQualifiedNameList(what())
        var starts: [Int] = []
        while !names.isEmpty, isWord(current, "or"), peek().kind == .identifier, !current.startsLine || !peek().startsLine {
            advance()
            let more = parseQualifiedNameList(what())
            guard !more.isEmpty else { break }
            starts.append(names.count)
            names += more
        }
        return (names, starts)
    }

    /// `Failures = "fails" "with" Failure { "," Failure } ; Failure = Name [ FieldBlock ] ;`
    /// `fails` may start the line after the command, as a continuation of it.
    mutating func parseFailures(of command: Name) -> [FailureSyntax] {
        guard isWord(current, "fails"), isWord(peek(), "with") else { return [] }
        advance()
        advance()
        var failures: [FailureSyntax] = []
        repeat {
            guard let name = parseName("a failure name after `fails with`") else { break }
            var fields: [FieldSyntax]?
            if current.kind == .leftBrace, !current.startsLine {
                guard let block = parseFieldBlock(of: "failure `\(name.text)`", required: true) else { break }
                fields = block.fields
            }
            failures.append(FailureSyntax(name: name, fields: fields))
        } while eat(.comma) != nil
        return failures
    }
}
