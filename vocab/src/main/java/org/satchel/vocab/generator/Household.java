package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * Parents and carers: one to three per learner, each with a guardian relationship record
 * (relationship, parental responsibility, contact priority), and now and then a court order
 * restricting one of them. A few learners are looked after, with a foster carer and the local
 * authority's social worker (about 0.7% of children, DfE, Children looked after in England 2024).
 */
final class Household implements RecordFamily {
    private static final Resource[] RELATIONSHIPS = {CODE.relationship_mother, CODE.relationship_father,
        CODE.relationship_step_parent, CODE.relationship_grandparent, CODE.relationship_foster_carer,
        CODE.relationship_other_relative, CODE.relationship_social_worker};
    private static final String[] RELATIONSHIP_LABELS = {"Mother", "Father", "Step-parent", "Grandparent",
        "Foster carer", "Other relative", "Social worker"};
    private static final int MOTHER = 0;
    private static final int FATHER = 1;
    private static final int STEP = 2;
    private static final int GRANDPARENT = 3;
    private static final int FOSTER = 4;
    private static final int RELATIVE = 5;
    private static final int SOCIAL_WORKER = 6;
    private static final Resource[] RESTRICTIONS = {CODE.restriction_no_contact, CODE.restriction_no_collection,
        CODE.restriction_no_information};
    private static final String[] RESTRICTION_LABELS = {"No contact", "No collection", "No information"};
    private static final String[] FAMILY_COURTS = {"BM", "MA", "LS", "BS", "ZW", "NE", "SH", "LV"};

    record Contact(int number, Node iri, String givenName, String familyName, int relationship,
            boolean parentalResponsibility, String email, String telephone) {}

    record CourtOrder(Contact guardian, List<Integer> restrictions, LocalDate madeOn, Optional<LocalDate> expires, String reference) {}

    private final Learner learner;
    private final School school;
    private final List<Contact> contacts = new ArrayList<>();
    private Optional<CourtOrder> order = Optional.empty();

    private Household(Learner learner, School school) {
        this.learner = learner;
        this.school = school;
    }

    static Household simulate(Learner learner, School school, SplittableRandom rnd) {
        Household h = new Household(learner, school);
        List<Integer> relationships = new ArrayList<>();
        if (Draw.chance(rnd, 0.007)) {
            relationships.add(FOSTER);
            relationships.add(SOCIAL_WORKER);
        } else {
            int n = Draw.weighted(rnd, new double[] {25, 60, 15}) + 1;
            relationships.add(Draw.chance(rnd, 0.86) ? MOTHER : Draw.pick(rnd, FATHER, GRANDPARENT, RELATIVE));
            if (n >= 2) {
                relationships.add(relationships.get(0) == MOTHER ? (Draw.chance(rnd, 0.85) ? FATHER : STEP) : MOTHER);
            }
            if (n >= 3) {
                relationships.add(Draw.pick(rnd, STEP, GRANDPARENT, GRANDPARENT, RELATIVE));
            }
        }
        for (int rel : relationships) {
            boolean female = rel == MOTHER || (rel != FATHER && Draw.chance(rnd, 0.7));
            int group = Draw.chance(rnd, 0.9) ? learner.nameGroup : Draw.weighted(rnd, Names.GROUP_SHARES);
            String given = Names.given(rnd, group, female);
            boolean sameName = (rel == MOTHER || rel == FATHER) && Draw.chance(rnd, 0.75);
            String family = sameName ? learner.familyName : Names.family(rnd, group);
            boolean pr = switch (rel) {
                case MOTHER, SOCIAL_WORKER -> true;
                case FATHER -> Draw.chance(rnd, 0.95);
                default -> Draw.chance(rnd, 0.1);
            };
            int number = h.contacts.size() + 1;
            String email = rel == SOCIAL_WORKER ? School.ascii(given) + "." + School.ascii(family) + "@childrens-services.example.gov.uk"
                    : School.ascii(given) + "." + School.ascii(family) + rnd.nextInt(10, 100) + "@" + Draw.pick(rnd, "example.com", "example.org", "example.net");
            // Ofcom reserves 07700 900000 to 900999 for drama: numbers that ring nobody.
            String phone = String.format(Locale.ROOT, "07700 900%03d", rnd.nextInt(1000));
            h.contacts.add(new Contact(number, NodeFactory.createURI(school.base + "guardians/" + learner.id + "-" + number),
                    given, family, rel, pr, email, phone));
        }
        // Now and then (2.5% of learners with two parents on record) a court order restricts the
        // second: a prohibited steps or child arrangements order the school has been given.
        if (h.contacts.size() >= 2 && h.contacts.get(1).relationship() != SOCIAL_WORKER && Draw.chance(rnd, 0.025)) {
            List<Integer> restrictions = new ArrayList<>();
            restrictions.add(rnd.nextInt(3));
            if (Draw.chance(rnd, 0.4)) {
                int second = (restrictions.get(0) + 1 + rnd.nextInt(2)) % 3;
                restrictions.add(second);
            }
            restrictions.sort(Integer::compare);
            LocalDate first = learner.years.get(0).calendar().firstDay();
            LocalDate made = first.minusDays(rnd.nextInt(30, 900));
            if (made.isBefore(learner.entryDate)) {
                made = learner.entryDate.plusDays(rnd.nextInt(1, 60));
            }
            Optional<LocalDate> expires = Draw.chance(rnd, 0.5) ? Optional.of(learner.birthDate.plusYears(16)) : Optional.empty();
            if (expires.isPresent() && !expires.get().isAfter(made)) {
                expires = Optional.of(made.plusYears(2));
            }
            String reference = String.format(Locale.ROOT, "%s%02dP%05d", Draw.pick(rnd, FAMILY_COURTS), made.getYear() % 100, rnd.nextInt(100_000));
            h.order = Optional.of(new CourtOrder(h.contacts.get(1), restrictions, made, expires, reference));
        }
        return h;
    }

    @Override
    public void rdf(RecordOut out) {
        Provenance admission = Provenance.at(school.mis, learner.entryDate, 10, 0, school.mis, PURPOSE.pastoral);
        for (Contact c : contacts) {
            out.describe(c.iri(), SAT.Guardian, admission);
            out.text(c.iri(), SCHEMA.givenName, c.givenName());
            out.text(c.iri(), SCHEMA.familyName, c.familyName());
            out.text(c.iri(), SCHEMA.email, c.email());
            out.text(c.iri(), SCHEMA.telephone, c.telephone());
            Node r = out.record(SAT.GuardianRelationship, "guardian-relationship/" + c.number(), admission);
            out.link(r, SAT.guardian, c.iri());
            out.link(r, SAT.relationship, RELATIONSHIPS[c.relationship()]);
            out.bool(r, SAT.parentalResponsibility, c.parentalResponsibility());
            out.integer(r, SAT.contactPriority, c.number());
        }
        order.ifPresent(o -> {
            Node r = out.record(SAT.CourtOrder, "court-order/" + o.madeOn(), orderProvenance(o));
            out.link(r, SAT.guardian, o.guardian().iri());
            for (int restriction : o.restrictions()) {
                out.link(r, SAT.restriction, RESTRICTIONS[restriction]);
            }
            out.date(r, SAT.orderMadeOn, o.madeOn());
            o.expires().ifPresent(d -> out.date(r, SAT.orderExpires, d));
            out.text(r, SAT.courtReference, o.reference());
        });
    }

    private Provenance orderProvenance(CourtOrder o) {
        LocalDate received = o.madeOn().plusDays(3);
        return Provenance.at(school.dsl.iri(), received.isBefore(learner.entryDate) ? learner.entryDate : received,
                11, 0, school.mis, PURPOSE.safeguarding);
    }

    @Override
    public void csv(CsvRows rows) {
        Provenance admission = Provenance.at(school.mis, learner.entryDate, 10, 0, school.mis, PURPOSE.pastoral);
        for (Contact c : contacts) {
            Optional<CourtOrder> restricting = order.filter(o -> o.guardian() == c);
            rows.learnerRow(CsvFile.CONTACTS, learner.id + "-" + c.number(), c.familyName(), c.givenName(),
                    RELATIONSHIP_LABELS[c.relationship()], CsvRows.yesNo(c.parentalResponsibility()), c.number(),
                    c.email(), c.telephone(),
                    restricting.map(o -> String.join("; ", o.restrictions().stream().map(i -> RESTRICTION_LABELS[i]).toList())).orElse(null),
                    restricting.map(CourtOrder::madeOn).orElse(null),
                    restricting.flatMap(CourtOrder::expires).orElse(null),
                    restricting.map(CourtOrder::reference).orElse(null),
                    restricting.map(o -> orderProvenance(o).agentCode()).orElse(null),
                    restricting.map(o -> orderProvenance(o).timeLexical()).orElse(null),
                    admission.agentCode(), admission.timeLexical());
        }
    }
}
