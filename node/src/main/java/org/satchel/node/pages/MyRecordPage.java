package org.satchel.node.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.satchel.node.access.Consent;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.issuance.status.CredentialRegister;

/**
 * The "my record" page of a learner (or of their guardian): who they are, their record kind by
 * kind with the school's records and their own statements apart, everyone who has seen or changed
 * it, the sharing they may choose, and a way to ask for a correction.
 */
final class MyRecordPage {
    /** How many of each kind of record the page lists; the rest are counted. */
    static final int LATEST = 3;
    /** How many access events the page lists; the API has the whole log. */
    static final int EVENTS = 200;
    /** The purposes whose sharing the learner chooses here, as the consent API names them. */
    static final List<String> CHOOSABLE = List.of("research", "transfer");

    /**
     * What the page shows. {@code you} is the reader's IRI, to show their own accesses as "you";
     * {@code collect}, for a learner on their own page, what they may collect into their wallet.
     */
    record View(Principal reader, String you, String learnerId, String learnerIri, RecordSummary summary, List<AccessEvent> events,
            Consent consent, Optional<List<CredentialRegister.Issued>> credentials, Optional<CredentialsSection.Collect> collect) {}

    private MyRecordPage() {}

    static Page render(View v) {
        boolean self = v.reader().role() == Role.LEARNER && v.reader().id().equals(v.learnerId());
        String name = v.summary().learner().map(RecordSummary.Person::name).orElse("learner " + v.learnerId());
        String title = self ? "My record" : "The record of " + name;
        Html main = Html.of("""
                <h1>{}</h1>
                <p>{} This page is itself a read of the record, for the purpose of the learner's own request, so it is the newest line in the access log below.</p>
                <nav aria-label="On this page"><ul>
                <li><a href="#who">Who {}</a></li>
                <li><a href="#school-records">What the school records</a></li>
                <li><a href="#own-statements">{}</a></li>
                <li><a href="#credentials">Credentials</a></li>
                <li><a href="#access-log">Who has seen or changed the record</a></li>
                <li><a href="#consent">Sharing you can choose</a></li>
                <li><a href="#correction">Ask for a correction</a></li>
                </ul></nav>
                {}{}{}{}{}{}{}{}""",
                title,
                self ? "Everything the school holds about you that you may see, and everyone who has looked at it."
                        : "Everything the school holds about " + name + " that you may see as their guardian, and everyone who has looked at it.",
                self ? "you are" : "they are",
                self ? "What you have said" : "What they have said",
                who(v, self), schoolRecords(v), ownStatements(v, self), CredentialsSection.render(v.credentials(), self, v.collect()), aboutTheRecord(v), accessLog(v, self), consent(v),
                correction(v));
        return Page.of(title, main, Optional.of(v.reader())).withFormsScript();
    }

    private static Html who(View v, boolean self) {
        Html person = v.summary().learner()
                .map(p -> Html.of("<p><strong>{}</strong></p>{}", p.name(), Tables.facts(p.facts())))
                .orElse(Html.of("<p>Learner {}.</p>", v.learnerId()));
        Html guardians = Html.EMPTY;
        if (!v.summary().guardians().isEmpty()) {
            List<Html> items = new ArrayList<>();
            for (RecordSummary.Person g : v.summary().guardians()) {
                items.add(Html.of("<li>{}</li>", g.name()));
            }
            guardians = Html.of("<h3>Guardians on the record</h3><ul>{}</ul>", Html.join(items));
        }
        return Html.of("""
                <section aria-labelledby="who">
                <h2 id="who">Who {}</h2>
                {}{}</section>
                """, self ? "you are" : "they are", person, guardians);
    }

    private static Html schoolRecords(View v) {
        List<RecordSummary.Kind> kinds = v.summary().kinds(Labels.Family.SCHOOL_RECORD);
        List<RecordSummary.Kind> other = v.summary().kinds(Labels.Family.OTHER);
        List<RecordSummary.Kind> all = new ArrayList<>(kinds);
        all.addAll(other);
        return Html.of("""
                <section aria-labelledby="school-records">
                <h2 id="school-records">What the school records</h2>
                <p class="hint">What the school asserts, kind by kind: how many there are, and the latest {} of each.</p>
                {}</section>
                """, LATEST, kinds(all, "The school has recorded nothing here that you may see."));
    }

    private static Html ownStatements(View v, boolean self) {
        String heading = self ? "What you have said" : "What they have said";
        return Html.of("""
                <section aria-labelledby="own-statements">
                <h2 id="own-statements">{}</h2>
                <p class="hint">The learner's own statements: kept apart from what the school asserts, and shown apart.</p>
                {}</section>
                """, heading, kinds(v.summary().kinds(Labels.Family.LEARNER_STATEMENT),
                self ? "You have not added any statements of your own yet." : "They have not added any statements of their own yet."));
    }

    private static Html aboutTheRecord(View v) {
        List<RecordSummary.Kind> kinds = v.summary().kinds(Labels.Family.ABOUT_THE_RECORD);
        if (kinds.isEmpty()) {
            return Html.EMPTY;
        }
        return Html.of("""
                <section aria-labelledby="about-the-record">
                <h2 id="about-the-record">Choices and requests on the record</h2>
                {}</section>
                """, kinds(kinds, ""));
    }

    private static Html kinds(List<RecordSummary.Kind> kinds, String none) {
        if (kinds.isEmpty()) {
            return Html.of("<p>{}</p>\n", none);
        }
        List<Html> rows = new ArrayList<>();
        List<Html> details = new ArrayList<>();
        for (RecordSummary.Kind k : kinds) {
            String anchor = "kind-" + k.localName();
            rows.add(Html.of("<tr><th scope=\"row\"><a href=\"#{}\">{}</a></th><td>{}</td><td>{}</td></tr>\n", anchor,
                    Tables.capitalise(k.label()), k.count(), Tables.time(k.entries().get(0).recordedAt())));
            String caption = k.count() > k.entries().size()
                    ? "The latest " + k.entries().size() + " of " + k.count()
                    : k.count() == 1 ? "The only one" : "All " + k.count();
            details.add(Html.of("<h3 id=\"{}\">{}</h3>\n{}", anchor, Tables.capitalise(k.label()), Tables.entries(caption, k.entries())));
        }
        return Html.of("""
                <table>
                <caption>By kind</caption>
                <thead><tr><th scope="col">Kind of record</th><th scope="col">How many</th><th scope="col">Latest</th></tr></thead>
                <tbody>
                {}</tbody>
                </table>
                {}""", Html.join(rows), Html.join(details));
    }

    private static Html accessLog(View v, boolean self) {
        List<Html> rows = new ArrayList<>();
        for (AccessEvent e : v.events().subList(0, Math.min(EVENTS, v.events().size()))) {
            String who = e.accessor().equals(v.you()) ? "you" : e.accessor().equals(v.learnerIri()) ? "the learner" : Labels.localName(e.accessor());
            List<String> kinds = e.dataKinds().stream().map(Labels::of).sorted(String.CASE_INSENSITIVE_ORDER).toList();
            Html outcome = e.allowed() ? Html.constant("Allowed")
                    : Html.constant("<strong>Refused</strong> <span class=\"muted\">(nothing was shown)</span>");
            rows.add(Html.of("""
                    <tr class="{}"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class="outcome">{}</td><td>{}</td></tr>
                    """, e.allowed() ? "allowed" : "refused", Tables.time(e.at()), who, Labels.of(e.role().iri().getURI()),
                    Labels.of(e.purposeIri()), String.join(", ", kinds), e.action().name().toLowerCase(java.util.Locale.ROOT), outcome,
                    Labels.of(e.legalBasis())));
        }
        Html more = v.events().size() > EVENTS
                ? Html.of("<p>Showing the latest {} of {} accesses. The whole log is at <a href=\"/learners/{}/access-log\">the access log API</a>.</p>",
                        EVENTS, v.events().size(), v.learnerId())
                : Html.EMPTY;
        long refused = v.events().stream().filter(e -> !e.allowed()).count();
        return Html.of("""
                <section aria-labelledby="access-log">
                <h2 id="access-log">Who has seen or changed the record</h2>
                <p>Every access to {} record is logged, allowed or refused, including those the law requires (the census, a move to another school).
                Refused accesses are marked: nothing was shown to whoever asked. {}</p>
                <table id="access-log-table">
                <caption>Access log, newest first</caption>
                <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Role</th><th scope="col">Purpose</th>
                <th scope="col">Kinds of data</th><th scope="col">Action</th><th scope="col">Outcome</th><th scope="col">Legal basis</th></tr></thead>
                <tbody>
                {}</tbody>
                </table>
                {}</section>
                """, self ? "your" : "this", tally(v.events().size(), refused), Html.join(rows), more);
    }

    /** How many of the accesses were refused, as a short line. */
    static String tally(int all, long refused) {
        return "Refused: " + (refused == 0 ? "none" : String.valueOf(refused)) + " of " + all + ".";
    }

    private static Html consent(View v) {
        List<Html> boxes = new ArrayList<>();
        List<Html> now = new ArrayList<>();
        for (String code : CHOOSABLE) {
            var purpose = Purposes.vocabulary().byCode(code).orElseThrow();
            // Research is opt-in (off until chosen); other sharing the law does not require is on until declined.
            boolean byDefault = !code.equals("research");
            Optional<Boolean> decided = v.consent().decision(purpose);
            boolean given = decided.orElse(byDefault);
            String state = (given ? "shared" : "not shared") + (decided.isPresent() ? " (your choice)" : " (the default: nobody has chosen yet)");
            now.add(Html.of("<dt>{}</dt><dd id=\"consent-now-{}\">{}</dd>", Tables.capitalise(purpose.label()), code, Tables.capitalise(state)));
            boxes.add(Html.of("""
                    <div class="check"><input type="checkbox" id="consent-{}" name="{}"{}>
                    <label for="consent-{}">Share for {}</label></div>
                    """, code, code, given ? Html.constant(" checked") : Html.EMPTY, code, purpose.label()));
        }
        return Html.of("""
                <section aria-labelledby="consent">
                <h2 id="consent">Sharing you can choose</h2>
                <p>The law requires some sharing, such as the school census and records that go with a learner to a new school; that is not a choice.
                Other sharing is. Research is off unless it is switched on; the rest of a move to a new school is on unless it is switched off.</p>
                <h3>Now</h3>
                <dl class="facts" id="consent-now">{}</dl>
                <h3>Change</h3>
                <form class="stacked" id="consent-form" data-api="/learners/{}/consent" data-method="PUT" data-done="Saved. Your choices apply from now on.">
                <fieldset><legend>Sharing the law does not require</legend>
                {}</fieldset>
                <div><button type="submit" class="primary">Save these choices</button></div>
                <p role="status" aria-live="polite"></p>
                </form>
                <form class="stacked" id="decline-form" data-api="/learners/{}/consent" data-method="PUT" data-done="Saved. Only the sharing the law requires will happen from now on.">
                <input type="hidden" name="declineAllNonStatutory" value="true" data-type="boolean">
                <div><button type="submit">Decline all sharing the law does not require</button></div>
                <p role="status" aria-live="polite"></p>
                </form>
                <noscript><p>Changing these choices needs JavaScript in this browser. The school office can change them for you.</p></noscript>
                </section>
                """, Html.join(now), v.learnerId(), Html.join(boxes), v.learnerId());
    }

    private static Html correction(View v) {
        List<Html> records = new ArrayList<>();
        Map<String, String> properties = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        v.summary().learner().ifPresent(p -> {
            records.add(Html.of("<option value=\"{}\">{} (who you are)</option>", p.iri(), p.name()));
            p.facts().forEach(f -> properties.put(f.label() + "\u0000" + f.property(), f.property()));
        });
        for (RecordSummary.Kind k : v.summary().kinds()) {
            if (k.family() != Labels.Family.SCHOOL_RECORD && k.family() != Labels.Family.OTHER) {
                continue;
            }
            for (RecordSummary.Entry e : k.entries()) {
                records.add(Html.of("<option value=\"{}\">{}{}</option>", e.iri(), Tables.capitalise(k.label()),
                        e.recordedAt().map(at -> ", recorded " + Tables.day(at)).orElse("")));
                e.facts().forEach(f -> properties.put(f.label() + "\u0000" + f.property(), f.property()));
            }
        }
        List<Html> propertyOptions = new ArrayList<>();
        properties.forEach((key, iri) -> propertyOptions.add(Html.of("<option value=\"{}\">{}</option>", iri,
                Tables.capitalise(key.substring(0, key.indexOf('\u0000'))))));
        return Html.of("""
                <section aria-labelledby="correction">
                <h2 id="correction">Ask for a correction</h2>
                <p>If something the school records is wrong, say which record, which detail, what it should say and why.
                The school decides and tells you; the record keeps both what it said and what you asked.</p>
                <form class="stacked" id="correction-form" data-api="/learners/{}/corrections" data-method="POST" data-done="Sent. The school will look at your request.">
                <div><label for="correction-record">Which record</label>
                <select id="correction-record" name="record" required>{}</select></div>
                <div><label for="correction-property">Which detail</label>
                <select id="correction-property" name="property" required>{}</select></div>
                <div><label for="correction-value">What it should say</label>
                <input type="text" id="correction-value" name="proposedValue" required></div>
                <div><label for="correction-reason">Why</label>
                <p class="hint" id="correction-reason-hint">For example: my name is spelt differently on my passport.</p>
                <textarea id="correction-reason" name="reason" rows="4" aria-describedby="correction-reason-hint" required></textarea></div>
                <div><button type="submit" class="primary">Send the request</button></div>
                <p role="status" aria-live="polite"></p>
                </form>
                </section>
                """, v.learnerId(), Html.join(records), Html.join(propertyOptions));
    }
}
