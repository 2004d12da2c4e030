package org.satchel.node.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.accesslog.AccessLog;
import org.satchel.node.accesslog.AccessLogFilter;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.TickingClock;
import org.satchel.node.store.StoreBackend;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.Progress;
import org.satchel.vocab.generator.SchoolGenerator;

/** Importing an MIS export: each file whole or not at all, every bad row reported, idempotent; once per store back end. */
abstract class SchoolImportContract {
    Path dir;
    Path csv;
    StoreBackend.Opened opened;
    SchoolImport importer;
    Gatekeeper gate;

    abstract StoreBackend backend();

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("satchel-import");
        csv = dir.resolve("csv");
        new SchoolGenerator(GeneratorOptions.of(8, 1, 5)).writeCsv(csv, Progress.none());
        opened = backend().open(dir);
        gate = new Gatekeeper(GeneratorOptions.DEFAULT_BASE_IRI, AccessPolicy.standard(),
                new AccessLog(GeneratorOptions.DEFAULT_BASE_IRI), new TickingClock(Instant.parse("2026-07-20T10:00:00Z")));
        importer = new SchoolImport(opened.store(), gate);
    }

    @AfterEach
    void tearDown() {
        opened.close();
        FileUtils.deleteQuietly(dir.toFile());
    }

    ImportReport run() throws Exception {
        return importer.run(csv, Principal.parse("head:T0001").orElseThrow(), Purposes.vocabulary().byCode("teaching").orElseThrow(),
                SchoolImport.Listener.quiet());
    }

    long quads(String graphPattern) {
        return opened.store().read(c -> {
            long[] n = new long[1];
            c.querySelect("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(" + graphPattern + ") }",
                    row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        });
    }

    static final String RECORDS = "STRENDS(STR(?g), '/record') || STRENDS(STR(?g), '/school')";

    @Test
    void cleanExportIsStoredWholeWithAnEventPerLearner() throws Exception {
        ImportReport report = run();
        assertTrue(report.complete(), report.rejected().toString());
        assertEquals(8, report.learners());
        assertEquals(report.triples(), quads(RECORDS));
        String learner = firstLearner();
        var events = opened.store().read(c -> gate.log().events(c, learner, AccessLogFilter.all()));
        assertEquals(1, events.size());
        assertEquals("write", events.get(0).action().name().toLowerCase());
    }

    @Test
    void importingAgainChangesNoRecord() throws Exception {
        run();
        long before = quads(RECORDS);
        ImportReport again = run();
        assertTrue(again.complete());
        assertEquals(before, quads(RECORDS));
    }

    @Test
    void aBadRowRefusesItsFileWholeWithItsLineAndTheRestIsStored() throws Exception {
        Path attendance = csv.resolve("attendance.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(attendance));
        lines.set(4, lines.get(4).replaceFirst(",[/\\\\LIMCRGONU],", ",Q,"));
        lines.set(9, lines.get(9).replaceFirst("\\d{4}-\\d{2}-\\d{2}", "2025-13-45"));
        Files.write(attendance, lines);
        ImportReport report = run();
        assertFalse(report.complete());
        List<RowProblem> rows = report.rejected().get("attendance.csv");
        assertEquals(List.of(5L, 10L), rows.stream().map(RowProblem::line).toList(), rows.toString());
        assertFalse(report.imported().contains("attendance.csv"));
        assertTrue(report.imported().contains("assessments.csv"));
        long marks = opened.store().read(c -> {
            long[] n = new long[1];
            c.querySelect("PREFIX sat: <https://w3id.org/satchel/ns#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m a sat:AttendanceMark } }",
                    row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        });
        assertEquals(0, marks, "no attendance mark is stored from a refused file");
        assertTrue(quads(RECORDS) > 0);
    }

    @Test
    void aRecordThatBreaksTheShapesRefusesItsFileWholeWithItsLine() throws Exception {
        // Homework due before it was set reads as a row (the reader checks each field), but breaks the shapes.
        Path homework = csv.resolve("homework.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(homework));
        int broken = -1;
        for (int i = 1; i < lines.size() && broken < 0; i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f[6].equals("Missing")) {
                f[5] = "2000-01-01";
                lines.set(i, String.join(",", f));
                broken = i + 1;
            }
        }
        Files.write(homework, lines);
        ImportReport report = run();
        List<RowProblem> rows = report.rejected().get("homework.csv");
        assertTrue(rows != null, report.rejected().toString());
        assertTrue(broken > 0, "the fixture has missing homework");
        assertTrue(rows.stream().map(RowProblem::line).toList().contains((long) broken), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.message().contains("due")), "found by the shapes, not the reader: " + rows);
        assertFalse(report.imported().contains("homework.csv"));
        long homeworkStored = opened.store().read(c -> {
            long[] n = new long[1];
            c.querySelect("PREFIX sat: <https://w3id.org/satchel/ns#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?h a sat:Homework } }",
                    row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        });
        assertEquals(0, homeworkStored, "nothing is stored from a refused file");
        assertTrue(report.imported().contains("attendance.csv"));
        assertEquals(report.triples(), quads(RECORDS));
        String learner = firstLearner();
        assertEquals(1, opened.store().read(c -> gate.log().events(c, learner, AccessLogFilter.all())).size());
    }

    @Test
    void aBrokenPupilsFileImportsNothing() throws Exception {
        Path pupils = csv.resolve("pupils.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(pupils));
        lines.set(2, lines.get(2) + ",an extra column");
        Files.write(pupils, lines);
        ImportReport report = run();
        assertTrue(report.imported().isEmpty());
        assertEquals(3L, report.rejected().get("pupils.csv").get(0).line());
        assertEquals(0, quads("true"));
    }

    String firstLearner() {
        return opened.store().read(c -> {
            String[] id = new String[1];
            c.querySelect("PREFIX sat: <https://w3id.org/satchel/ns#> SELECT ?l WHERE { GRAPH ?g { ?l a sat:Learner } } ORDER BY ?l LIMIT 1",
                    row -> id[0] = row.getResource("l").getURI());
            return id[0].substring(id[0].lastIndexOf('/') + 1);
        });
    }
}
