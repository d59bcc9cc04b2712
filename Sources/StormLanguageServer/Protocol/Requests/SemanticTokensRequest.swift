import StormSupport

/// `textDocument/semanticTokens/full`: every token classified, as relative integers.
enum SemanticTokensRequest {
    static let method = "textDocument/semanticTokens/full"

    /// The token types, indexed by ``TokenType``.
    enum TokenType: Int, CaseIterable {
        case namespace, type, `enum`, `struct`, `class`, event, function, method, property, enumMember
        case keyword, string, number, comment, variable, interface

        var name: String { String(describing: self) }
    }

    /// The legend sent in the capabilities.
    static let legend: JSON = [
        "tokenTypes": .array(TokenType.allCases.map { .string($0.name) }),
        "tokenModifiers": ["declaration", "documentation"],
    ]
}
