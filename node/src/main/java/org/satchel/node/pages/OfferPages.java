package org.satchel.node.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.web.ProblemException;

/**
 * The staff pages of credential offers, for the issuance service to send: the form that offers a
 * learner credentials for their wallet, and the offer made, as a QR code with the PIN to hand
 * over. The HTML stays here with the rest of the pages; the offers are the issuance service's.
 */
public final class OfferPages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private OfferPages() {}

    /** A credential the form offers: its configuration id and words for it. */
    public record Choice(String configurationId, String label) {
        public Choice {
            Objects.requireNonNull(configurationId, "configurationId");
            Objects.requireNonNull(label, "label");
        }
    }

    /** An offer just made: the URI its QR code holds, the code as SVG (made by the caller from that URI), the PIN and its end. */
    public record Offered(String byReference, String qrSvg, String txCode, Instant expiresAt, List<String> labels) {
        public Offered {
            Objects.requireNonNull(byReference, "byReference");
            Objects.requireNonNull(qrSvg, "qrSvg");
            Objects.requireNonNull(txCode, "txCode");
            Objects.requireNonNull(expiresAt, "expiresAt");
            labels = List.copyOf(labels);
        }
    }

    /** The form: which credentials, and what to issue. */
    public static void form(ServerResponse res, Principal reader, String learnerId, Purpose purpose, List<Choice> choices) {
        List<Html> options = new ArrayList<>();
        for (Choice c : choices) {
            options.add(Html.of("<div class=\"check\"><input type=\"checkbox\" id=\"{}\" name=\"credential_configuration_ids\" value=\"{}\">"
                    + " <label for=\"{}\">{}</label></div>\n", "c-" + c.configurationId(), c.configurationId(), "c-" + c.configurationId(), c.label()));
        }
        Html main = Html.of("""
                <h1>Offer a credential to learner {}</h1>
                <p>The learner scans the code this makes with their wallet and types the PIN you hand them. Making the offer reads their record for <strong>{}</strong>, and is in their access log.</p>
                <form class="stacked" method="post" action="/staff/learners/{}/credential-offers">
                <input type="hidden" name="purpose" value="{}">
                <fieldset><legend>Credentials to offer</legend>
                {}</fieldset>
                <div><label for="subject">What to issue</label>
                <p class="hint" id="subject-hint">The record the credential is about, such as the IRI of an achievement.</p>
                <input type="text" id="subject" name="subject" aria-describedby="subject-hint" required></div>
                <button class="primary" type="submit">Make the offer</button>
                </form>
                <p><a href="{}">Back to this learner</a></p>
                """, learnerId, purpose.label(), learnerId, purpose.code(), Html.join(options), StaffPages.pupilLink(learnerId, purpose, Optional.empty()));
        Page.of("Offer a credential", main, Optional.of(reader)).send(res, Status.OK_200);
    }

    /** The offer made: its QR code, the PIN (shown this once), and until when it can be taken up. */
    public static void offered(ServerResponse res, Principal reader, String learnerId, Purpose purpose, Offered offer) {
        List<Html> items = new ArrayList<>();
        offer.labels().forEach(l -> items.add(Html.of("<li>{}</li>", l)));
        Html main = Html.of("""
                <h1>Credential offer for learner {}</h1>
                <ul>{}</ul>
                <figure id="offer-qr">{}<figcaption>Scan with the learner's wallet before {}.</figcaption></figure>
                <p>PIN to hand to the learner, not shown again: <strong id="tx-code">{}</strong></p>
                <details><summary>The offer as a link</summary><p><code id="offer-uri">{}</code></p></details>
                <p><a href="{}">Back to this learner</a></p>
                """, learnerId, Html.join(items), Html.constant(offer.qrSvg()), TIME.format(offer.expiresAt()), offer.txCode(),
                offer.byReference(), StaffPages.pupilLink(learnerId, purpose, Optional.empty()));
        Page.of("Credential offer", main, Optional.of(reader)).send(res, Status.CREATED_201);
    }

    /** A problem as a page, as every staff page shows one; without a session, the sign-in page. */
    public static void problem(ServerResponse res, ProblemException problem, Optional<Principal> signedIn) {
        if (signedIn.isEmpty()) {
            res.status(Status.SEE_OTHER_303);
            res.header(HeaderNames.LOCATION, "/sign-in");
            res.header(HeaderNames.CACHE_CONTROL, "no-store");
            res.send();
            return;
        }
        ErrorPage.render(problem, signedIn).send(res, Status.create(problem.type().status()));
    }
}
