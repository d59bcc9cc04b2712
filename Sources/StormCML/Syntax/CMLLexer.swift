import StormDiagnostics
import StormSource

/// One token of a CML file.
struct CMLToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// A name or keyword (`BoundedContext`, `Customer-Supplier`: Context Mapper's hyphenated keywords are one token).
        case name
        /// A string in double quotes; `text` holds its value without the quotes.
        case string
        /// Digits, with an optional fraction.
        case number
        /// Punctuation: `{`, `}`, `[`, `]`, `->`, `<-`, `<->`, `,`, `:`, `=`, `<`, `>`, …
        case symbol
        case end
    }

    var kind: Kind
    var text: String
    var start: Int
    var end: Int
    /// Whether a line break comes between this token and the one before it.
    var startsLine: Bool
}

/// Splits a CML file into tokens. Comments (`//`, `/* */`) are skipped; malformed bytes, unterminated
/// strings and comments are reported as `cml-syntax` errors and skipped, so the lexer always finishes.
struct CMLLexer {
    /// Context Mapper's relationship keywords, written with a hyphen and read as one token.
    static let hyphenatedKeywords: Set<String> = [
        "Customer-Supplier", "Supplier-Customer", "Upstream-Downstream", "Downstream-Upstream",
        "Shared-Kernel", "Separate-Ways",
    ]
    static let longSymbols: [String] = ["<->", "->", "<-"]

    let bytes: [UInt8]
    let file: FileID

    static func tokens(of source: SourceFile, id: FileID, diagnostics: inout DiagnosticList) -> [CMLToken] {
        CMLLexer(bytes: source.bytes, file: id).run(&diagnostics)
    }

    private func run(_ diagnostics: inout DiagnosticList) -> [CMLToken] {
        var tokens: [CMLToken] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var newline = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { newline = true; index += 1; continue }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { index += 1; continue }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                let start = index
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    if bytes[index] == UInt8(ascii: "\n") { newline = true }
                    index += 1
                }
                if index + 1 >= bytes.count {
                    diagnostics.error("cml-syntax", "unterminated comment: `/*` has no `*/`", at: range(start, start + 2))
                    index = bytes.count
                } else {
                    index += 2
                }
                continue
            }
            let start = index
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let (text, end) = string(from: index, quote: byte, &diagnostics)
                tokens.append(CMLToken(kind: .string, text: text, start: start, end: end, startsLine: newline))
                index = end
            } else if isDigit(byte) {
                while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") { index += 1 }
                tokens.append(CMLToken(kind: .number, text: text(start, index), start: start, end: index, startsLine: newline))
            } else if byte == UInt8(ascii: "^"), index + 1 < bytes.count, nameScalar(at: index + 1) != nil {
                // `^type`: a keyword escaped to be a name.
                index += 1
                let nameStart = index
                while index < bytes.count, let (_, length) = nameScalar(at: index, continuing: true) { index += length }
                tokens.append(CMLToken(kind: .name, text: text(nameStart, index), start: start, end: index, startsLine: newline))
            } else if let (_, length) = nameScalar(at: index) {
                index += length
                while index < bytes.count, let (_, length) = nameScalar(at: index, continuing: true) { index += length }
                // `Customer-Supplier` and its kin are one token.
                if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
                    var end = index + 1
                    while end < bytes.count, let (_, length) = nameScalar(at: end, continuing: true) { end += length }
                    if Self.hyphenatedKeywords.contains(text(start, end)) { index = end }
                }
                tokens.append(CMLToken(kind: .name, text: text(start, index), start: start, end: index, startsLine: newline))
            } else if byte < 0x80 {
                let long = Self.longSymbols.first { bytes[index...].starts(with: Array($0.utf8)) }
                index += long?.utf8.count ?? 1
                if isSymbol(byte) || long != nil {
                    tokens.append(CMLToken(kind: .symbol, text: text(start, index), start: start, end: index, startsLine: newline))
                } else {
                    diagnostics.error("cml-syntax", "unexpected character in CML", at: range(start, index))
                }
            } else {
                let length = Self.scalar(in: bytes, at: index)?.length ?? 1
                index += length
                diagnostics.error("cml-syntax", length == 1 && Self.scalar(in: bytes, at: start) == nil ? "invalid UTF-8 in CML" : "unexpected character in CML",
                                  at: range(start, index))
            }
            newline = false
        }
        tokens.append(CMLToken(kind: .end, text: "", start: bytes.count, end: bytes.count, startsLine: true))
        return tokens
    }

    private func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: file, start: start, end: end) }
    private func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func isSymbol(_ byte: UInt8) -> Bool { "{}[](),:;=<>-+@.*!^?&|#%$~`".utf8.contains(byte) }

    /// A letter, `_` (or, when `continuing`, a digit) at `index`, and its length in bytes.
    private func nameScalar(at index: Int, continuing: Bool = false) -> (Unicode.Scalar, Int)? {
        guard let (scalar, length) = Self.scalar(in: bytes, at: index) else { return nil }
        if scalar == "_" || scalar.properties.isAlphabetic { return (scalar, length) }
        if continuing, scalar.properties.numericType != nil, scalar.isASCII { return (scalar, length) }
        return nil
    }

    /// The string starting at the quote at `start`: its value and the offset after the closing quote.
    private func string(from start: Int, quote: UInt8, _ diagnostics: inout DiagnosticList) -> (String, Int) {
        var index = start + 1
        var value: [UInt8] = []
        while index < bytes.count, bytes[index] != quote, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "\n") {
                let next = bytes[index + 1]
                value.append(next == UInt8(ascii: "n") ? UInt8(ascii: "\n") : next == UInt8(ascii: "t") ? UInt8(ascii: "\t") : next)
                index += 2
                continue
            }
            value.append(bytes[index])
            index += 1
        }
        guard index < bytes.count, bytes[index] == quote else {
            diagnostics.error("cml-syntax", "unterminated string: it has no closing quote on its line", at: range(start, index))
            return (String(decoding: value, as: UTF8.self), index)
        }
        if !Self.isValidUTF8(value) {
            diagnostics.error("cml-syntax", "invalid UTF-8 in a CML string", at: range(start, index + 1))
        }
        return (String(decoding: value, as: UTF8.self), index + 1)
    }

    /// The Unicode scalar encoded at `index`, or nil when the bytes there are not valid UTF-8.
    static func scalar(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var decoder = UTF8()
        var iterator = bytes[index..<min(bytes.count, index + 4)].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }

    /// Whether `bytes` are valid UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
