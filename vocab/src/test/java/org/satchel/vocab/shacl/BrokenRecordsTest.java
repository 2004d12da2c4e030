package org.satchel.vocab.shacl;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every shape, records broken one way at a time: each must be refused, with a violation on
 * the broken resource whose words name the property at fault.
 */
class BrokenRecordsTest {
    private static final RecordValidator VALIDATOR = RecordValidator.standard();
    private static final String R = "learners/4f7c2a/records/";
    private static final String AMIRA = "learners/4f7c2a";

    /** One broken graph: the fixture, the change to it, the resource at fault and words its violation must contain. */
    record Broken(String shape, String what, String fixture, String update, String focus, String words) {
        @Override
        public String toString() {
            return shape + ": " + what;
        }
    }

    static Broken learnerGraph(String shape, String what, String update, String focus, String words) {
        return new Broken(shape, what, Fixtures.LEARNER, update, focus, words);
    }

    static Broken schoolGraph(String shape, String what, String update, String focus, String words) {
        return new Broken(shape, what, Fixtures.SCHOOL, update, focus, words);
    }

    static String drop(String record, String property) {
        return "DELETE WHERE { <" + record + "> " + property + " ?value }";
    }

    static String set(String record, String property, String value) {
        return "DELETE WHERE { <" + record + "> " + property + " ?value } ; INSERT DATA { <" + record + "> " + property + " " + value + " }";
    }

    static String add(String record, String property, String value) {
        return "INSERT DATA { <" + record + "> " + property + " " + value + " }";
    }

    static Stream<Broken> brokenRecords() {
        String mark = R + "att-2024-09-03-am";
        String quiz = R + "formative-2024-w37-maths";
        String chemistry = R + "formative-2024-w37-chemistry";
        String homework = R + "homework-2024-09-10-history";
        String gcse = R + "gcse-2023-mathematics";
        String access = R + "access-2024-09-16-1";
        String hidden = R + "access-2022-01-21-1";
        String correction = R + "correction-1";
        return Stream.of(
                // Provenance, common to every record.
                learnerGraph("Record", "no learner", drop(mark, "sat:learner"), mark, "learner"),
                learnerGraph("Record", "two learners", add(mark, "sat:learner", "<learners/other>"), mark, "learner"),
                learnerGraph("Provenance", "no recorder", drop(mark, "prov:wasAttributedTo"), mark, "recorded by"),
                learnerGraph("Provenance", "recorder given as a name", set(mark, "prov:wasAttributedTo", "\"Mr Okafor\""), mark, "recorded by"),
                learnerGraph("Provenance", "no time recorded", drop(mark, "prov:generatedAtTime"), mark, "recorded at"),
                learnerGraph("Provenance", "time recorded as a date", set(mark, "prov:generatedAtTime", "\"2024-09-03\"^^xsd:date"), mark, "recorded at"),
                learnerGraph("Provenance", "no source system", drop(mark, "sat:sourceSystem"), mark, "source system"),
                learnerGraph("Provenance", "no purpose", drop(mark, "sat:recordedFor"), mark, "recorded for"),
                learnerGraph("Provenance", "a prohibited purpose", set(mark, "sat:recordedFor", "purpose:marketing"), mark, "recorded for"),
                learnerGraph("Provenance", "a subject as purpose", set(mark, "sat:recordedFor", "code:subject-history"), mark, "recorded for"),
                learnerGraph("Provenance", "superseded before recorded", add(mark, "prov:invalidatedAtTime", "\"2024-09-02T08:00:00Z\"^^xsd:dateTime"), mark, "superseded at"),
                learnerGraph("Provenance", "amends a literal", add(mark, "prov:wasRevisionOf", "\"the old mark\""), mark, "amends"),
                learnerGraph("Provenance", "a learner's names recorded by no one", drop(AMIRA, "prov:wasAttributedTo"), AMIRA, "recorded by"),
                learnerGraph("Provenance", "a guardian recorded in no system", drop(AMIRA + "/guardians/1", "sat:sourceSystem"), AMIRA + "/guardians/1", "source system"),

                // The two voices.
                learnerGraph("SchoolVoice", "an attendance mark attributed to the learner", set(mark, "prov:wasAttributedTo", "<" + AMIRA + ">"), mark, "school record may not be attributed to its learner"),
                learnerGraph("SchoolVoice", "a homework attributed to the learner", set(homework, "prov:wasAttributedTo", "<" + AMIRA + ">"), homework, "recorded by"),
                learnerGraph("LearnerVoice", "a reflection attributed to a teacher", set(R + "reflection-2024-09-20", "prov:wasAttributedTo", "<staff/m-chen>"), R + "reflection-2024-09-20", "attributed to the learner and to no one else"),
                learnerGraph("LearnerVoice", "a target attributed to a guardian", set(R + "target-2024-09-20", "prov:wasAttributedTo", "<learners/4f7c2a/guardians/1>"), R + "target-2024-09-20", "recorded by"),
                learnerGraph("LearnerVoice", "a reflection attributed to the learner and a teacher", add(R + "reflection-2024-09-20", "prov:wasAttributedTo", "<staff/m-chen>"), R + "reflection-2024-09-20", "recorded by"),

                // People in the learner graph.
                learnerGraph("Learner", "no date of birth", drop(AMIRA, "schema:birthDate"), AMIRA, "date of birth"),
                learnerGraph("Learner", "date of birth as text", set(AMIRA, "schema:birthDate", "\"2 November 2006\""), AMIRA, "date of birth"),
                learnerGraph("Learner", "a UPN too short", set(AMIRA, "sat:upn", "\"H80120000100\""), AMIRA, "unique pupil number"),
                learnerGraph("Learner", "an ethnicity code as sex", set(AMIRA, "sat:sex", "code:ethnicity-WBRI"), AMIRA, "sex"),
                learnerGraph("Learner", "a first language in words", set(AMIRA, "sat:firstLanguage", "\"Urdu\""), AMIRA, "first language"),
                learnerGraph("Learner", "an empty given name", set(AMIRA, "schema:givenName", "\"\""), AMIRA, "given name"),
                learnerGraph("Learner", "household income", add(AMIRA, "sat:householdIncome", "23000"), AMIRA, "[sat:householdIncome] not part of a learner"),
                learnerGraph("Guardian", "no family name", drop("learners/4f7c2a/guardians/1", "schema:familyName"), "learners/4f7c2a/guardians/1", "family name"),
                learnerGraph("Guardian", "an email without @", set("learners/4f7c2a/guardians/1", "schema:email", "\"sana.khan.example.org\""), "learners/4f7c2a/guardians/1", "email"),
                learnerGraph("Guardian", "an occupation", add("learners/4f7c2a/guardians/1", "schema:jobTitle", "\"nurse\""), "learners/4f7c2a/guardians/1", "[schema:jobTitle] not part of a guardian"),

                // School records.
                learnerGraph("GuardianRelationship", "no parental responsibility", drop(R + "guardian-1", "sat:parentalResponsibility"), R + "guardian-1", "parental responsibility"),
                learnerGraph("GuardianRelationship", "parental responsibility as text", set(R + "guardian-1", "sat:parentalResponsibility", "\"yes\""), R + "guardian-1", "parental responsibility"),
                learnerGraph("GuardianRelationship", "a restriction as relationship", set(R + "guardian-1", "sat:relationship", "code:restriction-no-contact"), R + "guardian-1", "relationship"),
                learnerGraph("GuardianRelationship", "no guardian", drop(R + "guardian-1", "sat:guardian"), R + "guardian-1", "guardian"),
                learnerGraph("CourtOrder", "no restriction", drop(R + "court-order-1", "sat:restriction"), R + "court-order-1", "restriction"),
                learnerGraph("CourtOrder", "expires before it was made", set(R + "court-order-1", "sat:orderExpires", "\"2021-02-01\"^^xsd:date"), R + "court-order-1", "order expires"),
                learnerGraph("CourtOrder", "no guardian restricted", drop(R + "court-order-1", "sat:guardian"), R + "court-order-1", "guardian"),
                learnerGraph("CourtOrder", "no date made", drop(R + "court-order-1", "sat:orderMadeOn"), R + "court-order-1", "order made on"),
                learnerGraph("Enrolment", "leaving before entry", add(R + "enrolment-2017", "sat:leavingDate", "\"2017-07-20\"^^xsd:date"), R + "enrolment-2017", "leaving date"),
                learnerGraph("Enrolment", "no entry date", drop(R + "enrolment-2017", "sat:entryDate"), R + "enrolment-2017", "entry date"),
                learnerGraph("Enrolment", "year 14", set(R + "enrolment-2017", "sat:yearGroup", "14"), R + "enrolment-2017", "year group"),
                learnerGraph("Enrolment", "year group as text", set(R + "enrolment-2017", "sat:yearGroup", "\"Year 13\""), R + "enrolment-2017", "year group"),
                learnerGraph("Enrolment", "school as a name", set(R + "enrolment-2017", "org:organization", "\"Northfield Academy\""), R + "enrolment-2017", "school"),
                learnerGraph("AttendanceMark", "no attendance code", drop(mark, "sat:attendanceCode"), mark, "attendance code"),
                learnerGraph("AttendanceMark", "a session as attendance code", set(mark, "sat:attendanceCode", "code:session-am"), mark, "attendance code"),
                learnerGraph("AttendanceMark", "two attendance codes", add(mark, "sat:attendanceCode", "att:L"), mark, "attendance code"),
                learnerGraph("AttendanceMark", "no session", drop(mark, "sat:session"), mark, "session"),
                learnerGraph("PresentMarkMatchesSession", "a present-morning code in the afternoon", set(R + "att-2024-09-03-pm", "sat:attendanceCode", "att:PresentAM"), R + "att-2024-09-03-pm", "attendance code"),
                learnerGraph("OneMarkPerSession", "two marks for one session", set(R + "att-2024-09-03-pm", "sat:session", "code:session-am"), mark, "already has another attendance mark"),
                learnerGraph("AttendanceMark", "household income", add(mark, "sat:householdIncome", "23000"), mark, "[sat:householdIncome] not part of an attendance mark"),
                learnerGraph("AttendanceMark", "a session date as text", set(mark, "sat:sessionDate", "\"3/9/2024\""), mark, "session date"),

                // Assessments.
                learnerGraph("Assessment", "no assessor role", drop(chemistry, "sat:assessorRole"), chemistry, "assessor role"),
                learnerGraph("Assessment", "no conditions", drop(chemistry, "sat:conditions"), chemistry, "conditions"),
                learnerGraph("Assessment", "a subject as conditions", set(chemistry, "sat:conditions", "code:subject-chemistry"), chemistry, "conditions"),
                learnerGraph("SoftwareMarkNeedsConfirmation", "a software mark without confirmation",
                        "DELETE WHERE { <" + quiz + "> sat:confirmation ?c ; sat:confirmedBy ?b ; sat:confirmedAt ?a }", quiz, "teacher confirmation"),
                learnerGraph("OnlySoftwareMarksAreConfirmed", "a teacher's own mark confirmed", add(chemistry, "sat:confirmation", "code:confirmation-unconfirmed"), chemistry, "only a mark made by software is confirmed"),
                learnerGraph("ConfirmedMarkSaysWhoAndWhen", "confirmed without who", drop(quiz, "sat:confirmedBy"), quiz, "confirmed by"),
                learnerGraph("ConfirmedMarkSaysWhoAndWhen", "confirmed without when", drop(quiz, "sat:confirmedAt"), quiz, "confirmed at"),
                learnerGraph("OnlyConfirmedMarksHaveAConfirmer", "unconfirmed yet naming a confirmer", set(quiz, "sat:confirmation", "code:confirmation-unconfirmed"), quiz, "confirmed by"),
                learnerGraph("FormativeAssessment", "score above the maximum", set(quiz, "sat:score", "21"), quiz, "score"),
                learnerGraph("FormativeAssessment", "a negative score", set(chemistry, "sat:score", "-1"), chemistry, "score"),
                learnerGraph("FormativeAssessment", "a score in words", set(chemistry, "sat:score", "\"twelve\""), chemistry, "score"),
                learnerGraph("FormativeAssessment", "a grade as subject", set(chemistry, "sat:subject", "code:ks2-GDS"), chemistry, "subject"),
                learnerGraph("FormativeAssessment", "no week", drop(chemistry, "sat:weekStarting"), chemistry, "week starting"),
                learnerGraph("FormativeAssessment", "the teacher's comment", add(chemistry, "sat:comment", "\"lazy\""), chemistry, "[sat:comment] not part of a formative assessment"),
                learnerGraph("Homework", "no hand-in", drop(homework, "sat:submissionStatus"), homework, "hand-in"),
                learnerGraph("Homework", "due before it was set", set(homework, "sat:dueOn", "\"2024-09-09\"^^xsd:date"), homework, "due on"),
                learnerGraph("HandInDate", "handed in without a date", drop(homework, "sat:submittedOn"), homework, "handed in on"),
                learnerGraph("NoHandInDateWhenMissing", "not handed in, with a date", set(homework, "sat:submissionStatus", "code:homework-missing"), homework, "handed in on"),
                learnerGraph("ScoreNeedsMaximum", "a score without a maximum", drop(homework, "sat:maxScore"), homework, "maximum score"),
                learnerGraph("Homework", "no title", drop(homework, "sat:title"), homework, "title"),
                learnerGraph("LifeSkillAssessment", "a subject as skill", set(R + "life-skill-first-aid", "sat:skill", "code:subject-music"), R + "life-skill-first-aid", "skill"),
                learnerGraph("LifeSkillAssessment", "no date", drop(R + "life-skill-first-aid", "sat:assessedOn"), R + "life-skill-first-aid", "assessed on"),
                learnerGraph("KeyStage2Result", "scaled score above 120", set(R + "ks2-reading", "sat:scaledScore", "121"), R + "ks2-reading", "scaled score"),
                learnerGraph("KeyStage2Result", "scaled score below 80", set(R + "ks2-reading", "sat:scaledScore", "79"), R + "ks2-reading", "scaled score"),
                learnerGraph("KeyStage2Result", "history at key stage 2", set(R + "ks2-reading", "sat:subject", "code:subject-history"), R + "ks2-reading", "subject"),
                learnerGraph("Ks2TestOrWriting", "writing with a scaled score", add(R + "ks2-writing", "sat:scaledScore", "104"), R + "ks2-writing", "scaled score, teacher assessment"),
                learnerGraph("Ks2TestOrWriting", "reading without a scaled score", drop(R + "ks2-reading", "sat:scaledScore"), R + "ks2-reading", "scaled score"),
                learnerGraph("Ks2TestOrWriting", "reading marked by a teacher", set(R + "ks2-reading", "sat:assessorRole", "code:assessor-teacher"), R + "ks2-reading", "marked by an examiner"),
                learnerGraph("GcseResult", "a letter grade", set(gcse, "sat:grade", "\"A\""), gcse, "grade"),
                learnerGraph("GcseResult", "an A level qualification", set(gcse, "sat:qualification", "code:qualification-a-level"), gcse, "qualification"),
                learnerGraph("GcseResult", "marked by a teacher", set(gcse, "sat:assessorRole", "code:assessor-teacher"), gcse, "external examiner"),
                learnerGraph("GcseResult", "sat unsupervised", set(gcse, "sat:conditions", "code:conditions-unsupervised"), gcse, "invigilated"),
                learnerGraph("GcseResult", "no series", drop(gcse, "sat:examSeries"), gcse, "examination series"),
                learnerGraph("GcseResult", "series as a year", set(gcse, "sat:examSeries", "\"2023\"^^xsd:gYear"), gcse, "examination series"),
                learnerGraph("GcseDoubleAward", "combined science with a single grade", set(R + "gcse-2023-combined-science", "sat:grade", "\"7\""), R + "gcse-2023-combined-science", "double grade"),
                learnerGraph("GcseDoubleAward", "mathematics with a double grade", set(gcse, "sat:grade", "\"8-8\""), gcse, "single grade"),
                learnerGraph("ALevelResult", "a GCSE grade", set(R + "a-level-2025-chemistry", "sat:grade", "\"9\""), R + "a-level-2025-chemistry", "grade"),
                learnerGraph("ALevelResult", "a GCSE qualification", set(R + "a-level-2025-chemistry", "sat:qualification", "code:qualification-gcse"), R + "a-level-2025-chemistry", "qualification"),
                learnerGraph("ALevelResult", "no awarding body", drop(R + "a-level-2025-chemistry", "sat:awardingBody"), R + "a-level-2025-chemistry", "awarding body"),

                // Other school records.
                learnerGraph("Achievement", "no date", drop(R + "achievement-dofe-silver", "sat:achievedOn"), R + "achievement-dofe-silver", "achieved on"),
                learnerGraph("Achievement", "an empty title", set(R + "achievement-dofe-silver", "sat:title", "\"\""), R + "achievement-dofe-silver", "title"),
                learnerGraph("Achievement", "an Open Badges type not in the list", set(R + "achievement-dofe-silver", "sat:obAchievementType", "\"Trophy\""), R + "achievement-dofe-silver", "Open Badges achievement type"),
                learnerGraph("Achievement", "a life skill as category", set(R + "achievement-dofe-silver", "sat:achievementCategory", "code:skill-swimming"), R + "achievement-dofe-silver", "achievement category"),
                learnerGraph("SenProvision", "no review date", drop(R + "sen-2019", "sat:reviewDate"), R + "sen-2019", "review date"),
                learnerGraph("SenProvision", "review before start", set(R + "sen-2019", "sat:reviewDate", "\"2019-09-01\"^^xsd:date"), R + "sen-2019", "review date"),
                learnerGraph("SenProvision", "an ethnicity as need", set(R + "sen-2019", "sat:primaryNeed", "code:ethnicity-WBRI"), R + "sen-2019", "primary need"),
                learnerGraph("SenProvision", "a diagnosis note", add(R + "sen-2019", "sat:diagnosis", "\"dyslexia\""), R + "sen-2019", "[sat:diagnosis] not part of an SEN provision"),
                learnerGraph("HealthCondition", "no review date", drop(R + "health-asthma", "sat:reviewDate"), R + "health-asthma", "review date"),
                learnerGraph("HealthCondition", "care plan as text", set(R + "health-asthma", "sat:carePlan", "\"yes\""), R + "health-asthma", "care plan"),
                learnerGraph("HealthCondition", "no condition", drop(R + "health-asthma", "sat:condition"), R + "health-asthma", "condition"),
                learnerGraph("EligibilityFlag", "no expiry", drop(R + "eligibility-fsm-2024", "sat:expires"), R + "eligibility-fsm-2024", "expires"),
                learnerGraph("EligibilityFlag", "expires before valid", set(R + "eligibility-fsm-2024", "sat:expires", "\"2024-03-31\"^^xsd:date"), R + "eligibility-fsm-2024", "expires"),
                learnerGraph("EligibilityFlag", "no source", drop(R + "eligibility-fsm-2024", "sat:eligibilitySource"), R + "eligibility-fsm-2024", "eligibility source"),
                learnerGraph("EligibilityFlag", "household income", add(R + "eligibility-fsm-2024", "sat:householdIncome", "23000"), R + "eligibility-fsm-2024", "income is never stored"),
                learnerGraph("EligibilityFlag", "a purpose as eligibility", set(R + "eligibility-fsm-2024", "sat:eligibility", "purpose:research"), R + "eligibility-fsm-2024", "eligibility"),
                learnerGraph("Exclusion", "four reasons", add(R + "suspension-2022-03", "sat:exclusionReason", "code:reason-BU, code:reason-DM, code:reason-TH"), R + "suspension-2022-03", "exclusion reason"),
                learnerGraph("Exclusion", "no type", drop(R + "suspension-2022-03", "sat:exclusionType"), R + "suspension-2022-03", "exclusion type"),
                learnerGraph("Exclusion", "ends before it starts", set(R + "suspension-2022-03", "sat:endDate", "\"2022-03-01\"^^xsd:date"), R + "suspension-2022-03", "end date"),
                learnerGraph("SuspensionCountsSessions", "a suspension without sessions", drop(R + "suspension-2022-03", "sat:sessionsExcluded"), R + "suspension-2022-03", "sessions excluded"),
                learnerGraph("SuspensionCountsSessions", "a permanent exclusion counting sessions", set(R + "suspension-2022-03", "sat:exclusionType", "code:exclusion-permanent"), R + "suspension-2022-03", "sessions excluded"),
                learnerGraph("SafeguardingConcern", "no summary", drop(R + "safeguarding-2022-01", "sat:summary"), R + "safeguarding-2022-01", "summary"),
                learnerGraph("SafeguardingConcern", "no category", drop(R + "safeguarding-2022-01", "sat:concernCategory"), R + "safeguarding-2022-01", "concern category"),
                learnerGraph("SafeguardingConcern", "a correction status as concern status", set(R + "safeguarding-2022-01", "sat:concernStatus", "code:correction-open"), R + "safeguarding-2022-01", "concern status"),
                learnerGraph("BehaviourIncident", "occurred on a date only", set(R + "behaviour-2024-10-02", "sat:occurredAt", "\"2024-10-02\"^^xsd:date"), R + "behaviour-2024-10-02", "occurred at"),
                learnerGraph("BehaviourIncident", "an intervention as incident", set(R + "behaviour-2024-10-02", "sat:incidentType", "code:intervention-maths"), R + "behaviour-2024-10-02", "incident type"),
                learnerGraph("Intervention", "ends before it starts", set(R + "intervention-2019-reading", "sat:endDate", "\"2019-09-01\"^^xsd:date"), R + "intervention-2019-reading", "end date"),
                learnerGraph("Intervention", "no type", drop(R + "intervention-2019-reading", "sat:interventionType"), R + "intervention-2019-reading", "intervention type"),
                learnerGraph("Intervention", "no start", drop(R + "intervention-2019-reading", "sat:startDate"), R + "intervention-2019-reading", "start date"),

                // The learner's own voice.
                learnerGraph("Reflection", "no text", drop(R + "reflection-2024-09-20", "sat:text"), R + "reflection-2024-09-20", "text"),
                learnerGraph("Reflection", "a teacher's grade", add(R + "reflection-2024-09-20", "sat:grade", "\"B\""), R + "reflection-2024-09-20", "[sat:grade] not part of a reflection"),
                learnerGraph("SelfSetTarget", "due before it was written", set(R + "target-2024-09-20", "sat:targetDate", "\"2024-09-01\"^^xsd:date"), R + "target-2024-09-20", "target date"),
                learnerGraph("SelfSetTarget", "met as text", set(R + "target-2024-09-20", "sat:targetMet", "\"not yet\""), R + "target-2024-09-20", "target met"),

                // Records about the record.
                learnerGraph("ConsentSetting", "consent to marketing", set(R + "consent-research", "sat:consentPurpose", "purpose:marketing"), R + "consent-research", "consent purpose"),
                learnerGraph("ConsentSetting", "no decision", drop(R + "consent-research", "sat:consentGiven"), R + "consent-research", "consent given"),
                learnerGraph("Delegation", "open-ended", drop(R + "delegation-1", "sat:delegatedUntil"), R + "delegation-1", "delegated until"),
                learnerGraph("Delegation", "ends before it starts", set(R + "delegation-1", "sat:delegatedUntil", "\"2024-09-01\"^^xsd:date"), R + "delegation-1", "delegated until"),
                learnerGraph("Delegation", "for marketing", set(R + "delegation-1", "sat:delegatedPurpose", "purpose:marketing"), R + "delegation-1", "purpose delegated"),
                learnerGraph("CorrectionRequest", "no proposed value", drop(correction, "sat:proposedValue"), correction, "proposed value"),
                learnerGraph("CorrectionRequest", "a property from elsewhere", set(correction, "sat:challengedProperty", "ex:colour"), correction, "challenged property"),
                learnerGraph("CorrectionRequest", "no requester", drop(correction, "sat:requestedBy"), correction, "requested by"),
                learnerGraph("CorrectionRequest", "no status", drop(correction, "sat:correctionStatus"), correction, "correction status"),
                learnerGraph("DecidedCorrectionSaysWhoWhenWhy", "rejected without a reason", drop(correction, "sat:decisionReason"), correction, "decision reason"),
                learnerGraph("DecidedCorrectionSaysWhoWhenWhy", "accepted without who decided",
                        set(correction, "sat:correctionStatus", "code:correction-accepted") + " ; " + drop(correction, "sat:decidedBy"), correction, "decided by"),
                learnerGraph("OpenCorrectionIsUndecided", "open yet decided", set(correction, "sat:correctionStatus", "code:correction-open"), correction, "no decision yet"),
                learnerGraph("HiddenAccessSaysWhy", "hidden from guardians without a reason", drop(hidden, "sat:deferralReason"), hidden, "deferral reason"),
                learnerGraph("AccessEvent", "no kind of data", drop(access, "sat:dataKind"), access, "data kind"),
                learnerGraph("AccessEvent", "a purpose as role", set(access, "sat:accessorRole", "purpose:teaching"), access, "accessor role"),
                learnerGraph("AccessEvent", "a sharing basis as legal basis", set(access, "sat:legalBasis", "basis:statutory"), access, "legal basis"),
                learnerGraph("AccessEvent", "no time", drop(access, "sat:accessedAt"), access, "accessed at"),
                learnerGraph("AccessEvent", "no outcome", drop(access, "sat:accessOutcome"), access, "access outcome"),
                learnerGraph("AccessEvent", "hidden until a time, not a date", set(hidden, "sat:hiddenFromGuardiansUntil", "\"2022-07-21T00:00:00Z\"^^xsd:dateTime"), hidden, "hidden from guardians until"),
                learnerGraph("ProhibitedPurposeIsRefused", "marketing allowed", set(R + "access-2024-10-01-1", "sat:accessOutcome", "code:outcome-allowed"), R + "access-2024-10-01-1", "always refused"),

                // Resources of no kind the ontology describes.
                learnerGraph("UnknownKinds", "an untyped income record", "INSERT DATA { <learners/4f7c2a/income> sat:learner <learners/4f7c2a> ; ex:amount 23000 }", "learners/4f7c2a/income", "kind"),
                learnerGraph("UnknownKinds", "a foreign kind", "INSERT DATA { <learners/4f7c2a/household> a ex:Household ; ex:income 23000 }", "learners/4f7c2a/household", "<https://example.org/elsewhere#Household> is none of them"),
                learnerGraph("UnknownKinds", "a record also of a foreign kind", add(mark, "a", "ex:LowIncomeHousehold"), mark, "not a class of the Satchel ontology"),
                learnerGraph("UnknownKinds", "an abstract kind", "INSERT DATA { <learners/4f7c2a/records/x> a sat:SchoolRecord }", R + "x", "kind"),

                // The school graph.
                schoolGraph("StaffMember", "no role", drop("staff/head-d-morris", "sat:staffRole"), "staff/head-d-morris", "staff role"),
                schoolGraph("StaffMember", "a learner's role", set("staff/head-d-morris", "sat:staffRole", "role:learner"), "staff/head-d-morris", "staff role"),
                schoolGraph("StaffMember", "teaches a life skill", add("staff/j-okafor", "sat:teaches", "code:skill-cycling"), "staff/j-okafor", "teaches"),
                schoolGraph("StaffMember", "a home address", add("staff/j-okafor", "schema:address", "\"12 Elm Road\""), "staff/j-okafor", "[schema:address] not part of a staff member"),
                schoolGraph("School", "a five-digit URN", set("school", "sat:urn", "\"13984\""), "school", "unique reference number"),
                schoolGraph("School", "no phase", drop("school", "sat:phase"), "school", "phase"),
                schoolGraph("Software", "no name", drop("systems/mis", "schema:name"), "systems/mis", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRecords")
    void brokenRecordIsRefusedWithWordsNamingTheProperty(Broken broken) {
        Graph graph = Fixtures.changed(broken.fixture(), broken.update());
        Validation validation = VALIDATOR.validate(graph);

        Validation.Invalid invalid = assertInstanceOf(Validation.Invalid.class, validation, broken + " was accepted");
        String focus = Fixtures.BASE + broken.focus();
        assertTrue(invalid.violations().stream()
                        .anyMatch(v -> v.focusNode().equals(focus) && v.describe().contains(broken.words())),
                () -> "expected a violation on <" + focus + "> containing \"" + broken.words() + "\", got:\n" + invalid.describe());
    }
}
