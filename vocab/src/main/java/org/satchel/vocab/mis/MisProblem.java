package org.satchel.vocab.mis;

import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with one row of an MIS export, or with a whole file: where it is and what is
 * wrong, in words a school's data manager can act on.
 *
 * @param code    what kind of problem, for programs and tests to match on
 * @param file    the file's name, such as {@code attendance.csv}
 * @param line    the line the row starts on, 1-based, the header being line 1; 0 when the problem is
 *                with the file as a whole (it is missing, or lacks a row it must have)
 * @param column  the column to blame, when there is one
 * @param message what is wrong, in words
 */
public record MisProblem(Code code, String file, long line, Optional<String> column, String message) {
    /** Kinds of problem. Members are never removed or renamed: clients match on them. */
    public enum Code {
        /** The file is not in the export. */
        MISSING_FILE,
        /** The file cannot be read as RFC 4180 CSV in UTF-8 from this line on. */
        UNREADABLE_FILE,
        /** The header row is not the one this file must have; nothing else in the file is read. */
        WRONG_HEADER,
        /** The row has more or fewer fields than the header. */
        WRONG_COLUMN_COUNT,
        /** A column that must have a value is empty, or a row the file must have is not there. */
        MISSING_VALUE,
        /** A date, a time or a number that cannot be read. */
        BAD_VALUE,
        /** A value that is not one of the codes or labels this column takes. */
        UNKNOWN_CODE,
        /** A Pupil ID that pupils.csv does not list. */
        UNKNOWN_PUPIL,
        /** A UPN that is not the one pupils.csv gives this Pupil ID, or not a valid UPN. */
        UPN_MISMATCH,
        /** A staff, system or contact code that the export does not define. */
        UNKNOWN_STAFF,
        /** A Pupil ID or staff code that a file defines twice. */
        DUPLICATE_KEY,
        /** A second row for a record another row already gave. */
        DUPLICATE_RECORD,
        /** Rows of one pupil that are not together, or not in the order of pupils.csv. */
        OUT_OF_ORDER,
        /** Values of one row that contradict each other or an earlier row. */
        INCONSISTENT
    }

    public MisProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, not " + line);
        }
    }

    /** {@code attendance.csv line 12, Mark: 'Q' is not an attendance mark}. */
    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + column.map(c -> ", " + c).orElse("") + ": " + message;
    }
}
