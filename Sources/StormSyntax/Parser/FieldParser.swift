import StormDiagnostics
import StormSource

/// Fields, types, literals and annotations.
extension Parser {
    /// `FieldBlock = "{" { Field [ "," ] } "}" ;` Returns nil, after reporting, when there is no `{`.
    /// `continuation` is the keyword that may follow the block (`emits`): it ends a block missing its `}`.
    mutating func parseFieldBlock(of what: @autoclosure () -> String, required: Bool,
                                  continuation: StaticString? = nil) -> (fields: [FieldSyntax], closing: [String])? {
        guard let opening = expectOpening("to open the fields of \(what())") else { return nil }
        var fields: [FieldSyntax] = []
        let closing = parseBlockMembers(of: what(), opening: opening, starters: [], fieldStarts: true, continuation: continuation) { parser in
            let member = parser.beginDeclaration()
            guard parser.current.kind == .identifier else {
                parser.error("expected-name", SyntaxDiagnostics.expectedName("a field (`name: Type`) in \(what())", found: parser.found))
                return
            }
            if let field = parser.parseField(member) { fields.append(field) }
            _ = parser.eat(.comma)
        }
        return (fields.trimmed(), closing)
    }

    /// `Field = Name ":" Type [ "=" Literal ] { Annotation } ;`
    mutating func parseField(_ pending: PendingDeclaration) -> FieldSyntax? {
        guard let name = parseName("a field name") else { return nil }
        guard expect(.colon, "after field `\(name.text)`: write `\(name.text): Type`") != nil, let type = parseType() else { return nil }
        var defaultValue: LiteralSyntax?
        if eat(.equals) != nil {
            guard let literal = parseLiteral() else { return nil }
            defaultValue = literal
        }
        let annotations = current.startsLine ? [] : parseAnnotations()
        // A separating comma is eaten before the trailing comment is looked for, but is not part of the field.
        let last = previous
        _ = eat(.comma)
        return FieldSyntax(info: finish(pending, extraAnnotations: annotations, last: last), name: name, type: type, defaultValue: defaultValue)
    }

    /// `Type = ( QualifiedName | "[" Type "]" | "[" Type ":" Type "]" ) [ "?" ] ;`
    mutating func parseType() -> TypeSyntax? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumDepth else {
            error("nesting-too-deep", SyntaxDiagnostics.nestingTooDeep)
            while current.kind == .leftBracket { advance() }
            return nil
        }
        let start = current
        var type: TypeSyntax
        if eat(.leftBracket) != nil {
            guard let element = parseType() else { return nil }
            if eat(.colon) != nil {
                guard let value = parseType() else { return nil }
                guard expect(.rightBracket, "to close the map type") != nil else { return nil }
                type = .map(key: element, value: value, range: range(from: start))
            } else {
                guard expect(.rightBracket, "to close the list type") != nil else { return nil }
                type = .list(element, range: range(from: start))
            }
        } else if current.kind == .identifier {
            guard let name = parseQualifiedName("a type") else { return nil }
            type = .named(name)
            if current.kind == .lessThan, !current.startsLine {
                guard let storm = parseGenericArguments(of: name, start: start) else { return nil }
                type = storm
            }
        } else {
            error("expected-type", SyntaxDiagnostics.expectedType(found: found))
            return nil
        }
        while eat(.question) != nil {
            type = .optional(type, range: range(from: start))
        }
        return type
    }

    /// `Name "<" Type { "," Type } ">"`: another language's generic type (`List<String>`, `Map<String, Int>`).
    /// Reported once, at the outermost, with the Storm spelling as a fix-it, and read as that spelling, so
    /// that nothing is reported again; nil when it has no Storm spelling.
    mutating func parseGenericArguments(of name: QualifiedName, start: Token) -> TypeSyntax? {
        advance()
        // Generic arguments inside are converted silently: the outermost reports the whole type.
        muted += 1
        var arguments: [TypeSyntax] = []
        var complete = true
        repeat {
            guard let argument = parseType() else {
                complete = false
                break
            }
            arguments.append(argument)
        } while eat(.comma) != nil
        if complete { complete = eat(.greaterThan) != nil }
        muted -= 1
        let whole = range(from: start)
        let written = file.text(from: whole.start, to: whole.end)
        var storm: TypeSyntax?
        if complete, name.isSimple, let container = ForeignSpellings.containers[name.last.text], container.arity == arguments.count {
            switch container {
            case .list: storm = .list(arguments[0], range: whole)
            case .map: storm = .map(key: arguments[0], value: arguments[1], range: whole)
            case .optional: storm = .optional(arguments[0], range: whole)
            }
        }
        let fixIts = storm.map { [FixIt("write `\($0.written)`", edits: [TextEdit(range: whole, replacement: $0.written)])] } ?? []
        report("generic-type", SyntaxDiagnostics.genericType(written, storm: storm?.written), at: whole, fixIts: fixIts)
        return storm
    }

    /// `Literal = String | Number | "true" | "false" | "null" | Name | "[" [ Literal { "," Literal } ] "]" | "[" ":" "]" | Integer TimeUnit ;`
    mutating func parseLiteral() -> LiteralSyntax? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumDepth else {
            error("nesting-too-deep", SyntaxDiagnostics.nestingTooDeep)
            while current.kind == .leftBracket { advance() }
            return nil
        }
        let start = current
        switch current.kind {
        case .string:
            return parseString("a string").map(LiteralSyntax.string)
        case .number:
            let token = advance()
            let number = text(token)
            if current.kind == .identifier, !current.startsLine, let unit = TimeUnit(word: text(current)) {
                advance()
                guard let amount = Int(number) else {
                    report("invalid-number", SyntaxDiagnostics.invalidNumber(number), at: range(token))
                    return nil
                }
                return .duration(amount, unit, range: range(from: start))
            }
            return .number(number, range: range(token))
        case .identifier:
            let token = advance()
            switch text(token) {
            case "true": return .bool(true, range: range(token))
            case "false": return .bool(false, range: range(token))
            case "null": return .null(range: range(token))
            default: return .name(Name(text(token), range: range(token)))
            }
        case .leftBracket:
            advance()
            if eat(.colon) != nil {
                guard expect(.rightBracket, "to close the empty map `[:]`") != nil else { return nil }
                return .emptyMap(range: range(from: start))
            }
            var elements: [LiteralSyntax] = []
            while current.kind != .rightBracket, !atEnd {
                guard let element = parseLiteral() else { return nil }
                elements.append(element)
                if eat(.comma) == nil { break }
            }
            guard expect(.rightBracket, "to close the list") != nil else { return nil }
            return .list(elements, range: range(from: start))
        default:
            error("expected-literal", SyntaxDiagnostics.expectedLiteral(found: found))
            return nil
        }
    }

    /// `{ Annotation }` where `Annotation = "@" Name [ "(" String ")" ] ;`
    mutating func parseAnnotations() -> [Annotation] {
        var annotations: [Annotation] = []
        while let at = eat(.at) {
            guard let name = parseName("an annotation name after `@` (`pii`, `identity`, `deprecated`)") else { break }
            var argument: StringLiteral?
            if eat(.leftParen) != nil {
                argument = parseString("a string argument for `@\(name.text)`")
                expect(.rightParen, "to close the arguments of `@\(name.text)`")
            }
            annotations.append(Annotation(name: name, argument: argument, range: range(from: at)))
        }
        return annotations
    }
}
