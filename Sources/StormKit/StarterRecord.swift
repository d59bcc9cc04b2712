import Foundation
import StormGenerators

/// The starters written into a folder, listed in `.stormc/starters` there, so that each is written once
/// and never again: a starter the team has deleted or moved is not brought back. Removing its line from
/// the list has it written afresh on the next run.
enum StarterRecord {
    /// Where the list is, relative to the output folder.
    static let path = ".stormc/starters"

    /// The starter paths listed under `root` (which ends in `/`); none when there is no list.
    static func read(in root: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: root + path) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") })
    }

    /// The list of `paths`, sorted, as the file that records them.
    static func file(listing paths: Set<String>) -> GeneratedFile {
        let text = "# The starters stormc has written here, one a line: it never writes them again, even when they are\n"
            + "# deleted. Remove a line to have that starter written afresh. Keep this file with your code.\n"
            + paths.sorted().map { $0 + "\n" }.joined()
        return GeneratedFile(path: path, contents: text)
    }
}
