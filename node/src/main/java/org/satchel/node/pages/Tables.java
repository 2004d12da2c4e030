package org.satchel.node.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pieces more than one page uses: times, facts and records as HTML. */
final class Tables {
    // The school's own time zone: a time on a page reads as the school's clock showed it.
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(SCHOOL_ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(SCHOOL_ZONE);

    private Tables() {}

    /** A {@code <time>} element in the school's zone, with the instant in its {@code datetime}. */
    static Html time(Instant at) {
        return Html.of("<time datetime=\"{}\">{}</time>", at.toString(), WHEN.format(at));
    }

    /** The day of an instant in the school's zone, as text. */
    static String day(Instant at) {
        return DAY.format(at);
    }

    /** A date as text, such as 3 Sept 2025. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** An instant in the school's zone as text, such as 3 Sept 2025, 09:00. */
    static String when(Instant at) {
        return WHEN.format(at);
    }

    static Html time(Optional<Instant> at) {
        return at.map(Tables::time).orElse(Html.constant("<span class=\"muted\">not recorded</span>"));
    }

    /** Facts as a description list. */
    static Html facts(List<RecordSummary.Fact> facts) {
        if (facts.isEmpty()) {
            return Html.EMPTY;
        }
        List<Html> items = new ArrayList<>();
        for (RecordSummary.Fact f : facts) {
            items.add(Html.of("<dt>{}</dt><dd>{}</dd>", capitalise(f.label()), f.value()));
        }
        return Html.of("<dl class=\"facts\">{}</dl>", Html.join(items));
    }

    /** Records of one kind as a table: when, by whom, and what each says. */
    static Html entries(String caption, List<RecordSummary.Entry> entries) {
        List<Html> rows = new ArrayList<>();
        for (RecordSummary.Entry e : entries) {
            rows.add(Html.of("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", time(e.recordedAt()),
                    e.recordedBy().orElse(""), facts(e.facts())));
        }
        return Html.of("""
                <table>
                <caption>{}</caption>
                <thead><tr><th scope="col">Recorded</th><th scope="col">By</th><th scope="col">What it says</th></tr></thead>
                <tbody>
                {}</tbody>
                </table>
                """, caption, Html.join(rows));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
