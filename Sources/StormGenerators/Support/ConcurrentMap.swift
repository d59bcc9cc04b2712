import Foundation

/// `transform` applied to every element on all cores, results in the elements' order; the first error in
/// that order is thrown. Generators run it over bounded contexts, whose files are independent, so it
/// changes no byte of output.
func concurrentMap<T: Sendable, R: Sendable, E: Error>(_ items: [T], _ transform: @Sendable (T) throws(E) -> R) throws(E) -> [R] {
    let results = ConcurrentResults<R, E>(count: items.count)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        let result = Result { () throws(E) -> R in try transform(items[index]) }
        lock.lock()
        results.values[index] = result
        lock.unlock()
    }
    var output: [R] = []
    output.reserveCapacity(items.count)
    for result in results.values { output.append(try result!.get()) }
    return output
}

/// Results filled in by concurrent workers, each at its own index, under a lock.
private final class ConcurrentResults<R, E: Error>: @unchecked Sendable {
    var values: [Result<R, E>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}
