import StormSource

/// Something written at one place of a file: an occurrence of a declaration or of a member.
protocol Placed {
    var range: SourceRange { get }
}

extension Occurrence: Placed {}
extension MemberOccurrence: Placed {}

extension Array where Element: Placed {
    /// In a list in source order, the element under a byte offset (touching its start or end), if any.
    func element(at offset: Int) -> Element? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].range.end < offset { low = middle + 1 } else { high = middle }
        }
        guard low < count, self[low].range.start <= offset else { return nil }
        return self[low]
    }
}
