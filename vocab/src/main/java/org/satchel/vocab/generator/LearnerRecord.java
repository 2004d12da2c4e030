package org.satchel.vocab.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything generated for one learner, family by family, from that learner's own random
 * stream: learner {@code i}'s record depends only on the seed and {@code i}, never on other
 * learners or on the order or thread they were generated on.
 */
final class LearnerRecord {
    final Learner learner;
    private final List<RecordFamily> families;

    private LearnerRecord(Learner learner, List<RecordFamily> families) {
        this.learner = learner;
        this.families = families;
    }

    static LearnerRecord simulate(School school, GeneratorOptions options, int index) {
        SplittableRandom rnd = new SplittableRandom(Draw.learnerSeed(options.seed(), index));
        Learner drawn = Learner.draw(school, options, index, rnd.split());
        // Conduct first: exclusions decide excluded sessions and may end the learner's time on roll.
        Conduct conduct = Conduct.simulate(drawn, school, rnd.split());
        Learner learner = conduct.learner();
        Attendance attendance = Attendance.simulate(learner, school, conduct, rnd.split());
        Formative formative = Formative.simulate(learner, school, attendance, rnd.split());
        Homework homework = Homework.simulate(learner, school, rnd.split());
        Exams exams = Exams.simulate(learner, school, rnd.split());
        Household household = Household.simulate(learner, school, rnd.split());
        Needs needs = Needs.simulate(learner, school, rnd.split());
        Interventions interventions = Interventions.simulate(learner, school, needs, rnd.split());
        Eligibility eligibility = Eligibility.simulate(learner, school, rnd.split());
        Activities activities = Activities.simulate(learner, school, rnd.split());
        Safeguarding safeguarding = Safeguarding.simulate(learner, school, rnd.split());
        Voice voice = Voice.simulate(learner, school, rnd.split());
        return new LearnerRecord(learner, List.of(new Registration(learner, school), household, eligibility, needs,
                attendance, formative, homework, exams, activities, conduct, interventions, safeguarding, voice));
    }

    /** The learner's named graph: {@code {base}learners/{id}/record}. */
    String graphIri() {
        return learner.iri + "/record";
    }

    /** Writes every record as triples; returns the writer, which has counted them. */
    RecordOut rdf(RecordOut.Sink sink) {
        RecordOut out = new RecordOut(sink, learner.iri);
        for (RecordFamily family : families) {
            family.rdf(out);
        }
        return out;
    }

    CsvRows csv() {
        CsvRows rows = new CsvRows(learner.upn, learner.id);
        for (RecordFamily family : families) {
            family.csv(rows);
        }
        return rows;
    }
}
