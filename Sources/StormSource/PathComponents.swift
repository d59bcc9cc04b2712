/// The folders and name of a path, as written: without empty components and `.`, each `name/..` folded
/// away (`Models/./X/../Y/a.storm` gives `Models`, `Y`, `a.storm`); leading `..` are kept. Symbolic links
/// are not followed: this is about how paths are written, not what they reach.
public enum PathComponents {
    public static func of(_ path: String) -> [Substring] {
        var components: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = components.last, last != ".." {
                components.removeLast()
            } else {
                components.append(part)
            }
        }
        return components
    }
}
