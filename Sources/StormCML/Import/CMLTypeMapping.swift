/// What each CML (Java, Sculptor) type becomes in Storm; `Docs/TypeMapping.md` lists the same table.
enum CMLTypeMapping {
    /// CML's built-in types → Storm's.
    static let builtins: [String: String] = [
        "String": "String", "char": "String", "Character": "String",
        "int": "Int", "Integer": "Int", "long": "Int", "Long": "Int", "short": "Int", "Short": "Int", "byte": "Int", "Byte": "Int",
        "boolean": "Bool", "Boolean": "Bool",
        "double": "Double", "Double": "Double", "float": "Double", "Float": "Double",
        "BigDecimal": "Decimal", "BigInteger": "Decimal",
        "Date": "Timestamp", "DateTime": "Timestamp", "Timestamp": "Timestamp", "Instant": "Timestamp",
        "LocalDateTime": "Timestamp", "ZonedDateTime": "Timestamp", "LocalDate": "Date",
        "UUID": "UUID", "Duration": "Duration",
    ]
    /// Collections whose one argument is the element type.
    static let lists: Set<String> = ["List", "Set", "Collection", "Bag"]

    /// The Storm type for `type`, or the name of the CML type that Storm cannot hold (when the result is nil).
    static func storm(_ type: CMLType, declared: (CMLName) -> String?) -> Result<String, CMLName> {
        let name = type.name.text
        if lists.contains(name), type.arguments.count == 1 {
            return storm(type.arguments[0], declared: declared).map { "[\($0)]" }
        }
        if name == "Map", type.arguments.count == 2, type.arguments[0].name.text == "String" {
            return storm(type.arguments[1], declared: declared).map { "[String: \($0)]" }
        }
        guard type.arguments.isEmpty else { return .failure(type.name) }
        if let builtin = builtins[name] { return .success(builtin) }
        if let resolved = declared(type.name) { return .success(resolved) }
        return .failure(type.name)
    }
}

extension CMLName: Error {}
