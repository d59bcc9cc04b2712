/// The files `transform` makes of each of `items`, made on all cores a few items at a time and handed to
/// `emit` a batch at a time, in the items' order, before the next batch is made: a generator of one file or
/// a few per context never holds a large model's whole output (hundreds of megabytes at 200,000 events),
/// and the files are the same, in the same order, as when made all at once. The first error in the items'
/// order is thrown, after the batches before its own were handed on.
func concurrentBatches<T: Sendable>(_ items: [T], _ transform: @Sendable (T) throws(GeneratorError) -> [GeneratedFile],
                                    emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
    var start = items.startIndex
    while start < items.endIndex {
        let batch = Array(items[start..<min(start + batchSize, items.endIndex)])
        emit(try concurrentMap(batch, transform).flatMap { $0 })
        start += batch.count
    }
}

/// How many items' files ``concurrentBatches(_:_:emit:)`` makes at once: enough to keep every core busy,
/// few enough that their text is a few megabytes.
private let batchSize = 32
