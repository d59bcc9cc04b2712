import Foundation

/// `file://` URIs and the paths they name.
enum DocumentURI {
    /// The path of a `file:` URI, percent-decoded; nil for any other scheme.
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of an absolute path.
    static func uri(of path: String) -> String { URL(fileURLWithPath: path).absoluteString }
}
