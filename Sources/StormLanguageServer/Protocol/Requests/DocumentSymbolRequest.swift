/// `textDocument/documentSymbol`: the outline of a file, as nested DocumentSymbols.
enum DocumentSymbolRequest {
    static let method = "textDocument/documentSymbol"
}
