import Foundation

/// A mutex around a closure.
struct Lock: Sendable {
    private let lock = NSLockBox()

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock.lock()
        defer { lock.lock.unlock() }
        return try body()
    }
}

private final class NSLockBox: @unchecked Sendable {
    let lock = NSLock()
}
