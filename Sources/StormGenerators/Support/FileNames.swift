/// File names derived from model names, made safe: whatever a name contains, the result is one path
/// component that cannot leave the output folder.
public enum FileNames {
    /// A single path component for `name`: letters, digits, `-`, `_` and `.` are kept (non-ASCII letters
    /// too); anything else, including `/`, `\`, and control characters, becomes `_`. A result that would be
    /// empty, `.` or `..`, or start with a dot, is prefixed with `_`.
    public static func component(_ name: String) -> String {
        if isSafeASCII(name) { return name }
        var out = String(name.unicodeScalars.map { scalar -> Character in
            if scalar.isASCII {
                let c = Character(scalar)
                return c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? Character(scalar) : "_"
        })
        if out.isEmpty || out.hasPrefix(".") { out = "_" + out }
        if out.utf8.count > 200 { out = String(out.prefix(200)) }
        return out
    }

    /// Whether `name` is already a safe component: 1 to 200 ASCII letters, digits, `-`, `_` and `.`, not
    /// starting with a dot (what ``component(_:)`` keeps as it is).
    private static func isSafeASCII(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { utf8 in
            guard let first = utf8.first, first != UInt8(ascii: "."), utf8.count <= 200 else { return false }
            return utf8.allSatisfy { byte in
                let lower = byte | 0x20
                return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            }
        }
    }

    /// `a/b/c` from components, each made safe.
    public static func path(_ components: String...) -> String {
        components.map(component).joined(separator: "/")
    }
}
