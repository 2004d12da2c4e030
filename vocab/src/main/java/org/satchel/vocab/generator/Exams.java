package org.satchel.vocab.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Statutory assessments and examinations: KS2 tests and writing teacher assessment in year 6,
 * GCSEs in year 11, A levels in year 13. Each result is the learner's attainment plus noise, cut
 * at the published national distribution, so the school's results match England's.
 */
final class Exams implements RecordFamily {
    /**
     * GCSE grades U, 1…9 of all entries in England, summer 2024 (Ofqual/JCQ cumulative percentages,
     * rounded): 9 4.5%, 8 7%, 7 10%, 6 14%, 5 17%, 4 18%, 3 14%, 2 8%, 1 5%, U 2.5% (70.5% at 4 or above).
     */
    static final double[] GCSE_CUTS = Draw.cuts(2.5, 5, 8, 14, 18, 17, 14, 10, 7, 4.5);
    static final String[] GCSE_GRADES = {"U", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    /** A level grades U, E…A* in England, summer 2024 (JCQ): A* 9%, A 19%, B 25%, C 23%, D 14%, E 7%, U 3%. */
    static final double[] A_LEVEL_CUTS = Draw.cuts(3, 7, 14, 23, 25, 19, 9);
    static final String[] A_LEVEL_GRADES = {"U", "E", "D", "C", "B", "A", "A*"};
    /** KS2 writing teacher assessment 2024 (DfE, KS2 attainment): 72% at the expected standard or above, 13% greater depth. */
    static final double[] WRITING_CUTS = Draw.cuts(28, 59, 13);
    static final Resource[] WRITING = {CODE.ks2_WTS, CODE.ks2_EXS, CODE.ks2_GDS};
    /** How closely a single result follows the learner's attainment. */
    private static final double LOADING = 0.85;

    enum Kind {
        KS2("KS2", "ks2/", SAT.KeyStage2Result), GCSE("GCSE", "gcse/", SAT.GcseResult), A_LEVEL("A level", "alevel/", SAT.ALevelResult);

        final String label;
        final String path;
        final Resource type;

        Kind(String label, String path, Resource type) {
            this.label = label;
            this.path = path;
            this.type = type;
        }
    }

    /** One result. A KS2 test has a scaled score, KS2 writing a teacher assessment (index into {@link #WRITING}), exams a grade. */
    record Result(Kind kind, Subject subject, int academicYear, LocalDate sat, LocalDate published, String grade,
            int scaledScore, int writing, Staff teacher) {}

    private final Learner learner;
    private final School school;
    private final List<Result> results = new ArrayList<>();

    private Exams(Learner learner, School school) {
        this.learner = learner;
        this.school = school;
    }

    static Exams simulate(Learner learner, School school, SplittableRandom rnd) {
        Exams e = new Exams(learner, school);
        for (Learner.Year year : learner.years) {
            SchoolCalendar cal = year.calendar();
            // Only learners still on roll for the exam season sit them.
            if (year.lastDate().isBefore(cal.ks2TestWeek().plusWeeks(4))) {
                continue;
            }
            switch (year.yearGroup()) {
                case 6 -> e.ks2(year, rnd);
                case 11 -> e.exams(Kind.GCSE, year, Curriculum.gcses(learner), cal.gcseResultsDay(), rnd);
                case 13 -> e.exams(Kind.A_LEVEL, year, Curriculum.aLevels(learner), cal.aLevelResultsDay(), rnd);
                default -> { }
            }
        }
        return e;
    }

    private double score(SplittableRandom rnd) {
        return Draw.correlated(rnd, learner.ability, LOADING);
    }

    private void ks2(Learner.Year year, SplittableRandom rnd) {
        SchoolCalendar cal = year.calendar();
        LocalDate week = cal.ks2TestWeek();
        // Test timetable: grammar, punctuation and spelling on Monday, reading Tuesday, mathematics Wednesday.
        Subject[] tests = {Subject.GRAMMAR, Subject.READING, Subject.MATHEMATICS};
        for (int i = 0; i < tests.length; i++) {
            // Scaled scores: national mean about 105, sd about 7 (DfE, KS2 attainment 2024), reported 80 to 120.
            int scaled = (int) Math.max(80, Math.min(120, Math.round(105 + 7 * score(rnd))));
            results.add(new Result(Kind.KS2, tests[i], cal.year, week.plusDays(i), cal.ks2ResultsDay(), null, scaled, -1, null));
        }
        // Writing is judged by the class teacher, submitted by the end of June.
        LocalDate submitted = LocalDate.of(cal.year + 1, 6, 30);
        int ta = Draw.bucket(score(rnd), WRITING_CUTS);
        Staff teacher = school.classTeacher(6, learner.yearKey(year));
        results.add(new Result(Kind.KS2, Subject.WRITING, cal.year, cal.day(cal.onOrAfter(submitted) - 1), cal.ks2ResultsDay(), null, -1, ta, teacher));
    }

    private void exams(Kind kind, Learner.Year year, List<Subject> subjects, LocalDate resultsDay, SplittableRandom rnd) {
        SchoolCalendar cal = year.calendar();
        LocalDate seasonStart = LocalDate.of(cal.year + 1, 5, 12).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (Subject subject : subjects) {
            String grade;
            if (kind == Kind.A_LEVEL) {
                grade = A_LEVEL_GRADES[Draw.bucket(score(rnd), A_LEVEL_CUTS)];
            } else if (subject == Subject.COMBINED_SCIENCE) {
                // A double award: two adjacent grades, the higher first (9-9 … 1-1), or U.
                int first = Draw.bucket(score(rnd), GCSE_CUTS);
                int second = Draw.chance(rnd, 0.5) ? first : first - 1;
                grade = first == 0 ? "U" : first + "-" + Math.max(1, second);
            } else {
                grade = GCSE_GRADES[Draw.bucket(score(rnd), GCSE_CUTS)];
            }
            LocalDate sat = cal.day(cal.onOrAfter(seasonStart.plusDays(rnd.nextInt(35))));
            results.add(new Result(kind, subject, cal.year, sat, resultsDay, grade, -1, -1, null));
        }
    }

    private Provenance provenance(Result r) {
        if (r.teacher() != null) {
            return Provenance.at(r.teacher().iri(), r.sat(), 16, 45, school.mis, PURPOSE.statutory_return);
        }
        // Results arrive from the STA or the awarding bodies and are imported into the MIS at 08:00.
        return Provenance.at(school.mis, r.published(), 8, 0, school.mis, PURPOSE.statutory_return);
    }

    private static String series(Result r) {
        return (r.academicYear() + 1) + "-06";
    }

    @Override
    public void rdf(RecordOut out) {
        for (Result r : results) {
            String id = r.kind() == Kind.KS2 ? r.academicYear() + "-" + r.subject().slug : series(r) + "-" + r.subject().slug;
            Node n = out.record(r.kind().type, r.kind().path + id, provenance(r));
            out.date(n, SAT.assessedOn, r.sat());
            boolean teacherAssessed = r.teacher() != null;
            out.link(n, SAT.assessorRole, teacherAssessed ? CODE.assessor_teacher : CODE.assessor_examiner);
            if (teacherAssessed) {
                out.link(n, SAT.assessedBy, r.teacher().iri());
            }
            out.link(n, SAT.conditions, teacherAssessed ? CODE.conditions_supervised : CODE.conditions_invigilated);
            out.link(n, SAT.subject, r.subject().code);
            if (r.kind() == Kind.KS2) {
                out.add(n, SAT.academicYear.asNode(), Literals.typed(Integer.toString(r.academicYear()), XSDDatatype.XSDgYear));
                if (r.scaledScore() >= 0) {
                    out.integer(n, SAT.scaledScore, r.scaledScore());
                } else {
                    out.link(n, SAT.teacherAssessment, WRITING[r.writing()]);
                }
            } else {
                out.link(n, SAT.qualification, r.kind() == Kind.GCSE ? CODE.qualification_gcse : CODE.qualification_a_level);
                out.text(n, SAT.grade, r.grade());
                out.text(n, SAT.awardingBody, r.kind() == Kind.GCSE ? r.subject().gcseBoard : r.subject().aLevelBoard);
                out.add(n, SAT.examSeries.asNode(), Literals.typed(series(r), XSDDatatype.XSDgYearMonth));
            }
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Result r : results) {
            Provenance p = provenance(r);
            boolean ks2 = r.kind() == Kind.KS2;
            rows.learnerRow(CsvFile.EXAM_RESULTS, r.kind().label, r.subject().label, r.academicYear(),
                    ks2 ? null : series(r), r.grade(), r.scaledScore() >= 0 ? r.scaledScore() : null,
                    r.writing() >= 0 ? WRITING[r.writing()].getLocalName().substring(4) : null,
                    ks2 ? null : r.kind() == Kind.GCSE ? r.subject().gcseBoard : r.subject().aLevelBoard,
                    r.sat(), r.teacher() == null ? null : r.teacher().code(), p.agentCode(), p.timeLexical());
        }
    }
}
