import Foundation
import StormGenerators
import Testing

/// The JSON of a generated file, parsed by Foundation, for looking inside.
func parsedJSON(_ file: GeneratedFile?) throws -> [String: Any] {
    let file = try #require(file)
    return try #require(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: Any])
}

/// The file at `path` among `files`.
func file(_ path: String, in files: [GeneratedFile]) -> GeneratedFile? { files.first { $0.path == path } }
