import Foundation
import StormModel
import StormSource

/// The last of ``GenerationChecks``: files of different declarations that would be one file.
extension GenerationChecks {
    /// A path as a file system that ignores case and Unicode normalization sees it (macOS, Windows).
    /// ASCII paths, the most common, are compared by their bytes with ASCII letters folded, without a copy.
    struct FoldedPath: Hashable {
        let path: String
        let isASCII: Bool

        init(_ path: String) {
            if Self.bytes(of: path, { $0.allSatisfy { $0 < 0x80 } }) {
                self.path = path
                isASCII = true
            } else {
                // Folded, a name may become ASCII (the Kelvin sign K becomes k): it then meets ASCII paths.
                self.path = path.precomposedStringWithCanonicalMapping.lowercased()
                isASCII = self.path.utf8.allSatisfy { $0 < 0x80 }
            }
        }

        private static func fold(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }

        func hash(into hasher: inout Hasher) {
            hasher.combine(isASCII)
            if !isASCII { return hasher.combine(path) }
            // One 64-bit FNV-1a of the folded bytes, combined once: cheaper than a byte at a time.
            hasher.combine(Self.bytes(of: path) { utf8 in
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for byte in utf8 { hash = (hash ^ UInt64(Self.fold(byte))) &* 0x0000_0100_0000_01B3 }
                return hash
            })
        }

        static func == (a: FoldedPath, b: FoldedPath) -> Bool {
            guard a.isASCII == b.isASCII else { return false }
            if !a.isASCII { return a.path == b.path }
            return a.path.utf8.count == b.path.utf8.count && bytes(of: a.path) { first in
                bytes(of: b.path) { second in zip(first, second).allSatisfy { fold($0) == fold($1) } }
            }
        }

        /// `body` applied to the UTF-8 bytes of `text`, read from its storage (copied only when it has none).
        private static func bytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            var text = text
            return text.withUTF8(body)
        }
    }

    /// What a generated file is written for, named in messages only when two files meet.
    private enum Owner: Equatable {
        case event(context: String, name: String, version: Int)
        case command(context: String, name: String)
        case context(String)
        case port(context: String, product: String, port: String)

        var description: String {
            switch self {
            case let .event(context, name, version): "event `\(context).\(name)` v\(version)"
            case let .command(context, name): "command `\(context).\(name)`"
            case let .context(name): "context `\(name)`"
            case let .port(context, product, port): "port `\(port)` of data product `\(context).\(product)`"
            }
        }
    }

    /// Where an output file comes from, by the places of its declarations in the model: small, so that
    /// every output of a large model can be remembered at once. Its path, owner and range are made again
    /// only for the few that meet another.
    private enum Place {
        /// An event's schema: `previous` is the place of a kept previous major in the event's list, or -1
        /// for the current one.
        case event(context: Int32, event: Int32, previous: Int32)
        case command(context: Int32, command: Int32)
        /// A file of the whole context: `variant` tells a context's diagram languages apart.
        case context(Int32, variant: Int32)
        case port(context: Int32, product: Int32, port: Int32)
    }

    /// The output files of one format: their places, in the model's order, and the path of each.
    private struct Outputs {
        var format: String
        /// Calls its argument with the place of each output, in the model's order.
        var places: ((Place) -> Void) -> Void
        var path: (Place) -> String
    }

    /// Two declarations whose files would be one: the same path, or paths that differ only in case or
    /// Unicode normalization, which macOS and Windows take for one file. Avro's files are left out: they
    /// are named like the events' JSON Schemas, so they meet exactly when those do.
    ///
    /// Each output is remembered by the hash of its folded path and its place, not its path: a model of
    /// 200,000 events has some 400,000 of them.
    static func fileCollisions(in model: Model, names: SwiftNames, blamed: Set<SourceRange>,
                                       pathHash: (FoldedPath) -> Int) -> [GeneratorError] {
        let contexts = model.contexts
        func event(_ context: Int32, _ event: Int32, _ previous: Int32) -> Event {
            let current = contexts[Int(context)].events[Int(event)]
            return previous < 0 ? current : current.atPreviousMajor(current.previous[Int(previous)])
        }
        func owner(_ place: Place) -> Owner {
            switch place {
            case let .event(c, e, previous):
                .event(context: contexts[Int(c)].name, name: contexts[Int(c)].events[Int(e)].name, version: event(c, e, previous).version)
            case let .command(c, command): .command(context: contexts[Int(c)].name, name: contexts[Int(c)].commands[Int(command)].name)
            case let .context(c, _): .context(contexts[Int(c)].name)
            case let .port(c, product, port):
                .port(context: contexts[Int(c)].name, product: contexts[Int(c)].dataProducts[Int(product)].name,
                      port: contexts[Int(c)].dataProducts[Int(product)].outputPorts[Int(port)].name)
            }
        }
        func range(_ place: Place) -> SourceRange {
            switch place {
            case let .event(c, e, previous): previous < 0 ? contexts[Int(c)].events[Int(e)].range : contexts[Int(c)].events[Int(e)].previous[Int(previous)].range
            case let .command(c, command): contexts[Int(c)].commands[Int(command)].range
            case let .context(c, _): contexts[Int(c)].range
            case let .port(c, product, port): contexts[Int(c)].dataProducts[Int(product)].outputPorts[Int(port)].range
            }
        }
        func eachContext(variants: Int32 = 1, _ body: (Place) -> Void) {
            for c in contexts.indices { for variant in 0..<variants { body(.context(Int32(c), variant: variant)) } }
        }
        let swiftPath = { (place: Place) -> String in
            guard case let .context(c, _) = place else { preconditionFailure("a Swift file is a context's") }
            return OutputPaths.swift(names.context(contexts[Int(c)].name))
        }
        let formats = [
            Outputs(format: "JSON Schema", places: { body in
                for c in contexts.indices {
                    // Each event's majors in order (as `majors` lists them), then the commands.
                    for e in contexts[c].events.indices {
                        for previous in contexts[c].events[e].previous.indices { body(.event(context: Int32(c), event: Int32(e), previous: Int32(previous))) }
                        body(.event(context: Int32(c), event: Int32(e), previous: -1))
                    }
                    for command in contexts[c].commands.indices { body(.command(context: Int32(c), command: Int32(command))) }
                }
            }, path: { place in
                switch place {
                case let .event(c, e, previous): OutputPaths.eventSchema(event(c, e, previous), in: contexts[Int(c)])
                case let .command(c, command): OutputPaths.commandSchema(contexts[Int(c)].commands[Int(command)], in: contexts[Int(c)])
                default: preconditionFailure("a schema is an event's or a command's")
                }
            }),
            Outputs(format: "AsyncAPI", places: { eachContext($0) }, path: { place in
                guard case let .context(c, _) = place else { preconditionFailure("an AsyncAPI document is a context's") }
                return OutputPaths.asyncAPI(contexts[Int(c)])
            }),
            Outputs(format: "ODCS", places: { body in
                for c in contexts.indices {
                    for product in contexts[c].dataProducts.indices {
                        for port in contexts[c].dataProducts[product].outputPorts.indices { body(.port(context: Int32(c), product: Int32(product), port: Int32(port))) }
                    }
                }
            }, path: { place in
                guard case let .port(c, product, port) = place else { preconditionFailure("a contract is a port's") }
                let dataProduct = contexts[Int(c)].dataProducts[Int(product)]
                return OutputPaths.contract(dataProduct.outputPorts[Int(port)], of: dataProduct, in: contexts[Int(c)])
            }),
            Outputs(format: "diagram", places: { eachContext(variants: Int32(DiagramLanguage.allCases.count), $0) }, path: { place in
                guard case let .context(c, variant) = place else { preconditionFailure("a flow diagram is a context's") }
                return OutputPaths.diagram("flow-" + contexts[Int(c)].name, DiagramLanguage.allCases[Int(variant)])
            }),
            Outputs(format: "Swift", places: { eachContext($0) }, path: swiftPath),
        ]

        var problems: [GeneratorError] = []
        var blamed = blamed
        if let catalog = try? CatalogGenerator.typeName(names: names) {
            let catalogPath = OutputPaths.swift(catalog), key = catalogPath.lowercased()
            eachContext { place in
                let path = swiftPath(place)
                guard path.lowercased() == key, path != catalogPath, blamed.insert(range(place)).inserted else { return }
                problems.append(GeneratorError("\(owner(place).description) would be written to the Swift file of the model's catalog, `\(catalogPath)`, on file systems that ignore case (macOS, Windows)",
                                               at: range(place), id: "file-name-collision", help: "rename the context"))
            }
        }
        // The first output of each folded path's hash; and, for paths that share a hash with another path
        // (rare), the first output of each such path. One table for every format, sized once for the
        // largest: grown a place at a time, its last doubling held two tables at `check`'s end.
        var firsts: [Int: Place] = [:], sharingAHash: [FoldedPath: Place] = [:]
        for outputs in formats {
            var count = 0
            outputs.places { _ in count += 1 }
            firsts.removeAll(keepingCapacity: true)
            sharingAHash.removeAll(keepingCapacity: true)
            firsts.reserveCapacity(count)
            outputs.places { place in
                let path = outputs.path(place), folded = FoldedPath(path)
                let hash = pathHash(folded)
                guard var first = firsts[hash] else {
                    firsts[hash] = place
                    return
                }
                var firstPath = outputs.path(first)
                if FoldedPath(firstPath) != folded {
                    guard let other = sharingAHash[folded] else {
                        sharingAHash[folded] = place
                        return
                    }
                    first = other
                    firstPath = outputs.path(other)
                }
                let (firstOwner, thisOwner) = (owner(first), owner(place))
                // One owner twice is a duplicate declaration, which resolution reports.
                guard firstOwner != thisOwner, blamed.insert(range(place)).inserted else { return }
                let why = firstPath == path ? "" : ", on file systems that ignore case (macOS, Windows)"
                problems.append(GeneratorError("\(thisOwner.description) would be written to the \(outputs.format) file of \(firstOwner.description), `\(firstPath)`\(why)",
                                               at: range(place), id: "file-name-collision",
                                               notes: [GeneratorNote("\(firstOwner.description) is declared here", at: range(first))],
                                               help: "rename one of them"))
            }
        }
        return problems
    }
}
