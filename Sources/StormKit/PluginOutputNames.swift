// This file is shared, by relative symlink, with the plugins in `Plugins/` (which cannot import the
// package's libraries), so it uses the standard library only.

/// The Swift files generated for a model when each `.storm` file gets one of its own: the names the
/// build-tool plugin declares as its outputs and the names `stormc generate swift --layout per-file`
/// writes, computed by this one function so that the two can never drift apart.
public enum PluginOutputNames {
    /// The name of the Swift file for each of `paths`, in the same order: the `.storm` file's name with
    /// `.swift` appended (`Fleet.storm` gives `Fleet.storm.swift`). A file's own name is already one path
    /// component, and one ending in `.storm.swift` is never `.` or `..`, so the result cannot leave the
    /// output folder.
    ///
    /// Two files whose names differ only in their folder or in case (folders on macOS ignore case) would
    /// get one name; all but the first of them, in path order, get a number instead
    /// (`Fleet.storm.2.swift`), which no plain name can equal because plain names end in `.storm.swift`.
    /// The result depends only on the set of paths, not on their order.
    public static func swiftFiles(forModelFiles paths: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var names: [String: String] = [:]
        for path in Set(paths).sorted() {
            let base = fileName(of: path)
            let count = (seen[base.lowercased()] ?? 0) + 1
            seen[base.lowercased()] = count
            names[path] = count == 1 ? base + ".swift" : base + ".\(count).swift"
        }
        return paths.map { names[$0]! }
    }

    /// The last component of `path`.
    private static func fileName(of path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }
}
