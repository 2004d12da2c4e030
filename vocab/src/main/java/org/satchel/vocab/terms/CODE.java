package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Satchel's code lists (SKOS concept schemes): subjects, needs, reasons, outcomes… Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class CODE {
    private CODE() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/code#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** Kinds of access. */
    public static final Resource access_action = resource("access-action");
    /** Outcome of an access. */
    public static final Resource access_outcome = resource("access-outcome");
    /** arts. */
    public static final Resource achievement_arts = resource("achievement-arts");
    /** award. */
    public static final Resource achievement_award = resource("achievement-award");
    /** Kinds of non-academic achievement. */
    public static final Resource achievement_category = resource("achievement-category");
    /** leadership. */
    public static final Resource achievement_leadership = resource("achievement-leadership");
    /** sport. */
    public static final Resource achievement_sport = resource("achievement-sport");
    /** volunteering. */
    public static final Resource achievement_volunteering = resource("achievement-volunteering");
    /** erase. */
    public static final Resource action_erase = resource("action-erase");
    /** export. */
    public static final Resource action_export = resource("action-export");
    /** read. */
    public static final Resource action_read = resource("action-read");
    /** write. */
    public static final Resource action_write = resource("action-write");
    /** Who assessed. */
    public static final Resource assessor = resource("assessor");
    /** external examiner (awarding body). */
    public static final Resource assessor_examiner = resource("assessor-examiner");
    /** peer. */
    public static final Resource assessor_peer = resource("assessor-peer");
    /** self. */
    public static final Resource assessor_self = resource("assessor-self");
    /** software (needs a teacher's confirmation). */
    public static final Resource assessor_software = resource("assessor-software");
    /** teacher. */
    public static final Resource assessor_teacher = resource("assessor-teacher");
    /** child-on-child abuse. */
    public static final Resource concern_child_on_child = resource("concern-child-on-child");
    /** closed. */
    public static final Resource concern_closed = resource("concern-closed");
    /** domestic abuse. */
    public static final Resource concern_domestic_abuse = resource("concern-domestic-abuse");
    /** emotional abuse. */
    public static final Resource concern_emotional_abuse = resource("concern-emotional-abuse");
    /** criminal or sexual exploitation. */
    public static final Resource concern_exploitation = resource("concern-exploitation");
    /** mental health. */
    public static final Resource concern_mental_health = resource("concern-mental-health");
    /** neglect. */
    public static final Resource concern_neglect = resource("concern-neglect");
    /** online safety. */
    public static final Resource concern_online = resource("concern-online");
    /** open. */
    public static final Resource concern_open = resource("concern-open");
    /** physical abuse. */
    public static final Resource concern_physical_abuse = resource("concern-physical-abuse");
    /** referred to children's social care. */
    public static final Resource concern_referred = resource("concern-referred");
    /** sexual abuse. */
    public static final Resource concern_sexual_abuse = resource("concern-sexual-abuse");
    /** State of a safeguarding concern. */
    public static final Resource concern_status = resource("concern-status");
    /** Conditions of assessment. */
    public static final Resource conditions = resource("conditions");
    /** invigilated. */
    public static final Resource conditions_invigilated = resource("conditions-invigilated");
    /** supervised. */
    public static final Resource conditions_supervised = resource("conditions-supervised");
    /** unsupervised. */
    public static final Resource conditions_unsupervised = resource("conditions-unsupervised");
    /** Teacher confirmation of a software mark. */
    public static final Resource confirmation = resource("confirmation");
    /** confirmed by a teacher. */
    public static final Resource confirmation_confirmed = resource("confirmation-confirmed");
    /** not yet confirmed by a teacher. */
    public static final Resource confirmation_unconfirmed = resource("confirmation-unconfirmed");
    /** accepted. */
    public static final Resource correction_accepted = resource("correction-accepted");
    /** open. */
    public static final Resource correction_open = resource("correction-open");
    /** rejected. */
    public static final Resource correction_rejected = resource("correction-rejected");
    /** State of a correction request. */
    public static final Resource correction_status = resource("correction-status");
    /** Restrictions a court order places on a guardian. */
    public static final Resource court_restriction = resource("court-restriction");
    /** Code {@code E}: education, health and care plan. */
    public static final Resource ehc_plan = resource("ehc-plan");
    /** Derived eligibility flags (never income). */
    public static final Resource eligibility = resource("eligibility");
    /** eligible for free school meals at any time in the last six years. */
    public static final Resource eligibility_ever6 = resource("eligibility-ever6");
    /** eligible for free school meals. */
    public static final Resource eligibility_fsm = resource("eligibility-fsm");
    /** attracts pupil premium. */
    public static final Resource eligibility_pupil_premium = resource("eligibility-pupil-premium");
    /** Ethnicity (school census main codes). */
    public static final Resource ethnicity = resource("ethnicity");
    /** Code {@code ABAN}: Bangladeshi. */
    public static final Resource ethnicity_ABAN = resource("ethnicity-ABAN");
    /** Code {@code AIND}: Indian. */
    public static final Resource ethnicity_AIND = resource("ethnicity-AIND");
    /** Code {@code APKN}: Pakistani. */
    public static final Resource ethnicity_APKN = resource("ethnicity-APKN");
    /** Code {@code BAFR}: Black African. */
    public static final Resource ethnicity_BAFR = resource("ethnicity-BAFR");
    /** Code {@code BCRB}: Black Caribbean. */
    public static final Resource ethnicity_BCRB = resource("ethnicity-BCRB");
    /** Code {@code CHNE}: Chinese. */
    public static final Resource ethnicity_CHNE = resource("ethnicity-CHNE");
    /** Code {@code MOTH}: any other mixed background. */
    public static final Resource ethnicity_MOTH = resource("ethnicity-MOTH");
    /** Code {@code MWBC}: White and Black Caribbean. */
    public static final Resource ethnicity_MWBC = resource("ethnicity-MWBC");
    /** Code {@code OOTH}: any other ethnic group. */
    public static final Resource ethnicity_OOTH = resource("ethnicity-OOTH");
    /** Code {@code REFU}: refused. */
    public static final Resource ethnicity_REFU = resource("ethnicity-REFU");
    /** Code {@code WBRI}: White – British. */
    public static final Resource ethnicity_WBRI = resource("ethnicity-WBRI");
    /** Code {@code WOTH}: any other White background. */
    public static final Resource ethnicity_WOTH = resource("ethnicity-WOTH");
    /** permanent exclusion. */
    public static final Resource exclusion_permanent = resource("exclusion-permanent");
    /** Reasons for suspension or exclusion (DfE). */
    public static final Resource exclusion_reason = resource("exclusion-reason");
    /** suspension (fixed period). */
    public static final Resource exclusion_suspension = resource("exclusion-suspension");
    /** Suspensions and exclusions. */
    public static final Resource exclusion_type = resource("exclusion-type");
    /** handed in late. */
    public static final Resource homework_late = resource("homework-late");
    /** not handed in. */
    public static final Resource homework_missing = resource("homework-missing");
    /** handed in on time. */
    public static final Resource homework_on_time = resource("homework-on-time");
    /** Homework submission. */
    public static final Resource homework_status = resource("homework-status");
    /** refusal to follow instructions. */
    public static final Resource incident_defiance = resource("incident-defiance");
    /** disruption to learning. */
    public static final Resource incident_disruption = resource("incident-disruption");
    /** no equipment or homework. */
    public static final Resource incident_equipment = resource("incident-equipment");
    /** repeated lateness to lessons. */
    public static final Resource incident_lateness = resource("incident-lateness");
    /** mobile phone misuse. */
    public static final Resource incident_phone = resource("incident-phone");
    /** Kinds of behaviour incident. */
    public static final Resource incident_type = resource("incident-type");
    /** unkindness to another pupil. */
    public static final Resource incident_unkindness = resource("incident-unkindness");
    /** attendance support. */
    public static final Resource intervention_attendance = resource("intervention-attendance");
    /** mathematics catch-up. */
    public static final Resource intervention_maths = resource("intervention-maths");
    /** mentoring. */
    public static final Resource intervention_mentoring = resource("intervention-mentoring");
    /** Outcome of an intervention. */
    public static final Resource intervention_outcome = resource("intervention-outcome");
    /** reading catch-up. */
    public static final Resource intervention_reading = resource("intervention-reading");
    /** speech and language therapy. */
    public static final Resource intervention_speech_language = resource("intervention-speech-language");
    /** small-group tutoring. */
    public static final Resource intervention_tutoring = resource("intervention-tutoring");
    /** Kinds of intervention. */
    public static final Resource intervention_type = resource("intervention-type");
    /** Code {@code EXS}: working at the expected standard. */
    public static final Resource ks2_EXS = resource("ks2-EXS");
    /** Code {@code GDS}: working at greater depth. */
    public static final Resource ks2_GDS = resource("ks2-GDS");
    /** Code {@code WTS}: working towards the expected standard. */
    public static final Resource ks2_WTS = resource("ks2-WTS");
    /** Key stage 2 writing teacher assessment. */
    public static final Resource ks2_teacher_assessment = resource("ks2-teacher-assessment");
    /** Life skills. */
    public static final Resource life_skill = resource("life-skill");
    /** Code {@code ASD}: autistic spectrum disorder. */
    public static final Resource need_ASD = resource("need-ASD");
    /** Code {@code HI}: hearing impairment. */
    public static final Resource need_HI = resource("need-HI");
    /** Code {@code MLD}: moderate learning difficulty. */
    public static final Resource need_MLD = resource("need-MLD");
    /** Code {@code MSI}: multi-sensory impairment. */
    public static final Resource need_MSI = resource("need-MSI");
    /** Code {@code OTH}: other difficulty or disability. */
    public static final Resource need_OTH = resource("need-OTH");
    /** Code {@code PD}: physical disability. */
    public static final Resource need_PD = resource("need-PD");
    /** Code {@code PMLD}: profound and multiple learning difficulty. */
    public static final Resource need_PMLD = resource("need-PMLD");
    /** Code {@code SEMH}: social, emotional and mental health. */
    public static final Resource need_SEMH = resource("need-SEMH");
    /** Code {@code SLCN}: speech, language and communication needs. */
    public static final Resource need_SLCN = resource("need-SLCN");
    /** Code {@code SLD}: severe learning difficulty. */
    public static final Resource need_SLD = resource("need-SLD");
    /** Code {@code SPLD}: specific learning difficulty. */
    public static final Resource need_SPLD = resource("need-SPLD");
    /** Code {@code VI}: visual impairment. */
    public static final Resource need_VI = resource("need-VI");
    /** allowed. */
    public static final Resource outcome_allowed = resource("outcome-allowed");
    /** target met. */
    public static final Resource outcome_met = resource("outcome-met");
    /** target not met. */
    public static final Resource outcome_not_met = resource("outcome-not-met");
    /** ongoing. */
    public static final Resource outcome_ongoing = resource("outcome-ongoing");
    /** target partly met. */
    public static final Resource outcome_partly_met = resource("outcome-partly-met");
    /** refused. */
    public static final Resource outcome_refused = resource("outcome-refused");
    /** School phase. */
    public static final Resource phase = resource("phase");
    /** all-through. */
    public static final Resource phase_all_through = resource("phase-all-through");
    /** primary. */
    public static final Resource phase_primary = resource("phase-primary");
    /** secondary. */
    public static final Resource phase_secondary = resource("phase-secondary");
    /** Qualifications. */
    public static final Resource qualification = resource("qualification");
    /** GCE A level. */
    public static final Resource qualification_a_level = resource("qualification-a-level");
    /** GCSE (9–1). */
    public static final Resource qualification_gcse = resource("qualification-gcse");
    /** Code {@code BU}: bullying. */
    public static final Resource reason_BU = resource("reason-BU");
    /** Code {@code DA}: drug and alcohol related. */
    public static final Resource reason_DA = resource("reason-DA");
    /** Code {@code DM}: damage. */
    public static final Resource reason_DM = resource("reason-DM");
    /** Code {@code MT}: inappropriate use of social media or online technology. */
    public static final Resource reason_MT = resource("reason-MT");
    /** Code {@code PA}: physical assault against a pupil. */
    public static final Resource reason_PA = resource("reason-PA");
    /** Code {@code PD}: persistent disruptive behaviour. */
    public static final Resource reason_PD = resource("reason-PD");
    /** Code {@code PP}: physical assault against an adult. */
    public static final Resource reason_PP = resource("reason-PP");
    /** Code {@code TH}: theft. */
    public static final Resource reason_TH = resource("reason-TH");
    /** Code {@code VA}: verbal abuse or threatening behaviour against an adult. */
    public static final Resource reason_VA = resource("reason-VA");
    /** Code {@code VP}: verbal abuse or threatening behaviour against a pupil. */
    public static final Resource reason_VP = resource("reason-VP");
    /** A guardian's relationship to the learner. */
    public static final Resource relationship = resource("relationship");
    /** father. */
    public static final Resource relationship_father = resource("relationship-father");
    /** foster carer. */
    public static final Resource relationship_foster_carer = resource("relationship-foster-carer");
    /** grandparent. */
    public static final Resource relationship_grandparent = resource("relationship-grandparent");
    /** mother. */
    public static final Resource relationship_mother = resource("relationship-mother");
    /** other relative. */
    public static final Resource relationship_other_relative = resource("relationship-other-relative");
    /** social worker (corporate parent). */
    public static final Resource relationship_social_worker = resource("relationship-social-worker");
    /** step-parent. */
    public static final Resource relationship_step_parent = resource("relationship-step-parent");
    /** may not collect the learner from school. */
    public static final Resource restriction_no_collection = resource("restriction-no-collection");
    /** no contact with the learner. */
    public static final Resource restriction_no_contact = resource("restriction-no-contact");
    /** may not receive information about the learner. */
    public static final Resource restriction_no_information = resource("restriction-no-information");
    /** Categories of safeguarding concern. */
    public static final Resource safeguarding_category = resource("safeguarding-category");
    /** SEN type of need (school census). */
    public static final Resource sen_need = resource("sen-need");
    /** SEN provision (school census). */
    public static final Resource sen_provision = resource("sen-provision");
    /** Code {@code K}: SEN support. */
    public static final Resource sen_support = resource("sen-support");
    /** Registration sessions. */
    public static final Resource session = resource("session");
    /** Code {@code AM}: morning. */
    public static final Resource session_am = resource("session-am");
    /** Code {@code PM}: afternoon. */
    public static final Resource session_pm = resource("session-pm");
    /** Sex as recorded for the school census. */
    public static final Resource sex = resource("sex");
    /** Code {@code F}: female. */
    public static final Resource sex_F = resource("sex-F");
    /** Code {@code M}: male. */
    public static final Resource sex_M = resource("sex-M");
    /** personal budgeting. */
    public static final Resource skill_budgeting = resource("skill-budgeting");
    /** cooking a healthy meal. */
    public static final Resource skill_cooking = resource("skill-cooking");
    /** cycling proficiency. */
    public static final Resource skill_cycling = resource("skill-cycling");
    /** first aid. */
    public static final Resource skill_first_aid = resource("skill-first-aid");
    /** staying safe online. */
    public static final Resource skill_online_safety = resource("skill-online-safety");
    /** public speaking. */
    public static final Resource skill_public_speaking = resource("skill-public-speaking");
    /** swimming 25 metres. */
    public static final Resource skill_swimming = resource("skill-swimming");
    /** Subjects. */
    public static final Resource subject = resource("subject");
    /** art and design. */
    public static final Resource subject_art_and_design = resource("subject-art-and-design");
    /** biology. */
    public static final Resource subject_biology = resource("subject-biology");
    /** chemistry. */
    public static final Resource subject_chemistry = resource("subject-chemistry");
    /** combined science. */
    public static final Resource subject_combined_science = resource("subject-combined-science");
    /** computing. */
    public static final Resource subject_computing = resource("subject-computing");
    /** English language. */
    public static final Resource subject_english_language = resource("subject-english-language");
    /** English literature. */
    public static final Resource subject_english_literature = resource("subject-english-literature");
    /** French. */
    public static final Resource subject_french = resource("subject-french");
    /** geography. */
    public static final Resource subject_geography = resource("subject-geography");
    /** grammar, punctuation and spelling. */
    public static final Resource subject_grammar_punctuation_spelling = resource("subject-grammar-punctuation-spelling");
    /** history. */
    public static final Resource subject_history = resource("subject-history");
    /** mathematics. */
    public static final Resource subject_mathematics = resource("subject-mathematics");
    /** music. */
    public static final Resource subject_music = resource("subject-music");
    /** physical education. */
    public static final Resource subject_physical_education = resource("subject-physical-education");
    /** physics. */
    public static final Resource subject_physics = resource("subject-physics");
    /** reading. */
    public static final Resource subject_reading = resource("subject-reading");
    /** religious studies. */
    public static final Resource subject_religious_studies = resource("subject-religious-studies");
    /** Spanish. */
    public static final Resource subject_spanish = resource("subject-spanish");
    /** writing. */
    public static final Resource subject_writing = resource("subject-writing");

    // States of an issued credential.
    /** State of an issued credential. */
    public static final Resource credential_state = resource("credential-state");
    /** active. */
    public static final Resource credential_active = resource("credential-active");
    /** suspended. */
    public static final Resource credential_suspended = resource("credential-suspended");
    /** revoked. */
    public static final Resource credential_revoked = resource("credential-revoked");
}
