package org.satchel.node.pages;

import java.util.Optional;
import org.satchel.node.access.Principal;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * A problem as a page: the same title and detail the API puts in problem+json, in words, with the
 * problem's status, and a way on from there.
 */
final class ErrorPage {
    private ErrorPage() {}

    static Page render(ProblemException problem, Optional<Principal> signedIn) {
        ProblemType type = problem.type();
        Html way = signedIn.map(p -> p.role().staff()
                ? Html.constant("<p><a href=\"/staff\">Back to your learners</a></p>")
                : Html.constant("<p><a href=\"/me\">Back to my record</a></p>"))
                .orElse(Html.constant("<p><a href=\"/sign-in\">Sign in</a></p>"));
        Html main = Html.of("""
                <h1>{}</h1>
                <div class="problem" id="problem" data-problem="{}"><p>{}.</p></div>
                <p class="muted">Error {} ({}).</p>
                {}""", type.title(), type.slug(), sentence(problem.detail()), type.status(), type.slug(), way);
        return Page.of(type.title(), main, signedIn);
    }

    /** The detail as a sentence: capitalised, without a full stop of its own (the template adds one). */
    static String sentence(String detail) {
        String s = detail.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
