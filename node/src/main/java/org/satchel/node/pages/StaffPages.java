package org.satchel.node.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.records.LearnerDirectory;

/**
 * The staff pages: the learners a member of staff may see, and one pupil's record as that member
 * of staff may see it for one purpose, kind by kind, each kind a link to its records.
 */
final class StaffPages {
    /** The most records of one kind listed on a page. */
    static final int PER_KIND = 500;

    private StaffPages() {}

    static Page directory(Principal reader, Purpose purpose, List<LearnerDirectory.Entry> learners) {
        List<Html> rows = new ArrayList<>();
        for (LearnerDirectory.Entry e : learners) {
            rows.add(Html.of("<tr><th scope=\"row\"><a href=\"{}\">{} {}</a></th><td>{}</td></tr>\n",
                    pupilLink(e.id(), purpose, Optional.empty()), e.givenName(), e.familyName(), e.id()));
        }
        Html list = learners.isEmpty()
                ? Html.of("<p>No learner's record is open to you for {}.</p>", purpose.label())
                : Html.of("""
                        <table id="learners">
                        <caption>{} learners, by family name</caption>
                        <thead><tr><th scope="col">Name</th><th scope="col">Learner id</th></tr></thead>
                        <tbody>
                        {}</tbody>
                        </table>
                        """, learners.size(), Html.join(rows));
        Html main = Html.of("""
                <h1>Your learners</h1>
                <p>The learners whose records you may see for {}. Listing them is logged in each learner's access log, as every read is.</p>
                {}{}""", purpose.label(), purposeForm("/staff", purpose), list);
        return Page.of("Your learners", main, Optional.of(reader));
    }

    /** A pupil's record summarised by kind, and when {@code kind} is given, that kind's records listed. */
    static Page pupil(Principal reader, String learnerId, Purpose purpose, RecordSummary summary, Optional<RecordSummary.Kind> kind) {
        String name = summary.learner().map(RecordSummary.Person::name).orElse("learner " + learnerId);
        String title = kind.map(k -> Tables.capitalise(k.label()) + " records of " + name).orElse(name);
        Html body;
        if (kind.isPresent()) {
            RecordSummary.Kind k = kind.get();
            String caption = k.count() > k.entries().size()
                    ? "The latest " + k.entries().size() + " of " + k.count() + ", newest first"
                    : k.count() + " " + (k.count() == 1 ? "record" : "records") + ", newest first";
            body = Html.of("{}<p><a href=\"{}\">All kinds of record for this learner</a></p>\n",
                    Tables.entries(caption, k.entries()), pupilLink(learnerId, purpose, Optional.empty()));
        } else {
            body = Html.of("{}{}{}{}", summary.learner().map(p -> Html.of("<h2>Who they are</h2>\n{}", Tables.facts(p.facts())))
                    .orElse(Html.EMPTY), guardians(summary), kindsTable(learnerId, purpose, summary), offerForm(learnerId, purpose));
        }
        Html main = Html.of("""
                <h1>{}</h1>
                <p>What you may see of this learner's record for <strong>{}</strong>. This read is in the learner's access log, where they can see it.</p>
                {}{}""", title, purpose.label(), purposeForm("/staff/learners/" + learnerId, purpose), body);
        return Page.of(title, main, Optional.of(reader));
    }

    /** The way to the credential offer form (OpenID4VCI), which lists the credentials this node offers. */
    private static Html offerForm(String learnerId, Purpose purpose) {
        return Html.of("""
                <h2>Credentials</h2>
                <form class="offer" method="get" action="/staff/learners/{}/credential-offers">
                <input type="hidden" name="purpose" value="{}">
                <button type="submit">Offer a credential to their wallet</button>
                </form>
                """, learnerId, purpose.code());
    }

    private static Html guardians(RecordSummary summary) {
        if (summary.guardians().isEmpty()) {
            return Html.EMPTY;
        }
        List<Html> items = new ArrayList<>();
        for (RecordSummary.Person g : summary.guardians()) {
            items.add(Html.of("<li>{}</li>", g.name()));
        }
        return Html.of("<h3>Guardians</h3><ul>{}</ul>\n", Html.join(items));
    }

    private static Html kindsTable(String learnerId, Purpose purpose, RecordSummary summary) {
        if (summary.kinds().isEmpty()) {
            return Html.of("<p>No records of this learner are open to you for {}.</p>", purpose.label());
        }
        List<Html> rows = new ArrayList<>();
        for (RecordSummary.Kind k : summary.kinds()) {
            String family = switch (k.family()) {
                case SCHOOL_RECORD, OTHER -> "school record";
                case LEARNER_STATEMENT -> "the learner's own statement";
                case ABOUT_THE_RECORD -> "about the record";
            };
            rows.add(Html.of("<tr><th scope=\"row\"><a href=\"{}\">{}</a></th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                    pupilLink(learnerId, purpose, Optional.of(k.localName())), Tables.capitalise(k.label()), family, k.count(),
                    Tables.time(k.entries().isEmpty() ? Optional.empty() : k.entries().get(0).recordedAt())));
        }
        return Html.of("""
                <h2>By kind</h2>
                <table id="kinds">
                <caption>Kinds of record you may see; follow a kind to its records</caption>
                <thead><tr><th scope="col">Kind of record</th><th scope="col">Whose</th><th scope="col">How many</th><th scope="col">Latest</th></tr></thead>
                <tbody>
                {}</tbody>
                </table>
                """, Html.join(rows));
    }

    private static Html purposeForm(String action, Purpose current) {
        List<Html> options = new ArrayList<>();
        for (Purpose p : Purposes.vocabulary().all()) {
            if (!p.prohibited()) {
                options.add(Html.of("<option value=\"{}\"{}>{}</option>", p.code(),
                        p.code().equals(current.code()) ? Html.constant(" selected") : Html.EMPTY, Tables.capitalise(p.label())));
            }
        }
        return Html.of("""
                <form class="purpose" method="get" action="{}">
                <label for="purpose">Purpose of this access</label>
                <select id="purpose" name="purpose">{}</select>
                <button type="submit">Show for this purpose</button>
                </form>
                """, action, Html.join(options));
    }

    /** The pupil page's address: ids and codes are checked patterns, and encoded all the same. */
    static String pupilLink(String learnerId, Purpose purpose, Optional<String> kind) {
        return "/staff/learners/" + encode(learnerId) + "?purpose=" + encode(purpose.code()) + kind.map(k -> "&kind=" + encode(k)).orElse("");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
