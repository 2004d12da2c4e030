package org.satchel.node.issuance.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Sensitivity;
import org.satchel.node.issuance.CredentialContent;
import org.satchel.node.issuance.CredentialType;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.SAT;

/**
 * Each credential type built from generated learners' records, read back from TDB2, says what the
 * record says: checked against the record with the test's own queries, not the declaration's.
 */
class CredentialContentTest {
    private static final String PREFIXES = """
            PREFIX sat: <https://w3id.org/satchel/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @TempDir
    static Path dir;
    static GeneratedRecords school;
    final CredentialTypes types = CredentialTypes.standard();

    @BeforeAll
    static void generate() {
        school = GeneratedRecords.load(dir);
    }

    @AfterAll
    static void close() {
        school.close();
    }

    @Test
    void eachAchievementIsACandidateAndBuildsAnOpenBadgeFromItsRecord() {
        String learner = school.fixture.learnerWith("Achievement").orElseThrow();
        Model record = school.record(learner);
        List<QuerySolution> achievements = select(record, """
                SELECT ?r ?title ?type WHERE { ?r a sat:Achievement ; sat:title ?title ; sat:obAchievementType ?type
                  FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?gone } }""");
        CredentialType type = types.find("achievement").orElseThrow();
        List<Candidate> candidates = types.candidates(type, record, GeneratedRecords.learnerIri(learner));
        assertEquals(achievements.stream().map(r -> r.getResource("r").getURI()).collect(Collectors.toSet()),
                candidates.stream().map(Candidate::subject).collect(Collectors.toSet()));
        for (QuerySolution expected : achievements) {
            String iri = expected.getResource("r").getURI();
            CredentialContent content = types.build(type, record, GeneratedRecords.learnerIri(learner), iri, school.school());
            String title = expected.getLiteral("title").getString();
            Map<String, Object> achievement = object(object(content.vc(), "credentialSubject"), "achievement");
            assertEquals(title, achievement.get("name"));
            assertEquals(title, content.vc().get("name"));
            assertEquals(expected.getLiteral("type").getString(), achievement.get("achievementType"));
            assertEquals(title, object(content.sdJwtClaims(), "achievement").get("name"));
            assertEquals(given(record), content.sdJwtClaims().get("given_name"));
            assertEquals(List.of(GeneratedRecords.learnerIri(learner), iri).stream().sorted().toList(),
                    content.sources().stream().sorted().toList());
            assertEquals(learner, content.learnerId());
        }
    }

    @Test
    void anExamCertificateListsEveryResultOfItsSeries() {
        String learner = school.fixture.learnerWith("GcseResult").orElseThrow();
        Model record = school.record(learner);
        Map<String, Map<String, String>> gradesBySeries = new TreeMap<>();
        for (QuerySolution row : select(record, """
                SELECT ?series ?subject ?grade WHERE { VALUES ?k { sat:GcseResult sat:ALevelResult }
                  ?r a ?k ; sat:examSeries ?series ; sat:subject ?subject ; sat:grade ?grade
                  FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?gone } }""")) {
            gradesBySeries.computeIfAbsent(row.getLiteral("series").getLexicalForm(), s -> new TreeMap<>())
                    .put(row.getResource("subject").getURI(), row.getLiteral("grade").getString());
        }
        CredentialType type = types.find("exam-certificate").orElseThrow();
        List<Candidate> candidates = types.candidates(type, record, GeneratedRecords.learnerIri(learner));
        assertEquals(gradesBySeries.keySet(), candidates.stream().map(Candidate::subject).collect(Collectors.toCollection(TreeSet::new)));
        for (Map.Entry<String, Map<String, String>> series : gradesBySeries.entrySet()) {
            CredentialContent content = types.build(type, record, GeneratedRecords.learnerIri(learner), series.getKey(), school.school());
            Map<String, String> certified = new TreeMap<>();
            for (Map<String, Object> result : objects(object(content.vc(), "credentialSubject"), "examResult")) {
                certified.put((String) result.get("subject"), (String) result.get("grade"));
                assertEquals(series.getKey(), result.get("examSeries"));
            }
            assertEquals(series.getValue(), certified);
            assertEquals(series.getValue().size(), objects(content.sdJwtClaims(), "exam_results").size());
            assertEquals(series.getKey(), content.sdJwtClaims().get("exam_series"));
            assertEquals(school.school().urn(), object(object(content.vc(), "credentialSubject"), "school").get("urn"));
            assertEquals(series.getValue().size() + 1, content.sources().size(), "each result and the learner");
        }
    }

    @Test
    void aLearnerWithNoGcseResultsHasNoExamCertificateCandidate() {
        // A learner too young for examinations (one who left before the eight years generated may
        // still have A levels from them, which a certificate would rightly list).
        List<String> examined = new ArrayList<>(school.fixture.learnersWith("GcseResult"));
        examined.addAll(school.fixture.learnersWith("ALevelResult"));
        String learner = school.fixture.learners().stream().filter(l -> !examined.contains(l)).findFirst().orElseThrow();
        Model record = school.record(learner);
        CredentialType type = types.find("exam-certificate").orElseThrow();
        assertEquals(List.of(), types.candidates(type, record, GeneratedRecords.learnerIri(learner)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> types.build(type, record, GeneratedRecords.learnerIri(learner), "2025-06", school.school()));
        assertTrue(refused.getMessage().contains("gives no exam-certificate credential for '2025-06'"), refused.getMessage());
    }

    @Test
    void anAttendanceSummaryTotalsTheYearsMarksByTheirDfeCategory() {
        String learner = school.fixture.learnerWith("AttendanceMark").orElseThrow();
        Model record = school.record(learner);
        // The test's own count: each mark's academic year, and what the code lists say its code counts as.
        Map<String, int[]> byYear = new TreeMap<>();
        Model codes = Ontology.model();
        for (QuerySolution row : select(record, """
                SELECT ?date ?code WHERE { ?r a sat:AttendanceMark ; sat:sessionDate ?date ; sat:attendanceCode ?code
                  FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?gone } }""")) {
            LocalDate date = LocalDate.parse(row.getLiteral("date").getLexicalForm());
            String year = String.valueOf(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
            Resource code = codes.getResource(row.getResource("code").getURI());
            boolean possible = code.getProperty(SAT.countsAsPossible).getBoolean();
            String category = code.getPropertyResourceValue(SAT.attendanceCategory).getLocalName();
            int[] totals = byYear.computeIfAbsent(year, y -> new int[5]);
            totals[4]++;
            if (possible) {
                totals[0]++;
                if (category.equals("present") || category.equals("approved-activity")) {
                    totals[1]++;
                } else if (category.equals("authorised-absence")) {
                    totals[2]++;
                } else if (category.equals("unauthorised-absence")) {
                    totals[3]++;
                }
            }
        }
        CredentialType type = types.find("attendance-summary").orElseThrow();
        List<Candidate> candidates = types.candidates(type, record, GeneratedRecords.learnerIri(learner));
        assertEquals(byYear.keySet(), candidates.stream().map(Candidate::subject).collect(Collectors.toCollection(TreeSet::new)));
        for (Map.Entry<String, int[]> year : byYear.entrySet()) {
            int[] expected = year.getValue();
            CredentialContent content = types.build(type, record, GeneratedRecords.learnerIri(learner), year.getKey(), school.school());
            Map<String, Object> subject = object(content.vc(), "credentialSubject");
            assertEquals(year.getKey(), subject.get("academicYear"));
            assertEquals((long) expected[0], subject.get("possibleSessions"));
            assertEquals((long) expected[1], subject.get("sessionsAttended"));
            assertEquals((long) expected[2], subject.get("authorisedAbsences"));
            assertEquals((long) expected[3], subject.get("unauthorisedAbsences"));
            if (expected[0] > 0) {
                BigDecimal percentage = BigDecimal.valueOf(expected[1] * 100L).divide(BigDecimal.valueOf(expected[0]), 1, RoundingMode.HALF_UP);
                assertEquals(0, percentage.compareTo(new BigDecimal((String) subject.get("attendancePercentage"))),
                        subject.get("attendancePercentage") + " for " + expected[1] + " of " + expected[0]);
                assertEquals(subject.get("attendancePercentage"), content.sdJwtClaims().get("attendance_percentage"));
            }
            assertEquals((long) expected[1], content.sdJwtClaims().get("sessions_attended"));
            assertEquals(expected[4] + 1, content.sources().size(), "every mark of the year and the learner");
            assertFalse(content.vc().toString().contains("attendance#"), "a summary carries totals, never the marks");
        }
    }

    @Test
    void aTranscriptListsEveryAchievementAndExaminationResult() {
        String learner = school.fixture.learnerWith("GcseResult").orElseThrow();
        Model record = school.record(learner);
        int achievements = select(record, "SELECT ?r WHERE { ?r a sat:Achievement FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?g } }").size();
        int results = select(record, """
                SELECT ?r WHERE { VALUES ?k { sat:GcseResult sat:ALevelResult } ?r a ?k FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?g } }""").size();
        CredentialType type = types.find("transcript").orElseThrow();
        String iri = GeneratedRecords.learnerIri(learner);
        assertEquals(List.of(new Candidate(iri, "Transcript")), types.candidates(type, record, iri));
        CredentialContent content = types.build(type, record, iri, iri, school.school());
        Map<String, Object> subject = object(content.vc(), "credentialSubject");
        assertEquals(achievements, subject.containsKey("achievement") ? objects(subject, "achievement").size() : 0);
        assertEquals(results, objects(subject, "examResult").size());
        assertEquals(results, objects(content.sdJwtClaims(), "exam_results").size());
        assertEquals(achievements + results + 1, content.sources().size());
    }

    @Test
    void aLearnerIdNamesTheLearnerAndTheSchoolsOwnNumberNeverTheUpn() {
        String learner = school.fixture.learners().getFirst();
        Model record = school.record(learner);
        QuerySolution person = select(record, "SELECT ?given ?family ?born ?upn WHERE { ?l a sat:Learner ; schema:givenName ?given ; "
                + "schema:familyName ?family ; schema:birthDate ?born ; sat:upn ?upn }").getFirst();
        CredentialType type = types.find("learner-id").orElseThrow();
        String iri = GeneratedRecords.learnerIri(learner);
        List<Candidate> candidates = types.candidates(type, record, iri);
        boolean onRoll = select(record, "SELECT ?e ?left WHERE { ?e a sat:Enrolment OPTIONAL { ?e sat:leavingDate ?left } }").stream()
                .anyMatch(e -> !e.contains("left") || !LocalDate.parse(e.getLiteral("left").getLexicalForm()).isBefore(LocalDate.now()));
        assertEquals(onRoll ? 1 : 0, candidates.size());
        String onRollLearner = school.fixture.learners().stream().filter(l -> !types.candidates(type, school.record(l),
                GeneratedRecords.learnerIri(l)).isEmpty()).findFirst().orElseThrow();
        record = school.record(onRollLearner);
        person = select(record, "SELECT ?given ?family ?born ?upn WHERE { ?l a sat:Learner ; schema:givenName ?given ; "
                + "schema:familyName ?family ; schema:birthDate ?born ; sat:upn ?upn }").getFirst();
        iri = GeneratedRecords.learnerIri(onRollLearner);
        CredentialContent content = types.build(type, record, iri, iri, school.school());
        Map<String, Object> subject = object(content.vc(), "credentialSubject");
        assertEquals(person.getLiteral("given").getString(), subject.get("givenName"));
        assertEquals(person.getLiteral("family").getString(), subject.get("familyName"));
        assertEquals(person.getLiteral("born").getLexicalForm(), subject.get("birthDate"));
        assertEquals(onRollLearner, subject.get("admissionNumber"));
        assertEquals(person.getLiteral("born").getLexicalForm(), content.sdJwtClaims().get("birthdate"));
        assertEquals(Map.of("id", GeneratedRecords.DID, "type", "School", "name", school.school().name(), "urn", school.school().urn()),
                subject.get("school"));
        String upn = person.getLiteral("upn").getString();
        assertFalse(json(content.vc()).contains(upn) || json(content.sdJwtClaims()).contains(upn), "the UPN is a national join key");
    }

    @Test
    void noCredentialCarriesAnySpecialCategoryOrSafeguardingValueOfTheRecord() {
        DataClassification classification = DataClassification.vocabulary();
        int checked = 0;
        for (String learner : school.fixture.learners()) {
            Model record = school.record(learner);
            Set<String> unsafe = new TreeSet<>();
            for (Statement s : record.listStatements().toList()) {
                Optional<String> kind = Optional.ofNullable(s.getSubject().getPropertyResourceValue(RDF.type)).map(Resource::getURI);
                Sensitivity sensitivity = classification.classify(kind, s.getPredicate().getURI()).sensitivity();
                // Words and codes only: dates and numbers of unsafe records are too common to tell apart.
                if (unsafe(sensitivity) && (s.getObject().isURIResource() || (s.getObject().isLiteral()
                        && s.getObject().asLiteral().getDatatypeURI().equals(XSD.xstring.getURI())))) {
                    unsafe.add(text(s.getObject()));
                }
                // A record of an unsafe kind (a SEN provision, a safeguarding concern) must not even be named.
                if (kind.isPresent() && unsafe(classification.classifyKind(kind.get()).sensitivity()) && s.getSubject().isURIResource()) {
                    unsafe.add(s.getSubject().getURI());
                }
            }
            // Who the record is about is no sensitive value (every SEN record points at its learner).
            unsafe.remove(GeneratedRecords.learnerIri(learner));
            unsafe.removeIf(v -> v.length() < 5);
            for (CredentialType type : types.all()) {
                for (Candidate candidate : types.candidates(type, record, GeneratedRecords.learnerIri(learner))) {
                    CredentialContent content = types.build(type, record, GeneratedRecords.learnerIri(learner), candidate.subject(), school.school());
                    String text = json(content.vc()) + json(content.sdJwtClaims()) + content.sources();
                    List<String> leaked = unsafe.stream().filter(text::contains).toList();
                    assertEquals(List.of(), leaked, type.id() + " for " + learner);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "too few credentials built to say anything: " + checked);
    }

    private static boolean unsafe(Sensitivity sensitivity) {
        return sensitivity == Sensitivity.SPECIAL_CATEGORY || sensitivity == Sensitivity.SAFEGUARDING;
    }

    private static String text(RDFNode node) {
        return node.isURIResource() ? node.asResource().getURI() : node.isLiteral() ? node.asLiteral().getLexicalForm() : "";
    }

    private static String given(Model record) {
        return select(record, "SELECT ?g WHERE { ?l a sat:Learner ; schema:givenName ?g }").getFirst().getLiteral("g").getString();
    }

    static List<QuerySolution> select(Model model, String query) {
        return GeneratedRecords.select(model, new ParameterizedSparqlString(PREFIXES + query));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }

    static String json(Map<String, Object> value) {
        return JSONObjectUtils.toJSONString(value);
    }
}
