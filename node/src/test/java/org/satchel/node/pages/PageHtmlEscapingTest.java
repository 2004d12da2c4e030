package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one way data gets into a page: escaped, unless it is already {@link Html}. */
class PageHtmlEscapingTest {
    @Test
    void valuesAreEscapedForTextAndQuotedAttributes() {
        assertEquals("<td title=\"&quot;&gt;&lt;x&quot;\">&lt;script&gt;a &amp;&amp; b&lt;/script&gt; O&#39;Neil</td>",
                Html.of("<td title=\"{}\">{}</td>", "\"><x\"", "<script>a && b</script> O'Neil").toString());
    }

    @Test
    void htmlGoesInAsItIsSoNothingIsEscapedTwice() {
        Html inner = Html.of("<b>{}</b>", "a & b");
        assertEquals("<p><b>a &amp; b</b></p>", Html.of("<p>{}</p>", inner).toString());
    }

    @Test
    void placeholdersAndValuesMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> Html.of("<p>{}</p>"));
        assertThrows(IllegalArgumentException.class, () -> Html.of("<p>{}</p>", "a", "b"));
        assertThrows(NullPointerException.class, () -> Html.of("<p>{}</p>", (Object) null));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderStaysText() {
        assertEquals("<p>{}</p><i>x</i>", Html.of("<p>{}</p><i>{}</i>", "{}", "x").toString());
    }

    @Test
    void refusalsAreCountedInWords() {
        assertEquals("Refused: none of 1.", MyRecordPage.tally(1, 0));
        assertEquals("Refused: 2 of 6.", MyRecordPage.tally(6, 2));
    }
}
