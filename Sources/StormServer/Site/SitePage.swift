import Foundation
import StormSupport

/// HTML for the static site: every text escaped, links percent-encoded, one style sheet, no network.
struct SitePage {
    private(set) var html = ""

    /// `&`, `<`, `>`, `"` and `'` as entities.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// A relative link to a file of the site: each component of its path percent-encoded, `/` kept.
    static func href(_ file: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))
        return escape(file.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }.joined(separator: "/"))
    }

    mutating func raw(_ text: String) { html += text }
    mutating func text(_ tag: String, _ text: String, className: String? = nil) {
        html += "<\(tag)\(className.map { " class=\"\($0)\"" } ?? "")>\(Self.escape(text))</\(tag)>\n"
    }
    mutating func link(_ text: String, to file: String) { html += "<a href=\"\(Self.href(file))\">\(Self.escape(text))</a>" }
    mutating func list(_ items: [(text: String, file: String?)]) {
        guard !items.isEmpty else { return text("p", "none", className: "none") }
        html += "<ul>\n"
        for item in items {
            html += "<li>"
            if let file = item.file { link(item.text, to: file) } else { html += Self.escape(item.text) }
            html += "</li>\n"
        }
        html += "</ul>\n"
    }

    /// The whole document: head, search box, the page's body.
    func document(title: String, model: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title)) · \(Self.escape(model))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="site.css">
        <script src="search-index.js" defer></script>
        <script src="search.js" defer></script>
        </head>
        <body>
        <header><a href="index.html">\(Self.escape(model))</a>
        <input id="search" type="search" placeholder="Search names" autocomplete="off" aria-label="Search names"><ul id="results" hidden></ul></header>
        <main>
        \(html)</main>
        </body>
        </html>

        """
    }
}

extension JSON {
    /// The member `key` of an object (null otherwise).
    subscript(key: String) -> JSON {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }
    /// The elements of an array (none otherwise).
    var elements: [JSON] {
        if case .array(let values) = self { return values }
        return []
    }
    /// The text of a string, number or integer; nil otherwise.
    var text: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .integer(let value): String(value)
        case .bool(let value): String(value)
        default: nil
        }
    }
}
