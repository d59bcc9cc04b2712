/// The head of an HTTP/1.1 request: method, path, query parameters and header fields.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    /// The path, percent-decoded (`/files/trips.storm`).
    public var path: String
    /// The query parameters, percent-decoded, the last value of a repeated name.
    public var query: [String: String]
    /// Header fields by lowercased name.
    public var headers: [String: String]

    /// The largest request head read; a longer one is refused.
    static let maximumHeadSize = 16 * 1024

    /// Parses a request head (everything up to the blank line); nil when it is not HTTP/1.x.
    public static func parse(_ head: [UInt8]) -> HTTPRequest? {
        guard let text = String(validating: head, as: UTF8.self) else { return nil }
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3, requestLine[2] == "HTTP/1.1" || requestLine[2] == "HTTP/1.0",
              !requestLine[0].isEmpty, requestLine[0].allSatisfy({ $0.isUppercase && $0.isASCII }),
              requestLine[1].hasPrefix("/") else { return nil }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { return nil }
            let name = line[..<colon].lowercased()
            guard !name.contains(" ") else { return nil }
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
        }
        let target = requestLine[1]
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = percentDecoded(String(parts[0])) else { return nil }
        var query: [String: String] = [:]
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = percentDecoded(String(nameValue[0]), plusIsSpace: true),
                      let value = percentDecoded(nameValue.count == 2 ? String(nameValue[1]) : "", plusIsSpace: true) else { return nil }
                query[name] = value
            }
        }
        return HTTPRequest(method: String(requestLine[0]), path: path, query: query, headers: headers)
    }

    /// `%2F` and (in queries) `+` decoded; nil for a broken escape or bytes that are not UTF-8.
    static func percentDecoded(_ text: String, plusIsSpace: Bool = false) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            } else if plusIsSpace, byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
