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
        let fields = Array(zip(record.fields, members))
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
            for (field, member) in fields { property(field, member, into: &out) }
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

    private func property(_ field: Field, _ member: String, into out: inout SwiftWriter) {
        var doc = field.doc
        if field.isPII { doc += (doc.isEmpty ? "" : "\n\n") + "- Note: Personal data (`@pii`)." }
        out.doc(doc)
        out.deprecation(field.deprecation)
        let type = names.swiftType(field.type)
        guard field.deprecation != nil else {
            out.deprecated(if: names.isDeprecated(field.type))
            return out.line("public var \(SwiftIdentifier.escaped(member)): \(type)")
        }
        out.block("public var \(SwiftIdentifier.escaped(member)): \(type)") { out in
            out.line("get { _\(member) }")
            out.line("set { _\(member) = newValue }")
        }
        out.doc("The storage of `\(member)`, which generated code uses without a deprecation warning.")
        out.deprecated(if: names.isDeprecated(field.type))
        out.line("var _\(member): \(type)")
    }

    /// The stored property of a field: `_name` for a deprecated field.
    private func storage(_ field: Field, _ member: String) -> String {
        field.deprecation != nil ? "_" + member : SwiftIdentifier.escaped(member)
    }

    private func initializer(_ record: Record, _ fields: [(Field, String)], deprecated: Bool, into out: inout SwiftWriter) {
        let parameters = fields.map { field, member -> String in
            var parameter = "\(SwiftIdentifier.escaped(member)): \(names.swiftType(field.type))"
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
            for (field, member) in fields {
                out.line("self.\(storage(field, member)) = \(SwiftIdentifier.escaped(member))")
            }
        }
    }

    private func coding(_ fields: [(Field, String)], deprecated: Bool, into out: inout SwiftWriter) {
        out.block("private enum CodingKeys: String, CodingKey") { out in
            for (field, member) in fields {
                let raw = field.name == member ? "" : " = \(SwiftIdentifier.stringLiteral(field.name))"
                out.line("case \(SwiftIdentifier.escaped(member))\(raw)")
            }
        }
        out.line()
        out.deprecated(if: deprecated)
        out.block("public init(from decoder: any Decoder) throws") { out in
            out.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for (field, member) in fields { out.line(decodeStatement(field, member)) }
        }
        out.line()
        out.deprecated(if: deprecated)
        out.block("public func encode(to encoder: any Encoder) throws") { out in
            out.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for (field, member) in fields {
                let name = SwiftIdentifier.escaped(member)
                let method = field.type.isOptional ? "encodeIfPresent" : "encode"
                out.line("try container.\(method)(\(names.toWire("self.\(storage(field, member))", field.type)), forKey: .\(name))")
            }
        }
    }

    private func decodeStatement(_ field: Field, _ member: String) -> String {
        let name = SwiftIdentifier.escaped(member)
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
        return "self.\(storage(field, member)) = try \(value)"
    }
}
