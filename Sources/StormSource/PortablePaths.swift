extension SourceManager {
    /// Each file's path relative to the deepest folder that holds them all (`claims.storm`,
    /// `billing/invoices.storm`): the same names wherever the model is checked out and however its path
    /// was given (absolute, relative, with `./`), for what is written into generated files.
    ///
    /// Paths are compared as written, after removing `.` and folding `name/..`; when some are absolute
    /// and others relative, they share no written folder, and each file is named by its file name alone.
    public var portablePaths: [String] {
        let split = files.map { file in (absolute: file.path.hasPrefix("/"), components: PathComponents.of(file.path)) }
        guard let first = split.first else { return [] }
        if split.contains(where: { $0.absolute != first.absolute }) {
            return split.map { String($0.components.last ?? "") }
        }
        // The folders every file shares: a prefix of the first file's folders that only ever shrinks.
        var common = first.components.count - 1
        for (_, components) in split.dropFirst() {
            var shared = 0
            while shared < min(common, components.count - 1), components[shared] == first.components[shared] { shared += 1 }
            common = shared
        }
        return split.map { $0.components.dropFirst(common).joined(separator: "/") }
    }
}
