/// Words that the naming rules accept beyond their built-in lists, set in `storm.json` under
/// `lint.naming`: `{"verbs": ["Reroute"], "pastTense": ["Undergone"]}`.
public struct NamingAllowList: Sendable, Hashable {
    /// Extra imperative verbs that may begin a command name.
    public var verbs: Set<String>
    /// Extra past-tense words (or whole event names) that make an event name past tense.
    public var pastTense: Set<String>

    public init(verbs: Set<String> = [], pastTense: Set<String> = []) {
        self.verbs = Set(verbs.map { $0.lowercased() })
        self.pastTense = Set(pastTense.map { $0.lowercased() })
    }

    /// Whether `word` is an imperative verb: built in or allowed here (case-insensitive, digits at its end
    /// aside: `Open2` is `Open`).
    public func isVerb(_ word: String) -> Bool {
        let lower = Self.lowercasedWithoutTrailingDigits(word)
        return NamingLexicon.verbs.contains(lower) || verbs.contains(lower)
    }

    /// Whether `word` reads as past tense: a regular `-ed` form, a built-in irregular form, or allowed here
    /// (digits at its end aside: a numbered name such as `InvoiceOpened2` is as past as `InvoiceOpened`).
    public func isPastTense(_ word: String) -> Bool {
        let lower = Self.lowercasedWithoutTrailingDigits(word)
        if pastTense.contains(lower) || NamingLexicon.irregularPastTense.contains(lower) { return true }
        return lower.count > 3 && lower.hasSuffix("ed") && !NamingLexicon.verbs.contains(lower)
    }

    /// `word` lowercased, without the ASCII digits it ends in (empty when it is all digits).
    private static func lowercasedWithoutTrailingDigits(_ word: String) -> String {
        var end = word.utf8.endIndex
        while end > word.utf8.startIndex {
            let before = word.utf8.index(before: end)
            guard word.utf8[before] >= UInt8(ascii: "0"), word.utf8[before] <= UInt8(ascii: "9") else { break }
            end = before
        }
        return end == word.utf8.endIndex ? word.lowercased() : String(word[..<end]).lowercased()
    }

    /// The words of a CamelCase name: `HTTPRequestSent` gives `HTTP`, `Request`, `Sent`.
    public static func words(of name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: Array(name.utf8)) }
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = current.last
            let startsWord = character.isUppercase && previous != nil
                && (previous!.isLowercase || previous!.isNumber || (next?.isLowercase ?? false))
            if character == "_" || startsWord {
                if !current.isEmpty { words.append(current) }
                current = character == "_" ? "" : String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// ``words(of:)`` for an ASCII name, on its bytes: the same rule, without building a `Character` each.
    private static func asciiWords(of bytes: [UInt8]) -> [String] {
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var words: [String] = []
        // The word being read is bytes[start..<index]: underscores end words and belong to none.
        var start = 0
        for index in bytes.indices {
            let byte = bytes[index]
            var startsWord = false
            if isUpper(byte), index > start {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                startsWord = isLower(previous) || isDigit(previous) || nextIsLower
            }
            if byte == UInt8(ascii: "_") || startsWord {
                if index > start { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = byte == UInt8(ascii: "_") ? index + 1 : index
            }
        }
        if bytes.count > start { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return words
    }

    /// Whether the naming heuristics apply to a name at all: they are for names in Latin letters.
    public static func isCased(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.contains { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
        }
        return name.contains { $0.isUppercase || $0.isLowercase }
    }
}

extension NamingAllowList {
    /// A regular past tense of an English verb, good enough for a suggestion (`End` → `Ended`, `Score` → `Scored`).
    static func pastTense(of verb: String) -> String {
        let lower = verb.lowercased()
        if lower.hasSuffix("e") { return verb + "d" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ied" }
        return verb + "ed"
    }
}
