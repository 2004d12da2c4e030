package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.ASSESSMENTS;
import static org.satchel.vocab.mis.ExportFile.HOMEWORK;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisCodes.Named;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Weekly formative assessments (assessments.csv), one per subject and week, and homework
 * (homework.csv), one per subject and day set. Homework is done at home, so unsupervised.
 */
final class AssessmentRows {
    private static final int WEEK = ASSESSMENTS.column("Week Starting");
    private static final int ON = ASSESSMENTS.column("Assessed On");
    private static final int SUBJECT = ASSESSMENTS.column("Subject");
    private static final int TITLE = ASSESSMENTS.column("Title");
    private static final int SCORE = ASSESSMENTS.column("Score");
    private static final int MAX = ASSESSMENTS.column("Max Score");
    private static final int CONDITIONS = ASSESSMENTS.column("Conditions");
    private static final int BY = ASSESSMENTS.column("Recorded By");
    private static final int AT = ASSESSMENTS.column("Recorded At");
    private static final int SYSTEM = ASSESSMENTS.column("Source System");
    private static final Assessor.Columns ASSESSOR = new Assessor.Columns(ASSESSMENTS, "Assessor Type", "Assessed By");

    private static final int H_SUBJECT = HOMEWORK.column("Subject");
    private static final int H_TITLE = HOMEWORK.column("Title");
    private static final int SET = HOMEWORK.column("Set On");
    private static final int DUE = HOMEWORK.column("Due On");
    private static final int STATUS = HOMEWORK.column("Status");
    private static final int HANDED_IN = HOMEWORK.column("Handed In On");
    private static final int MARKED = HOMEWORK.column("Marked On");
    private static final int H_SCORE = HOMEWORK.column("Score");
    private static final int H_MAX = HOMEWORK.column("Max Score");
    private static final int H_BY = HOMEWORK.column("Recorded By");
    private static final int H_AT = HOMEWORK.column("Recorded At");
    private static final int H_SYSTEM = HOMEWORK.column("Source System");
    private static final Assessor.Columns MARKER = new Assessor.Columns(HOMEWORK, "Marked By Type", "Marked By");
    private static final Node MISSING = CODE.homework_missing.asNode();
    private static final Node UNSUPERVISED = CODE.conditions_unsupervised.asNode();

    private AssessmentRows() {}

    static void readAssessments(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(ASSESSMENTS, line);
            Day week = f.date(WEEK);
            Day on = f.date(ON);
            Named subject = f.code(SUBJECT, MisCodes.SUBJECTS, "a subject");
            String title = f.text(TITLE);
            Integer max = f.integer(MAX, 1, 10_000);
            Integer score = f.integer(SCORE, 0, 10_000);
            if (score != null && max != null && score > max) {
                f.problem(Code.INCONSISTENT, SCORE, "Score " + score + " is more than Max Score " + max);
            }
            Assessor assessor = Assessor.read(f, ASSESSOR);
            Node conditions = f.code(CONDITIONS, MisCodes.CONDITIONS_OF_ASSESSMENT, "assessment conditions");
            GraphOut.Provenance p = f.provenance(BY, AT, f.system(SYSTEM), PURPOSE.teaching);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.FormativeAssessment.asNode(), "formative/" + week.text() + "-" + subject.slug(), p);
            if (r == null) {
                continue;
            }
            out.date(r, SAT.assessedOn, on);
            assessor.write(out, r, conditions);
            out.link(r, SAT.subject, subject.code());
            out.date(r, SAT.weekStarting, week);
            out.text(r, SAT.title, title);
            out.decimal(r, SAT.score, score);
            out.decimal(r, SAT.maxScore, max);
        }
    }

    static void readHomework(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(HOMEWORK, line);
            Named subject = f.code(H_SUBJECT, MisCodes.SUBJECTS, "a subject");
            String title = f.text(H_TITLE);
            Day set = f.date(SET);
            Day due = f.date(DUE);
            Node status = f.code(STATUS, MisCodes.HOMEWORK_STATUSES, "a homework status");
            Day handedIn = null;
            if (MISSING.equals(status)) {
                f.mustBeEmpty(HANDED_IN, "when the homework is missing");
            } else if (status != null) {
                handedIn = f.date(HANDED_IN);
            }
            Day marked = f.optionalDate(MARKED);
            Integer max = f.integer(H_MAX, 1, 10_000);
            Integer score = null;
            if (marked != null) {
                score = f.integer(H_SCORE, 0, 10_000);
                if (score != null && max != null && score > max) {
                    f.problem(Code.INCONSISTENT, H_SCORE, "Score " + score + " is more than Max Score " + max);
                }
            } else {
                f.mustBeEmpty(H_SCORE, "until the homework is marked (Marked On)");
            }
            Assessor assessor = Assessor.read(f, MARKER);
            GraphOut.Provenance p = f.provenance(H_BY, H_AT, f.system(H_SYSTEM), PURPOSE.teaching);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.Homework.asNode(), "homework/" + set.text() + "-" + subject.slug(), p);
            if (r == null) {
                continue;
            }
            if (marked != null) {
                out.date(r, SAT.assessedOn, marked);
            }
            assessor.write(out, r, UNSUPERVISED);
            out.link(r, SAT.subject, subject.code());
            out.text(r, SAT.title, title);
            out.date(r, SAT.setOn, set);
            out.date(r, SAT.dueOn, due);
            out.link(r, SAT.submissionStatus, status);
            if (handedIn != null) {
                out.date(r, SAT.submittedOn, handedIn);
            }
            if (score != null) {
                out.decimal(r, SAT.score, score);
            }
            out.decimal(r, SAT.maxScore, max);
        }
    }
}
