import StormModel

/// URIs of the schema documents and references inside them. Names may hold any letter, so every
/// piece of a URI is percent-encoded as UTF-8 where RFC 3986 asks for it.
enum JSONSchemaURIs {
    /// The `$id` of an event's schema, stable per event and version:
    /// `<base><domain>/<context>/events/<Event>.v<version>.schema.json`, domain and context lowercased.
    static func id(of event: Event, in context: BoundedContext, options: GeneratorOptions) -> String {
        id(of: event, base: base(of: context, options: options))
    }

    /// The `$id` of an event's schema, given the base of its context's ids (``base(of:options:)``).
    static func id(of event: Event, base: String) -> String {
        // Made in one allocation: every event of a large model asks for it. `.v<version>.schema.json` is
        // all unreserved, so only the name needs encoding.
        String(joining: base, "events/", percentEncoded(event.name), ".v", String(event.version), ".schema.json")
    }

    /// The `$id` of a command's schema: `<base><domain>/<context>/commands/<Command>.schema.json`, given
    /// the base of its context's ids.
    static func id(of command: Command, base: String) -> String {
        String(joining: base, "commands/", percentEncoded(command.name), ".schema.json")
    }

    /// `<base><domain>/<context>/`, each piece encoded: what the ids of a context's schemas start with,
    /// found once for a context of thousands of events.
    static func base(of context: BoundedContext, options: GeneratorOptions) -> String {
        String(joining: options.baseURI, percentEncoded(context.domain.lowercased()), "/", percentEncoded(context.name.lowercased()), "/")
    }

    /// A JSON Pointer token (RFC 6901) as written in a URI fragment: `~` and `/` escaped, then
    /// percent-encoded.
    static func pointerToken(_ name: String) -> String {
        if isUnreserved(name, allowingTilde: false) { return name }
        return percentEncoded(String(name.flatMap { $0 == "~" ? "~0" : $0 == "/" ? "~1" : String($0) }))
    }

    /// `text` with every UTF-8 byte outside RFC 3986's unreserved characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        if isUnreserved(text) { return text }
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80 && (Character(scalar).isLetter || Character(scalar).isNumber || "-._~".unicodeScalars.contains(scalar)) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// Whether every byte of `text` is one of RFC 3986's unreserved characters (ASCII letters, digits, `-._~`,
    /// `~` only when `allowingTilde`), so that encoding leaves it as it is.
    private static func isUnreserved(_ text: String, allowingTilde: Bool = true) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.allSatisfy { byte in
                let lower = byte | 0x20
                return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || (allowingTilde && byte == UInt8(ascii: "~"))
            }
        }
    }
}
