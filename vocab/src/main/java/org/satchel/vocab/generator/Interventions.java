package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Interventions: six to twelve weeks of extra support for about one learner in five a year,
 * more often for those with lower attainment, SEN, or poor attendance or behaviour. Each has a
 * kind, who delivers it, a target in words and, once it ends, an outcome.
 */
final class Interventions implements RecordFamily {
    private enum Kind {
        READING(CODE.intervention_reading, "Reading catch-up", "reading", "Read a book at the next level with 95% accuracy"),
        MATHS(CODE.intervention_maths, "Mathematics catch-up", "maths", "Recall multiplication facts to 12 x 12"),
        TUTORING(CODE.intervention_tutoring, "Small-group tutoring", "tutoring", "Close the gap to the class average in end-of-unit tests"),
        SPEECH(CODE.intervention_speech_language, "Speech and language therapy", "speech-language", "Use sentences of six words or more in class discussion"),
        MENTORING(CODE.intervention_mentoring, "Mentoring", "mentoring", "Use the agreed calm-down plan instead of leaving lessons"),
        ATTENDANCE(CODE.intervention_attendance, "Attendance support", "attendance", "Attend 95% of sessions this half term");

        final Resource code;
        final String label;
        final String slug;
        final String target;

        Kind(Resource code, String label, String slug, String target) {
            this.code = code;
            this.label = label;
            this.slug = slug;
            this.target = target;
        }
    }

    private static final Resource[] OUTCOMES = {CODE.outcome_met, CODE.outcome_partly_met, CODE.outcome_not_met, CODE.outcome_ongoing};
    private static final double[] OUTCOME_CUTS = Draw.cuts(20, 35, 45);
    private static final String[] OUTCOME_LABELS = {"Target met", "Target partly met", "Target not met", "Ongoing"};

    record Intervention(Kind kind, Optional<Subject> subject, LocalDate start, Optional<LocalDate> end, Staff deliveredBy,
            int outcome, LocalDate recorded) {}

    private final School school;
    private final List<Intervention> interventions = new ArrayList<>();

    private Interventions(School school) {
        this.school = school;
    }

    static Interventions simulate(Learner learner, School school, Needs needs, SplittableRandom rnd) {
        Interventions iv = new Interventions(school);
        LocalDate windowEnd = learner.windowEnd;
        for (Learner.Year year : learner.years) {
            double p = Draw.logistic(-2.0 - 0.8 * learner.ability + 0.4 * learner.absence + (learner.sen.isPresent() ? 0.9 : 0));
            for (int n = 0; n < 2 && Draw.chance(rnd, p); n++) {
                Kind kind = kind(learner, year, needs, rnd);
                Optional<Subject> subject = switch (kind) {
                    case READING -> Optional.of(year.primary() ? Subject.READING : Subject.ENGLISH_LANGUAGE);
                    case MATHS, TUTORING -> Optional.of(Subject.MATHEMATICS);
                    default -> Optional.empty();
                };
                Staff by = switch (kind) {
                    case SPEECH -> school.senco;
                    case ATTENDANCE -> school.dsl;
                    default -> school.teacher(subject.orElse(Subject.MATHEMATICS), year.yearGroup(), learner.yearKey(year));
                };
                SchoolCalendar cal = year.calendar();
                int startDay = n == 0 ? rnd.nextInt(5, cal.springStart()) : rnd.nextInt(cal.springStart(), cal.summerStart());
                if (startDay > year.lastDay()) {
                    break;
                }
                LocalDate start = cal.day(startDay);
                LocalDate end = start.plusWeeks(Draw.between(rnd, 6, 12));
                boolean ended = !end.isAfter(windowEnd) && !end.isAfter(year.lastDate());
                // Of those that end: a fifth miss their target, a third partly meet it, the rest meet it;
                // OUTCOMES runs from met (0) to not met (2), then ongoing (3).
                int outcome = ended ? 2 - Draw.bucket(Draw.correlated(rnd, learner.ability, 0.4), OUTCOME_CUTS) : 3;
                iv.interventions.add(new Intervention(kind, subject, start, ended ? Optional.of(end) : Optional.empty(), by,
                        outcome, ended ? end : start));
            }
        }
        return iv;
    }

    private static Kind kind(Learner learner, Learner.Year year, Needs needs, SplittableRandom rnd) {
        if (needs.speechAndLanguage() && Draw.chance(rnd, 0.6)) {
            return Kind.SPEECH;
        }
        if (learner.absence > 1.0 && Draw.chance(rnd, 0.5)) {
            return Kind.ATTENDANCE;
        }
        if (learner.conduct > 1.0 && Draw.chance(rnd, 0.5)) {
            return Kind.MENTORING;
        }
        return year.primary() ? Draw.pick(rnd, Kind.READING, Kind.MATHS, Kind.READING)
                : Draw.pick(rnd, Kind.TUTORING, Kind.MATHS, Kind.READING, Kind.MENTORING);
    }

    private Provenance provenance(Intervention i) {
        return Provenance.at(i.deliveredBy().iri(), i.recorded(), 16, 0, school.mis, PURPOSE.teaching);
    }

    @Override
    public void rdf(RecordOut out) {
        for (Intervention i : interventions) {
            Node r = out.record(SAT.Intervention, "intervention/" + i.start() + "-" + i.kind().slug, provenance(i));
            out.link(r, SAT.interventionType, i.kind().code);
            out.link(r, SAT.deliveredBy, i.deliveredBy().iri());
            out.date(r, SAT.startDate, i.start());
            i.end().ifPresent(d -> out.date(r, SAT.endDate, d));
            i.subject().ifPresent(s -> out.link(r, SAT.subject, s.code));
            out.text(r, SAT.target, i.kind().target);
            out.link(r, SAT.interventionOutcome, OUTCOMES[i.outcome()]);
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Intervention i : interventions) {
            Provenance p = provenance(i);
            rows.learnerRow(CsvFile.INTERVENTIONS, i.kind().label, i.subject().map(s -> s.label).orElse(null), i.start(),
                    i.end().orElse(null), i.deliveredBy().code(), i.kind().target, OUTCOME_LABELS[i.outcome()],
                    p.agentCode(), p.timeLexical());
        }
    }
}
