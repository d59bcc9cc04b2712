import StormSupport
import Testing

/// The HTML escaper: markup characters as entities, everything else as it is.
struct HTMLTextTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(HTMLText.escape(#"<script>alert("x" & 'y')</script>"#)
                == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func otherTextIsKept() {
        #expect(HTMLText.escape("Zürich \\N déjà-vu") == "Zürich \\N déjà-vu")
        #expect(HTMLText.escape("") == "")
    }
}
