package org.satchel.node.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.accesslog.AccessLog;
import org.satchel.node.accesslog.AccessLogFilter;
import org.satchel.node.store.SchoolFixture;
import org.satchel.node.store.StoreBackend;
import org.satchel.vocab.terms.BASIS;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * Each role against each sensitivity class, allowed and refused, with every refusal logged and
 * the stored record unchanged; run once per store back end by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessRulesContract {
    static final String SAT_NS = SAT.NS;
    static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    Path dir;
    StoreBackend.Opened opened;
    SchoolFixture school;
    LearnerRecords records;
    RecordWriter writer;
    AccessLog log;

    abstract StoreBackend backend();

    @BeforeAll
    void loadSchool() {
        try {
            dir = java.nio.file.Files.createTempDirectory("satchel-access-rules");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        opened = backend().open(dir);
        school = SchoolFixture.load(opened.store(), 40, 2, 11);
        log = new AccessLog(SchoolFixture.BASE);
        Gatekeeper gate = new Gatekeeper(SchoolFixture.BASE, AccessPolicy.standard(), log, new TickingClock(NOW));
        records = new LearnerRecords(opened.store(), gate);
        writer = new RecordWriter(opened.store(), gate);
    }

    @AfterAll
    void close() {
        opened.close();
        org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
    }

    RecordRead read(String principal, String learner, String purpose, String... kinds) {
        Set<String> iris = Set.of(kinds).stream().map(k -> SAT_NS + k).collect(java.util.stream.Collectors.toSet());
        return records.read(request(principal, learner, purpose, Action.READ), RecordQuery.kinds(iris));
    }

    static AccessRequest request(String principal, String learner, String purpose, Action action) {
        return new AccessRequest(Principal.parse(principal).orElseThrow(), learner,
                Purposes.vocabulary().byCode(purpose).orElseThrow(), action);
    }

    List<AccessEvent> events(String learner) {
        return opened.store().read(c -> log.events(c, learner, AccessLogFilter.all()));
    }

    /** Asserts a refusal with this reason, logged as refused with no lawful basis, and nothing changed. */
    void assertRefused(Refusal.Reason reason, String principal, String learner, String purpose, String... kinds) {
        String before = school.snapshot(learner);
        int logged = events(learner).size();
        RecordRead read = read(principal, learner, purpose, kinds);
        RecordRead.Refused refused = assertInstanceOf(RecordRead.Refused.class, read, () -> principal + " " + purpose + " " + List.of(kinds));
        assertEquals(reason, refused.refusal().reason());
        List<AccessEvent> after = events(learner);
        assertEquals(logged + 1, after.size(), "the refusal is logged");
        AccessEvent event = after.get(0);
        assertFalse(event.allowed());
        assertEquals(BASIS.none.getURI(), event.legalBasis());
        assertEquals(Principal.parse(principal).orElseThrow().role(), event.role());
        assertEquals(before, school.snapshot(learner), "a refusal changes nothing in the record");
    }

    RecordRead.Served assertServed(String principal, String learner, String purpose, String... kinds) {
        int logged = events(learner).size();
        RecordRead read = read(principal, learner, purpose, kinds);
        RecordRead.Served served = assertInstanceOf(RecordRead.Served.class, read, () -> principal + " " + purpose + " " + List.of(kinds) + ": " + read);
        List<AccessEvent> after = events(learner);
        assertTrue(after.size() > logged, "the access is logged");
        assertTrue(after.stream().anyMatch(e -> e.iri().equals(served.event().iri()) && e.allowed()));
        return served;
    }

    static boolean hasKind(Graph g, String kind) {
        return g.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(SAT_NS + kind));
    }

    String senLearner() {
        return school.learnerWith("SenProvision").orElseThrow(() -> new AssertionError("the fixture school has a learner with SEN"));
    }

    // ------------------------------------------------------------------ teachers

    @Test
    void teacherReadsTheEducationalRecordOfAPupilTheyTeach() {
        String learner = school.learners().get(0);
        RecordRead.Served served = assertServed("teacher:" + school.teacherOf(learner), learner, "teaching", "FormativeAssessment");
        assertTrue(hasKind(served.graph(), "FormativeAssessment"));
        assertEquals(BASIS.public_task.getURI(), served.event().legalBasis());
    }

    @Test
    void teacherIsRefusedSenInformation() {
        String learner = senLearner();
        assertRefused(Refusal.Reason.NOT_PERMITTED, "teacher:" + school.teacherOf(learner), learner, "teaching", "SenProvision");
    }

    @Test
    void teachersWholeRecordReadLeavesOutSpecialCategoryAndSafeguarding() {
        String learner = senLearner();
        RecordRead.Served served = assertServed("teacher:" + school.teacherOf(learner), learner, "teaching");
        assertFalse(hasKind(served.graph(), "SenProvision"));
        assertFalse(served.graph().contains(Node.ANY, SAT.ethnicity.asNode(), Node.ANY), "ethnicity is special-category");
        assertTrue(hasKind(served.graph(), "AttendanceMark"));
    }

    @Test
    void teacherWhoDoesNotTeachThePupilIsRefused() {
        String learner = school.learners().get(1);
        assertRefused(Refusal.Reason.NOT_PERMITTED, "teacher:T9999", learner, "teaching", "FormativeAssessment");
    }

    // ------------------------------------------------------------------ SENCO, DSL, head

    @Test
    void sencoReadsSenSupport() {
        String learner = senLearner();
        assertTrue(hasKind(assertServed("senco:T0003", learner, "send-support", "SenProvision").graph(), "SenProvision"));
    }

    @Test
    void sencoIsRefusedSafeguarding() {
        assertRefused(Refusal.Reason.NOT_PERMITTED, "senco:T0003", school.learners().get(2), "send-support", "SafeguardingConcern");
    }

    @Test
    void onlyTheDslReadsSafeguardingAndOnlyForSafeguarding() {
        String learner = school.learners().get(3);
        assertServed("dsl:T0002", learner, "safeguarding", "SafeguardingConcern");
        assertRefused(Refusal.Reason.NOT_PERMITTED, "dsl:T0002", learner, "teaching", "SafeguardingConcern");
        assertRefused(Refusal.Reason.NOT_PERMITTED, "head:T0001", learner, "pastoral", "SafeguardingConcern");
    }

    @Test
    void headReadsForTheCensusOnlyWhatTheLawRequires() {
        String learner = senLearner();
        RecordRead.Served census = assertServed("head:T0001", learner, "statutory-return");
        assertTrue(census.graph().contains(Node.ANY, SAT.ethnicity.asNode(), Node.ANY), "ethnicity is returned in the census");
        assertTrue(hasKind(census.graph(), "SenProvision"));
        assertFalse(hasKind(census.graph(), "FormativeAssessment"), "weekly assessments are not part of the census");
        assertEquals(BASIS.statutory_duty.getURI(), census.event().legalBasis());
    }

    // ------------------------------------------------------------------ the learner and family

    @Test
    void learnerReadsTheirOwnRecordButNotAnothers() {
        String learner = school.learners().get(4);
        RecordRead.Served own = assertServed("learner:" + learner, learner, "learner-request");
        assertTrue(hasKind(own.graph(), "AttendanceMark"));
        assertEquals(BASIS.learner_request.getURI(), own.event().legalBasis());
        assertRefused(Refusal.Reason.NOT_PERMITTED, "learner:" + school.learners().get(5), learner, "learner-request");
    }

    @Test
    void guardianReadsTheirChildsRecordButIsRefusedSafeguarding() {
        String learner = senLearner();
        String guardian = "guardian:" + school.guardianOf(learner);
        RecordRead.Served served = assertServed(guardian, learner, "learner-request");
        assertTrue(hasKind(served.graph(), "SenProvision"));
        assertFalse(hasKind(served.graph(), "SafeguardingConcern"));
        assertRefused(Refusal.Reason.NOT_PERMITTED, guardian, learner, "learner-request", "SafeguardingConcern");
    }

    @Test
    void someoneElsesGuardianIsRefused() {
        String learner = school.learners().get(6);
        String other = school.guardianOf(school.learners().get(7));
        assertRefused(Refusal.Reason.NOT_PERMITTED, "guardian:" + other, learner, "learner-request");
    }

    // ------------------------------------------------------------------ purposes and consent

    @Test
    void prohibitedPurposeIsRefusedForEveryoneAndLogged() {
        String learner = school.learners().get(8);
        for (String purpose : List.of("immigration-enforcement", "marketing", "insurance-pricing", "ai-product-development")) {
            assertRefused(Refusal.Reason.PROHIBITED_PURPOSE, "head:T0001", learner, purpose);
            assertRefused(Refusal.Reason.PROHIBITED_PURPOSE, "learner:" + learner, learner, purpose);
        }
    }

    @Test
    void inspectorNeverReadsAChildsRecord() {
        assertRefused(Refusal.Reason.NOT_PERMITTED, "inspector:ofsted-1", school.learners().get(9), "statutory-return");
    }

    @Test
    void researchIsRefusedUntilTheLearnerOptsIn() {
        String learner = school.learners().get(10);
        assertRefused(Refusal.Reason.CONSENT_NOT_GIVEN, "databody:research-1", learner, "research", "FormativeAssessment");
        setConsent(learner, "research", true);
        assertTrue(hasKind(assertServed("databody:research-1", learner, "research", "FormativeAssessment").graph(), "FormativeAssessment"));
    }

    @Test
    void declinedSharingKeepsBackWhatTheLawDoesNotRequireOnTransfer() {
        String learner = school.learners().get(11);
        assertTrue(hasKind(assertServed("head:T0001", learner, "transfer").graph(), "FormativeAssessment"));
        setConsent(learner, "transfer", false);
        assertRefused(Refusal.Reason.CONSENT_DECLINED, "head:T0001", learner, "transfer", "FormativeAssessment");
        RecordRead.Served served = assertServed("head:T0001", learner, "transfer");
        assertFalse(hasKind(served.graph(), "FormativeAssessment"));
        assertTrue(hasKind(served.graph(), "AttendanceMark"), "attendance is statutory on transfer");
        assertTrue(events(learner).stream().anyMatch(e -> !e.allowed() && e.dataKinds().contains(SAT_NS + "FormativeAssessment")),
                "what consent kept back is logged as refused");
    }

    void setConsent(String learner, String purpose, boolean given) {
        Graph g = turtle("[] a sat:ConsentSetting ; sat:consentPurpose purpose:" + purpose + " ; sat:consentGiven " + given + " .");
        AccessRequest request = request("learner:" + learner, learner, "learner-request", Action.WRITE);
        assertInstanceOf(RecordWrite.Stored.class, opened.store().write(c -> writer.add(c, request, g, java.util.Map.of())));
    }

    // ------------------------------------------------------------------ writes

    @Test
    void teacherRecordsAnAchievementWithProvenance() {
        String learner = school.learners().get(12);
        String teacher = school.teacherOf(learner);
        RecordWrite write = writer.add(request("teacher:" + teacher, learner, "teaching", Action.WRITE), turtle("""
                [] a sat:Achievement ; sat:achievedOn "2026-07-01"^^xsd:date ; sat:title "Chess club champion" ;
                   sat:achievementCategory code:achievement-award .
                """));
        RecordWrite.Stored stored = assertInstanceOf(RecordWrite.Stored.class, write, write::toString);
        String iri = stored.records().get(0);
        assertTrue(iri.startsWith(SchoolFixture.BASE + "learners/" + learner + "/records/"));
        String snapshot = school.snapshot(learner);
        assertTrue(snapshot.contains("<" + iri + "> <" + PROV.wasAttributedTo.getURI() + "> <" + SchoolFixture.BASE + "staff/" + teacher + ">"));
        assertTrue(snapshot.contains("<" + iri + "> <" + SAT.recordedFor.getURI() + "> <https://w3id.org/satchel/purpose#teaching>"));
        assertEquals(Action.WRITE, events(learner).get(0).action());
    }

    @Test
    void recordThatBreaksTheShapesIsRejectedWithEveryViolationAndChangesNothing() {
        String learner = school.learners().get(13);
        String before = school.snapshot(learner);
        int logged = events(learner).size();
        RecordWrite write = writer.add(request("teacher:" + school.teacherOf(learner), learner, "teaching", Action.WRITE),
                turtle("[] a sat:Achievement ; sat:achievedOn \"not a date\" ."));
        RecordWrite.Invalid invalid = assertInstanceOf(RecordWrite.Invalid.class, write, write::toString);
        assertTrue(invalid.violations().size() >= 2, invalid.violations().toString());
        assertEquals(before, school.snapshot(learner));
        assertEquals(logged, events(learner).size());
    }

    @Test
    void teacherWritingASafeguardingConcernIsRefusedAndLogged() {
        String learner = school.learners().get(14);
        String before = school.snapshot(learner);
        RecordWrite write = writer.add(request("teacher:" + school.teacherOf(learner), learner, "teaching", Action.WRITE), turtle("""
                [] a sat:SafeguardingConcern ; sat:raisedOn "2026-07-01"^^xsd:date ; sat:concernCategory code:concern-neglect ;
                   sat:concernStatus code:concern-open ; sat:summary "x" .
                """));
        assertInstanceOf(RecordWrite.Refused.class, write);
        assertEquals(before, school.snapshot(learner));
        assertFalse(events(learner).get(0).allowed());
    }

    @Test
    void consentSettingsAndCorrectionsAreNotAddedAsPlainRecords() {
        String learner = school.learners().get(16);
        String before = school.snapshot(learner);
        for (String body : List.of("[] a sat:ConsentSetting ; sat:consentPurpose purpose:research ; sat:consentGiven true .",
                "[] a sat:Delegation ; sat:advocate <https://oakfield.school.example/advocates/a1> ; sat:delegatedPurpose purpose:pastoral ;"
                        + " sat:delegatedFrom \"2026-07-01\"^^xsd:date ; sat:delegatedUntil \"2026-08-01\"^^xsd:date .")) {
            RecordWrite byTeacher = writer.add(request("teacher:" + school.teacherOf(learner), learner, "teaching", Action.WRITE), turtle(body));
            assertInstanceOf(RecordWrite.Malformed.class, byTeacher, byTeacher::toString);
            RecordWrite byLearner = writer.add(request("learner:" + learner, learner, "learner-request", Action.WRITE), turtle(body));
            assertInstanceOf(RecordWrite.Malformed.class, byLearner, byLearner::toString);
        }
        assertEquals(before, school.snapshot(learner));
    }

    @Test
    void theNextReadAfterAChangeSeesTheChangeWhateverWasReadBefore() {
        String learner = school.learners().get(17);
        String teacher = "teacher:" + school.teacherOf(learner);
        java.util.function.Supplier<Long> achievements = () -> {
            RecordRead.Served served = (RecordRead.Served) records.read(request(teacher, learner, "teaching", Action.READ), RecordQuery.whole());
            return served.graph().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI(SAT_NS + "Achievement")).toList().stream().count();
        };
        long before = achievements.get();
        assertEquals(before, achievements.get(), "reading twice gives the same record");
        assertInstanceOf(RecordWrite.Stored.class, writer.add(request(teacher, learner, "teaching", Action.WRITE), turtle("""
                [] a sat:Achievement ; sat:achievedOn "2026-07-05"^^xsd:date ; sat:title "Eco-council" ; sat:achievementCategory code:achievement-volunteering .
                """)));
        assertEquals(before + 1, achievements.get(), "a record read again after a change shows the change");
        RecordRead.Served own = (RecordRead.Served) records.read(request("learner:" + learner, learner, "learner-request", Action.READ),
                RecordQuery.whole());
        assertTrue(own.graph().contains(Node.ANY, SAT.title.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("Eco-council")));
        RecordRead.Served teachers = (RecordRead.Served) records.read(request(teacher, learner, "teaching", Action.READ), RecordQuery.whole());
        assertTrue(own.graph().contains(Node.ANY, SAT.ethnicity.asNode(), Node.ANY), "the learner sees their own special-category data");
        assertFalse(teachers.graph().contains(Node.ANY, SAT.ethnicity.asNode(), Node.ANY), "a teacher's read, right after, still does not");
    }

    @Test
    void amendmentKeepsTheOldVersionAsHistory() {
        String learner = school.learners().get(15);
        String teacher = "teacher:" + school.teacherOf(learner);
        RecordWrite.Stored first = (RecordWrite.Stored) writer.add(request(teacher, learner, "teaching", Action.WRITE), turtle("""
                [] a sat:Achievement ; sat:achievedOn "2026-07-01"^^xsd:date ; sat:title "Choir" ; sat:achievementCategory code:achievement-arts .
                """));
        String old = first.records().get(0);
        RecordWrite second = writer.add(request(teacher, learner, "teaching", Action.WRITE), turtle("""
                [] a sat:Achievement ; prov:wasRevisionOf <%s> ; sat:achievedOn "2026-07-02"^^xsd:date ; sat:title "Choir soloist" ;
                   sat:achievementCategory code:achievement-arts .
                """.formatted(old)));
        assertInstanceOf(RecordWrite.Stored.class, second, second::toString);
        RecordRead.Served current = (RecordRead.Served) records.read(request(teacher, learner, "teaching", Action.READ),
                RecordQuery.kinds(Set.of(SAT_NS + "Achievement")));
        assertFalse(current.graph().contains(org.apache.jena.graph.NodeFactory.createURI(old), Node.ANY, Node.ANY));
        RecordRead.Served history = (RecordRead.Served) records.read(request(teacher, learner, "teaching", Action.READ),
                new RecordQuery(Set.of(SAT_NS + "Achievement"), java.util.Optional.empty(), java.util.Optional.empty(), true));
        assertTrue(history.graph().contains(org.apache.jena.graph.NodeFactory.createURI(old), PROV.invalidatedAtTime.asNode(), Node.ANY));
        RecordWrite again = writer.add(request(teacher, learner, "teaching", Action.WRITE), turtle("""
                [] a sat:Achievement ; prov:wasRevisionOf <%s> ; sat:achievedOn "2026-07-03"^^xsd:date ; sat:title "Twice" ;
                   sat:achievementCategory code:achievement-arts .
                """.formatted(old)));
        assertInstanceOf(RecordWrite.Malformed.class, again, "a superseded version cannot be amended again");
    }

    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        String prefixes = """
                @prefix sat: <https://w3id.org/satchel/ns#> . @prefix code: <https://w3id.org/satchel/code#> .
                @prefix purpose: <https://w3id.org/satchel/purpose#> . @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """;
        RDFParser.fromString(prefixes + body).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
