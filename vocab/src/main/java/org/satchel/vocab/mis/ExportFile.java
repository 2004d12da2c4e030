package org.satchel.vocab.mis;

import java.util.List;

/**
 * The files of an MIS export this package reads, each with the header row it must have. The
 * school files come first; every other file holds learner rows keyed by UPN and Pupil ID.
 */
enum ExportFile {
    SCHOOL("school.csv", true, "URN", "School Name", "Phase", "Telephone", "Email", "School IRI"),
    STAFF("staff.csv", true, "Staff Code", "Surname", "Forename", "Email", "Roles", "Subjects Taught", "Staff IRI"),
    SYSTEMS("systems.csv", true, "System Code", "Name", "System IRI"),
    PUPILS("pupils.csv", true, "UPN", "Pupil ID", "Legal Surname", "Legal Forename", "Date of Birth", "Sex",
            "Ethnicity", "First Language", "Year Group", "Admission Date", "Leaving Date"),
    ENROLMENTS("enrolments.csv", true, "UPN", "Pupil ID", "School URN", "Entry Date", "Year Group on Entry",
            "Leaving Date", "Recorded By", "Recorded At"),
    CONTACTS("contacts.csv", false, "UPN", "Pupil ID", "Contact ID", "Contact Surname", "Contact Forename",
            "Relationship", "Parental Responsibility", "Priority", "Email", "Telephone", "Court Order Restriction",
            "Court Order Made", "Court Order Expires", "Court Reference", "Court Order Recorded By",
            "Court Order Recorded At", "Recorded By", "Recorded At"),
    ELIGIBILITY("eligibility.csv", false, "UPN", "Pupil ID", "Eligibility", "Source", "Valid From", "Expires",
            "Recorded By", "Recorded At"),
    SEN("sen.csv", false, "UPN", "Pupil ID", "Provision", "Primary Need", "Start Date", "Reviewed On",
            "Review Date", "Replaces Review Of", "Recorded By", "Recorded At"),
    MEDICAL("medical.csv", false, "UPN", "Pupil ID", "Condition", "Healthcare Plan", "Start Date", "Reviewed On",
            "Review Date", "Replaces Review Of", "Recorded By", "Recorded At"),
    ATTENDANCE("attendance.csv", false, "UPN", "Pupil ID", "Date", "Session", "Mark", "Recorded By", "Recorded At"),
    ASSESSMENTS("assessments.csv", false, "UPN", "Pupil ID", "Week Starting", "Assessed On", "Subject", "Title",
            "Score", "Max Score", "Assessor Type", "Assessed By", "Conditions", "Confirmation", "Confirmed By",
            "Confirmed At", "Recorded By", "Recorded At", "Source System"),
    HOMEWORK("homework.csv", false, "UPN", "Pupil ID", "Subject", "Title", "Set On", "Due On", "Status",
            "Handed In On", "Marked On", "Score", "Max Score", "Marked By Type", "Marked By", "Confirmation",
            "Confirmed By", "Confirmed At", "Recorded By", "Recorded At", "Source System"),
    EXAM_RESULTS("exam_results.csv", false, "UPN", "Pupil ID", "Qualification", "Subject", "Academic Year", "Series",
            "Grade", "Scaled Score", "Teacher Assessment", "Awarding Body", "Assessed On", "Assessed By",
            "Recorded By", "Recorded At"),
    ACHIEVEMENTS("achievements.csv", false, "UPN", "Pupil ID", "Date", "Category", "Title", "Description",
            "Awarded By", "Level", "Open Badges Type", "Recorded By", "Recorded At"),
    LIFE_SKILLS("life_skills.csv", false, "UPN", "Pupil ID", "Date", "Skill", "Level", "Assessed By", "Recorded By",
            "Recorded At"),
    BEHAVIOUR("behaviour.csv", false, "UPN", "Pupil ID", "Date", "Time", "Incident Type", "Points", "Summary",
            "Action Taken", "Recorded By", "Recorded At"),
    EXCLUSIONS("exclusions.csv", false, "UPN", "Pupil ID", "Category", "Start Date", "End Date", "Sessions",
            "Reason 1", "Reason 2", "Reason 3", "Decided By", "Decided On", "Summary", "Recorded By", "Recorded At"),
    INTERVENTIONS("interventions.csv", false, "UPN", "Pupil ID", "Intervention", "Subject", "Start Date", "End Date",
            "Delivered By", "Target", "Outcome", "Recorded By", "Recorded At"),
    SAFEGUARDING("safeguarding.csv", false, "UPN", "Pupil ID", "Raised On", "Categories", "Status", "Summary",
            "Actions Taken", "Recorded By", "Recorded At"),
    REFLECTIONS("reflections.csv", false, "UPN", "Pupil ID", "Written On", "Subject", "Text", "Recorded By",
            "Recorded At"),
    TARGETS("targets.csv", false, "UPN", "Pupil ID", "Written On", "Subject", "Target", "Target Date", "Met",
            "Recorded By", "Recorded At"),
    CONSENTS("consents.csv", false, "UPN", "Pupil ID", "Purpose", "Consent Given", "Recorded By", "Recorded At",
            "Source System");

    /** Learner files lead with these two columns. */
    static final int UPN = 0;
    static final int PUPIL_ID = 1;

    final String fileName;
    /** Without it nothing can be imported: it names the school, its staff and systems, or the learners themselves. */
    final boolean required;
    final List<String> header;

    ExportFile(String fileName, boolean required, String... header) {
        this.fileName = fileName;
        this.required = required;
        this.header = List.of(header);
    }

    /** Whether rows of this file belong to learners (and are read learner by learner). */
    boolean learnerFile() {
        return ordinal() >= PUPILS.ordinal();
    }

    /** The index of {@code name} in the header. */
    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(fileName + " has no column " + name);
        }
        return i;
    }

    static ExportFile named(String fileName) {
        for (ExportFile f : values()) {
            if (f.fileName.equals(fileName)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a file of the export: " + fileName);
    }
}
