/// Text made safe for Mermaid, so no name or text of a model can end a label, open a tag or add a
/// statement.
///
/// Model text only ever appears inside double-quoted labels. There, letters and digits of any script, the
/// space and a few harmless marks are written as they are; every other character becomes a Mermaid entity
/// code (`#60;` for `<`), which Mermaid turns into an HTML character reference, so it shows as written and
/// is never read as markup, as a quote, or as the start of another entity code.
public enum MermaidEscaping {
    /// ASCII punctuation that is inert inside a quoted label.
    private static let inert: Set<Unicode.Scalar> = [" ", ".", ",", "-", "_", ":", "/", "?", "!", "'", "(", ")", "+", "="]

    /// For each ASCII byte, whether it is written as it is: letters, digits and the ``inert`` marks.
    private static let keptASCII: [Bool] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || inert.contains(scalar)
    }

    /// One line of text (from ``DiagramText``) for inside a quoted label.
    public static func text(_ line: String) -> String {
        // Most lines (names, plain words) are written as they are: found in one pass over the bytes.
        var line = line
        let kept = line.withUTF8 { utf8 in keptASCII.withUnsafeBufferPointer { kept in utf8.allSatisfy { $0 < 0x80 && kept[Int($0)] } } }
        if kept { return line }
        var out = ""
        for scalar in line.unicodeScalars {
            if scalar.isASCII {
                let isAlphanumeric = ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
                if isAlphanumeric || inert.contains(scalar) { out.unicodeScalars.append(scalar) } else { out += "#\(scalar.value);" }
                continue
            }
            let properties = scalar.properties
            let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            if properties.isAlphabetic || properties.numericType != nil || isMark {
                out.unicodeScalars.append(scalar)
            } else {
                out += "#\(scalar.value);"
            }
        }
        return out
    }

    /// A `%%` comment of one line: line breaks and control characters cannot end it early, and `%` is
    /// written `#37;` so the text cannot form a `%%{…}%%` directive (Mermaid finds those anywhere).
    static func comment(_ text: String) -> String {
        "%% " + DiagramText.lines(text).joined(separator: " ").map { $0 == "%" ? "#37;" : String($0) }.joined()
    }
}
