import StormSource
import StormSupport
import StormSyntax

extension LanguageServer {
    /// `textDocument/foldingRange`: each `{ … }` over several lines, and each run of two or more comment lines.
    func foldingRanges(_ uri: String) throws(ResponseError) -> JSON {
        let (analysis, file) = try analysis(uri)
        let source = analysis.sources[file]
        let index = analysis.index
        var result: [JSON] = []
        var open: [Int] = []
        for token in index.tokens[file.index] {
            if token.kind == .leftBrace { open.append(Int(token.start)) }
            if token.kind == .rightBrace, let start = open.popLast() {
                let first = source.lineAndColumn(of: start).line - 1
                let last = source.lineAndColumn(of: Int(token.start)).line - 1
                if last > first { result.append(["startLine": .integer(first), "endLine": .integer(last - 1)]) }
            }
        }
        var runStart: Int?
        var previousLine = -2
        func closeRun() {
            if let start = runStart, previousLine > start { result.append(["startLine": .integer(start), "endLine": .integer(previousLine), "kind": "comment"]) }
        }
        for comment in index.comments[file.index] where comment.startsLine {
            let line = source.lineAndColumn(of: Int(comment.start)).line - 1
            if line != previousLine + 1 {
                closeRun()
                runStart = line
            }
            previousLine = line
        }
        closeRun()
        return .array(result)
    }
}
