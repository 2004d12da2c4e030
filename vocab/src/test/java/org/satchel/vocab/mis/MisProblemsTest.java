package org.satchel.vocab.mis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.Progress;
import org.satchel.vocab.generator.SchoolGenerator;
import org.satchel.vocab.mis.MisProblem.Code;

/** Rows that cannot be read become problems with their file, line, column and reason; nothing throws. */
class MisProblemsTest {
    @TempDir
    static Path pristine;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        new SchoolGenerator(GeneratorOptions.of(6, 1, 7)).writeCsv(pristine, Progress.none());
    }

    private EditedExport export() throws IOException {
        return EditedExport.copy(pristine, dir);
    }

    private List<MisProblem> check(EditedExport export) throws IOException {
        return MisExport.at(export.dir).check(Progress.none()).all();
    }

    private static MisProblem problem(Code code, String file, long line, String column, String message) {
        return new MisProblem(code, file, line, Optional.ofNullable(column), message);
    }

    @Test
    void unknownAttendanceMarkIsReportedWithItsLine() throws IOException {
        EditedExport export = export();
        export.set("attendance.csv", 40, "Mark", "Q");
        List<MisProblem> problems = check(export);
        assertEquals(1, problems.size(), problems::toString);
        MisProblem p = problems.get(0);
        assertEquals(Code.UNKNOWN_CODE, p.code());
        assertEquals("attendance.csv", p.file());
        assertEquals(40, p.line());
        assertEquals(Optional.of("Mark"), p.column());
        assertTrue(p.message().startsWith("Mark 'Q' is not an attendance mark; it must be one of: "), p.message());
        assertEquals("attendance.csv line 40, Mark: " + p.message(), p.toString());
    }

    @Test
    void everyBadRowOfAFileIsReported() throws IOException {
        EditedExport export = export();
        String file = "attendance.csv";
        List<String> ids = export.pupilIds();
        export.set(file, 3, "Date", "2025-02-30");
        export.set(file, 5, "Recorded By", "T9999");
        export.set(file, 7, "UPN", "A123456789012");
        export.set(file, 9, "Session", "EVENING");
        export.set(file, 9, "Recorded At", "yesterday");
        int second = export.firstLine(file, "Pupil ID", ids.get(1));
        export.set(file, second + 2, "Pupil ID", "nobody");
        export.set(file, second + 4, "Mark", "\\"); // an afternoon mark on a morning session
        List<String> lines = export.lines(file);
        lines.set(10, lines.get(10) + ",extra");
        export.write(file, lines);

        List<MisProblem> problems = check(export);
        String upn = export.fields("pupils.csv", 2).get(0);
        assertEquals(List.of(
                problem(Code.BAD_VALUE, file, 3, "Date", "Date '2025-02-30' is not a date written yyyy-mm-dd"),
                problem(Code.UNKNOWN_STAFF, file, 5, "Recorded By", "Recorded By 'T9999' is not a staff code (staff.csv), a system"
                        + " code (systems.csv), this pupil's Pupil ID or the Contact ID of one of their contacts"),
                problem(Code.UPN_MISMATCH, file, 7, "UPN", "UPN 'A123456789012' is not the UPN pupils.csv gives Pupil ID "
                        + ids.get(0) + " (" + upn + ")"),
                problem(Code.UNKNOWN_CODE, file, 9, "Session", "Session 'EVENING' is not a session; it must be one of: AM, PM"),
                problem(Code.BAD_VALUE, file, 9, "Recorded At", "Recorded At 'yesterday' is not a date and time with its UTC"
                        + " offset, such as 2025-09-03T08:50:00+01:00"),
                problem(Code.WRONG_COLUMN_COUNT, file, 11, null, "the row has 8 fields but the header has 7"),
                problem(Code.UNKNOWN_PUPIL, file, second + 2, "Pupil ID", "Pupil ID 'nobody' is not in pupils.csv"),
                problem(Code.INCONSISTENT, file, second + 4, "Mark", "Mark \\ is for afternoon sessions, but Session is AM")),
                problems);
    }

    @Test
    void wrongHeaderIsOneProblemForTheFile() throws IOException {
        EditedExport export = export();
        List<String> lines = export.lines("homework.csv");
        lines.set(0, lines.get(0).replace("Set On", "Date Set"));
        lines.set(4, "not,a,homework,row");
        export.write("homework.csv", lines);

        MisExport.Report report = MisExport.at(export.dir).check(Progress.none());
        assertEquals(List.of(problem(Code.WRONG_HEADER, "homework.csv", 1, null, "column 5 of the header is 'Date Set' but must be"
                + " 'Set On'; the header must be " + String.join(",", ExportFile.HOMEWORK.header))), report.all());
        assertFalse(report.filesWithoutProblems().contains("homework.csv"));
        assertTrue(report.importable(), "homework.csv is not needed to import the rest");
    }

    @Test
    void outOfOrderRowsAreReported() throws IOException {
        EditedExport export = export();
        String file = "attendance.csv";
        List<String> ids = export.pupilIds();
        List<String> lines = export.lines(file);
        // A row of the second pupil moved to the end, after the last pupil's rows...
        int second = export.firstLine(file, "Pupil ID", ids.get(1));
        String moved = lines.remove(second + 9);
        lines.add(moved);
        // ...and a row of the last pupil moved up among the first pupil's.
        int last = export.firstLine(file, "Pupil ID", ids.get(ids.size() - 1));
        String early = lines.remove(last - 1);
        lines.add(4, early);
        export.write(file, lines);

        List<MisProblem> problems = check(export);
        assertEquals(List.of(
                problem(Code.OUT_OF_ORDER, file, 5, "Pupil ID", "rows for pupil " + ids.get(ids.size() - 1)
                        + " must come together and in pupils.csv order (line " + (ids.size() + 1) + " there); it comes before"
                        + " rows for pupils earlier in pupils.csv"),
                problem(Code.OUT_OF_ORDER, file, lines.size(), "Pupil ID", "rows for pupil " + ids.get(1)
                        + " must come together and in pupils.csv order (line 3 there); it comes after rows for pupils"
                        + " later in pupils.csv")),
                problems);
    }

    @Test
    void aSecondRowForTheSameRecordIsReported() throws IOException {
        EditedExport export = export();
        List<String> lines = export.lines("attendance.csv");
        lines.add(6, lines.get(5));
        export.write("attendance.csv", lines);
        List<String> row = export.fields("attendance.csv", 6);
        assertEquals(List.of(problem(Code.DUPLICATE_RECORD, "attendance.csv", 7, null, "this row gives attendance/"
                + row.get(2) + "-" + row.get(3).toLowerCase(java.util.Locale.ROOT) + ", which line 6 already gave")),
                check(export));
    }

    @Test
    void textThatIsNotCsvIsReportedFromItsLine() throws IOException {
        EditedExport export = export();
        List<String> lines = export.lines("assessments.csv");
        lines.set(19, lines.get(19).replace(",Supervised,", ",\"Super\"vised,"));
        export.write("assessments.csv", lines);
        List<MisProblem> problems = check(export);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Code.UNREADABLE_FILE, problems.get(0).code());
        assertEquals(20, problems.get(0).line());
    }

    @Test
    void missingFileIsReportedAndTheRestIsStillChecked() throws IOException {
        EditedExport export = export();
        Files.delete(export.dir.resolve("life_skills.csv"));
        export.set("consents.csv", 2, "Consent Given", "Maybe");
        MisExport.Report report = MisExport.at(export.dir).check(Progress.none());
        assertEquals(List.of(
                problem(Code.MISSING_FILE, "life_skills.csv", 0, null, "the export has no life_skills.csv"),
                problem(Code.UNKNOWN_CODE, "consents.csv", 2, "Consent Given", "Consent Given 'Maybe' is not Yes or No; it must"
                        + " be one of: No, Yes")),
                report.all());
        assertTrue(report.importable());
    }

    @Test
    void aBrokenRequiredFileStopsTheImport() throws IOException {
        EditedExport export = export();
        export.set("enrolments.csv", 3, "Entry Date", "03/09/2025");
        MisExport.Report report = MisExport.at(export.dir).check(Progress.none());
        assertEquals(List.of(problem(Code.BAD_VALUE, "enrolments.csv", 3, "Entry Date",
                "Entry Date '03/09/2025' is not a date written yyyy-mm-dd")), report.all());
        assertFalse(report.importable());
    }

    @Test
    void staffCodesAndPupilIdsMustBeUnique() throws IOException {
        EditedExport export = export();
        export.set("staff.csv", 3, "Staff Code", "T0001");
        String first = export.pupilIds().get(0);
        export.set("pupils.csv", 4, "Pupil ID", first);
        List<MisProblem> problems = check(export);
        assertTrue(problems.contains(problem(Code.DUPLICATE_KEY, "staff.csv", 3, "Staff Code",
                "Staff Code T0001 is already on line 2")), problems::toString);
        assertTrue(problems.contains(problem(Code.DUPLICATE_KEY, "pupils.csv", 4, "Pupil ID",
                "Pupil ID " + first + " is already on line 2")), problems::toString);
    }

    @Test
    void anInvalidUpnIsReportedOnceNotOnEveryRowOfThePupil() throws IOException {
        EditedExport export = export();
        export.set("pupils.csv", 5, "UPN", "B000000000000");
        assertEquals(List.of(problem(Code.UPN_MISMATCH, "pupils.csv", 5, "UPN",
                "UPN 'B000000000000' is not a UPN: the check letter should be A")), check(export));
    }

    @Test
    void unknownStaffCodeIsReported() throws IOException {
        EditedExport export = export();
        int line = export.firstLine("assessments.csv", "Assessor Type", "Teacher");
        export.set("assessments.csv", line, "Assessed By", "T9999");
        assertEquals(List.of(problem(Code.UNKNOWN_STAFF, "assessments.csv", line, "Assessed By",
                "Assessed By 'T9999' is not a staff code in staff.csv")), check(export));
    }

    @Test
    void aPupilWithoutAnAdmissionIsReported() throws IOException {
        EditedExport export = export();
        List<String> lines = export.lines("enrolments.csv");
        lines.remove(2);
        export.write("enrolments.csv", lines);
        MisExport.Report report = MisExport.at(export.dir).check(Progress.none());
        assertEquals(List.of(problem(Code.MISSING_VALUE, "pupils.csv", 3, null, "pupil " + export.pupilIds().get(1)
                + " has no row in enrolments.csv; every pupil needs the admission their details were recorded at")), report.all());
        assertFalse(report.importable());
    }

    @Test
    void aRowThatIsNotUtf8IsReportedAndTheRestIsRead() throws IOException {
        EditedExport export = export();
        export.set("contacts.csv", 3, "Contact Forename", "ZoeMARK");
        Path file = export.dir.resolve("contacts.csv");
        // "Zoë" as a spreadsheet saves it in Windows-1252: ë is the single byte 0xEB.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("ZoeMARK");
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + "ZoeMARK".length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(before);
        bytes.write(new byte[] {'Z', 'o', (byte) 0xEB});
        bytes.write(after);
        Files.write(file, bytes.toByteArray());
        assertEquals(List.of(problem(Code.BAD_VALUE, "contacts.csv", 3, "Contact Forename",
                "the row has bytes that are not UTF-8 text; save the file as UTF-8")), check(export));
    }
}
