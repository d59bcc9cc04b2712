import StormModel

/// What a generated struct is made of: value objects, entities, aggregate states, commands, events and
/// read models are all records of fields.
struct Record {
    /// What the declaration is, in messages (`event`).
    var kind: String
    var reference: SymbolReference
    var deprecation: Deprecation?
    var fields: [Field]
    /// A protocol after `Codable, Hashable, Sendable`, if any.
    var conformance: SwiftText?
    /// Names of types nested in the struct, which fields may not take (`CodingKeys` they cannot take anyway).
    var nestedTypeNames: [String] = []
    /// The struct's name when it is not the declaration's (an event's kept previous major: `TripEndedV1`).
    var typeName: String?

    init(_ kind: String, _ reference: SymbolReference, deprecation: Deprecation?, fields: [Field], conformance: SwiftText? = nil, nestedTypeNames: [String] = []) {
        self.kind = kind
        self.reference = reference
        self.deprecation = deprecation
        self.fields = fields
        self.conformance = conformance
        self.nestedTypeNames = nestedTypeNames
    }

    /// The record in messages: `event Trips.TripEnded`.
    var owner: String { "\(kind) `\(reference.context).\(reference.name)`" }
}

/// Prints a ``Record`` as a `Codable`, `Hashable`, `Sendable` struct with a memberwise initializer and
/// explicit coding: JSON keys are the model's field names, absent optionals are left out, fields with a
/// default may be absent, and Decimal, Timestamp and UUID use their wire forms.
///
/// Records make up most of a generated file, so the printing runs straight through the fields, each
/// prepared once (``FieldInfo``), with no closure per block. One generator serves one file, whose records
/// share most of their fields' names and types: each of those is worked out and kept in the file's writer
/// once.
final class RecordGenerator {
    let names: SwiftNames
    /// Field names as this file's writer keeps them.
    private var fieldNames = NameTable<String, FieldName>(capacity: 256)
    /// Primitive types as this file's writer keeps them, in the order of `PrimitiveType.allCases`.
    private var primitiveTypes = [SwiftText?](repeating: nil, count: PrimitiveType.allCases.count)

    init(names: SwiftNames) {
        self.names = names
    }

    /// Prints `record`, after its documentation, which the caller writes; `staticMembers` writes its static
    /// members (protocol requirements such as `eventName`) first, `nested` the types nested in it last.
    func write(_ record: Record, into out: inout SwiftWriter, staticMembers: (inout SwiftWriter) -> Void = { _ in },
               nested: (inout SwiftWriter) throws(GeneratorError) -> Void = { _ in }) throws(GeneratorError) {
        let fields = record.fields
        var infos: [FieldInfo] = []
        infos.reserveCapacity(fields.count)
        var anyRenamed = false, anyDeprecated = false, anyOfDeprecatedType = false
        for index in fields.indices {
            let info = FieldInfo(fields, at: index, name: name(of: fields[index].name, into: &out), type: type(fields[index].type, into: &out),
                                 names: names, out: &out)
            anyRenamed = anyRenamed || info.isRenamed
            anyDeprecated = anyDeprecated || info.isDeprecated
            anyOfDeprecatedType = anyOfDeprecatedType || info.isOfDeprecatedType
            infos.append(info)
        }
        if anyRenamed || anyDeprecated || !record.nestedTypeNames.isEmpty {
            try Self.check(record, members: fields.map { SwiftIdentifier.member($0.name).name }, renamed: anyRenamed, names: names)
        }
        // Deprecated fields are stored as `_name` behind a deprecated accessor, so generated code never
        // touches a deprecated declaration; a field of a deprecated type cannot be, so what uses it is
        // deprecated too.
        let usesDeprecated = record.deprecation == nil && anyOfDeprecatedType
        let name = out.keep(record.typeName ?? names.type(record.reference))
        out.deprecation(record.deprecation)
        out.open("public struct ", name, ": Codable, Hashable, Sendable", record.conformance == nil ? "" : ", ", record.conformance ?? "")
        let start = out.byteCount
        staticMembers(&out)
        if out.byteCount != start, !infos.isEmpty { out.line() }
        for info in infos { property(info, fields, into: &out) }
        if !infos.isEmpty { out.line() }
        initializer(name, infos, deprecated: usesDeprecated, into: &out)
        if !infos.isEmpty {
            out.line()
            codingKeys(infos, fields, into: &out)
            out.line()
            decoder(infos, fields, deprecated: usesDeprecated, into: &out)
            out.line()
            encoder(infos, fields, deprecated: usesDeprecated, into: &out)
        }
        try nested(&out)
        out.close()
    }

    /// The field names' checks: no two fields of one Swift name, none of a nested type's name, and no
    /// deprecated field whose storage (`_name`) takes another field's name.
    static func check(_ record: Record, members: [String], renamed: Bool, names: SwiftNames) throws(GeneratorError) {
        let fields = record.fields
        try names.checkMembers(members, of: fields, renamed: renamed, nested: record.nestedTypeNames, owner: record.owner)
        let taken = Set(members)
        for (field, member) in zip(fields, members) where field.deprecation != nil && taken.contains("_" + member) {
            throw GeneratorError("in \(record.owner), field `\(field.name)` is deprecated and its storage would take the name of field `_\(member)`",
                                 at: field.range, id: "swift-name-collision", help: "rename one of them")
        }
    }

    /// A field's Swift name, kept by the file's writer.
    private func name(of field: String, into out: inout SwiftWriter) -> FieldName {
        if let found = fieldNames[field] { return found }
        let member = SwiftIdentifier.member(field)
        let text = out.keep(member.name)
        let name = FieldName(member: text, escaped: member.escaped == member.name ? text : out.keep(member.escaped), isRenamed: member.name != field)
        fieldNames.updateValue(name, forKey: field)
        return name
    }

    /// A field's Swift type, kept by the file's writer.
    private func type(_ type: TypeReference, into out: inout SwiftWriter) -> SwiftText {
        guard case .primitive(let primitive) = type else { return out.keep(names.swiftType(type)) }
        let slot = PrimitiveType.allCases.firstIndex(of: primitive)!
        if let text = primitiveTypes[slot] { return text }
        let text = out.keep(SwiftNames.swiftType(primitive))
        primitiveTypes[slot] = text
        return text
    }

    private func property(_ info: FieldInfo, _ fields: [Field], into out: inout SwiftWriter) {
        let doc = fields[info.index].doc
        if fields[info.index].isPII {
            out.doc(doc + (doc.isEmpty ? "" : "\n\n") + "- Note: Personal data (`@pii`).")
        } else {
            out.doc(doc)
        }
        out.deprecation(fields[info.index].deprecation)
        guard info.isDeprecated else {
            out.deprecated(if: info.isOfDeprecatedType)
            return out.line("public var ", info.escaped, ": ", info.type)
        }
        out.line("public var ", info.escaped, ": ", info.type, " {")
        out.indented { out in
            out.line("get { _", info.member, " }")
            out.line("set { _", info.member, " = newValue }")
        }
        out.line("}")
        out.line("/// The storage of `", info.member, "`, which generated code uses without a deprecation warning.")
        out.deprecated(if: info.isOfDeprecatedType)
        out.line("var _", info.member, ": ", info.type)
    }

    private func initializer(_ name: SwiftText, _ infos: [FieldInfo], deprecated: Bool, into out: inout SwiftWriter) {
        out.line("/// Creates `", name, "` from its fields.")
        out.deprecated(if: deprecated)
        out.startLine()
        out.write("public init(")
        out.list(infos) { out, info in
            out.write(info.escaped, ": ", info.type)
            if let expression = info.defaultExpression {
                out.write(" = ", expression)
            } else if info.isOptional {
                out.write(" = nil")
            }
        }
        out.write(") {")
        out.endLine()
        out.indented { out in
            for info in infos { out.line("self.", info.storage, " = ", info.escaped) }
        }
        out.line("}")
    }

    private func codingKeys(_ infos: [FieldInfo], _ fields: [Field], into out: inout SwiftWriter) {
        out.open("private enum CodingKeys: String, CodingKey")
        for info in infos {
            guard info.isRenamed else {
                out.line("case ", info.escaped)
                continue
            }
            out.startLine()
            out.write("case ", info.escaped, " = ")
            out.writeStringLiteral(fields[info.index].name)
            out.endLine()
        }
        out.close()
    }

    /// `init(from:)`: each field read under its key, through its wire type, with its default when absent.
    private func decoder(_ infos: [FieldInfo], _ fields: [Field], deprecated: Bool, into out: inout SwiftWriter) {
        out.deprecated(if: deprecated)
        out.open("public init(from decoder: any Decoder) throws")
        out.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
        for info in infos {
            let method: SwiftText = info.mayBeAbsent ? "valueIfPresent" : "value"
            out.startLine()
            out.write("self.", info.storage, " = try ")
            if info.needsWireForm {
                let type = fields[info.index].type
                let wired: TypeReference = info.mayBeAbsent && !info.isOptional ? .optional(type) : type
                out.write("(container.", method, "(forKey: .", info.escaped, ") as ")
                out.write(names.wireType(wired), ")")
                names.fromWire(wired, into: &out)
            } else {
                out.write("container.", method, "(forKey: .", info.escaped, ")")
            }
            if let expression = info.decodedDefault { out.write(" ?? ", expression) }
            out.endLine()
        }
        out.close()
    }

    /// `encode(to:)`: each field written under its key, through its wire type; absent optionals left out.
    private func encoder(_ infos: [FieldInfo], _ fields: [Field], deprecated: Bool, into out: inout SwiftWriter) {
        out.deprecated(if: deprecated)
        out.open("public func encode(to encoder: any Encoder) throws")
        out.line("var container = encoder.container(keyedBy: CodingKeys.self)")
        for info in infos {
            out.startLine()
            let method: SwiftText = info.isOptional ? "try container.encodeIfPresent(" : "try container.encode("
            out.write(method)
            if info.needsWireForm {
                names.toWire(fields[info.index].type, into: &out) { $0.write("self.", info.storage) }
            } else {
                out.write("self.", info.storage)
            }
            out.write(", forKey: .", info.escaped, ")")
            out.endLine()
        }
        out.close()
    }
}

/// What the printing of one field needs, computed once: its names, type and default as text the writer
/// keeps, so that each of the lines a field takes only copies bytes.
private struct FieldInfo {
    /// The field's position in its record.
    let index: Int
    /// The Swift name, without backticks.
    let member: SwiftText
    /// The name as written in code.
    let escaped: SwiftText
    /// The stored property: `_name` for a deprecated field.
    let storage: SwiftText
    /// The Swift type.
    let type: SwiftText
    /// The default value as an expression, if the field has one that Swift can express.
    let defaultExpression: SwiftText?
    /// The default a decoder falls back on when the key is absent (not for a `null` default).
    let decodedDefault: SwiftText?
    /// Whether the Swift name differs from the model's, which then becomes the coding key's raw value.
    let isRenamed: Bool
    let isOptional: Bool
    /// Whether the field is `@deprecated`, and whether its type names a deprecated declaration.
    let isDeprecated: Bool
    let isOfDeprecatedType: Bool
    /// Whether the field is coded through a wire type.
    let needsWireForm: Bool
    /// Whether a decoder accepts the key's absence.
    var mayBeAbsent: Bool { isOptional || decodedDefault != nil }

    init(_ fields: [Field], at index: Int, name: FieldName, type swiftType: SwiftText, names: SwiftNames, out: inout SwiftWriter) {
        let type = fields[index].type, defaultValue = fields[index].defaultValue
        let isDeprecated = fields[index].deprecation != nil
        self.index = index
        member = name.member
        escaped = name.escaped
        storage = isDeprecated ? out.keep("_" + SwiftIdentifier.member(fields[index].name).name) : escaped
        self.type = swiftType
        let expression = defaultValue.flatMap { names.defaultExpression($0, for: type) }
        defaultExpression = expression.map { out.keep($0) }
        decodedDefault = defaultValue == .null ? nil : defaultExpression
        isRenamed = name.isRenamed
        isOptional = type.isOptional
        self.isDeprecated = isDeprecated
        isOfDeprecatedType = names.isDeprecated(type)
        needsWireForm = names.needsWireForm(type)
    }
}

/// A field's Swift name as kept text: without backticks, as written in code, and whether it differs from
/// the model's name.
private struct FieldName {
    let member: SwiftText
    let escaped: SwiftText
    let isRenamed: Bool
}
