import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the tests read from an SVG that Graphviz wrote: every element and attribute name, the text of
/// each `<text>` and `<title>`, and the id and class of each `<g>`.
final class DiagramsSVG: NSObject, XMLParserDelegate {
    private(set) var elements: Set<String> = []
    private(set) var attributeNames: Set<String> = []
    /// The text of each `<text>` element, no-break spaces (Graphviz's way of keeping runs of spaces) as spaces.
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private(set) var groups: [(id: String, kind: String)] = []
    private var collecting: String?

    /// Parses `data`, or returns nil with the parser's error when it is not well-formed XML.
    static func parse(_ data: Data) -> Result<DiagramsSVG, Error> {
        let summary = DiagramsSVG()
        let parser = XMLParser(data: data)
        parser.delegate = summary
        guard parser.parse() else { return .failure(parser.parserError ?? CocoaError(.coderReadCorrupt)) }
        return .success(summary)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.insert(name)
        attributeNames.formUnion(attributes.keys)
        if name == "g" { groups.append((attributes["id"] ?? "", attributes["class"] ?? "")) }
        if name == "text" || name == "title" { collecting = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        collecting? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let text = collecting else { return }
        if name == "text" { texts.append(text.replacingOccurrences(of: "\u{A0}", with: " ")) }
        if name == "title" { titles.append(text) }
        collecting = nil
    }
}
