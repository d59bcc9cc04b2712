import Testing

/// Lexical errors: strings, characters, encodings and escapes.
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct LexicalDiagnosticTests {
    @Test func anUnterminatedStringEndsAtTheEndOfTheLine() {
        DiagnosticTestSupport.expect("unterminated-string", in: #"""
        context Trips {
          vision 1️⃣"Every trip recorded once
        }

        """#, renders: #"""
        model.storm:2:10: error: unterminated string: add a closing `"` before the end of the line [unterminated-string]
         2 |   vision "Every trip recorded once
           |          ^~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func anUnexpectedCharacterIsShown() {
        DiagnosticTestSupport.expect("unexpected-character", in: #"""
        context Trips {
          actor Driver 1️⃣# the one at the wheel
        }

        """#, renders: #"""
        model.storm:2:16: error: unexpected character `#` [unexpected-character]
         2 |   actor Driver # the one at the wheel
           |                ^

        """#)
    }

    @Test func aControlCharacterIsNamedByItsCodePoint() {
        DiagnosticTestSupport.expect("unexpected-character", in: #"""
        context Trips {
          actor 1️⃣\#u{7}Driver
        }

        """#, renders: #"""
        model.storm:2:9: error: unexpected character U+7 [unexpected-character]
         2 |   actor \#u{7}Driver
           |         ^

        """#)
    }

    @Test func anEmojiOutsideAStringIsUnexpected() {
        DiagnosticTestSupport.expect("unexpected-character", in: #"""
        context Trips {
          actor 1️⃣🚗
          actor Driver
        }

        """#, renders: #"""
        model.storm:2:9: error: unexpected character `🚗` [unexpected-character]
         2 |   actor 🚗
           |         ^~

        """#)
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        DiagnosticTestSupport.expect("invalid-utf8", in: #"""
        context Trips {
          actor Dri1️⃣⟨FF⟩ver
        }

        """#, renders: #"""
        model.storm:2:12: error: invalid UTF-8: the file must be encoded as UTF-8 [invalid-utf8]
         2 |   actor Dri�ver
           |            ^

        """#)
    }

    @Test func invalidUTF8InAStringIsReportedOnTheString() {
        DiagnosticTestSupport.expect("invalid-utf8", in: #"""
        context Trips {
          vision 1️⃣"caf⟨E9⟩ au lait"
        }

        """#, renders: #"""
        model.storm:2:10: error: invalid UTF-8 in string: the file must be encoded as UTF-8 [invalid-utf8]
         2 |   vision "caf� au lait"
           |          ^~~~~~~~~~~~~~

        """#)
    }

    @Test func anInvalidEscapeIsShownWithItsText() {
        DiagnosticTestSupport.expect("invalid-escape", in: #"""
        context Trips {
          vision "Trips 1️⃣\q recorded"
        }

        """#, renders: #"""
        model.storm:2:17: error: invalid escape `\q` in string: use `\"`, `\\`, `\n`, `\t` or `\u{…}` [invalid-escape]
         2 |   vision "Trips \q recorded"
           |                 ^~

        """#)
    }

    @Test func anUnknownUnicodeEscapeIsInvalid() {
        DiagnosticTestSupport.expect("invalid-escape", in: #"""
        context Trips {
          vision "1️⃣\u{110000}"
        }

        """#, renders: #"""
        model.storm:2:11: error: invalid escape `\u{110000}` in string: use `\"`, `\\`, `\n`, `\t` or `\u{…}` [invalid-escape]
         2 |   vision "\u{110000}"
           |           ^~~~~~~~~~

        """#)
    }
}
