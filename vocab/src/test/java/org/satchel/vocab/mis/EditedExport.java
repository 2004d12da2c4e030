package org.satchel.vocab.mis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A generated export copied into a test's directory, to be broken one line at a time. */
final class EditedExport {
    private static final String CRLF = "\r\n";

    final Path dir;

    private EditedExport(Path dir) {
        this.dir = dir;
    }

    static EditedExport copy(Path pristine, Path dir) throws IOException {
        try (var files = Files.list(pristine)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return new EditedExport(dir);
    }

    /** The file's lines, without line ends; index 0 is line 1, the header. */
    List<String> lines(String file) throws IOException {
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split(CRLF, -1)));
        lines.remove(lines.size() - 1); // the empty string after the last line end
        return lines;
    }

    void write(String file, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join(CRLF, lines) + CRLF, StandardCharsets.UTF_8);
    }

    /** The fields of line {@code line} (1-based). */
    List<String> fields(String file, int line) throws IOException {
        return parse(lines(file).get(line - 1));
    }

    /** Sets the field {@code column} of line {@code line} (1-based) to {@code value}. */
    void set(String file, int line, String column, String value) throws IOException {
        List<String> lines = lines(file);
        List<String> header = parse(lines.get(0));
        List<String> fields = new ArrayList<>(parse(lines.get(line - 1)));
        fields.set(header.indexOf(column), value);
        lines.set(line - 1, format(fields));
        write(file, lines);
    }

    /** The first line (1-based) of {@code file} whose {@code column} is {@code value}. */
    int firstLine(String file, String column, String value) throws IOException {
        List<String> lines = lines(file);
        int c = parse(lines.get(0)).indexOf(column);
        for (int i = 1; i < lines.size(); i++) {
            if (parse(lines.get(i)).get(c).equals(value)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no " + column + " " + value + " in " + file);
    }

    /** The Pupil IDs of pupils.csv, in order. */
    List<String> pupilIds() throws IOException {
        List<String> lines = lines("pupils.csv");
        return lines.subList(1, lines.size()).stream().map(l -> parse(l).get(1)).toList();
    }

    static List<String> parse(String line) {
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(List<String> fields) {
        String text = CSVFormat.RFC4180.format(fields.toArray());
        return text;
    }
}
