import Foundation
import StormSource

/// How a generated package's `Package.swift` names the Storm package that provides `StormRuntime`.
///
/// `--runtime` is a URL, kept as given, or a path, read like every path on the command line (from the
/// current folder) and written relative to the package, so the manifest holds no machine's folders and
/// keeps working when the package and Storm move together. The relative path always ends in the Storm
/// folder's own name (`../../Storm` rather than `..` for a package inside Storm), since SwiftPM names a
/// path dependency after its last component. A path that shares no folder with the package but `/` is
/// written absolute.
public enum RuntimeReference {
    /// `runtime` as the manifest of the package at `package` should name it.
    public static func resolve(_ runtime: String, package: String,
                               currentFolder: String = FileManager.default.currentDirectoryPath) -> String {
        if runtime.contains("://") || runtime.hasPrefix("git@") { return runtime }
        func absolute(_ path: String) -> [Substring] { PathComponents.of(path.hasPrefix("/") ? path : currentFolder + "/" + path) }
        let target = absolute(runtime), from = absolute(package)
        guard !target.isEmpty else { return "/" }
        var shared = 0
        while shared < min(from.count, target.count - 1), from[shared] == target[shared] { shared += 1 }
        if shared == 0 { return "/" + target.joined(separator: "/") }
        return (Array(repeating: "..", count: from.count - shared) + target[shared...].map(String.init)).joined(separator: "/")
    }
}
