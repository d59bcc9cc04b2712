/// The contexts that declare one bare name, in declaration order. Nearly every name has one, kept
/// inline: an array per name cost an allocation for each of a large model's hundreds of thousands of names.
struct Declarers: Sequence {
    private var first: String?
    private var others: [String] = []

    /// No context.
    static let none = Declarers()

    private init() {}

    /// Declared by `context` alone so far.
    init(_ context: String) { first = context }

    /// Adds a context that declares the name too.
    mutating func append(_ context: String) {
        if first == nil { first = context } else { others.append(context) }
    }

    func makeIterator() -> Iterator { Iterator(declarers: self) }

    struct Iterator: IteratorProtocol {
        let declarers: Declarers
        var position = -1

        mutating func next() -> String? {
            defer { position += 1 }
            if position < 0 { return declarers.first }
            return position < declarers.others.count ? declarers.others[position] : nil
        }
    }
}
