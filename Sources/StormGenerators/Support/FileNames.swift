import StormSupport

/// File names derived from model names, made safe: whatever a name contains, the result is one path
/// component that cannot leave the output folder, that every file system accepts, and that no other
/// name gets.
public enum FileNames {
    /// The most UTF-8 bytes of a component: file systems refuse more than 255 (ext4, APFS), and some
    /// tools count less generously, so a longer name is cut well before that.
    public static let maximumLength = 200

    /// A single path component for `name`: letters, digits, `-`, `_` and `.` are kept (non-ASCII letters
    /// too); anything else, including `/`, `\`, and control characters, becomes `_`. A result that would be
    /// empty, `.` or `..`, or start with a dot, is prefixed with `_`.
    ///
    /// `suffix` (`.v1.schema.json`) is kept whole. When the result would be longer than ``maximumLength``
    /// bytes, `name` is cut at a character boundary and followed by `-` and eight hexadecimal digits of a
    /// hash of the whole name (32-bit FNV-1a of its UTF-8 bytes, without the suffix), so two long names that share their
    /// beginning still get two files, and a name gets the same file on every run and machine.
    public static func component(_ name: String, suffix: String = "") -> String {
        // Fast path: plain ASCII names, by far the most common, are their own file names.
        if name.utf8.first != UInt8(ascii: "."), isPlain(name), suffix.isEmpty || isPlain(suffix), name.utf8.count + suffix.utf8.count <= maximumLength {
            return suffix.isEmpty ? name : String(joining: name, suffix)
        }
        var out = sanitized(name)
        let tail = sanitized(suffix)
        if out.isEmpty || out.hasPrefix(".") { out = "_" + out }
        guard out.utf8.count + tail.utf8.count > maximumLength else { return out + tail }
        let hash = "-" + hexadecimal(fnv1a(name))
        let budget = max(maximumLength - tail.utf8.count - hash.utf8.count, 1)
        var cut = "", length = 0
        for character in out {
            length += character.utf8.count
            if length > budget { break }
            cut.append(character)
        }
        return cut + hash + tail
    }

    /// `a/b/c` from components, each made safe.
    public static func path(_ components: String...) -> String {
        components.map { component($0) }.joined(separator: "/")
    }

    /// Whether `text` is non-empty ASCII letters, digits, `-`, `_` and `.`, which ``sanitized(_:)`` keeps.
    private static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            !utf8.isEmpty && utf8.allSatisfy { byte in
                (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            }
        }
    }

    /// `text` with every character a file name should not hold replaced by `_`.
    private static func sanitized(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            if scalar.isASCII {
                let c = Character(scalar)
                return c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? Character(scalar) : "_"
        })
    }

    /// The 32-bit FNV-1a hash of the UTF-8 bytes of `text`.
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    private static func hexadecimal(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
