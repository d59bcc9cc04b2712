import StormDiagnostics
import StormSource

/// Reads a CML file into a ``CMLFile``. Every mistake is a located `cml-syntax` error; the parser then
/// skips to the next line or block it understands, so one run reports every independent mistake, and
/// every loop consumes a token, so any input ends.
///
/// ```ebnf
/// File        = { Import | Domain | BoundedContext | ContextMap | Unsupported } ;
/// Import      = "import" String ;
/// Domain      = "Domain" Name [ "{" { Setting | Subdomain } "}" ] ;
/// Subdomain   = "Subdomain" Name { Name | "," } [ "{" { Setting } "}" ] ;
/// BoundedContext = "BoundedContext" Name { ( "implements" | "realizes" | "refines" ) Name { "," Name } }
///                  [ "{" { Setting | Aggregate | Module | Application | TypeDeclaration } "}" ] ;
/// ContextMap  = "ContextMap" [ Name ] "{" { Setting | "contains" Name { "," Name } | Relationship } "}" ;
/// Relationship= Name ( [ Roles ] ( "->" | "<-" | "<->" ) [ Roles ] | Keyword ) Name [ ":" Name ] [ "{" { Setting } "}" ] ;
/// Setting     = Name [ "=" ] Value { "," Value } ;
/// ```
struct CMLParser {
    static let maximumDepth = 64

    let source: SourceFile
    let file: FileID
    var tokens: [CMLToken]
    var index = 0
    var diagnostics = DiagnosticList()

    static func parse(_ source: SourceFile, id: FileID, diagnostics: inout DiagnosticList) -> CMLFile {
        var lexed = DiagnosticList()
        let tokens = CMLLexer.tokens(of: source, id: id, diagnostics: &lexed)
        var parser = CMLParser(source: source, file: id, tokens: tokens)
        let result = parser.parseFile()
        diagnostics.append(contentsOf: lexed)
        diagnostics.append(contentsOf: parser.diagnostics)
        return result
    }

    // MARK: Tokens

    var current: CMLToken { tokens[index] }
    var atEnd: Bool { current.kind == .end }
    func peek(_ offset: Int = 1) -> CMLToken { tokens[min(index + offset, tokens.count - 1)] }
    func isSymbol(_ text: String) -> Bool { current.kind == .symbol && current.text == text }
    func isName(_ text: String) -> Bool { current.kind == .name && current.text == text }
    mutating func advance() { if index < tokens.count - 1 { index += 1 } }
    mutating func eat(symbol text: String) -> Bool {
        guard isSymbol(text) else { return false }
        advance()
        return true
    }
    func range(of token: CMLToken) -> SourceRange { SourceRange(file: file, start: token.start, end: token.end) }
    func range(from start: Int) -> SourceRange { SourceRange(file: file, start: start, end: max(start, tokens[max(0, index - 1)].end)) }
    func text(_ range: SourceRange) -> String { source.text(from: range.start, to: range.end) }

    mutating func error(_ message: String, at token: CMLToken? = nil) {
        let token = token ?? current
        diagnostics.error("cml-syntax", message, at: range(of: token))
    }

    /// A name, or an error saying what was expected (and nil).
    mutating func expectName(_ what: String) -> CMLName? {
        guard current.kind == .name else {
            error("expected \(what), found \(describe(current))")
            return nil
        }
        defer { advance() }
        return CMLName(text: current.text, range: range(of: current))
    }

    func describe(_ token: CMLToken) -> String {
        switch token.kind {
        case .end: "the end of the file"
        case .string: "a string"
        case .number: "`\(token.text)`"
        case .name, .symbol: "`\(token.text)`"
        }
    }

    /// The keywords that start a top-level declaration.
    static let topLevelKeywords: Set<String> = [
        "import", "BoundedContext", "ContextMap", "Domain", "UseCase", "UserStory", "Stakeholders", "ValueRegister",
    ]

    /// Whether the current token starts a line with a top-level keyword: a block still open there lacks its `}`.
    var atTopLevel: Bool { current.startsLine && current.kind == .name && Self.topLevelKeywords.contains(current.text) && index > 0 }

    /// Skips one balanced `{ … }` block starting at the current `{`; reports a missing `}`.
    mutating func skipBlock() {
        let open = current
        var depth = 0
        repeat {
            if isSymbol("{") { depth += 1 } else if isSymbol("}") { depth -= 1 }
            advance()
        } while depth > 0 && !atEnd && !atTopLevel
        if depth > 0 { error("`{` has no matching `}`", at: open) }
    }

    /// Skips to the next token on a new line (or a `}` closing the block), skipping whole blocks on the way.
    mutating func skipToNextLine() {
        let start = index
        while !atEnd {
            if index > start, current.startsLine { return }
            if isSymbol("}") || (index > start && atTopLevel) { return }
            if isSymbol("{") { skipBlock(); continue }
            advance()
        }
    }

    /// A construct read but not imported: its header up to the end of its line, and its block if it has one.
    mutating func unsupported(_ what: String) -> CMLUnsupported {
        let start = current.start
        skipToNextLine()
        let range = range(from: start)
        return CMLUnsupported(what: what, range: range, text: text(range))
    }

    /// A block's members: `body` is called at each member until the closing `}`; a member that consumes
    /// nothing is reported and skipped.
    mutating func block(_ what: String, _ body: (inout CMLParser) -> Void) {
        guard eat(symbol: "{") else { return }
        let open = tokens[index - 1]
        while !atEnd, !isSymbol("}"), !atTopLevel {
            let before = index
            body(&self)
            if index == before {
                error("unexpected \(describe(current)) in \(what)")
                skipToNextLine()
                if index == before { advance() }
            }
        }
        if !eat(symbol: "}") { error("`{` of \(what) has no matching `}`", at: open) }
    }

    // MARK: Settings

    /// `key [=] value { , value }`, the values up to the end of the line.
    mutating func parseSetting() -> CMLSetting {
        let start = current.start
        let key = CMLName(text: current.text, range: range(of: current))
        advance()
        _ = eat(symbol: "=")
        var values: [String] = []
        while !atEnd, !current.startsLine, !isSymbol("}"), !isSymbol("{") {
            if current.kind != .symbol { values.append(current.text) }
            advance()
        }
        let range = range(from: start)
        return CMLSetting(key: key, values: values, text: text(range), range: range)
    }

    /// Whether the current name starts a `key = value` setting (a lower-case word followed by `=` or a value on its line).
    var atSetting: Bool {
        guard current.kind == .name, let first = current.text.unicodeScalars.first, first.properties.isLowercase else { return false }
        let next = peek()
        return next.kind == .symbol ? next.text == "=" : !next.startsLine && next.kind != .end
    }

    // MARK: File

    mutating func parseFile() -> CMLFile {
        var result = CMLFile(path: source.path, file: file)
        while !atEnd {
            let before = index
            switch current.kind == .name ? current.text : "" {
            case "import":
                advance()
                if current.kind == .string {
                    result.imports.append((current.text, range(of: current)))
                    advance()
                } else {
                    error("expected the path of the file to import, in quotes")
                }
            case "Domain": if let domain = parseDomain() { result.declarations.append(.domain(domain)) }
            case "BoundedContext": if let context = parseContext() { result.declarations.append(.context(context)) }
            case "ContextMap": result.declarations.append(.contextMap(parseContextMap()))
            case "UseCase", "UserStory", "Stakeholders", "ValueRegister", "Service":
                result.declarations.append(.unsupported(unsupported(current.text)))
            default:
                error("expected `BoundedContext`, `ContextMap`, `Domain` or `import`, found \(describe(current))")
                skipToNextLine()
                if isSymbol("}") { advance() }
            }
            if index == before { advance() }
        }
        return result
    }

    mutating func parseDomain() -> CMLDomain? {
        advance()
        guard let name = expectName("the domain's name") else { skipToNextLine(); return nil }
        var domain = CMLDomain(name: name)
        block("domain `\(name.text)`") { parser in
            if parser.isName("Subdomain") {
                if let subdomain = parser.parseSubdomain() { domain.subdomains.append(subdomain) }
            } else if parser.atSetting {
                domain.settings.append(parser.parseSetting())
            } else if parser.current.kind == .name {
                domain.unsupported.append(parser.unsupported("`\(parser.current.text)` in a domain"))
            }
        }
        return domain
    }

    mutating func parseSubdomain() -> CMLSubdomain? {
        advance()
        guard let name = expectName("the subdomain's name") else { skipToNextLine(); return nil }
        var subdomain = CMLSubdomain(name: name)
        if isName("supports") {
            subdomain.unsupported.append(unsupportedHeader("`supports`"))
        }
        block("subdomain `\(name.text)`") { parser in
            if parser.atSetting {
                subdomain.settings.append(parser.parseSetting())
            } else if parser.current.kind == .name {
                subdomain.unsupported.append(parser.unsupported("`\(parser.current.text)` in a subdomain"))
            }
        }
        return subdomain
    }

    /// The rest of a declaration's header (`supports A, B`) up to its `{` or the end of its line.
    mutating func unsupportedHeader(_ what: String) -> CMLUnsupported {
        let start = current.start
        while !atEnd, !isSymbol("{"), !(current.startsLine && index > 0 && tokens[index - 1].end > start) { advance() }
        let range = range(from: start)
        return CMLUnsupported(what: what, range: range, text: text(range))
    }

    mutating func parseContext() -> CMLContext? {
        advance()
        guard let name = expectName("the bounded context's name") else { skipToNextLine(); return nil }
        var context = CMLContext(name: name)
        while current.kind == .name, ["implements", "realizes", "refines"].contains(current.text) {
            let keyword = current.text
            advance()
            var names: [CMLName] = []
            repeat {
                guard let name = expectName("a name after `\(keyword)`") else { break }
                names.append(name)
            } while eat(symbol: ",")
            switch keyword {
            case "implements": context.implements += names
            case "realizes": context.realizes += names
            default: context.refines += names
            }
        }
        if !isSymbol("{"), !atEnd, !current.startsLine {
            error("expected `{`, `implements`, `realizes` or `refines` after the bounded context's name, found \(describe(current))")
            skipToNextLine()
        }
        parseMembers(of: "bounded context `\(name.text)`", depth: 0, into: &context.members)
        context.members.removeAll { member in
            guard case .setting(let setting) = member else { return false }
            context.settings.append(setting)
            return true
        }
        return context
    }
}
