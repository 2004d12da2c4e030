package org.satchel.vocab.generator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.satchel.vocab.terms.ORG;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * Who the learner is (the learner resource, which the shapes keep closed and without
 * provenance) and their enrolment on the admission register: entry date, year group on entry,
 * and the leaving date if they left within the generated years.
 */
final class Registration implements RecordFamily {
    private final Learner learner;
    private final School school;

    Registration(Learner learner, School school) {
        this.learner = learner;
        this.school = school;
    }

    private Provenance provenance() {
        // Entered in the MIS by the office from the admission form, the morning the learner started.
        return Provenance.at(school.mis, learner.entryDate, 9, 30, school.mis, PURPOSE.statutory_return);
    }

    @Override
    public void rdf(RecordOut out) {
        Node l = out.learner;
        out.describe(l, SAT.Learner, provenance());
        out.text(l, SCHEMA.givenName, learner.givenName);
        out.text(l, SCHEMA.familyName, learner.familyName);
        out.date(l, SCHEMA.birthDate, learner.birthDate);
        out.text(l, SAT.upn, learner.upn);
        out.link(l, SAT.sex, learner.sex());
        out.link(l, SAT.ethnicity, learner.ethnicity);
        out.add(l, SAT.firstLanguage.asNode(), Literals.typed(learner.firstLanguage, XSDDatatype.XSDlanguage));

        Node e = out.record(SAT.Enrolment, "enrolment/" + learner.entryDate, provenance());
        out.link(e, ORG.organization, school.iri);
        out.date(e, SAT.entryDate, learner.entryDate);
        out.integer(e, SAT.yearGroup, learner.entryYearGroup);
        learner.leavingDate.ifPresent(d -> out.date(e, SAT.leavingDate, d));
    }

    @Override
    public void csv(CsvRows rows) {
        rows.learnerRow(CsvFile.PUPILS, learner.familyName, learner.givenName, learner.birthDate,
                learner.female ? "F" : "M", learner.ethnicity.getLocalName().substring("ethnicity-".length()),
                learner.firstLanguage, yearGroupLabel(learner.currentYearGroup()), learner.entryDate,
                learner.leavingDate.orElse(null));
        Provenance p = provenance();
        rows.learnerRow(CsvFile.ENROLMENTS, school.urn, learner.entryDate, learner.entryYearGroup,
                learner.leavingDate.orElse(null), p.agentCode(), p.timeLexical());
    }

    /** "R" for reception, else the number, as MIS exports write national curriculum years. */
    static String yearGroupLabel(int yearGroup) {
        return yearGroup == 0 ? "R" : Integer.toString(yearGroup);
    }
}
