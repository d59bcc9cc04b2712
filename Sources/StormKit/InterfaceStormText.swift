import Foundation

extension UsedInterfaces {
    /// Writes a published interface as one context of Storm source: its identifiers, enumerations, value
    /// objects, entities and events, each type named by its bare name (the interface's contexts become one
    /// namespace, the name of the `use`).
    enum StormText {
        static func context(named name: String, from interface: [String: Any], origin: String) throws(InterfaceProblem) -> String {
            let types = interface["types"] as? [String: Any] ?? [:]
            var lines = ["/// Published by \(try word(interface["name"])) in \(quoted(origin)).", "context \(try word(name)) {"]
            for id in types["identifiers"] as? [[String: Any]] ?? [] {
                lines += docs(id["doc"], indent: "  ")
                lines.append("  id \(try word(id["name"])): \(try word(id["rawType"]))")
            }
            for enumeration in types["enumerations"] as? [[String: Any]] ?? [] {
                lines += docs(enumeration["doc"], indent: "  ")
                let cases = try (enumeration["cases"] as? [[String: Any]] ?? []).map { (c: [String: Any]) throws(InterfaceProblem) in try word(c["name"]) }
                lines.append("  enum \(try word(enumeration["name"])) { \(cases.joined(separator: ", ")) }")
            }
            for (kind, keyword) in [("valueObjects", "value"), ("entities", "entity")] {
                for record in types[kind] as? [[String: Any]] ?? [] {
                    lines += docs(record["doc"], indent: "  ")
                    lines.append("  \(keyword) \(try word(record["name"])) {")
                    lines += try fields(record["fields"])
                    lines.append("  }")
                }
            }
            for event in interface["events"] as? [[String: Any]] ?? [] {
                lines += docs(event["doc"], indent: "  ")
                let deprecated = event["deprecated"] as? Bool == true ? "@deprecated " : ""
                guard let version = event["version"] as? Int, version >= 1 else { throw InterfaceProblem(message: "an event has no version") }
                lines.append("  \(deprecated)event \(try word(event["name"])) v\(version) {")
                lines += try fields(event["fields"])
                lines.append("  }")
            }
            lines.append("}")
            return lines.joined(separator: "\n") + "\n"
        }

        static func fields(_ value: Any?) throws(InterfaceProblem) -> [String] {
            var lines: [String] = []
            for field in value as? [[String: Any]] ?? [] {
                lines += docs(field["doc"], indent: "    ")
                var line = "    \(try word(field["name"])): \(try type(field["type"]))"
                if let value = field["default"], !(value is NSNull), let literal = literal(value, type: field["type"]) { line += " = " + literal }
                if field["identity"] as? Bool == true { line += " @identity" }
                if field["pii"] as? Bool == true { line += " @pii" }
                if field["deprecated"] as? Bool == true { line += " @deprecated" }
                lines.append(line)
            }
            return lines
        }

        /// A type tree as Storm writes it, declared types by their bare name.
        static func type(_ value: Any?) throws(InterfaceProblem) -> String {
            guard let tree = value as? [String: Any], tree.count == 1, let (kind, inner) = tree.first else {
                throw InterfaceProblem(message: "a field's type is not a type tree")
            }
            switch kind {
            case "primitive": return try word(inner)
            case "identifier", "valueObject", "entity", "enumeration":
                guard let qualified = inner as? String, let bare = qualified.split(separator: ".").last else { throw InterfaceProblem(message: "a type has no name") }
                return try word(String(bare))
            case "list": return "[\(try type(inner))]"
            case "map": return "[String: \(try type(inner))]"
            case "optional": return "\(try type(inner))?"
            default: throw InterfaceProblem(message: "unknown type kind `\(kind)`")
            }
        }

        /// A default value as a Storm literal of the field's type; nil for one Storm cannot write back (a duration).
        static func literal(_ value: Any, type: Any?) -> String? {
            guard let tree = type as? [String: Any], let (kind, inner) = tree.first else { return nil }
            switch (kind, value) {
            case ("optional", _): return literal(value, type: inner)
            case ("list", let items as [Any]):
                let literals = items.compactMap { literal($0, type: inner) }
                return literals.count == items.count ? "[" + literals.joined(separator: ", ") + "]" : nil
            case ("map", let object as [String: Any]) where object.isEmpty: return "[:]"
            case ("enumeration", let name as String): return (try? word(name))
            case ("primitive", let text as String) where inner as? String == "String": return quoted(text)
            case ("primitive", let number as NSNumber) where inner as? String == "Bool": return number.boolValue ? "true" : "false"
            case ("primitive", let number as NSNumber) where ["Int", "Double", "Decimal"].contains(inner as? String ?? ""): return number.stringValue
            default: return nil
            }
        }

        /// A name, refused unless it is one word of letters, digits and `_`: an interface is read from
        /// another repository, and must not be able to write Storm of its own.
        static func word(_ value: Any?) throws(InterfaceProblem) -> String {
            guard let text = value as? String, let first = text.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first),
                  text.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "_" }) else {
                throw InterfaceProblem(message: "`\(String(describing: value ?? "null").prefix(60))` is not a name")
            }
            return text
        }

        static func docs(_ value: Any?, indent: String) -> [String] {
            guard let doc = value as? String, !doc.isEmpty else { return [] }
            return doc.split(separator: "\n", omittingEmptySubsequences: false).map { indent + "/// " + $0.filter { $0 != "\r" } }
        }

        static func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                    out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }
}
