package org.satchel.vocab.mis;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.satchel.vocab.mis.MisProblem.Code;

/**
 * Reads one file of the export row by row, with the line each row starts on and a look two rows
 * ahead. A missing file, a wrong header or text that is not CSV ends the file with one problem;
 * rows read before that stay good. An I/O error is thrown, as {@link UncheckedIOException}.
 */
final class Cursor implements Closeable {
    /** RFC 4180, as the export writes; empty lines are rows (of one empty field), so they are reported. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    /** A row and the line it starts on (1-based; the header is line 1). */
    record Line(long number, CSVRecord record) {
        String get(int column) {
            return record.get(column);
        }

        int size() {
            return record.size();
        }
    }

    final ExportFile file;
    private final Problems problems;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private final Line[] ahead = new Line[2];
    private int buffered;
    private boolean unreadable;

    private Cursor(ExportFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Opens {@code file} in {@code dir} and checks its header; problems with either go to {@code problems}. */
    static Cursor open(Path dir, ExportFile file, Problems problems) throws IOException {
        Cursor cursor = new Cursor(file, problems);
        Path path = dir.resolve(file.fileName);
        if (!Files.isRegularFile(path)) {
            problems.add(Code.MISSING_FILE, file, 0, null, "the export has no " + file.fileName);
            return cursor;
        }
        // Bytes that are not UTF-8 (a file saved as Windows-1252, say) become U+FFFD, so that the
        // rows holding them can be reported one by one, and the rest of the file still read.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16);
        cursor.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        cursor.records = cursor.parser.iterator();
        Line header = cursor.next();
        if (header == null) {
            if (!cursor.unreadable) {
                problems.add(Code.WRONG_HEADER, file, 1, null, "the file is empty; it must start with the header row "
                        + String.join(",", file.header));
                cursor.stop();
            }
            return cursor;
        }
        List<String> found = new ArrayList<>(header.record().toList());
        if (!found.isEmpty() && !found.get(0).isEmpty() && found.get(0).charAt(0) == BYTE_ORDER_MARK) {
            found.set(0, found.get(0).substring(1)); // spreadsheet programs write a BOM; it is not part of the name
        }
        if (!found.equals(file.header)) {
            problems.add(Code.WRONG_HEADER, file, 1, null, headerMismatch(file.header, found));
            cursor.stop();
        }
        return cursor;
    }

    private static String headerMismatch(List<String> expected, List<String> found) {
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            if (!expected.get(i).equals(found.get(i))) {
                return "column " + (i + 1) + " of the header is '" + found.get(i) + "' but must be '" + expected.get(i)
                        + "'; the header must be " + String.join(",", expected);
            }
        }
        return "the header has " + found.size() + " columns but must have " + expected.size() + ": "
                + String.join(",", expected);
    }

    /** The next row, or null at the end of the file. */
    Line peek() {
        return ahead(0);
    }

    /** The row after the next, or null. */
    Line peekSecond() {
        return ahead(1);
    }

    /** Takes the next row, or null at the end. */
    Line take() {
        Line next = ahead(0);
        if (next != null) {
            ahead[0] = ahead[1];
            ahead[1] = null;
            buffered--;
        }
        return next;
    }

    private Line ahead(int i) {
        while (buffered <= i) {
            Line line = readRow();
            if (line == null) {
                return null;
            }
            ahead[buffered++] = line;
        }
        return ahead[i];
    }

    /** The next data row, passing over (and reporting) rows with text that is not UTF-8. */
    private Line readRow() {
        for (Line line = next(); line != null; line = next()) {
            int column = notUtf8(line);
            if (column < 0) {
                return line;
            }
            problems.add(Code.BAD_VALUE, file, line.number(), column < file.header.size() ? file.header.get(column) : null,
                    "the row has bytes that are not UTF-8 text; save the file as UTF-8");
        }
        return null;
    }

    private static int notUtf8(Line line) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).indexOf(REPLACEMENT) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The next record as it is, or null at the end or where the text stops being CSV. */
    private Line next() {
        if (records == null) {
            return null;
        }
        // The parser has counted the line ends of every row so far; this row starts on the next line.
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                stop();
                return null;
            }
            return new Line(start, records.next());
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
                throw e; // the disk's fault, not the file's
            }
            problems.add(Code.UNREADABLE_FILE, file, start, null,
                    "the file cannot be read as CSV (RFC 4180) from this line on: " + e.getCause().getMessage());
            unreadable = true;
            stop();
            return null;
        }
    }

    private void stop() {
        records = null;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
