package org.satchel.vocab.mis;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.ROLE;
import org.satchel.vocab.terms.SAT;

/**
 * The codes and labels an MIS export writes, mapped to the Satchel vocabulary: the importer's side
 * of the agreement the export's README describes. Where a code also names records (a subject in
 * {@code formative/2025-09-01-mathematics}), the name goes with it.
 */
final class MisCodes {
    private MisCodes() {}

    /** A code and the name it gives records in their IRIs. */
    record Named(Node code, String slug) {}

    static final Map<String, Named> SUBJECTS = subjects(
            CODE.subject_reading, "Reading", CODE.subject_writing, "Writing", CODE.subject_mathematics, "Mathematics",
            CODE.subject_grammar_punctuation_spelling, "Grammar, punctuation and spelling",
            CODE.subject_english_language, "English language", CODE.subject_english_literature, "English literature",
            CODE.subject_combined_science, "Combined science", CODE.subject_biology, "Biology",
            CODE.subject_chemistry, "Chemistry", CODE.subject_physics, "Physics", CODE.subject_history, "History",
            CODE.subject_geography, "Geography", CODE.subject_french, "French", CODE.subject_spanish, "Spanish",
            CODE.subject_computing, "Computing", CODE.subject_art_and_design, "Art and design",
            CODE.subject_music, "Music", CODE.subject_religious_studies, "Religious studies",
            CODE.subject_physical_education, "Physical education");

    static final Map<String, Node> PHASES = codes("All-through", CODE.phase_all_through, "Primary", CODE.phase_primary,
            "Secondary", CODE.phase_secondary);

    /** Staff roles, written as the role's local name. */
    static final Map<String, Node> ROLES = codes("head", ROLE.head, "dsl", ROLE.dsl, "senco", ROLE.senco,
            "teacher", ROLE.teacher);

    static final Map<String, Node> SEXES = codes("F", CODE.sex_F, "M", CODE.sex_M);

    /** Census ethnicity codes, written as their notation. */
    static final Map<String, Node> ETHNICITIES = notations("ethnicity-", CODE.ethnicity_WBRI, CODE.ethnicity_WOTH,
            CODE.ethnicity_MWBC, CODE.ethnicity_MOTH, CODE.ethnicity_AIND, CODE.ethnicity_APKN, CODE.ethnicity_ABAN,
            CODE.ethnicity_BAFR, CODE.ethnicity_BCRB, CODE.ethnicity_CHNE, CODE.ethnicity_OOTH, CODE.ethnicity_REFU);

    static final Map<String, Node> RELATIONSHIPS = codes("Mother", CODE.relationship_mother,
            "Father", CODE.relationship_father, "Step-parent", CODE.relationship_step_parent,
            "Grandparent", CODE.relationship_grandparent, "Foster carer", CODE.relationship_foster_carer,
            "Other relative", CODE.relationship_other_relative, "Social worker", CODE.relationship_social_worker);

    static final Map<String, Node> RESTRICTIONS = codes("No contact", CODE.restriction_no_contact,
            "No collection", CODE.restriction_no_collection, "No information", CODE.restriction_no_information);

    /** Eligibility flags; a pupil premium flag is named for its academic year, the others for the day they start. */
    static final Map<String, Named> ELIGIBILITIES = Map.of(
            "FSM", new Named(CODE.eligibility_fsm.asNode(), "fsm"),
            "Ever 6 FSM", new Named(CODE.eligibility_ever6.asNode(), "ever6"),
            "Pupil premium", new Named(CODE.eligibility_pupil_premium.asNode(), "pupil-premium"));

    /** SEN provision as the census writes it: K SEN support, E an EHC plan. */
    static final Map<String, Node> PROVISIONS = codes("K", CODE.sen_support, "E", CODE.ehc_plan);

    static final Map<String, Node> NEEDS = notations("need-", CODE.need_SPLD, CODE.need_MLD, CODE.need_SLD,
            CODE.need_PMLD, CODE.need_SEMH, CODE.need_SLCN, CODE.need_HI, CODE.need_VI, CODE.need_MSI, CODE.need_PD,
            CODE.need_ASD, CODE.need_OTH);

    /** Medical conditions by name, with the name their records take. */
    static final Map<String, String> CONDITIONS = Map.of("Asthma", "asthma",
            "Severe allergy (adrenaline auto-injector)", "anaphylaxis", "Eczema", "eczema", "Epilepsy", "epilepsy",
            "Type 1 diabetes", "type-1-diabetes", "Coeliac disease", "coeliac");

    /**
     * DfE attendance codes by their register notation: / and \ are present in the morning and the
     * afternoon, # a planned closure; every other code is its own notation.
     */
    static final Map<String, Node> MARKS = marks();

    static final Map<String, Node> ASSESSORS = codes("Teacher", CODE.assessor_teacher,
            "Software", CODE.assessor_software, "Peer", CODE.assessor_peer, "Self", CODE.assessor_self);

    static final Map<String, Node> CONDITIONS_OF_ASSESSMENT = codes("Supervised", CODE.conditions_supervised,
            "Unsupervised", CODE.conditions_unsupervised, "Invigilated", CODE.conditions_invigilated);

    static final Map<String, Boolean> CONFIRMATIONS = Map.of("Confirmed", true, "Unconfirmed", false);

    static final Map<String, Node> HOMEWORK_STATUSES = codes("On time", CODE.homework_on_time,
            "Late", CODE.homework_late, "Missing", CODE.homework_missing);

    /** Kinds of result: the record type, where its records go, and the qualification (none for KS2). */
    record ExamKind(Node type, String path, Node qualification) {}

    static final Map<String, ExamKind> EXAM_KINDS = Map.of(
            "KS2", new ExamKind(SAT.KeyStage2Result.asNode(), "ks2/", null),
            "GCSE", new ExamKind(SAT.GcseResult.asNode(), "gcse/", CODE.qualification_gcse.asNode()),
            "A level", new ExamKind(SAT.ALevelResult.asNode(), "alevel/", CODE.qualification_a_level.asNode()));

    static final Map<String, Node> KS2_TEACHER_ASSESSMENTS = notations("ks2-", CODE.ks2_WTS, CODE.ks2_EXS, CODE.ks2_GDS);

    static final Map<String, Node> ACHIEVEMENT_CATEGORIES = codes("Sport", CODE.achievement_sport,
            "Arts", CODE.achievement_arts, "Volunteering", CODE.achievement_volunteering,
            "Award", CODE.achievement_award, "Leadership", CODE.achievement_leadership);

    static final Map<String, Named> SKILLS = Map.of(
            "Staying safe online", named(CODE.skill_online_safety, "skill-"),
            "Swimming 25 metres", named(CODE.skill_swimming, "skill-"),
            "Cycling proficiency", named(CODE.skill_cycling, "skill-"),
            "First aid", named(CODE.skill_first_aid, "skill-"),
            "Cooking a healthy meal", named(CODE.skill_cooking, "skill-"),
            "Personal budgeting", named(CODE.skill_budgeting, "skill-"),
            "Public speaking", named(CODE.skill_public_speaking, "skill-"));

    static final Map<String, Node> INCIDENTS = codes("Disruption to learning", CODE.incident_disruption,
            "Refusal to follow instructions", CODE.incident_defiance,
            "Unkindness to another pupil", CODE.incident_unkindness,
            "Repeated lateness to lessons", CODE.incident_lateness,
            "No equipment or homework", CODE.incident_equipment, "Mobile phone misuse", CODE.incident_phone);

    /** Exclusion categories: whether permanent. */
    static final Map<String, Boolean> EXCLUSION_CATEGORIES = Map.of("Suspension", false, "Permanent exclusion", true);

    static final Map<String, Node> EXCLUSION_REASONS = notations("reason-", CODE.reason_PD, CODE.reason_VA,
            CODE.reason_PA, CODE.reason_VP, CODE.reason_DA, CODE.reason_DM, CODE.reason_BU, CODE.reason_TH,
            CODE.reason_PP, CODE.reason_MT);

    static final Map<String, Named> INTERVENTIONS = Map.of(
            "Reading catch-up", named(CODE.intervention_reading, "intervention-"),
            "Mathematics catch-up", named(CODE.intervention_maths, "intervention-"),
            "Small-group tutoring", named(CODE.intervention_tutoring, "intervention-"),
            "Speech and language therapy", named(CODE.intervention_speech_language, "intervention-"),
            "Mentoring", named(CODE.intervention_mentoring, "intervention-"),
            "Attendance support", named(CODE.intervention_attendance, "intervention-"));

    static final Map<String, Node> OUTCOMES = codes("Target met", CODE.outcome_met,
            "Target partly met", CODE.outcome_partly_met, "Target not met", CODE.outcome_not_met,
            "Ongoing", CODE.outcome_ongoing);

    static final Map<String, Node> CONCERN_CATEGORIES = codes("Neglect", CODE.concern_neglect,
            "Emotional abuse", CODE.concern_emotional_abuse, "Mental health", CODE.concern_mental_health,
            "Domestic abuse", CODE.concern_domestic_abuse, "Online safety", CODE.concern_online,
            "Child-on-child abuse", CODE.concern_child_on_child, "Physical abuse", CODE.concern_physical_abuse,
            "Exploitation", CODE.concern_exploitation, "Sexual abuse", CODE.concern_sexual_abuse);

    static final Map<String, Node> CONCERN_STATUSES = codes("Open", CODE.concern_open, "Referred", CODE.concern_referred,
            "Closed", CODE.concern_closed);

    /** Purposes a learner's consent is asked for, with the name of the consent record. */
    static final Map<String, Named> CONSENT_PURPOSES = Map.of("Research", new Named(PURPOSE.research.asNode(), "research"));

    static final Map<String, Boolean> YES_NO = Map.of("Yes", true, "No", false);

    private static Map<String, Node> codes(Object... labelsAndCodes) {
        Map<String, Node> map = new HashMap<>();
        for (int i = 0; i < labelsAndCodes.length; i += 2) {
            map.put((String) labelsAndCodes[i], ((Resource) labelsAndCodes[i + 1]).asNode());
        }
        return Map.copyOf(map);
    }

    /** Codes whose notation is their local name after {@code prefix}: {@code ethnicity-WBRI} is WBRI. */
    private static Map<String, Node> notations(String prefix, Resource... codes) {
        Map<String, Node> map = new HashMap<>();
        for (Resource code : codes) {
            map.put(code.getLocalName().substring(prefix.length()), code.asNode());
        }
        return Map.copyOf(map);
    }

    private static Named named(Resource code, String prefix) {
        return new Named(code.asNode(), code.getLocalName().substring(prefix.length()));
    }

    private static Map<String, Named> subjects(Object... codesAndLabels) {
        Map<String, Named> map = new HashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put((String) codesAndLabels[i + 1], named((Resource) codesAndLabels[i], "subject-"));
        }
        return Map.copyOf(map);
    }

    private static Map<String, Node> marks() {
        Map<String, Node> map = new HashMap<>();
        map.put("/", ATT.PresentAM.asNode());
        map.put("\\", ATT.PresentPM.asNode());
        map.put("#", ATT.PlannedClosure.asNode());
        for (Resource code : List.of(ATT.B, ATT.C, ATT.C1, ATT.C2, ATT.D, ATT.E, ATT.G, ATT.I, ATT.J1, ATT.K, ATT.L,
                ATT.M, ATT.N, ATT.O, ATT.P, ATT.R, ATT.S, ATT.T, ATT.U, ATT.V, ATT.W, ATT.X, ATT.Y1, ATT.Y2, ATT.Y3,
                ATT.Y4, ATT.Y5, ATT.Y6, ATT.Y7, ATT.Z)) {
            map.put(code.getLocalName(), code.asNode());
        }
        return Map.copyOf(map);
    }
}
