extension KeyedDecodingContainer {
    /// The value for `key`, of the type the context expects.
    ///
    /// Generated `init(from:)` code uses this rather than `decode(T.self, forKey:)` so that no type name
    /// stands in expression position, where a property of the same name would be found first.
    public func value<T: Decodable>(forKey key: Key) throws -> T {
        try decode(T.self, forKey: key)
    }

    /// The value for `key` if present and not null, of the type the context expects.
    public func valueIfPresent<T: Decodable>(forKey key: Key) throws -> T? {
        try decodeIfPresent(T.self, forKey: key)
    }
}
