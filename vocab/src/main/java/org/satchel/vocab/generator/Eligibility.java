package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Derived eligibility flags, never income: free school meals for about a quarter of learners
 * (25.7% in January 2025, DfE, Schools, pupils and their characteristics 2024/25), held until the
 * end of the learner's phase as Universal Credit transitional protection allows; Ever 6 (FSM at
 * any time in six years); and pupil premium for each year on roll of an Ever 6 learner.
 */
final class Eligibility implements RecordFamily {
    private static final String CHECKING_SERVICE = "DfE Eligibility Checking System";
    private static final String CENSUS = "School census (Ever 6 FSM)";
    private static final String ALLOCATION = "Pupil premium allocation (January census)";

    record Flag(Resource eligibility, String label, String slug, String source, LocalDate validFrom, LocalDate expires) {}

    private final School school;
    private final List<Flag> flags = new ArrayList<>();

    private Eligibility(School school) {
        this.school = school;
    }

    static Eligibility simulate(Learner learner, School school, SplittableRandom rnd) {
        Eligibility e = new Eligibility(school);
        if (!learner.ever6) {
            return e;
        }
        LocalDate firstDay = learner.years.get(0).calendar().firstDay();
        LocalDate since = firstDay.minusDays(rnd.nextInt(0, 1500));
        if (since.isBefore(learner.entryDate)) {
            since = learner.entryDate;
        }
        // Former FSM learners' eligibility ended a year or so before the window; Ever 6 lasts six
        // years from the last time a learner was eligible.
        LocalDate lastEligible = since.minusYears(1);
        if (learner.fsm) {
            // One flag per phase the learner is in during the window, each ending with the phase.
            int lastPhaseEnd = -1;
            for (Learner.Year year : learner.years) {
                int phaseEndGroup = year.yearGroup() <= 6 ? 6 : year.yearGroup() <= 11 ? 11 : 13;
                if (phaseEndGroup == lastPhaseEnd) {
                    continue;
                }
                lastPhaseEnd = phaseEndGroup;
                LocalDate validFrom = year == learner.years.get(0) ? since : year.calendar().firstDay();
                LocalDate expires = SchoolCalendar.of(year.academicYear() + phaseEndGroup - year.yearGroup()).yearEnd();
                e.flags.add(new Flag(CODE.eligibility_fsm, "FSM", "fsm", CHECKING_SERVICE, validFrom, expires));
                lastEligible = expires;
            }
        }
        LocalDate ever6From = learner.fsm ? since : since.minusYears(2);
        LocalDate ever6Expires = lastEligible.plusYears(6);
        e.flags.add(new Flag(CODE.eligibility_ever6, "Ever 6 FSM", "ever6", CENSUS, ever6From, ever6Expires));
        for (Learner.Year year : learner.years) {
            LocalDate start = year.calendar().firstDay();
            if (!start.isBefore(ever6Expires)) {
                break;
            }
            e.flags.add(new Flag(CODE.eligibility_pupil_premium, "Pupil premium", "pupil-premium-" + year.academicYear(),
                    ALLOCATION, start, year.calendar().yearEnd()));
        }
        return e;
    }

    private Provenance provenance(Flag f) {
        return Provenance.at(school.mis, f.validFrom(), 9, 0, school.mis, PURPOSE.statutory_return);
    }

    @Override
    public void rdf(RecordOut out) {
        for (Flag f : flags) {
            String path = f.slug().startsWith("pupil-premium") ? f.slug() : f.slug() + "-" + f.validFrom();
            Node r = out.record(SAT.EligibilityFlag, "eligibility/" + path, provenance(f));
            out.link(r, SAT.eligibility, f.eligibility());
            out.text(r, SAT.eligibilitySource, f.source());
            out.date(r, SAT.validFrom, f.validFrom());
            out.date(r, SAT.expires, f.expires());
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Flag f : flags) {
            Provenance p = provenance(f);
            rows.learnerRow(CsvFile.ELIGIBILITY, f.label(), f.source(), f.validFrom(), f.expires(), p.agentCode(), p.timeLexical());
        }
    }
}
