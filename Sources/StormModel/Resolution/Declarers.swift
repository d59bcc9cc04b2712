/// The contexts that declare one bare name, in declaration order, as their places in
/// ``SymbolTable/contextOrder``. Nearly every name has one, kept inline: the whole takes one word, where
/// the name's first context kept as a string took three (8 MB in the index of 200,000 events' names).
enum Declarers: Sequence {
    case one(UInt32)
    case many([UInt32])

    /// No context.
    static let nobody = Declarers.many([])

    /// Declared by the context at `ordinal` alone so far.
    init(_ ordinal: Int) { self = .one(UInt32(ordinal)) }

    /// Adds a context that declares the name too.
    mutating func append(_ ordinal: Int) {
        switch self {
        case .one(let first):
            self = .many([first, UInt32(ordinal)])
        case .many(var all):
            self = .nobody
            all.append(UInt32(ordinal))
            self = .many(all)
        }
    }

    func makeIterator() -> Iterator { Iterator(declarers: self) }

    struct Iterator: IteratorProtocol {
        let declarers: Declarers
        var position = 0

        mutating func next() -> Int? {
            defer { position += 1 }
            switch declarers {
            case .one(let ordinal): return position == 0 ? Int(ordinal) : nil
            case .many(let all): return position < all.count ? Int(all[position]) : nil
            }
        }
    }
}
