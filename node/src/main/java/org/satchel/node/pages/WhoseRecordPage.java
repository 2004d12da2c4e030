package org.satchel.node.pages;

import java.util.Optional;
import org.satchel.node.access.Principal;

/** For a guardian (or an advocate) who has not said whose record to show: asks for the learner's id. */
final class WhoseRecordPage {
    private WhoseRecordPage() {}

    static Page render(Principal reader) {
        Html main = Html.constant("""
                <h1>Whose record?</h1>
                <p>Give the learner id of the child whose record you want to see. The school office can tell you what it is.</p>
                <form class="stacked" method="get" action="/me">
                <div><label for="learner">Learner id</label>
                <input type="text" id="learner" name="learner" autocomplete="off" spellcheck="false" required></div>
                <div><button type="submit" class="primary">Show the record</button></div>
                </form>
                """);
        return Page.of("Whose record?", main, Optional.of(reader));
    }
}
