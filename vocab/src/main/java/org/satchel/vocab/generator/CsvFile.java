package org.satchel.vocab.generator;

import java.util.List;

/**
 * The files of the CSV export, as a management information system exports them: one row per
 * record, keyed by UPN and also carrying the pseudonymous id, each with a header row. The
 * descriptions become {@code README.txt}.
 */
enum CsvFile {
    SCHOOL("school.csv", "The school: one row.",
            "URN", "School Name", "Phase", "Telephone", "Email", "School IRI"),
    STAFF("staff.csv", "Staff, with the codes other files use in Recorded By, Assessed By and similar columns.",
            "Staff Code", "Surname", "Forename", "Email", "Roles", "Subjects Taught", "Staff IRI"),
    SYSTEMS("systems.csv", "The software records were kept in, with the codes Recorded By and Source System columns use.",
            "System Code", "Name", "System IRI"),
    PUPILS("pupils.csv", "One row per pupil: identity and census characteristics. Year Group is the pupil's year group in their last year on roll in the export.",
            "UPN", "Pupil ID", "Legal Surname", "Legal Forename", "Date of Birth", "Sex", "Ethnicity", "First Language",
            "Year Group", "Admission Date", "Leaving Date"),
    CONTACTS("contacts.csv", "Parents and carers: one row per pupil and contact, in contact priority order. A court order restricting a contact is on that contact's row, with who recorded the order and when.",
            "UPN", "Pupil ID", "Contact ID", "Contact Surname", "Contact Forename", "Relationship", "Parental Responsibility",
            "Priority", "Email", "Telephone", "Court Order Restriction", "Court Order Made", "Court Order Expires",
            "Court Reference", "Court Order Recorded By", "Court Order Recorded At", "Recorded By", "Recorded At"),
    ENROLMENTS("enrolments.csv", "Admission register: one row per pupil, with the year group on entry and the leaving date if they left.",
            "UPN", "Pupil ID", "School URN", "Entry Date", "Year Group on Entry", "Leaving Date", "Recorded By", "Recorded At"),
    ATTENDANCE("attendance.csv", "Register marks: one row per pupil and session (AM, PM), with the DfE attendance code (/ and \\ present, L late, I illness, and so on).",
            "UPN", "Pupil ID", "Date", "Session", "Mark", "Recorded By", "Recorded At"),
    ASSESSMENTS("assessments.csv", "Weekly formative assessments. Assessor Type is teacher, peer, self or software; a software mark stays Unconfirmed until a teacher confirms it.",
            "UPN", "Pupil ID", "Week Starting", "Assessed On", "Subject", "Title", "Score", "Max Score", "Assessor Type",
            "Assessed By", "Conditions", "Confirmation", "Confirmed By", "Confirmed At", "Recorded By", "Recorded At",
            "Source System"),
    HOMEWORK("homework.csv", "Homework set, handed in (on time, late or missing) and marked by a teacher or by the quiz platform; Score and Marked On are empty until it is marked.",
            "UPN", "Pupil ID", "Subject", "Title", "Set On", "Due On", "Status", "Handed In On", "Marked On", "Score", "Max Score",
            "Marked By Type", "Marked By", "Confirmation", "Confirmed By", "Confirmed At", "Recorded By", "Recorded At",
            "Source System"),
    EXAM_RESULTS("exam_results.csv", "Statutory assessments and examinations: KS2 (scaled score, or the writing teacher assessment, with the teacher in Assessed By), GCSE (9-1; combined science a double grade such as 5-4) and A level (A*-E).",
            "UPN", "Pupil ID", "Qualification", "Subject", "Academic Year", "Series", "Grade", "Scaled Score",
            "Teacher Assessment", "Awarding Body", "Assessed On", "Assessed By", "Recorded By", "Recorded At"),
    ACHIEVEMENTS("achievements.csv", "Non-academic achievements, with the Open Badges 3.0 achievement type.",
            "UPN", "Pupil ID", "Date", "Category", "Title", "Description", "Awarded By", "Level", "Open Badges Type",
            "Recorded By", "Recorded At"),
    LIFE_SKILLS("life_skills.csv", "Life skills demonstrated.",
            "UPN", "Pupil ID", "Date", "Skill", "Level", "Assessed By", "Recorded By", "Recorded At"),
    BEHAVIOUR("behaviour.csv", "Behaviour incidents.",
            "UPN", "Pupil ID", "Date", "Time", "Incident Type", "Points", "Summary", "Action Taken", "Recorded By",
            "Recorded At"),
    EXCLUSIONS("exclusions.csv", "Suspensions and permanent exclusions, with up to three DfE reason codes.",
            "UPN", "Pupil ID", "Category", "Start Date", "End Date", "Sessions", "Reason 1", "Reason 2", "Reason 3",
            "Decided By", "Decided On", "Summary", "Recorded By", "Recorded At"),
    INTERVENTIONS("interventions.csv", "Interventions: extra support, who delivers it, target and outcome.",
            "UPN", "Pupil ID", "Intervention", "Subject", "Start Date", "End Date", "Delivered By", "Target", "Outcome",
            "Recorded By", "Recorded At"),
    SEN("sen.csv", "SEN provision (K SEN support, E EHC plan) and primary need; one row per annual review (Reviewed On), with the date of the next (Review Date), each replacing the one before.",
            "UPN", "Pupil ID", "Provision", "Primary Need", "Start Date", "Reviewed On", "Review Date",
            "Replaces Review Of", "Recorded By", "Recorded At"),
    MEDICAL("medical.csv", "Medical conditions the school must know of; one row per annual review (Reviewed On), with the date of the next (Review Date).",
            "UPN", "Pupil ID", "Condition", "Healthcare Plan", "Start Date", "Reviewed On", "Review Date",
            "Replaces Review Of", "Recorded By", "Recorded At"),
    ELIGIBILITY("eligibility.csv", "Derived eligibility flags (FSM, Ever 6, pupil premium) with source and dates. Income is never held.",
            "UPN", "Pupil ID", "Eligibility", "Source", "Valid From", "Expires", "Recorded By", "Recorded At"),
    SAFEGUARDING("safeguarding.csv", "Safeguarding concerns: the designated safeguarding lead's records.",
            "UPN", "Pupil ID", "Raised On", "Categories", "Status", "Summary", "Actions Taken", "Recorded By",
            "Recorded At"),
    REFLECTIONS("reflections.csv", "Reflections in the learner's own words, from the learning platform (not the school's assertions).",
            "UPN", "Pupil ID", "Written On", "Subject", "Text", "Recorded By", "Recorded At"),
    TARGETS("targets.csv", "Targets learners set themselves, from the learning platform.",
            "UPN", "Pupil ID", "Written On", "Subject", "Target", "Target Date", "Met", "Recorded By", "Recorded At"),
    CONSENTS("consents.csv", "Consent to sharing the law does not require (research is off unless opted in), and the system it was given in.",
            "UPN", "Pupil ID", "Purpose", "Consent Given", "Recorded By", "Recorded At", "Source System");

    final String fileName;
    final String description;
    final List<String> header;

    CsvFile(String fileName, String description, String... header) {
        this.fileName = fileName;
        this.description = description;
        this.header = List.of(header);
    }
}
