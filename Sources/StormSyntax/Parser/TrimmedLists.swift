extension Array {
    /// The elements in storage of their own size, when growing an append at a time left room for many
    /// more. A file's syntax is kept whole until resolution has declared every name in it, so the room
    /// left in its lists counts at `check`'s highest memory: a context's 107 members sat in room for 128,
    /// a command's five `emits` in room for eight. A list with little room to spare is returned as it is.
    func trimmed() -> [Element] {
        capacity - count > count / 8 ? withUnsafeBufferPointer { Array($0) } : self
    }
}
