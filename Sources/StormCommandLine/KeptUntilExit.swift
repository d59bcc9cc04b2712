extension Console {
    /// Keeps `value` (a loaded model, the biggest thing a command holds) alive until the process exits
    /// when this is the process's own console, as compilers do: freeing a model of 200,000 events node
    /// by node costs a tenth of `check`'s time, and the exit frees it at once. A test's console frees it as usual.
    func keepUntilExit(_ value: some Any) {
        guard exitsAfterCommand else { return }
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}

/// A value kept alive until the process exits.
private final class KeptUntilExit<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
