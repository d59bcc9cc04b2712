import Foundation

extension UsedInterfaces {
    /// Writes a published interface as Storm source: per context that publishes, its identifiers,
    /// enumerations, value objects, entities and events, types named `Context.Name` as published.
    enum StormText {
        /// The interface as Storm source: one context per context that publishes, with the types and
        /// events of that context; and each context's name and domain.
        static func contexts(from interface: [String: Any], origin: String) throws(InterfaceProblem)
            -> (text: String, contexts: [(name: String, domain: String)], schemas: [String: String]) {
            let types = interface["types"] as? [String: Any] ?? [:]
            let producer = try word(interface["name"])
            var order: [String] = []
            var domains: [String: String] = [:]
            var members: [String: [String]] = [:]
            var schemas: [String: String] = [:]
            // Where a type's schema is published: an absolute URI, else the type is inlined where used.
            func noteSchema(_ declaration: [String: Any]) throws(InterfaceProblem) {
                guard let uri = declaration["schema"] as? String, let url = URL(string: uri), url.scheme != nil else { return }
                schemas[try word(declaration["context"]) + "." + (try word(declaration["name"]))] = uri
            }
            func add(_ context: Any?, _ lines: [String]) throws(InterfaceProblem) {
                let name = try word(context)
                if members[name] == nil { order.append(name) }
                members[name, default: []] += lines
            }
            for id in types["identifiers"] as? [[String: Any]] ?? [] {
                try noteSchema(id)
                try add(id["context"], docs(id["doc"], indent: "  ") + ["  id \(try word(id["name"])): \(try word(id["rawType"]))"])
            }
            for enumeration in types["enumerations"] as? [[String: Any]] ?? [] {
                try noteSchema(enumeration)
                let cases = try (enumeration["cases"] as? [[String: Any]] ?? []).map { (c: [String: Any]) throws(InterfaceProblem) in try word(c["name"]) }
                try add(enumeration["context"], docs(enumeration["doc"], indent: "  ") + ["  enum \(try word(enumeration["name"])) { \(cases.joined(separator: ", ")) }"])
            }
            for (kind, keyword) in [("valueObjects", "value"), ("entities", "entity")] {
                for record in types[kind] as? [[String: Any]] ?? [] {
                    try noteSchema(record)
                    try add(record["context"], docs(record["doc"], indent: "  ") + ["  \(keyword) \(try word(record["name"])) {"]
                            + (try fields(record["fields"])) + ["  }"])
                }
            }
            for event in interface["events"] as? [[String: Any]] ?? [] {
                let deprecated = event["deprecated"] as? Bool == true ? "@deprecated " : ""
                guard let version = event["version"] as? Int, version >= 1 else { throw InterfaceProblem(message: "an event has no version") }
                try add(event["context"], docs(event["doc"], indent: "  ") + ["  \(deprecated)event \(try word(event["name"])) v\(version) {"]
                        + (try fields(event["fields"])) + ["  }"])
                domains[try word(event["context"])] = try word(event["domain"])
            }
            var lines: [String] = []
            for name in order {
                lines += ["/// Published by \(producer) in \(quoted(origin)).", "context \(name) {"] + members[name]! + ["}"]
            }
            return (lines.joined(separator: "\n") + "\n", order.map { ($0, domains[$0] ?? producer) }, schemas)
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
                let parts = (inner as? String ?? "").split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw InterfaceProblem(message: "a type is not named `Context.Name`") }
                return try word(String(parts[0])) + "." + (try word(String(parts[1])))
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
