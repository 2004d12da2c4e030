package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Special educational needs and health conditions: special-category labels, each reviewed every
 * year on roll. Each year's review is a new record that revises the last one (which is then
 * superseded), so the history stays and every label carries the date of its next review.
 */
final class Needs implements RecordFamily {
    /** Census primary needs, notation order. */
    private static final String[] NEEDS = {"SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH"};
    private static final Resource[] NEED_CODES = {CODE.need_SPLD, CODE.need_MLD, CODE.need_SLD, CODE.need_PMLD,
        CODE.need_SEMH, CODE.need_SLCN, CODE.need_HI, CODE.need_VI, CODE.need_MSI, CODE.need_PD, CODE.need_ASD,
        CODE.need_OTH};
    /** Shares of primary need by provision (DfE, Special educational needs in England 2024/25, rounded). */
    private static final double[] SUPPORT_NEEDS = {15, 17, 0.5, 0.1, 20, 25.5, 1.4, 0.8, 0.2, 2, 9.5, 8};
    private static final double[] EHC_NEEDS = {3, 7, 8, 3, 15, 21, 2, 1, 0.3, 4, 33, 2.7};
    static final int SLCN = 5;

    /** A health condition: name, prevalence among pupils, and whether it usually has an individual healthcare plan. */
    private record Condition(String name, String slug, double prevalence, boolean carePlan) {}

    private static final List<Condition> CONDITIONS = List.of(
            new Condition("Asthma", "asthma", 0.06, false),
            new Condition("Severe allergy (adrenaline auto-injector)", "anaphylaxis", 0.015, true),
            new Condition("Eczema", "eczema", 0.03, false),
            new Condition("Epilepsy", "epilepsy", 0.005, true),
            new Condition("Type 1 diabetes", "type-1-diabetes", 0.0025, true),
            new Condition("Coeliac disease", "coeliac", 0.005, false));

    /** One year's review of a label: the meeting date and the date of the next review. */
    record Review(int academicYear, LocalDate held, LocalDate next) {}

    record Label(Resource provision, int need, Condition condition, boolean carePlan, LocalDate since, List<Review> reviews) {}

    private final School school;
    private final List<Label> labels = new ArrayList<>();

    private Needs(School school) {
        this.school = school;
    }

    static Needs simulate(Learner learner, School school, SplittableRandom rnd) {
        Needs n = new Needs(school);
        LocalDate firstDay = learner.years.get(0).calendar().firstDay();
        learner.sen.ifPresent(provision -> {
            boolean ehc = provision.equals(CODE.ehc_plan);
            int need = Draw.weighted(rnd, ehc ? EHC_NEEDS : SUPPORT_NEEDS);
            LocalDate since = latest(learner.entryDate, firstDay.minusDays(rnd.nextInt(900)));
            // EHC plans are reviewed every year; SEN support termly, so the next review is a term away.
            n.labels.add(new Label(provision, need, null, false, since, reviews(learner, rnd, ehc ? 12 : 4)));
        });
        for (Condition c : CONDITIONS) {
            if (Draw.chance(rnd, c.prevalence())) {
                LocalDate since = latest(learner.birthDate.plusYears(2), firstDay.minusDays(rnd.nextInt(1500)));
                n.labels.add(new Label(null, -1, c, c.carePlan() || Draw.chance(rnd, 0.2), since, reviews(learner, rnd, 12)));
            }
        }
        return n;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<Review> reviews(Learner learner, SplittableRandom rnd, int monthsToNext) {
        int dayInAutumn = rnd.nextInt(5, 60);
        List<Review> reviews = new ArrayList<>();
        for (Learner.Year year : learner.years) {
            if (dayInAutumn > year.lastDay()) {
                break;
            }
            LocalDate held = year.calendar().day(dayInAutumn);
            reviews.add(new Review(year.academicYear(), held, held.plusMonths(monthsToNext)));
        }
        return reviews;
    }

    /** Whether the learner's primary need is speech, language and communication. */
    boolean speechAndLanguage() {
        return labels.stream().anyMatch(l -> l.provision() != null && l.need() == SLCN);
    }

    private String path(Label l, Review r) {
        return l.provision() != null ? "sen/" + r.academicYear() : "health/" + r.academicYear() + "-" + l.condition().slug();
    }

    private Provenance provenance(Review r) {
        return Provenance.at(school.senco.iri(), r.held(), 15, 45, school.mis, PURPOSE.send_support);
    }

    @Override
    public void rdf(RecordOut out) {
        for (Label l : labels) {
            Node previous = null;
            for (Review r : l.reviews()) {
                Provenance p = l.provision() != null ? provenance(r)
                        : Provenance.at(school.senco.iri(), r.held(), 15, 45, school.mis, PURPOSE.pastoral);
                Node node = out.record(l.provision() != null ? SAT.SenProvision : SAT.HealthCondition, path(l, r), p);
                if (l.provision() != null) {
                    out.link(node, SAT.senProvision, l.provision());
                    out.link(node, SAT.primaryNeed, NEED_CODES[l.need()]);
                } else {
                    out.text(node, SAT.condition, l.condition().name());
                    out.bool(node, SAT.carePlan, l.carePlan());
                }
                out.date(node, SAT.startDate, l.since());
                out.date(node, SAT.reviewDate, r.next());
                if (previous != null) {
                    out.link(node, PROV.wasRevisionOf, previous);
                    out.add(previous, PROV.invalidatedAtTime.asNode(), p.time());
                }
                previous = node;
            }
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (Label l : labels) {
            Review before = null;
            for (Review r : l.reviews()) {
                Provenance p = provenance(r);
                Object replaces = before == null ? null : before.held();
                if (l.provision() != null) {
                    rows.learnerRow(CsvFile.SEN, l.provision().equals(CODE.ehc_plan) ? "E" : "K", NEEDS[l.need()],
                            l.since(), r.held(), r.next(), replaces, p.agentCode(), p.timeLexical());
                } else {
                    rows.learnerRow(CsvFile.MEDICAL, l.condition().name(), CsvRows.yesNo(l.carePlan()), l.since(),
                            r.held(), r.next(), replaces, p.agentCode(), p.timeLexical());
                }
                before = r;
            }
        }
    }
}
