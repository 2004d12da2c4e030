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
 * Safeguarding concerns, the designated safeguarding lead's records: raised for about 3% of
 * learners a year, more often where absence is high (persistent absence is itself a
 * safeguarding flag in "Keeping children safe in education"). Written in neutral words only.
 */
final class Safeguarding implements RecordFamily {
    private static final Resource[] CATEGORIES = {CODE.concern_neglect, CODE.concern_emotional_abuse,
        CODE.concern_mental_health, CODE.concern_domestic_abuse, CODE.concern_online, CODE.concern_child_on_child,
        CODE.concern_physical_abuse, CODE.concern_exploitation, CODE.concern_sexual_abuse};
    private static final String[] LABELS = {"Neglect", "Emotional abuse", "Mental health", "Domestic abuse",
        "Online safety", "Child-on-child abuse", "Physical abuse", "Exploitation", "Sexual abuse"};
    private static final double[] SHARES = {20, 14, 20, 12, 10, 8, 7, 5, 4};
    private static final int EXPLOITATION = 7;
    private static final String[] SUMMARIES = {
        "Concern raised by a member of staff after a conversation with the pupil; recorded and passed to the DSL.",
        "Pupil disclosed a worry to a trusted adult; DSL informed the same day.",
        "Pattern of changes in presentation and attendance noticed by the form tutor.",
        "Information shared by another agency about the family's circumstances."};
    private static final String DSL_INFORMED = "Discussed with the designated safeguarding lead";
    private static final String REFERRAL = "Referred to children's social care";
    private static final String[] ACTIONS = {"Parents contacted", "Early help assessment offered",
        "Referred to the school counsellor", "Monitoring plan agreed", "Check-ins with the pastoral team weekly"};
    private static final Resource[] STATUS = {CODE.concern_open, CODE.concern_referred, CODE.concern_closed};
    private static final String[] STATUS_LABELS = {"Open", "Referred", "Closed"};

    record Concern(LocalDate raisedOn, List<Integer> categories, int status, String summary, List<String> actions) {}

    private final School school;
    private final List<Concern> concerns = new ArrayList<>();

    private Safeguarding(School school) {
        this.school = school;
    }

    static Safeguarding simulate(Learner learner, School school, SplittableRandom rnd) {
        Safeguarding s = new Safeguarding(school);
        LocalDate windowEnd = learner.windowEnd;
        for (Learner.Year year : learner.years) {
            // E[exp(0.6 z)] = exp(0.18), so the mean stays at 3% a year.
            double p = 0.03 * Math.exp(0.6 * learner.absence - 0.18);
            int n = Draw.chance(rnd, p) ? (Draw.chance(rnd, 0.8) ? 1 : 2) : 0;
            List<Concern> yearConcerns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Integer> categories = new ArrayList<>();
                int k = Draw.chance(rnd, 0.25) ? 2 : 1;
                while (categories.size() < k) {
                    int c = Draw.weighted(rnd, SHARES);
                    if ((c != EXPLOITATION || !year.primary()) && !categories.contains(c)) {
                        categories.add(c);
                    }
                }
                categories.sort(Integer::compare);
                LocalDate raised = year.calendar().day(rnd.nextInt(year.lastDay() + 1));
                boolean recent = raised.isAfter(windowEnd.minusWeeks(6));
                int status = recent ? 0 : Draw.chance(rnd, 0.35) ? 1 : 2;
                List<String> actions = new ArrayList<>(List.of(DSL_INFORMED));
                if (status == 1) {
                    actions.add(REFERRAL);
                }
                actions.add(Draw.pick(rnd, ACTIONS));
                yearConcerns.add(new Concern(raised, categories, status, Draw.pick(rnd, SUMMARIES), actions));
            }
            yearConcerns.sort((a, b) -> a.raisedOn().compareTo(b.raisedOn()));
            s.concerns.addAll(yearConcerns);
        }
        return s;
    }

    private Provenance provenance(Concern c) {
        return Provenance.at(school.dsl.iri(), c.raisedOn(), 15, 50, school.mis, PURPOSE.safeguarding);
    }

    @Override
    public void rdf(RecordOut out) {
        int n = 0;
        for (Concern c : concerns) {
            Node r = out.record(SAT.SafeguardingConcern, "safeguarding/" + c.raisedOn() + "-" + (++n), provenance(c));
            for (int category : c.categories()) {
                out.link(r, SAT.concernCategory, CATEGORIES[category]);
            }
            out.date(r, SAT.raisedOn, c.raisedOn());
            out.link(r, SAT.concernStatus, STATUS[c.status()]);
            out.text(r, SAT.summary, c.summary());
            for (String action : c.actions()) {
                out.text(r, SAT.actionTaken, action);
            }
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Concern c : concerns) {
            Provenance p = provenance(c);
            rows.learnerRow(CsvFile.SAFEGUARDING, c.raisedOn(),
                    String.join("; ", c.categories().stream().map(i -> LABELS[i]).toList()), STATUS_LABELS[c.status()],
                    c.summary(), String.join("; ", c.actions()), p.agentCode(), p.timeLexical());
        }
    }
}
