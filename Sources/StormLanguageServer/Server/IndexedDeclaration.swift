import StormModel
import StormSource

/// A declaration of the model that the symbol index lists: its name, where it is written and its doc
/// comment, whatever it declares.
protocol IndexedDeclaration {
    var name: String { get }
    var range: SourceRange { get }
    var doc: String { get }
}

extension Domain: IndexedDeclaration {}
extension Subdomain: IndexedDeclaration {}
extension Team: IndexedDeclaration {}
extension BoundedContext: IndexedDeclaration {}
extension Actor: IndexedDeclaration {}
extension ExternalSystem: IndexedDeclaration {}
extension IdentifierType: IndexedDeclaration {}
extension ValueObject: IndexedDeclaration {}
extension Entity: IndexedDeclaration {}
extension Enumeration: IndexedDeclaration {}
extension Aggregate: IndexedDeclaration {}
extension Command: IndexedDeclaration {}
extension Event: IndexedDeclaration {}
extension Policy: IndexedDeclaration {}
extension ReadModel: IndexedDeclaration {}
extension DataProduct: IndexedDeclaration {}
extension ContextMap: IndexedDeclaration {}
