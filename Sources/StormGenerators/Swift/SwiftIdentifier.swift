import Foundation

/// Turns model names into Swift identifiers that compile and cannot be mistaken for anything else.
///
/// Model names are letters, digits and `_` of any script; Swift allows most of those, but not all, and
/// reserves keywords and the names generated code relies on. Characters Swift does not accept become
/// `_`; keywords are escaped with backticks where Swift allows that (members) and get a `_` suffix where it
/// does not (types). Two names that end up equal are reported by ``SwiftNames``, never emitted.
enum SwiftIdentifier {
    /// Swift's reserved words: escaped with backticks as members, suffixed as types.
    static let keywords = NameSet(names: [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is",
        "nil", "self", "Self", "super", "throws", "true", "try", "Type", "Protocol", "some", "any", "async",
    ])

    /// Type names generated code uses without qualification, and the modules it qualifies with: a model
    /// type of one of these names would hide the original.
    static let reservedTypeNames = NameSet(names: [
        "String", "Int", "Double", "Bool", "Decimal", "Date", "UUID", "Codable", "Hashable", "Sendable",
        "CaseIterable", "RawRepresentable", "CodingKey", "Decoder", "Encoder", "Error", "Never", "Optional",
        "Array", "Dictionary", "Void", "AnyObject", "Swift", "Foundation", "StormRuntime",
    ])

    /// Member names generated code relies on, and the modules expressions are qualified with.
    /// `self`, `init`, `Type` and `Protocol` are among them: after a dot they would not name a member.
    static let reservedMemberNames = NameSet(names: [
        "hashValue", "rawValue", "allCases", "CodingKeys", "Swift", "Foundation", "StormRuntime",
        "init", "self", "Self", "Type", "Protocol",
    ])

    /// What a type may not be called: the keywords and the reserved type names, in one table.
    static let reservedTypes = NameSet(names: keywords.keys + reservedTypeNames.keys)

    /// `name` with every character Swift does not accept in an identifier replaced by `_`, in Unicode
    /// normal form C (Swift compares identifiers by their scalars), never empty and never starting with a digit.
    static func sanitized(_ name: String) -> String {
        // Fast path: plain ASCII identifiers, by far the most common, need neither normalization nor mapping.
        if name.utf8.withContiguousStorageIfAvailable(isPlainIdentifier) == true { return name }
        var out = String.UnicodeScalarView()
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            let valid = out.isEmpty ? isHead(scalar) : isHead(scalar) || isBody(scalar)
            if !valid, out.isEmpty, isBody(scalar) {
                out.append("_")
                out.append(scalar)
            } else {
                out.append(valid ? scalar : "_")
            }
        }
        let result = String(out)
        return result.isEmpty || result.allSatisfy({ $0 == "_" }) ? result + "_0" : result
    }

    /// Whether `utf8` is an ASCII identifier: letters, digits and `_`, not starting with a digit, not only `_`.
    private static func isPlainIdentifier(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, first &- 0x30 >= 10 else { return false }
        var onlyUnderscores = true
        for byte in utf8 {
            // One bit per ASCII byte that may be in an identifier: digits in the first 64, then
            // capitals, `_` and small letters.
            let allowed: UInt64 = byte < 0x40 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
            guard byte < 0x80, allowed >> (byte & 63) & 1 == 1 else { return false }
            onlyUnderscores = onlyUnderscores && byte == 0x5F
        }
        return !onlyUnderscores
    }

    /// A type name: sanitized, and suffixed with `_` when it is a keyword or a reserved type name.
    static func typeName(_ name: String, alsoReserved: NameSet? = nil) -> String {
        let base = sanitized(name)
        return reservedTypes.contains(base) || alsoReserved?.contains(base) == true ? base + "_" : base
    }

    /// A type name: sanitized, and suffixed with `_` when it is one of `reserved`, which holds
    /// ``reservedTypes`` and more.
    static func typeName(_ name: String, reserved: NameSet) -> String {
        let base = sanitized(name)
        return reserved.contains(base) ? base + "_" : base
    }

    /// A member name (property, case): sanitized, suffixed with `_` when reserved, without backticks.
    static func memberName(_ name: String, alsoReserved: NameSet? = nil) -> String {
        let base = sanitized(name)
        return reservedMemberNames.contains(base) || alsoReserved?.contains(base) == true ? base + "_" : base
    }

    /// A member name and how code writes it, as ``memberName(_:alsoReserved:)`` and ``escaped(_:)`` give
    /// them, in one look-up: every field of a model goes through here.
    static func member(_ name: String) -> (name: String, escaped: String) {
        let base = sanitized(name)
        return specialMembers[base] ?? (base, base)
    }

    /// The reserved member names and the keywords, with the names and spellings they take as members.
    private static let specialMembers: NameTable<String, (name: String, escaped: String)> = {
        var special = NameTable<String, (name: String, escaped: String)>()
        for keyword in keywords.keys { special.updateValue((keyword, "`\(keyword)`"), forKey: keyword) }
        for reserved in reservedMemberNames.keys { special.updateValue((reserved + "_", reserved + "_"), forKey: reserved) }
        return special
    }()

    /// `name` as written in code: in backticks when it is a keyword.
    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `TripEnded` → `tripEnded`, `URLChanged` → `urlChanged`, `ID` → `id`.
    static func lowerCamel(_ name: String) -> String {
        // Fast path: an ASCII name starting with one capital, the usual declaration name.
        let simple = name.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
            guard utf8.count > 1, utf8[0] >= 0x41, utf8[0] <= 0x5A, !(utf8[1] >= 0x41 && utf8[1] <= 0x5A), utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                _ = buffer.initialize(from: utf8)
                buffer[0] += 0x20
                return utf8.count
            }
        }
        if let simple = simple ?? nil { return simple }
        let characters = Array(name)
        var upperRun = 0
        while upperRun < characters.count, characters[upperRun].isUppercase { upperRun += 1 }
        guard upperRun > 0 else { return name }
        let lowered = upperRun == characters.count || upperRun == 1 ? upperRun : upperRun - 1
        return characters[..<lowered].map { $0.lowercased() }.joined() + String(characters[lowered...])
    }

    /// `scores` → `Scores`.
    static func upperCamel(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// Swift string literal of `text`, escaped.
    static func stringLiteral(_ text: String) -> String {
        if isPlainLiteral(text) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether `text` needs no escaping in a string literal: no quote, backslash, control character or
    /// line or paragraph separator (which Swift accepts, but editors show as line breaks).
    static func isPlainLiteral(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlainLiteral) ?? false
    }

    /// Whether the UTF-8 `text` needs no escaping in a string literal.
    static func isPlainLiteral(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // 0xC2 starts the C1 controls, 0xE2 U+2028 and U+2029 (and other characters, which take the slow path).
        text.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 != 0xC2 && $0 != 0xE2 }
    }

    /// Characters that may start a Swift identifier (The Swift Programming Language, Lexical Structure).
    static func isHead(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x5F }
        return headRanges.contains(where: { $0.contains(v) }) || (v >= 0x10000 && v <= 0xEFFFD && (v & 0xFFFF) <= 0xFFFD)
    }

    /// Non-ASCII ranges of identifier heads; beyond them, U+10000–U+EFFFD except the last two code points
    /// of each plane.
    private static let headRanges: [ClosedRange<UInt32>] = [
        0xA8...0xA8, 0xAA...0xAA, 0xAD...0xAD, 0xAF...0xAF, 0xB2...0xB5, 0xB7...0xBA, 0xBC...0xBE,
        0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x2FF, 0x370...0x167F, 0x1681...0x180D,
        0x180F...0x1DBF, 0x1E00...0x1FFF, 0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040,
        0x2054...0x2054, 0x2060...0x206F, 0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF,
        0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007, 0x3021...0x302F,
        0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE1F,
        0xFE30...0xFE44, 0xFE47...0xFFFD,
    ]

    /// Characters that may continue a Swift identifier besides those that may start one.
    static func isBody(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x30...0x39).contains(v) || (0x300...0x36F).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v)
    }
}
