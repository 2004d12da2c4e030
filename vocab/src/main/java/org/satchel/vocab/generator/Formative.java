package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Weekly formative checks, one per subject taught each teaching week, taken in class on a fixed
 * day of the week (missed when the learner is absent that session). Most are marked by the
 * teacher; about a third of quizzable subjects' checks are quizzes marked by software and later
 * confirmed by the teacher (or not yet); a few are peer- or self-marked.
 */
final class Formative implements RecordFamily {
    record Check(LocalDate weekStarting, LocalDate on, boolean morning, Subject subject, String title, int score,
            Assessor assessor) {}

    private final Learner learner;
    private final School school;
    private final List<Check> checks = new ArrayList<>();

    private Formative(Learner learner, School school) {
        this.learner = learner;
        this.school = school;
    }

    static Formative simulate(Learner learner, School school, Attendance attendance, SplittableRandom rnd) {
        Formative f = new Formative(learner, school);
        LocalDate windowEnd = learner.windowEnd;
        for (Attendance.YearMarks marks : attendance.years()) {
            Learner.Year year = marks.year();
            SchoolCalendar cal = year.calendar();
            List<Subject> subjects = Curriculum.taught(learner, year);
            long staffKey = learner.yearKey(year);
            for (int week = 0; week < cal.weekCount(); week++) {
                for (int i = 0; i < subjects.size(); i++) {
                    Subject subject = subjects.get(i);
                    int day = cal.weekFirstDay(week) + (i % cal.weekLength(week));
                    boolean morning = i % 2 == 0;
                    if (day > year.lastDay() || !Attendance.inSchool(marks.codes()[2 * day + (morning ? 0 : 1)])) {
                        continue;
                    }
                    LocalDate on = cal.day(day);
                    Staff teacher = school.teacher(subject, year.yearGroup(), staffKey);
                    double p = Draw.logistic(0.9 + 0.9 * learner.ability + 0.5 * rnd.nextGaussian());
                    int score = (int) Math.round(p * subject.maxScore);
                    String topic = subject.topics.get((week + i) % subject.topics.size());
                    f.checks.add(new Check(cal.weekMonday(week), on, morning, subject, topic + ": weekly check", score,
                            assessor(rnd, subject, teacher, cal, day, windowEnd)));
                }
            }
        }
        return f;
    }

    /** Teacher, software (confirmed a day or so later, or still waiting), peer or self. */
    static Assessor assessor(SplittableRandom rnd, Subject subject, Staff teacher, SchoolCalendar cal, int day,
            LocalDate windowEnd) {
        double x = rnd.nextDouble();
        if (subject.quizzable && x < 0.3) {
            // A teacher confirms most software marks within a few school days; the last fortnight's may still wait.
            int confirmDay = day + Draw.between(rnd, 1, 4);
            boolean recent = !cal.day(day).isBefore(windowEnd.minusWeeks(2));
            if (confirmDay >= cal.dayCount() || Draw.chance(rnd, recent ? 0.6 : 0.06)) {
                return Assessor.software(teacher, Optional.empty());
            }
            return Assessor.software(teacher, Optional.of(cal.day(confirmDay)));
        }
        if (x > 0.95) {
            return Assessor.of(Assessor.Kind.SELF, teacher);
        }
        if (x > 0.90) {
            return Assessor.of(Assessor.Kind.PEER, teacher);
        }
        return Assessor.teacher(teacher);
    }

    private Provenance provenance(Check c) {
        if (c.assessor().kind() == Assessor.Kind.SOFTWARE) {
            return new Provenance(school.quiz, c.on(), c.morning() ? 10 * 60 + 40 : 14 * 60 + 20, school.quiz, PURPOSE.teaching);
        }
        return new Provenance(c.assessor().teacher().iri(), c.on(), 17 * 60 + 10, school.mis, PURPOSE.teaching);
    }

    @Override
    public void rdf(RecordOut out) {
        for (Check c : checks) {
            Node r = out.record(SAT.FormativeAssessment, "formative/" + c.weekStarting() + "-" + c.subject().slug, provenance(c));
            out.date(r, SAT.assessedOn, c.on());
            c.assessor().rdf(out, r, school, CODE.conditions_supervised);
            out.link(r, SAT.subject, c.subject().code);
            out.date(r, SAT.weekStarting, c.weekStarting());
            out.text(r, SAT.title, c.title());
            out.decimal(r, SAT.score, c.score());
            out.decimal(r, SAT.maxScore, c.subject().maxScore);
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Check c : checks) {
            Provenance p = provenance(c);
            Object[] confirmation = c.assessor().confirmationColumns();
            rows.learnerRow(CsvFile.ASSESSMENTS, c.weekStarting(), c.on(), c.subject().label, c.title(), c.score(),
                    c.subject().maxScore, c.assessor().kind().label, c.assessor().assessedByCode(school, learner),
                    "Supervised", confirmation[0], confirmation[1], confirmation[2], p.agentCode(), p.timeLexical(),
                    p.systemCode());
        }
    }
}
