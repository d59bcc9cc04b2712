/// The legend of a Mermaid diagram: a white frame of boxes in a grid, tied into rows by invisible links
/// (`~~~`), so it stays as compact as the DOT legend instead of one long stack. Colour swatches fill the
/// first columns and the marks of edge ends the next, column after column. Mermaid aligns rows of
/// unequal length at their ends, so a short column is filled up with empty, invisible boxes.
struct MermaidLegend {
    /// The ID of the frame that holds the picture itself.
    static let picture = "picture"
    /// The ID of the legend's frame.
    static let id = "legend"

    /// The frame and its boxes (`l1`, `l2`, …); empty when there is nothing to explain.
    let frame: [String]
    /// The invisible links that lay the boxes out in rows; written after the diagram's edges.
    let rows: [String]
    /// The styles of the picture's and the legend's frames.
    let styles: [String]

    /// Lays `entries` out in columns of at most `rows` boxes.
    init(_ entries: [DiagramLegendEntry], rows count: Int) {
        let pictureStyle = "    style \(Self.picture) fill:none,stroke:none,color:\(DiagramPalette.ink)"
        let marks = entries.filter { if case .abbreviation = $0 { true } else { false } }
        let swatches = entries.filter { if case .abbreviation = $0 { false } else { true } }
        let rowCount = min(count, max(marks.count, swatches.count))
        guard rowCount > 0 else {
            (frame, rows, styles) = ([], [], [pictureStyle])
            return
        }
        func padded(_ group: [DiagramLegendEntry]) -> [DiagramLegendEntry?] {
            group + Array(repeating: nil, count: (rowCount - group.count % rowCount) % rowCount)
        }
        let cells = padded(swatches) + padded(marks)
        let boxes = cells.enumerated().map { index, entry in
            guard let entry else { return "        l\(index + 1)[\" \"]:::legendSpacer" }
            let (text, className) = MermaidStyles.legendEntry(entry)
            return "        l\(index + 1)[\"\(text)\"]:::\(className)"
        }
        frame = ["    subgraph \(Self.id)[\"<b>Legend</b>\"]", "        direction LR"] + boxes + ["    end"]
        rows = cells.count <= rowCount ? [] : (0..<rowCount).map { row in
            "    " + stride(from: row, to: cells.count, by: rowCount).map { "l\($0 + 1)" }.joined(separator: " ~~~ ")
        }
        let muddy = cells.firstIndex(of: .bigBallOfMud).map { ["    class l\($0 + 1) mud"] } ?? []
        styles = [pictureStyle, "    style \(Self.id) fill:#FFFFFF,stroke:#ADB5BD,color:\(DiagramPalette.ink)"] + muddy
    }
}
