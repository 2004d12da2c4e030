package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.EXAM_RESULTS;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisCodes.ExamKind;
import org.satchel.vocab.mis.MisCodes.Named;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Statutory assessments and examinations (exam_results.csv). A KS2 result is named for its academic
 * year, a GCSE or A level for its exam series. The KS2 writing judgement is the class teacher's,
 * made in class (supervised); tests and exams are marked by examiners and invigilated.
 */
final class ExamRows {
    private static final int QUALIFICATION = EXAM_RESULTS.column("Qualification");
    private static final int SUBJECT = EXAM_RESULTS.column("Subject");
    private static final int YEAR = EXAM_RESULTS.column("Academic Year");
    private static final int SERIES = EXAM_RESULTS.column("Series");
    private static final int GRADE = EXAM_RESULTS.column("Grade");
    private static final int SCALED = EXAM_RESULTS.column("Scaled Score");
    private static final int TEACHER_ASSESSMENT = EXAM_RESULTS.column("Teacher Assessment");
    private static final int BOARD = EXAM_RESULTS.column("Awarding Body");
    private static final int ON = EXAM_RESULTS.column("Assessed On");
    private static final int ASSESSED_BY = EXAM_RESULTS.column("Assessed By");
    private static final int BY = EXAM_RESULTS.column("Recorded By");
    private static final int AT = EXAM_RESULTS.column("Recorded At");

    private ExamRows() {}

    static void read(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(EXAM_RESULTS, line);
            ExamKind kind = f.code(QUALIFICATION, MisCodes.EXAM_KINDS, "a qualification");
            Named subject = f.code(SUBJECT, MisCodes.SUBJECTS, "a subject");
            Integer year = f.integer(YEAR, 1900, 2999);
            Day on = f.date(ON);
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.statutory_return);
            if (kind == null) {
                continue;
            }
            boolean ks2 = kind.qualification() == null;
            Integer scaled = null;
            Node judgement = null;
            Node teacher = null;
            String series = null;
            String grade = null;
            String board = null;
            if (ks2) {
                scaled = f.optionalInteger(SCALED, 80, 120);
                judgement = f.optionalCode(TEACHER_ASSESSMENT, MisCodes.KS2_TEACHER_ASSESSMENTS, "a KS2 teacher assessment");
                if (f.empty(SCALED) == f.empty(TEACHER_ASSESSMENT)) {
                    f.problem(Code.INCONSISTENT, SCALED, "a KS2 result has a Scaled Score (a test) or a Teacher Assessment (writing), one or the other");
                }
                if (f.empty(TEACHER_ASSESSMENT)) {
                    f.mustBeEmpty(ASSESSED_BY, "for a test: examiners mark it");
                } else {
                    teacher = f.staff(ASSESSED_BY);
                }
                f.mustBeEmpty(SERIES, "for KS2");
                f.mustBeEmpty(GRADE, "for KS2");
            } else {
                series = f.text(SERIES);
                if (series != null && !isYearMonth(series)) {
                    f.problem(Code.BAD_VALUE, SERIES, "Series '" + series + "' is not a year and month written yyyy-mm");
                }
                grade = f.text(GRADE);
                board = f.optionalText(BOARD);
                for (int column : new int[] {SCALED, TEACHER_ASSESSMENT, ASSESSED_BY}) {
                    f.mustBeEmpty(column, "for a " + f.raw(QUALIFICATION) + " result");
                }
            }
            if (f.failed()) {
                continue;
            }
            String name = kind.path() + (ks2 ? Integer.toString(year) : series) + "-" + subject.slug();
            Node r = out.record(f, kind.type(), name, p);
            if (r == null) {
                continue;
            }
            out.date(r, SAT.assessedOn, on);
            out.link(r, SAT.assessorRole, teacher != null ? CODE.assessor_teacher.asNode() : CODE.assessor_examiner.asNode());
            if (teacher != null) {
                out.link(r, SAT.assessedBy, teacher);
            }
            out.link(r, SAT.conditions, teacher != null ? CODE.conditions_supervised.asNode() : CODE.conditions_invigilated.asNode());
            out.link(r, SAT.subject, subject.code());
            if (ks2) {
                out.link(r, SAT.academicYear, NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear));
                if (scaled != null) {
                    out.integer(r, SAT.scaledScore, scaled);
                } else {
                    out.link(r, SAT.teacherAssessment, judgement);
                }
            } else {
                out.link(r, SAT.qualification, kind.qualification());
                out.text(r, SAT.grade, grade);
                if (board != null) {
                    out.text(r, SAT.awardingBody, board);
                }
                out.link(r, SAT.examSeries, NodeFactory.createLiteralDT(series, XSDDatatype.XSDgYearMonth));
            }
        }
    }

    /** yyyy-mm, month 01 to 12. */
    private static boolean isYearMonth(String s) {
        if (s.length() != 7 || s.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (i != 4 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        int month = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
        return month >= 1 && month <= 12;
    }
}
