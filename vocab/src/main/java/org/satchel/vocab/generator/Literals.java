package org.satchel.vocab.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Literal nodes, shared between learners: every learner has the same few thousand dates and
 * register times, so each is made once. Only clock times on the five minutes are kept (the
 * fixed times records are made at); others, such as when an incident happened, are made fresh,
 * so the cache stays a few megabytes. Times are wall-clock times in England, written with their
 * UTC offset (GMT, or BST from the last Sunday in March to the last Sunday in October).
 */
public final class Literals {
    private static final ConcurrentHashMap<LocalDate, Node> DATES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, Node> TIMES = new ConcurrentHashMap<>();
    private static final int MAX_TIMES = 100_000;
    private static final Node[] INTEGERS = new Node[256];
    private static final Node[] DECIMALS = new Node[256];
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    static {
        for (int i = 0; i < INTEGERS.length; i++) {
            INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
            DECIMALS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDdecimal);
        }
    }

    private Literals() {}

    static Node date(LocalDate date) {
        Node cached = DATES.get(date);
        return cached != null ? cached : DATES.computeIfAbsent(date, d -> NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
    }

    /** An xsd:dateTime for {@code minuteOfDay} minutes after midnight, local time in England, on {@code date}. */
    static Node dateTime(LocalDate date, int minuteOfDay) {
        if (minuteOfDay % 5 != 0 || TIMES.size() > MAX_TIMES) {
            return NodeFactory.createLiteralDT(dateTimeLexical(date, minuteOfDay), XSDDatatype.XSDdateTime);
        }
        long key = date.toEpochDay() * 1440 + minuteOfDay;
        Node cached = TIMES.get(key);
        return cached != null ? cached
                : TIMES.computeIfAbsent(key, k -> NodeFactory.createLiteralDT(dateTimeLexical(date, minuteOfDay), XSDDatatype.XSDdateTime));
    }

    /** The lexical form of {@link #dateTime}, from the same cache. */
    static String dateTimeText(LocalDate date, int minuteOfDay) {
        return dateTime(date, minuteOfDay).getLiteralLexicalForm();
    }

    static String dateTimeLexical(LocalDate date, int minuteOfDay) {
        if (minuteOfDay < 0 || minuteOfDay >= 1440) {
            throw new IllegalArgumentException("minute of day out of range: " + minuteOfDay);
        }
        int hour = minuteOfDay / 60;
        int minute = minuteOfDay % 60;
        return date + "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute + ":00"
                + (summerTime(date) ? "+01:00" : "Z");
    }

    /** British Summer Time, for daytime hours: the clocks change at 01:00 UTC on the last Sundays of March and October. */
    static boolean summerTime(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), Month.MARCH, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate end = LocalDate.of(date.getYear(), Month.OCTOBER, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** An xsd:integer in canonical form; small ones made once. */
    public static Node integer(long value) {
        return value >= 0 && value < INTEGERS.length ? INTEGERS[(int) value]
                : NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** A whole-number xsd:decimal, as scores are. */
    /** A whole-number xsd:decimal, as scores are written: "17", never "17.0". */
    public static Node decimal(int value) {
        return value >= 0 && value < DECIMALS.length ? DECIMALS[value]
                : NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDdecimal);
    }

    /** An xsd:boolean. */
    public static Node bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static Node typed(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
