package org.satchel.vocab.mis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Dates and times read from the export, each checked once and then shared: a school's rows name
 * the same few thousand days and register times again and again, so a cache spares both the
 * checking and the memory. The caches stop growing at a fixed size; values past it are made fresh.
 */
final class LiteralNodes {
    private static final int MAX_CACHED = 1 << 18;
    private static final ZoneRules ENGLAND = ZoneId.of("Europe/London").getRules();

    /** A calendar date: as written (which is its canonical form), as a date, and as an xsd:date. */
    record Day(String text, LocalDate date, Node node) {
        /** The academic year the day falls in, named for the calendar year it starts in (2025 for 2025/26). */
        int academicYear() {
            return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        }
    }

    private final Map<String, Day> days = new ConcurrentHashMap<>();
    private final Map<String, Node> stamps = new ConcurrentHashMap<>();

    /** The date written {@code text} (yyyy-mm-dd), or null if it is not one. */
    Day day(String text) {
        Day cached = days.get(text);
        if (cached != null) {
            return cached;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
        if (!date.toString().equals(text)) {
            return null; // a form such as +12025-01-01 that reads but is not what the export writes
        }
        Day day = new Day(text, date, NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate));
        if (days.size() < MAX_CACHED) {
            days.put(text, day);
        }
        return day;
    }

    /**
     * The xsd:dateTime written {@code text}, which must carry its UTC offset, with seconds
     * (2025-09-03T08:50:00+01:00 or 2026-01-26T10:44:00Z); null if it is not one. The text is kept
     * as written, so the literal is the one the export was made from.
     */
    Node stamp(String text) {
        Node cached = stamps.get(text);
        if (cached != null) {
            return cached;
        }
        if (!isStamp(text)) {
            return null;
        }
        Node node = NodeFactory.createLiteralDT(text, XSDDatatype.XSDdateTime);
        if (stamps.size() < MAX_CACHED) {
            stamps.put(text, node);
        }
        return node;
    }

    /** yyyy-mm-ddThh:mm:ss, then Z or ±hh:mm; no fractions of a second (the export writes none). */
    private static boolean isStamp(String text) {
        int n = text.length();
        if (n != 20 && n != 25 || text.charAt(10) != 'T') {
            return false;
        }
        try {
            LocalDateTime.parse(text.substring(0, 19));
            if (n == 20) {
                return text.charAt(19) == 'Z';
            }
            char sign = text.charAt(19);
            return (sign == '+' || sign == '-') && text.charAt(22) == ':'
                    && ZoneOffset.of(text.substring(19)) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * The moment a wall-clock time in England on {@code day} was, as the export writes times: with
     * +01:00 in British Summer Time and Z outside it.
     */
    Node wallClock(Day day, LocalTime time) {
        LocalDateTime local = LocalDateTime.of(day.date(), time);
        ZoneOffset offset = ENGLAND.getOffset(local);
        String text = day.text() + "T" + time.withNano(0).withSecond(0) + ":00"
                + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
        return stamp(text);
    }
}
