/// Which direction of compatibility a change must keep, as schema registries name them.
public enum CompatibilityMode: String, Sendable, Hashable, CaseIterable {
    /// Consumers on the new schema read data written with the old one (upgrade consumers first).
    case backward
    /// Consumers still on the old schema read data written with the new one (upgrade producers first).
    case forward
    /// Both.
    case full

    /// Whether a change with these verdicts breaks compatibility under the mode.
    public func breaks(backward: Bool, forward: Bool) -> Bool {
        switch self {
        case .backward: !backward
        case .forward: !forward
        case .full: !backward || !forward
        }
    }
}

/// Whether one change keeps each direction of compatibility.
public struct Compatibility: Sendable, Hashable {
    /// New readers can read old data.
    public var backward: Bool
    /// Old readers can read new data.
    public var forward: Bool

    public init(backward: Bool, forward: Bool) {
        self.backward = backward
        self.forward = forward
    }

    public static let full = Compatibility(backward: true, forward: true)

    /// `compatible`, `breaks backward`, `breaks forward` or `breaks backward and forward`.
    public var summary: String {
        switch (backward, forward) {
        case (true, true): "compatible"
        case (false, true): "breaks backward"
        case (true, false): "breaks forward"
        case (false, false): "breaks backward and forward"
        }
    }
}
