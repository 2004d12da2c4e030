package org.satchel.vocab.mis;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisProblem.Code;

/**
 * The fields of one row, read column by column. A field that cannot be read is reported against
 * its row and column and read as null; the caller reads every field it needs, then asks
 * {@link #failed()} and writes nothing for a row with any problem, so each row is all or nothing
 * and every problem of the row is reported.
 */
final class Fields {
    private static final String SEPARATOR = "; ";
    private final ExportFile file;
    private final Cursor.Line line;
    private final Directory school;
    private final LiteralNodes literals;
    private final Pupil pupil;
    private final List<MisProblem> problems;
    private boolean failed;

    /** @param pupil the learner whose row this is; null for the school files */
    Fields(ExportFile file, Cursor.Line line, Directory school, LiteralNodes literals, Pupil pupil, List<MisProblem> problems) {
        this.file = file;
        this.line = line;
        this.school = school;
        this.literals = literals;
        this.pupil = pupil;
        this.problems = problems;
    }

    ExportFile file() {
        return file;
    }

    long lineNumber() {
        return line.number();
    }

    boolean failed() {
        return failed;
    }

    /** Reports a problem with this row; {@code column} may be negative for the row as a whole. */
    void problem(Code code, int column, String message) {
        problems.add(new MisProblem(code, file.fileName, line.number(),
                Optional.ofNullable(column < 0 ? null : file.header.get(column)), message));
        failed = true;
    }

    private String name(int column) {
        return file.header.get(column);
    }

    /** The field as written; may be empty. */
    String raw(int column) {
        return line.get(column);
    }

    boolean empty(int column) {
        return line.get(column).isEmpty();
    }

    /** A field that must not be empty. */
    String text(int column) {
        String value = line.get(column);
        if (value.isEmpty()) {
            problem(Code.MISSING_VALUE, column, name(column) + " must not be empty");
            return null;
        }
        return value;
    }

    /** The field, or null if empty. */
    String optionalText(int column) {
        String value = line.get(column);
        return value.isEmpty() ? null : value;
    }

    Day date(int column) {
        String value = text(column);
        return value == null ? null : readDate(column, value);
    }

    Day optionalDate(int column) {
        String value = line.get(column);
        return value.isEmpty() ? null : readDate(column, value);
    }

    private Day readDate(int column, String value) {
        Day day = literals.day(value);
        if (day == null) {
            problem(Code.BAD_VALUE, column, name(column) + " '" + value + "' is not a date written yyyy-mm-dd");
        }
        return day;
    }

    /** A date and time with its UTC offset, as an xsd:dateTime literal. */
    Node stamp(int column) {
        String value = text(column);
        return value == null ? null : readStamp(column, value);
    }

    Node optionalStamp(int column) {
        String value = line.get(column);
        return value.isEmpty() ? null : readStamp(column, value);
    }

    private Node readStamp(int column, String value) {
        Node stamp = literals.stamp(value);
        if (stamp == null) {
            problem(Code.BAD_VALUE, column, name(column) + " '" + value
                    + "' is not a date and time with its UTC offset, such as 2025-09-03T08:50:00+01:00");
        }
        return stamp;
    }

    /** A wall-clock time in England, written hh:mm. */
    LocalTime clockTime(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.length() == 5 && value.charAt(2) == ':') {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problem(Code.BAD_VALUE, column, name(column) + " '" + value + "' is not a time of day written hh:mm");
        return null;
    }

    Node wallClock(Day day, LocalTime time) {
        return literals.wallClock(day, time);
    }

    /** A whole number from {@code min} to {@code max}. */
    Integer integer(int column, int min, int max) {
        String value = text(column);
        return value == null ? null : readInteger(column, value, min, max);
    }

    Integer optionalInteger(int column, int min, int max) {
        String value = line.get(column);
        return value.isEmpty() ? null : readInteger(column, value, min, max);
    }

    Integer readInteger(int column, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(Code.BAD_VALUE, column, name(column) + " '" + value + "' is not a whole number");
            return null;
        }
        if (n < min || n > max) {
            problem(Code.BAD_VALUE, column, name(column) + " " + n + " is not from " + min + " to " + max);
            return null;
        }
        return n;
    }

    /** One of the codes or labels of {@code table}. */
    <T> T code(int column, Map<String, T> table, String what) {
        String value = text(column);
        return value == null ? null : readCode(column, value, table, what);
    }

    <T> T optionalCode(int column, Map<String, T> table, String what) {
        String value = line.get(column);
        return value.isEmpty() ? null : readCode(column, value, table, what);
    }

    /** A value of {@code table} read from part of a field (a field that lists several, separated by "; "). */
    <T> T readCode(int column, String value, Map<String, T> table, String what) {
        T found = table.get(value);
        if (found == null) {
            problem(Code.UNKNOWN_CODE, column, name(column) + " '" + value + "' is not " + what + "; it must be one of: "
                    + String.join(", ", new TreeSet<>(table.keySet())));
        }
        return found;
    }

    /** A member of staff, by staff code. */
    Node staff(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        Node staff = school.staff().get(value);
        if (staff == null) {
            problem(Code.UNKNOWN_STAFF, column, name(column) + " '" + value + "' is not a staff code in staff.csv");
        }
        return staff;
    }

    /** A system by its code in systems.csv. */
    Node system(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        Node system = school.systems().get(value);
        if (system == null) {
            problem(Code.UNKNOWN_STAFF, column, name(column) + " '" + value + "' is not a system code in systems.csv");
        }
        return system;
    }

    /** The system of a file without a Source System column: its records were all kept in {@code code}. */
    Node knownSystem(String code) {
        Node system = school.systems().get(code);
        return system != null ? system : NodeFactory.createURI(school.base() + "systems/" + code);
    }

    /**
     * Who recorded a record: a member of staff, a system, the pupil themselves (by Pupil ID) or one
     * of their contacts (by Contact ID).
     */
    Node agent(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        Node agent = school.staff().get(value);
        if (agent == null) {
            agent = school.systems().get(value);
        }
        if (agent == null && pupil != null) {
            if (value.equals(pupil.id())) {
                agent = pupil.node();
            } else if (pupil.isContactId(value)) {
                agent = school.guardian(value);
            }
        }
        if (agent == null) {
            problem(Code.UNKNOWN_STAFF, column, name(column) + " '" + value + "' is not a staff code (staff.csv), a system"
                    + " code (systems.csv), this pupil's Pupil ID or the Contact ID of one of their contacts");
        }
        return agent;
    }

    /** A field that must be this pupil's own Pupil ID (a learner who assessed their own work). */
    Node self(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!value.equals(pupil.id())) {
            problem(Code.INCONSISTENT, column, name(column) + " '" + value + "' must be the pupil's own Pupil ID, "
                    + pupil.id());
            return null;
        }
        return pupil.node();
    }

    /**
     * The provenance in the Recorded By ({@code by}) and Recorded At ({@code at}) columns, for a
     * record kept in {@code system} for {@code purpose}; null if either cannot be read.
     */
    GraphOut.Provenance provenance(int by, int at, Node system, Resource purpose) {
        Node agent = agent(by);
        Node time = stamp(at);
        return agent == null || time == null || system == null ? null
                : new GraphOut.Provenance(agent, time, system, purpose.asNode());
    }

    /** The items of a field that lists several, separated by "; "; none if it is empty. */
    List<String> list(int column) {
        String value = line.get(column);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>(2);
        int from = 0;
        for (int at = value.indexOf(SEPARATOR); at >= 0; at = value.indexOf(SEPARATOR, from)) {
            items.add(value.substring(from, at));
            from = at + SEPARATOR.length();
        }
        items.add(value.substring(from));
        return items;
    }

    /** The codes listed in a field, each looked up in {@code table}; at least one if {@code required}. */
    <T> List<T> codes(int column, Map<String, T> table, String what, boolean required) {
        List<String> items = list(column);
        if (items.isEmpty() && required) {
            problem(Code.MISSING_VALUE, column, name(column) + " must not be empty");
        }
        List<T> found = new ArrayList<>(items.size());
        for (String item : items) {
            T code = readCode(column, item, table, what);
            if (code != null) {
                found.add(code);
            }
        }
        return found;
    }

    /** A field that must be empty here, with why. */
    void mustBeEmpty(int column, String because) {
        if (!line.get(column).isEmpty()) {
            problem(Code.INCONSISTENT, column, name(column) + " must be empty " + because);
        }
    }
}
