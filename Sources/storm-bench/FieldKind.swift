/// The kinds of field the synthetic model mixes, each with its Storm type and its Protocol Buffers
/// equivalent, so both compilers see the same shape of data.
enum FieldKind: CaseIterable {
    case string, int, double, decimal, bool, timestamp, date, uuid, duration
    case optional, list, map, valueObject, enumeration
    /// The context's own typed identifier (`Ref`).
    case identifier
    /// The typed identifier of the upstream context, written qualified (`Billing1.Ref`).
    case upstreamIdentifier

    /// The kinds that fields after the first rotate through; the first field is always the identifier.
    static let rotation: [FieldKind] = [
        .string, .int, .double, .decimal, .bool, .timestamp, .date, .uuid, .duration,
        .optional, .list, .map, .valueObject, .enumeration, .upstreamIdentifier,
    ]

    /// The start of a field name of this kind; the field's position is appended (`note3`).
    var stem: String {
        switch self {
        case .string: "text"
        case .int: "count"
        case .double: "ratio"
        case .decimal: "price"
        case .bool: "flag"
        case .timestamp: "at"
        case .date: "day"
        case .uuid: "token"
        case .duration: "wait"
        case .optional: "limit"
        case .list: "sizes"
        case .map: "scores"
        case .valueObject: "amount"
        case .enumeration: "state"
        case .identifier: "ref"
        case .upstreamIdentifier: "origin"
        }
    }

    /// The type as written in Storm; `upstream` is the upstream context, if there is one.
    func stormType(upstream: String?) -> String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .double: "Double"
        case .decimal: "Decimal"
        case .bool: "Bool"
        case .timestamp: "Timestamp"
        case .date: "Date"
        case .uuid: "UUID"
        case .duration: "Duration"
        case .optional: "Int?"
        case .list: "[Int]"
        case .map: "[String: Double]"
        case .valueObject: "Money"
        case .enumeration: "Status"
        case .identifier: "Ref"
        case .upstreamIdentifier: upstream.map { "\($0).Ref" } ?? "Ref"
        }
    }

    /// The field's type in proto3. Decimals, dates and identifiers become strings: plain `protoc`
    /// bundles no decimal or date type. `context` names the message holding the context's own types.
    func protoType(context: String) -> String {
        switch self {
        case .string, .decimal, .date, .uuid, .identifier, .upstreamIdentifier: "string"
        case .int: "int64"
        case .double: "double"
        case .bool: "bool"
        case .timestamp: "google.protobuf.Timestamp"
        case .duration: "google.protobuf.Duration"
        case .optional: "optional int64"
        case .list: "repeated int64"
        case .map: "map<string, double>"
        case .valueObject: "\(context).Money"
        case .enumeration: "\(context).Status"
        }
    }
}
