import StormModel

/// What a generated struct is made of: value objects, entities, aggregate states, commands, events and
/// read models are all records of fields.
struct Record {
    /// The Swift type name, unqualified.
    var name: String
    /// The model's documentation, and what to say when there is none.
    var doc: String
    var fallbackDoc: String
    var deprecation: Deprecation?
    var fields: [Field]
    /// Protocols after `Codable, Hashable, Sendable`.
    var conformances: [String] = []
    /// Lines declaring static members (protocol requirements such as `eventName`).
    var staticMembers: [String] = []
    /// Names of types nested in the struct, which fields may not take.
    var nestedTypeNames: Set<String> = []
    /// The record in messages: `event Trips.TripEnded`.
    var owner: String
}

/// Prints a ``Record`` as a `Codable`, `Hashable`, `Sendable` struct with a memberwise initializer and
/// explicit coding: JSON keys are the model's field names, absent optionals are left out, fields with a
/// default may be absent, and Decimal, Timestamp and UUID use their wire forms.
struct RecordGenerator {
    let names: SwiftNames

    func write(_ record: Record, into out: inout SwiftWriter, nested: (inout SwiftWriter) throws(GeneratorError) -> Void = { _ in }) throws(GeneratorError) {
        let members = try names.members(of: record.fields, nested: record.nestedTypeNames.union(["CodingKeys"]), owner: record.owner)
        let fields = zip(record.fields, members).map { FieldInfo(field: $0, member: $1, names: names) }
        // Deprecated fields are stored as `_name` behind a deprecated accessor, so generated code never
        // touches a deprecated declaration; a field of a deprecated type cannot be, so what uses it is
        // deprecated too.
        let usesDeprecated = record.deprecation == nil && record.fields.contains { names.isDeprecated($0.type) }
        let taken = Set(members)
        for (field, member) in zip(record.fields, members) where field.deprecation != nil && taken.contains("_" + member) {
            throw GeneratorError("in \(record.owner), field `\(field.name)` is deprecated and its storage would take the name of field `_\(member)`; rename one", at: field.range)
        }
        out.doc(record.doc, fallback: record.fallbackDoc)
        out.deprecation(record.deprecation)
        let conformances = (["Codable", "Hashable", "Sendable"] + record.conformances).joined(separator: ", ")
        var failure: GeneratorError?
        out.block("public struct \(record.name): \(conformances)") { out in
            for member in record.staticMembers { out.line(member) }
            if !record.staticMembers.isEmpty, !fields.isEmpty { out.line() }
            for info in fields { property(info, into: &out) }
            if !fields.isEmpty { out.line() }
            initializer(record, fields, deprecated: usesDeprecated, into: &out)
            if !fields.isEmpty {
                out.line()
                coding(fields, deprecated: usesDeprecated, into: &out)
            }
            do throws(GeneratorError) { try nested(&out) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func property(_ info: FieldInfo, into out: inout SwiftWriter) {
        let field = info.field, member = info.member
        var doc = field.doc
        if field.isPII { doc += (doc.isEmpty ? "" : "\n\n") + "- Note: Personal data (`@pii`)." }
        out.doc(doc)
        out.deprecation(field.deprecation)
        let type = info.type
        guard field.deprecation != nil else {
            out.deprecated(if: names.isDeprecated(field.type))
            return out.line("public var \(info.escaped): \(type)")
        }
        out.block("public var \(info.escaped): \(type)") { out in
            out.line("get { _\(member) }")
            out.line("set { _\(member) = newValue }")
        }
        out.doc("The storage of `\(member)`, which generated code uses without a deprecation warning.")
        out.deprecated(if: names.isDeprecated(field.type))
        out.line("var _\(member): \(type)")
    }



    private func initializer(_ record: Record, _ fields: [FieldInfo], deprecated: Bool, into out: inout SwiftWriter) {
        let parameters = fields.map { info -> String in
            let field = info.field
            var parameter = "\(info.escaped): \(info.type)"
            if let value = field.defaultValue, let expression = names.defaultExpression(value, for: field.type) {
                parameter += " = " + expression
            } else if field.type.isOptional {
                parameter += " = nil"
            }
            return parameter
        }
        out.doc("Creates `\(record.name)` from its fields.")
        out.deprecated(if: deprecated)
        out.block("public init(\(parameters.joined(separator: ", ")))") { out in
            for info in fields {
                out.line("self.\(info.storage) = \(info.escaped)")
            }
        }
    }

    private func coding(_ fields: [FieldInfo], deprecated: Bool, into out: inout SwiftWriter) {
        out.block("private enum CodingKeys: String, CodingKey") { out in
            for info in fields {
                let raw = info.field.name == info.member ? "" : " = \(SwiftIdentifier.stringLiteral(info.field.name))"
                out.line("case \(info.escaped)\(raw)")
            }
        }
        out.line()
        out.deprecated(if: deprecated)
        out.block("public init(from decoder: any Decoder) throws") { out in
            out.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for info in fields { out.line(decodeStatement(info)) }
        }
        out.line()
        out.deprecated(if: deprecated)
        out.block("public func encode(to encoder: any Encoder) throws") { out in
            out.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for info in fields {
                let method = info.field.type.isOptional ? "encodeIfPresent" : "encode"
                out.line("try container.\(method)(\(names.toWire("self." + info.storage, info.field.type)), forKey: .\(info.escaped))")
            }
        }
    }

    private func decodeStatement(_ info: FieldInfo) -> String {
        let field = info.field, name = info.escaped
        let defaultExpression = field.defaultValue.flatMap { $0 == .null ? nil : names.defaultExpression($0, for: field.type) }
        let absent = field.type.isOptional || defaultExpression != nil
        let method = absent ? "valueIfPresent" : "value"
        let read = "container.\(method)(forKey: .\(name))"
        var value: String
        if names.needsWireForm(field.type) {
            let type: TypeReference = absent && !field.type.isOptional ? .optional(field.type) : field.type
            value = names.fromWire("(\(read) as \(names.wireType(type)))", type)
        } else {
            value = read
        }
        if let defaultExpression { value += " ?? " + defaultExpression }
        return "self.\(info.storage) = try \(value)"
    }
}

/// What the printing of one field needs, computed once.
private struct FieldInfo {
    let field: Field
    /// The Swift name, without backticks.
    let member: String
    /// The name as written in code.
    let escaped: String
    /// The stored property: `_name` for a deprecated field.
    let storage: String
    /// The Swift type.
    let type: String

    init(field: Field, member: String, names: SwiftNames) {
        self.field = field
        self.member = member
        escaped = SwiftIdentifier.escaped(member)
        storage = field.deprecation != nil ? "_" + member : escaped
        type = names.swiftType(field.type)
    }
}
