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
 * Homework: one a week in primary, two or three in KS3 and three or four from year 10, each
 * due a week after it is set. Whether it comes in on time, late or not at all follows the
 * learner's attainment and conduct; quizzes are marked by the platform (and confirmed by the
 * teacher, or not yet), the rest by the teacher a few days after the deadline.
 */
final class Homework implements RecordFamily {
    enum Status {
        ON_TIME("On time"), LATE("Late"), MISSING("Missing");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    record Task(Subject subject, String title, LocalDate setOn, LocalDate dueOn, Status status,
            Optional<LocalDate> handedIn, Optional<LocalDate> markedOn, int score, int maxScore, Assessor assessor) {}

    private static final String[] PRIMARY_TITLES = {"Reading log", "Spellings", "Times tables practice"};

    private final Learner learner;
    private final School school;
    private final List<Task> tasks = new ArrayList<>();

    private Homework(Learner learner, School school) {
        this.learner = learner;
        this.school = school;
    }

    static Homework simulate(Learner learner, School school, SplittableRandom rnd) {
        Homework h = new Homework(learner, school);
        LocalDate windowEnd = learner.windowEnd;
        for (Learner.Year year : learner.years) {
            SchoolCalendar cal = year.calendar();
            List<Subject> subjects = Curriculum.taught(learner, year);
            long staffKey = learner.yearKey(year);
            int g = year.yearGroup();
            int perWeek = g <= 6 ? 1 : g <= 9 ? 2 + (int) (staffKey & 1) : 3 + (int) (staffKey & 1);
            for (int week = 0; week < cal.weekCount(); week++) {
                for (int j = 0; j < perWeek && j < cal.weekLength(week); j++) {
                    int day = cal.weekFirstDay(week) + j;
                    if (day > year.lastDay()) {
                        break;
                    }
                    Subject subject = subjects.get((week * perWeek + j) % subjects.size());
                    Staff teacher = school.teacher(subject, g, staffKey);
                    LocalDate setOn = cal.day(day);
                    LocalDate dueOn = cal.day(cal.onOrAfter(setOn.plusDays(7)));
                    if (dueOn.isBefore(setOn)) {
                        dueOn = setOn;
                    }
                    String title = g <= 6 ? PRIMARY_TITLES[subject.ordinal() % PRIMARY_TITLES.length]
                            : subject.topics.get((week + j) % subject.topics.size()) + " homework";
                    h.tasks.add(task(rnd, learner, subject, teacher, title, setOn, dueOn, g <= 6 ? 10 : 20, windowEnd));
                }
            }
        }
        return h;
    }

    private static Task task(SplittableRandom rnd, Learner learner, Subject subject, Staff teacher, String title,
            LocalDate setOn, LocalDate dueOn, int maxScore, LocalDate windowEnd) {
        double engagement = 0.6 * learner.ability - 0.4 * learner.conduct + 0.6 * rnd.nextGaussian();
        double x = rnd.nextDouble();
        double missing = Draw.logistic(-2.7 - 1.2 * engagement);
        double late = Draw.logistic(-2.3 - 0.8 * engagement);
        Status status = x < missing ? Status.MISSING : x < missing + late ? Status.LATE : Status.ON_TIME;
        if (status == Status.MISSING) {
            return new Task(subject, title, setOn, dueOn, status, Optional.empty(), Optional.empty(), 0, maxScore,
                    Assessor.teacher(teacher));
        }
        long window = dueOn.toEpochDay() - setOn.toEpochDay();
        LocalDate handedIn = status == Status.ON_TIME ? setOn.plusDays(rnd.nextLong(window + 1))
                : dueOn.plusDays(Draw.between(rnd, 1, 6));
        int score = (int) Math.round(Draw.logistic(1.2 + 0.9 * learner.ability + 0.5 * rnd.nextGaussian()) * maxScore);
        if (subject.quizzable && Draw.chance(rnd, 0.45)) {
            // Marked by the platform the moment it is handed in; confirmed by the teacher a few days on, or not yet.
            LocalDate confirm = handedIn.plusDays(Draw.between(rnd, 1, 5));
            boolean confirmed = !confirm.isAfter(windowEnd) && !Draw.chance(rnd, 0.07);
            return new Task(subject, title, setOn, dueOn, status, Optional.of(handedIn), Optional.of(handedIn), score,
                    maxScore, Assessor.software(teacher, confirmed ? Optional.of(confirm) : Optional.empty()));
        }
        LocalDate marked = (handedIn.isAfter(dueOn) ? handedIn : dueOn).plusDays(Draw.between(rnd, 2, 6));
        Optional<LocalDate> markedOn = marked.isAfter(windowEnd) ? Optional.empty() : Optional.of(marked);
        return new Task(subject, title, setOn, dueOn, status, Optional.of(handedIn), markedOn, score, maxScore,
                Assessor.teacher(teacher));
    }

    private Provenance provenance(Task t) {
        if (t.assessor().kind() == Assessor.Kind.SOFTWARE) {
            return new Provenance(school.quiz, t.handedIn().orElseThrow(), 19 * 60 + 5, school.quiz, PURPOSE.teaching);
        }
        // Recorded when marked; if not yet marked, when handed in or (if missing) on the deadline.
        LocalDate when = t.markedOn().or(t::handedIn).orElse(t.dueOn());
        return new Provenance(t.assessor().teacher().iri(), when, 17 * 60 + 30, school.mis, PURPOSE.teaching);
    }

    @Override
    public void rdf(RecordOut out) {
        for (Task t : tasks) {
            Node r = out.record(SAT.Homework, "homework/" + t.setOn() + "-" + t.subject().slug, provenance(t));
            t.markedOn().ifPresent(day -> out.date(r, SAT.assessedOn, day));
            t.assessor().rdf(out, r, school, CODE.conditions_unsupervised);
            out.link(r, SAT.subject, t.subject().code);
            out.text(r, SAT.title, t.title());
            out.date(r, SAT.setOn, t.setOn());
            out.date(r, SAT.dueOn, t.dueOn());
            out.link(r, SAT.submissionStatus, switch (t.status()) {
                case ON_TIME -> CODE.homework_on_time;
                case LATE -> CODE.homework_late;
                case MISSING -> CODE.homework_missing;
            });
            t.handedIn().ifPresent(day -> out.date(r, SAT.submittedOn, day));
            if (t.markedOn().isPresent()) {
                out.decimal(r, SAT.score, t.score());
            }
            out.decimal(r, SAT.maxScore, t.maxScore());
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Task t : tasks) {
            Provenance p = provenance(t);
            Object[] confirmation = t.assessor().confirmationColumns();
            boolean marked = t.markedOn().isPresent();
            rows.learnerRow(CsvFile.HOMEWORK, t.subject().label, t.title(), t.setOn(), t.dueOn(), t.status().label,
                    t.handedIn().orElse(null), t.markedOn().orElse(null), marked ? t.score() : null, t.maxScore(),
                    t.assessor().kind().label, t.assessor().assessedByCode(school, learner),
                    confirmation[0], confirmation[1], confirmation[2], p.agentCode(), p.timeLexical(), p.systemCode());
        }
    }
}
