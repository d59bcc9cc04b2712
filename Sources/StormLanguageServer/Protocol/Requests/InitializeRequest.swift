import StormSupport

/// `initialize`: the first request; the client says what it supports, the server answers its capabilities.
enum InitializeRequest {
    static let method = "initialize"
    /// The version in `serverInfo`.
    static let serverVersion = "0.1.0"

    struct Params {
        /// `capabilities.general.positionEncodings`, in the client's order of preference.
        var positionEncodings: [PositionEncoding]
        /// `initializationOptions.documentationBase`: where `Diagnostics.md` and `Rules.md` are served.
        var documentationBase: String?

        init(_ params: JSON) {
            positionEncodings = (params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue ?? [])
                .compactMap { $0.stringValue.flatMap(PositionEncoding.init(rawValue:)) }
            documentationBase = params["initializationOptions"]?["documentationBase"]?.stringValue
        }
    }
}
