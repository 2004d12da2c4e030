package org.satchel.vocab.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV rows of one learner, file by file, rendered by commons-csv (RFC 4180: quoted when a
 * field needs it, CRLF line ends) into text that the export then appends to each file in order.
 */
final class CsvRows {
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final StringBuilder[] text = new StringBuilder[CsvFile.values().length];
    private final CSVPrinter[] printers = new CSVPrinter[text.length];
    private final long[] counts = new long[text.length];
    private final String upn;
    private final String pupilId;

    /** Rows for the learner with this UPN and pseudonymous id: both lead every learner row. */
    CsvRows(String upn, String pupilId) {
        this.upn = upn;
        this.pupilId = pupilId;
    }

    /** A row of a learner file: UPN and pupil id first, then {@code fields} (null prints as empty). */
    void learnerRow(CsvFile file, Object... fields) {
        Object[] row = new Object[fields.length + 2];
        row[0] = upn;
        row[1] = pupilId;
        System.arraycopy(fields, 0, row, 2, fields.length);
        row(file, row);
    }

    /** A row exactly as given. */
    void row(CsvFile file, Object... fields) {
        if (fields.length != file.header.size()) {
            throw new IllegalStateException(file.fileName + " has " + file.header.size() + " columns, not "
                    + fields.length + ": " + Arrays.toString(fields));
        }
        int i = file.ordinal();
        try {
            if (printers[i] == null) {
                text[i] = new StringBuilder();
                printers[i] = new CSVPrinter(text[i], FORMAT);
            }
            printers[i].printRecord(Arrays.stream(fields).map(f -> f == null ? "" : f.toString()).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts[i]++;
    }

    /** The rendered rows of {@code file}, or an empty string. */
    String text(CsvFile file) {
        StringBuilder sb = text[file.ordinal()];
        return sb == null ? "" : sb.toString();
    }

    long count(CsvFile file) {
        return counts[file.ordinal()];
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
