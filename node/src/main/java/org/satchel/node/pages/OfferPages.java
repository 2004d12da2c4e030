package org.satchel.node.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.web.ProblemException;

/**
 * The pages of credential offers, for the issuance service to send: the staff form that offers a
 * learner a credential for their wallet, the learner's own form to collect one, and the offer
 * made, as a QR code with the PIN. The HTML stays here with the rest of the pages; the offers are the issuance service's.
 */
public final class OfferPages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private OfferPages() {}

    /** A kind of credential and what of it the learner's record gives (each a choice, labelled for people). */
    public record Kind(CredentialType type, List<Candidate> candidates) {
        public Kind {
            Objects.requireNonNull(type, "type");
            candidates = List.copyOf(candidates);
        }

        /** The formats it comes in, in the order the choice lists them. */
        public List<CredentialFormat> formats() {
            return Arrays.stream(CredentialFormat.values()).filter(type.formats()::contains).toList();
        }
    }

    /** What a form sent back had chosen, to show it again as it was. */
    public record Chosen(Optional<String> credential, Optional<String> format) {
        public static final Chosen NOTHING = new Chosen(Optional.empty(), Optional.empty());

        public Chosen {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(format, "format");
        }
    }

    /** What a form sent: a choice to offer, or a mistake to show with the form again. */
    public sealed interface Picked permits Pick, Mistake {}

    /** One credential of a type, about a subject the record gives, in a format. */
    public record Pick(CredentialType type, String subject, CredentialFormat format) implements Picked {
        public Pick {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(format, "format");
        }

        /** The configuration to offer, such as {@code exam-certificate.dc+sd-jwt}. */
        public String configurationId() {
            return type.configurationId(format);
        }

        /** The value of a choice: the type's id (which has no space in it), a space, and the subject. */
        static String value(String typeId, String subject) {
            return typeId + " " + subject;
        }
    }

    /** A form that cannot be offered as sent, and why, in words for the person who sent it. */
    public record Mistake(String words) implements Picked {
        public Mistake {
            Objects.requireNonNull(words, "words");
        }
    }

    /** Reads the form's two choices ({@code credential} and {@code format}) against the types the node issues. */
    public static Picked read(Chosen chosen, List<CredentialType> types) {
        Optional<String> credential = chosen.credential().filter(s -> !s.isBlank());
        if (credential.isEmpty()) {
            return new Mistake("Choose what to issue.");
        }
        Optional<CredentialFormat> format = chosen.format().flatMap(CredentialFormat::of);
        if (format.isEmpty()) {
            return new Mistake("Choose a format for the wallet: SD-JWT VC, VC 1.1 JWT or Data Integrity.");
        }
        String value = credential.get();
        int space = value.indexOf(' ');
        String typeId = space < 0 ? value : value.substring(0, space);
        String subject = space < 0 ? "" : value.substring(space + 1);
        Optional<CredentialType> type = types.stream().filter(t -> t.id().equals(typeId)).findFirst();
        if (type.isEmpty() || subject.isBlank()) {
            return new Mistake("That choice is not one this node issues; choose again from the list.");
        }
        if (!type.get().formats().contains(format.get())) {
            Kind kind = new Kind(type.get(), List.of());
            return new Mistake(type.get().name() + " does not come as " + OfferForm.formatName(format.get()) + ". "
                    + OfferForm.formats(kind) + " Choose that format, or another credential.");
        }
        return new Pick(type.get(), subject, format.get());
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

    /** The staff form: one of what the record gives, and the format; with the mistake, if it was sent back. */
    public static void form(ServerResponse res, Principal reader, String learnerId, Purpose purpose, List<Kind> kinds, Chosen chosen,
            Optional<String> mistake) {
        Html form = OfferForm.anything(kinds) ? Html.of("""
                <form class="stacked" id="offer-form" method="post" action="/staff/learners/{}/credential-offers">
                <input type="hidden" name="purpose" value="{}">
                {}{}<button class="primary" type="submit">Make the offer</button>
                </form>
                """, learnerId, purpose.code(), OfferForm.mistake(mistake), OfferForm.choices(kinds, chosen))
                : Html.constant("<p id=\"offer-nothing\">This learner's record gives no credential the school issues yet.</p>\n");
        Html main = Html.of("""
                <h1>Offer a credential to learner {}</h1>
                <p>The learner scans the code this makes with their wallet and types the PIN you hand them. This page and the offer each read their record for <strong>{}</strong>, and are in their access log.</p>
                {}<p><a href="{}">Back to this learner</a></p>
                """, learnerId, purpose.label(), form, StaffPages.pupilLink(learnerId, purpose, Optional.empty()));
        Page.of("Offer a credential", main, Optional.of(reader)).send(res, mistake.isPresent() ? Status.BAD_REQUEST_400 : Status.OK_200);
    }

    /** The learner's own form, on a page of its own (where the my-record page's form comes back with a mistake). */
    public static void collectForm(ServerResponse res, Principal learner, List<Kind> kinds, Chosen chosen, Optional<String> mistake) {
        Html main = Html.of("""
                <h1>Collect a credential into your wallet</h1>
                {}<p><a href="/me#credentials">Back to my record</a></p>
                """, collect(kinds, chosen, mistake));
        Page.of("Collect a credential", main, Optional.of(learner)).send(res, mistake.isPresent() ? Status.BAD_REQUEST_400 : Status.OK_200);
    }

    /** The learner's form to collect a credential: on the my-record page, and on its own page. */
    static Html collect(List<Kind> kinds, Chosen chosen, Optional<String> mistake) {
        if (!OfferForm.anything(kinds)) {
            return Html.constant("<p id=\"collect-nothing\">Your record does not give any credential the school issues yet.</p>\n");
        }
        return Html.of("""
                <p>Choose a credential and the format your wallet takes. The next page shows a code to scan with your wallet and a PIN to type into it. Making the offer reads your record, and is in your access log.</p>
                <form class="stacked" id="collect-form" method="post" action="/me/credential-offers">
                {}{}<button class="primary" type="submit">Collect into my wallet</button>
                </form>
                """, OfferForm.mistake(mistake), OfferForm.choices(kinds, chosen));
    }

    /** The offer made for staff: its QR code, the PIN (shown this once), and until when it can be taken up. */
    public static void offered(ServerResponse res, Principal reader, String learnerId, Purpose purpose, Offered offer) {
        Html main = Html.of("""
                <h1>Credential offer for learner {}</h1>
                {}<p><a href="{}">Back to this learner</a></p>
                """, learnerId, shown(offer, "Scan with the learner's wallet before {}.", "PIN to hand to the learner, not shown again:"),
                StaffPages.pupilLink(learnerId, purpose, Optional.empty()));
        Page.of("Credential offer", main, Optional.of(reader)).send(res, Status.CREATED_201);
    }

    /** The offer a learner made for themself: the same QR code and PIN, and a link for a wallet on this device. */
    public static void collected(ServerResponse res, Principal learner, Offered offer) {
        Html main = Html.of("""
                <h1>Your credential offer</h1>
                {}<p>Wallet on this device? <a id="offer-open" href="{}">Open the offer in your wallet</a>, then type the PIN.</p>
                <p><a href="/me#credentials">Back to my record</a></p>
                """, shown(offer, "Scan with your wallet before {}.", "PIN to type into your wallet, not shown again:"), offer.byReference());
        Page.of("Your credential offer", main, Optional.of(learner)).send(res, Status.CREATED_201);
    }

    private static Html shown(Offered offer, String scan, String pin) {
        List<Html> items = new ArrayList<>();
        offer.labels().forEach(l -> items.add(Html.of("<li>{}</li>", l)));
        return Html.of("""
                <ul id="offered">{}</ul>
                <figure id="offer-qr">{}<figcaption>{}</figcaption></figure>
                <p>{} <strong id="tx-code">{}</strong></p>
                <details><summary>The offer as a link</summary><p><code id="offer-uri">{}</code></p></details>
                """, Html.join(items), Html.constant(offer.qrSvg()), scan.replace("{}", TIME.format(offer.expiresAt())), pin, offer.txCode(),
                offer.byReference());
    }

    /** Words for an offered credential: its type and its format. */
    public static String label(CredentialType type, CredentialFormat format) {
        return type.name() + " (" + OfferForm.formatName(format) + ")";
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
