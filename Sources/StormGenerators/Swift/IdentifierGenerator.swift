import StormModel

/// Typed identifiers (`id TripID`) as `RawRepresentable` structs coded as their raw value alone.
struct IdentifierGenerator {
    let names: SwiftNames

    func write(_ identifier: IdentifierType, in context: BoundedContext, into out: inout SwiftWriter) {
        let name = names.type(context.reference(identifier.name))
        let raw = SwiftNames.swiftType(identifier.rawType)
        out.doc(identifier.doc, fallback: "Identifies a `\(identifier.name)`: a typed \(identifier.rawType.rawValue).")
        out.block("public struct \(name): RawRepresentable, Codable, Hashable, Sendable") { out in
            out.doc("The identifier's value.")
            out.line("public var rawValue: \(raw)")
            out.line()
            out.doc("Wraps a value.")
            out.block("public init(rawValue: \(raw))") { $0.line("self.rawValue = rawValue") }
            if identifier.rawType == .uuid {
                out.line()
                out.doc("A new, random identifier.")
                out.block("public init()") { $0.line("self.rawValue = UUID()") }
            }
            out.line()
            out.block("public init(from decoder: any Decoder) throws") { out in
                out.line(identifier.rawType == .uuid ? "self.rawValue = try StormRuntime.JSONUUID(from: decoder).value" : "self.rawValue = try \(raw)(from: decoder)")
            }
            out.line()
            out.block("public func encode(to encoder: any Encoder) throws") { out in
                out.line(identifier.rawType == .uuid ? "try StormRuntime.JSONUUID(self.rawValue).encode(to: encoder)" : "try self.rawValue.encode(to: encoder)")
            }
        }
    }
}
