import StormDiagnostics
import StormSource
import StormSupport
import StormSyntax

extension LanguageServer {
    /// `textDocument/formatting`: one edit replacing the text with its `stormc fmt` layout, none when it
    /// already has it. A file with syntax errors is not formatted, as by `stormc fmt`.
    func formatting(_ uri: String) throws(ResponseError) -> JSON {
        let (analysis, file) = try analysis(uri)
        let source = analysis.sources[file]
        var diagnostics = DiagnosticList()
        guard let formatted = StormFormatter.format(source, id: file, diagnostics: &diagnostics) else {
            throw ResponseError(.requestFailed, "the file has syntax errors; fix them to format it")
        }
        if Array(formatted.utf8) == source.bytes { return [] }
        let whole = SourceRange(file: file, start: 0, end: source.bytes.count)
        return [["range": converter.range(whole, in: source), "newText": .string(formatted)]]
    }
}
