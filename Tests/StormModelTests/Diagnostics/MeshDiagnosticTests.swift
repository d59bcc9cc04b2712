import Testing

/// Using another domain's published interface (`use Name from "path"`).
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct MeshDiagnosticTests {
    @Test func aUsedInterfaceMustExist() {
        DiagnosticTestSupport.expect("unusable-interface", in: #"""
        use Payments from 1️⃣"no-such-folder/Payments.storm-interface.json"
        context Loyalty {}

        """#, renders: #"""
        model.storm:1:19: error: cannot use `no-such-folder/Payments.storm-interface.json`: no such file or folder [unusable-interface]
         1 | use Payments from "no-such-folder/Payments.storm-interface.json"
           |                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func useNeedsFrom() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        use Payments 1️⃣"Payments.storm-interface.json"

        """#, renders: #"""
        model.storm:1:14: error: expected `from` after `use Payments`: write `use Payments from "path"`, found a string [expected-token]
         1 | use Payments "Payments.storm-interface.json"
           |              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }
}
