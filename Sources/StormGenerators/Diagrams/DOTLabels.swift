import StormSupport

/// The HTML-like labels of DOT diagrams: node and frame texts, edge-end badges, the legend. Every piece
/// of model text passes through ``DOTEscaping/html(_:)``; everything else here is fixed markup.
enum DOTLabels {
    /// Writes the lines of a node or edge label, `<BR/>` between them.
    static func write(_ lines: [DiagramLine], titleSize: Int, to out: inout TextBuffer) {
        for (index, line) in lines.enumerated() {
            if index > 0 { out.append("<BR/>") }
            switch line.emphasis {
            case .title:
                out.append("<FONT POINT-SIZE=\"")
                out.append(titleSize)
                out.append("\"><B>")
            case .body: break
            case .note: out.append(noteOpening)
            case .warning: out.append(warningOpening)
            }
            out.append(DOTEscaping.html(line.text))
            switch line.emphasis {
            case .title, .warning: out.append("</B></FONT>")
            case .body: break
            case .note: out.append("</FONT>")
            }
        }
    }

    /// The markup that opens a note line and a warning line.
    private static let noteOpening = "<FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramPalette.muted)\">"
    private static let warningOpening = "<FONT COLOR=\"\(DiagramPalette.mud)\"><B>"

    /// A frame's label: its caption small above its title, both flush left.
    static func frame(_ group: DiagramGroup, titleSize: Int) -> String {
        let caption = group.caption.map { "<FONT POINT-SIZE=\"9\">\(DOTEscaping.html($0))</FONT><BR ALIGN=\"LEFT\"/>" } ?? ""
        return caption + "<FONT POINT-SIZE=\"\(titleSize)\"><B>\(DOTEscaping.html(group.title))</B></FONT><BR ALIGN=\"LEFT\"/>"
    }

    /// The badge at one end of a relationship: the side (`U`, `D`) in bold, then its patterns.
    static func badge(_ marks: [String], colour: String) -> String {
        let cells = marks.enumerated().map { index, mark in
            index == 0 ? "<TD><B>\(DOTEscaping.html(mark))</B></TD>" : "<TD>\(DOTEscaping.html(mark))</TD>"
        }
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\" STYLE=\"rounded\" BGCOLOR=\"white\" COLOR=\"\(colour)\">"
            + "<TR>\(cells.joined())</TR></TABLE>"
    }

    /// The legend: a swatch or mark and its meaning per entry.
    static func legend(_ entries: [DiagramLegendEntry]) -> String {
        let rows = entries.map { entry -> String in
            let (key, meaning): (String, String) = switch entry {
            case .role(let role):
                (swatch(DiagramPalette.colours(role)), DiagramPalette.legendText(role))
            case .bigBallOfMud:
                (swatch(DiagramColours(fill: "#FFFFFF", stroke: DiagramPalette.mud)), "big ball of mud")
            case .externalContext:
                (swatch(DiagramColours(fill: "#FFFFFF", stroke: DiagramPalette.muted)), "external context (dashed): not owned")
            case .crossContextFlow:
                ("<TD HEIGHT=\"4\" WIDTH=\"28\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"\(DiagramPalette.line(.crossContextFlow).colour)\"></TD>", "crosses a context boundary")
            case .abbreviation(let mark, let meaning):
                ("<TD><B>\(DOTEscaping.html(mark))</B></TD>", meaning)
            }
            return "<TR>\(key)<TD ALIGN=\"LEFT\">\(DOTEscaping.html(meaning))</TD></TR>"
        }
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\" STYLE=\"rounded\" BGCOLOR=\"white\" COLOR=\"#ADB5BD\">"
            + "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>" + rows.joined() + "</TABLE>"
    }

    private static func swatch(_ colours: DiagramColours) -> String {
        "<TD BORDER=\"1\" WIDTH=\"28\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"\(colours.fill)\" COLOR=\"\(colours.stroke)\"></TD>"
    }
}
