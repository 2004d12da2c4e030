package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.vocab.terms.SAT;

/** The MIS-style export of a small school over three years, read back with commons-csv. */
class CsvExportTest {
    private static final GeneratorOptions OPTIONS = GeneratorOptions.of(60, 3, 7);

    @TempDir
    static Path dir;
    private static GenerationSummary csvSummary;
    private static GenerationSummary nquadsSummary;
    private static final Map<String, List<CSVRecord>> files = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        SchoolGenerator generator = new SchoolGenerator(OPTIONS);
        csvSummary = generator.writeCsv(dir, Progress.none());
        nquadsSummary = generator.writeNQuads(OutputStream.nullOutputStream(), Progress.none());
        for (CsvFile file : CsvFile.values()) {
            try (Reader in = Files.newBufferedReader(dir.resolve(file.fileName), StandardCharsets.UTF_8)) {
                files.put(file.fileName, CSVFormat.RFC4180.parse(in).getRecords());
            }
        }
    }

    private static List<CSVRecord> rows(String file) {
        List<CSVRecord> all = files.get(file);
        return all.subList(1, all.size());
    }

    private static long kind(String... kinds) {
        long n = 0;
        for (String kind : kinds) {
            n += nquadsSummary.recordsByKind().getOrDefault(kind, 0L);
        }
        return n;
    }

    @Test
    void everyFileHasItsHeaderRowAndEveryRowItsColumns() {
        for (CsvFile file : CsvFile.values()) {
            List<CSVRecord> records = files.get(file.fileName);
            assertEquals(file.header, records.get(0).toList(), file.fileName);
            for (CSVRecord row : records) {
                assertEquals(file.header.size(), row.size(), file.fileName + " line " + row.getRecordNumber());
            }
        }
        assertEquals("UPN,Pupil ID,Legal Surname,Legal Forename,Date of Birth,Sex,Ethnicity,First Language,Year Group,Admission Date,Leaving Date",
                String.join(",", files.get("pupils.csv").get(0).toList()));
    }

    @Test
    void rowCountsMatchTheRecordsInTheNQuads() {
        assertEquals(nquadsSummary, csvSummary, "a CSV run reports the same school as an N-Quads run");
        assertEquals(kind("AttendanceMark"), rows("attendance.csv").size());
        assertEquals(kind("FormativeAssessment"), rows("assessments.csv").size());
        assertEquals(kind("Homework"), rows("homework.csv").size());
        assertEquals(kind("KeyStage2Result", "GcseResult", "ALevelResult"), rows("exam_results.csv").size());
        assertEquals(kind("Achievement"), rows("achievements.csv").size());
        assertEquals(kind("LifeSkillAssessment"), rows("life_skills.csv").size());
        assertEquals(kind("BehaviourIncident"), rows("behaviour.csv").size());
        assertEquals(kind("Exclusion"), rows("exclusions.csv").size());
        assertEquals(kind("Intervention"), rows("interventions.csv").size());
        assertEquals(kind("SenProvision"), rows("sen.csv").size());
        assertEquals(kind("HealthCondition"), rows("medical.csv").size());
        assertEquals(kind("EligibilityFlag"), rows("eligibility.csv").size());
        assertEquals(kind("SafeguardingConcern"), rows("safeguarding.csv").size());
        assertEquals(kind("Reflection"), rows("reflections.csv").size());
        assertEquals(kind("SelfSetTarget"), rows("targets.csv").size());
        assertEquals(kind("ConsentSetting"), rows("consents.csv").size());
        assertEquals(kind("GuardianRelationship"), rows("contacts.csv").size());
        assertEquals(kind("CourtOrder"), rows("contacts.csv").stream().filter(r -> !r.get(11).isEmpty()).count());
        assertEquals(kind("Enrolment"), rows("enrolments.csv").size());
        assertEquals(OPTIONS.pupils(), rows("pupils.csv").size());
        assertTrue(rows("attendance.csv").size() >= 60 * 380, "attendance rows");
    }

    @Test
    void learnerRowsAreKeyedByUpnAndCarryThePseudonymousId() {
        Set<String> ids = new TreeSet<>();
        new SchoolGenerator(OPTIONS).forEachLearner(l -> ids.add(l.graphIri().replaceAll(".*/learners/([^/]+)/record", "$1")));
        Map<String, String> idByUpn = new HashMap<>();
        for (CSVRecord pupil : rows("pupils.csv")) {
            String upn = pupil.get(0);
            assertTrue(upn.matches("[A-Z][0-9]{12}"), upn);
            assertEquals(upn.charAt(0), Identifiers.checkLetter(upn.substring(1)), upn);
            idByUpn.put(upn, pupil.get(1));
        }
        assertEquals(ids, new TreeSet<>(idByUpn.values()));
        for (CsvFile file : CsvFile.values()) {
            if (file.header.get(0).equals("UPN")) {
                for (CSVRecord row : rows(file.fileName)) {
                    assertEquals(idByUpn.get(row.get(0)), row.get(1), file.fileName + " line " + row.getRecordNumber());
                }
            }
        }
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuoted() throws IOException {
        String exams = Files.readString(dir.resolve("exam_results.csv"), StandardCharsets.UTF_8);
        assertTrue(exams.contains("\"Grammar, punctuation and spelling\""));
        assertTrue(exams.contains("\r\n"), "RFC 4180 line ends");
        List<String> subjects = new ArrayList<>();
        rows("exam_results.csv").forEach(r -> subjects.add(r.get(3)));
        assertTrue(subjects.contains("Grammar, punctuation and spelling"));
    }

    @Test
    void theSchoolAndItsStaffAreExportedAndTheReadmeDescribesEveryFile() throws IOException {
        long staff = new SchoolGenerator(OPTIONS).schoolGraph().graph()
                .find(Node.ANY, RDF.type.asNode(), SAT.StaffMember.asNode()).toList().size();
        assertEquals(staff, rows("staff.csv").size());
        assertEquals(1, rows("school.csv").size());
        String readme = Files.readString(dir.resolve("README.txt"), StandardCharsets.UTF_8);
        for (CsvFile file : CsvFile.values()) {
            assertTrue(readme.contains(file.fileName), file.fileName);
        }
    }
}
