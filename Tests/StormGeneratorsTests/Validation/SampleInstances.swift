import Foundation
import StormGenerators
import StormModel
import StormSupport

/// Sample JSON instances of every event and command, built from the model with the encoding the
/// generated Swift uses (see ``JSONSchemaGenerator``), laid out as `validate.py --instances` reads them:
/// `<Context>/events/<Event>.v<version>/<label>.json` next to `<Context>/events/<Event>.v<version>.schema.json`.
///
/// Valid samples: `minimal` (required fields only) and `full-<n>` (every field, the n-th case of every
/// enumeration, so each case appears). Invalid ones, which the schema must reject: `invalid-missing-<field>`
/// for each required field and `invalid-type-<field>` for each field.
struct SampleInstances {
    let model: Model

    /// Every sample of every event and command, by path relative to the instance folder.
    func files() throws -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        // Another domain's contexts (`use`) get no schemas here, so no samples.
        for context in model.contexts where model.usedInterfaces[context.name] == nil {
            let subjects = context.events.map { (FileNames.path(context.name, "events", "\($0.name).v\($0.version)"), $0.fields) }
                + context.commands.map { (FileNames.path(context.name, "commands", $0.name), $0.fields) }
            for (folder, fields) in subjects {
                var visited = Set<SymbolReference>()
                let variants = max(1, fields.map { mostCases(in: $0.type, visited: &visited) }.max() ?? 1)
                for (label, json) in try samples(of: fields, variants: variants) {
                    files.append(GeneratedFile(path: folder + "/" + label + ".json", contents: json.rendered()))
                }
            }
        }
        return files
    }

    private func samples(of fields: [Field], variants: Int) throws -> [(String, JSON)] {
        var out: [(String, JSON)] = [("minimal", try object(fields, variant: 0, full: false, depth: 0))]
        for variant in 0..<variants {
            out.append(("full-\(variant)", try object(fields, variant: variant, full: true, depth: 0)))
        }
        guard case .object(let full) = try object(fields, variant: 0, full: true, depth: 0) else { return out }
        for field in fields where field.isRequired {
            out.append(("invalid-missing-\(field.name)", .object(JSONObject(members: full.members.filter { $0.key != field.name }))))
        }
        for field in fields {
            out.append(("invalid-type-\(field.name)", .object(full.merging([field.name: wrongValue(for: field.type.nonOptional)]))))
        }
        return out
    }

    /// An object of the fields: all of them when `full`, else only the required ones.
    private func object(_ fields: [Field], variant: Int, full: Bool, depth: Int) throws -> JSON {
        var members: JSONObject = [:]
        for field in fields where field.isRequired || (full && depth < 2) {
            members[field.name] = try value(for: field.type.nonOptional, variant: variant, full: full, depth: depth)
        }
        return .object(members)
    }

    private func value(for type: TypeReference, variant: Int, full: Bool, depth: Int) throws -> JSON {
        guard depth < 8 else { throw SampleError(message: "\(type.description) nests itself through required fields") }
        switch type {
        case .primitive(let primitive): return Self.sample(primitive, variant: variant)
        case .optional(let wrapped): return try value(for: wrapped, variant: variant, full: full, depth: depth)
        case .list(let element):
            return depth < 2 ? .array([try value(for: element, variant: variant, full: full, depth: depth + 1)]) : []
        case .map(let element):
            return depth < 2 ? ["key": try value(for: element, variant: variant, full: full, depth: depth + 1)] : [:]
        case .identifier(let reference):
            let raw = model.context(named: reference.context)?.identifier(named: reference.name)?.rawType ?? .uuid
            return Self.sample(raw, variant: variant)
        case .enumeration(let reference):
            let cases = model.context(named: reference.context)?.enumeration(named: reference.name)?.cases ?? []
            return cases.isEmpty ? "" : .string(cases[variant % cases.count].name)
        case .valueObject(let reference):
            let fields = model.context(named: reference.context)?.valueObject(named: reference.name)?.fields ?? []
            return try object(fields, variant: variant, full: full, depth: depth + 1)
        case .entity(let reference):
            let fields = model.context(named: reference.context)?.entity(named: reference.name)?.fields ?? []
            return try object(fields, variant: variant, full: full, depth: depth + 1)
        }
    }

    /// The largest number of cases of an enumeration that `type` reaches, so that many samples show every case.
    private func mostCases(in type: TypeReference, visited: inout Set<SymbolReference>) -> Int {
        guard let reference = type.namedReference, visited.insert(reference).inserted,
              let context = model.context(named: reference.context) else { return 0 }
        if let enumeration = context.enumeration(named: reference.name) { return enumeration.cases.count }
        let fields = context.valueObject(named: reference.name)?.fields ?? context.entity(named: reference.name)?.fields ?? []
        return fields.map { mostCases(in: $0.type, visited: &visited) }.max() ?? 0
    }

    /// A value of a built-in type as the generated Swift encodes it.
    static func sample(_ primitive: PrimitiveType, variant: Int) -> JSON {
        switch primitive {
        case .string: .string("text \(variant)")
        case .int: .integer(42 + variant)
        case .double: .number("1.5")
        case .decimal: variant.isMultiple(of: 2) ? "12.5" : "-0.25"
        case .bool: .bool(variant.isMultiple(of: 2))
        case .timestamp: "2026-11-29T10:15:30.123Z"
        case .date: "2026-11-29"
        case .uuid: "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        case .duration: "PT5M"
        }
    }

    /// A value whose JSON type the schema of `type` must reject; a `Decimal` as a JSON number above all.
    private func wrongValue(for type: TypeReference) -> JSON {
        switch type {
        case .primitive(.decimal): return .number("12.5")
        case .primitive(.int), .primitive(.double): return "42"
        case .primitive(.bool): return "true"
        case .primitive: return 42
        case .list: return [:]
        case .map, .valueObject, .entity: return "text"
        case .enumeration: return 1
        case .optional(let wrapped): return wrongValue(for: wrapped)
        case .identifier(let reference):
            let raw = model.context(named: reference.context)?.identifier(named: reference.name)?.rawType ?? .uuid
            return wrongValue(for: .primitive(raw))
        }
    }
}

/// A model for which no finite sample exists.
struct SampleError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
