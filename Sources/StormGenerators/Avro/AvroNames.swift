import StormModel

/// Avro names: `[A-Za-z_][A-Za-z0-9_]*`, ASCII only. Storm names may hold any letter, so every other
/// character is spelled out as `_u` and its code point in hex (`größe` → `gr_u00F6_u00DFe`), which
/// keeps distinct names distinct.
enum AvroNames {
    /// Whether ``name(_:)`` keeps `text` as it is: ASCII letters, digits and `_`, not starting with a digit.
    static func isKept(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, first &- UInt8(ascii: "0") >= 10 else { return false }
            return utf8.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "_") }
        }
    }

    static func name(_ text: String) -> String {
        if isAvroName(text) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, Character(scalar).isLetter || Character(scalar).isNumber || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "_u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        if let first = out.unicodeScalars.first, ("0"..."9").contains(first) { out = "_" + out }
        return out.isEmpty ? "_" : out
    }

    /// Whether `text` is already an Avro name: ASCII letters, digits and `_`, not starting with a digit.
    private static func isAvroName(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
            return utf8.allSatisfy { byte in
                let lower = byte | 0x20
                return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "_")
            }
        }
    }

    /// The namespace of a context's types: `<domain>.<context>`, lowercased (`motorinsurance.trips`).
    static func namespace(of context: BoundedContext) -> String {
        namespace(domain: context.domain, context: context.name)
    }

    /// The namespace of the context called `context` in `domain`, as ``namespace(of:)`` gives it.
    static func namespace(domain: String, context: String) -> String {
        name(domain.lowercased()) + "." + name(context.lowercased())
    }
}
