package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.ENROLMENTS;
import static org.satchel.vocab.mis.ExportFile.PUPILS;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.ORG;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * The learner's own description (pupils.csv) and their admissions (enrolments.csv). The
 * description carries the provenance of the learner's first admission: their details were
 * entered when they were admitted.
 */
final class RegistrationRows {
    private static final int SURNAME = PUPILS.column("Legal Surname");
    private static final int FORENAME = PUPILS.column("Legal Forename");
    private static final int BIRTH = PUPILS.column("Date of Birth");
    private static final int SEX = PUPILS.column("Sex");
    private static final int ETHNICITY = PUPILS.column("Ethnicity");
    private static final int LANGUAGE = PUPILS.column("First Language");
    private static final int YEAR_GROUP = PUPILS.column("Year Group");
    private static final int ADMITTED = PUPILS.column("Admission Date");
    private static final int LEFT = PUPILS.column("Leaving Date");

    private static final int URN = ENROLMENTS.column("School URN");
    private static final int ENTRY = ENROLMENTS.column("Entry Date");
    private static final int ENTRY_GROUP = ENROLMENTS.column("Year Group on Entry");
    private static final int LEAVING = ENROLMENTS.column("Leaving Date");
    private static final int BY = ENROLMENTS.column("Recorded By");
    private static final int AT = ENROLMENTS.column("Recorded At");

    private RegistrationRows() {}

    static void read(Cursor.Line pupilRow, List<Cursor.Line> enrolments, GraphOut out) {
        GraphOut.Provenance admission = null;
        for (int i = 0; i < enrolments.size(); i++) {
            GraphOut.Provenance p = enrolment(out.row(ENROLMENTS, enrolments.get(i)), out);
            if (i == 0) {
                admission = p;
            }
        }
        Fields f = out.row(PUPILS, pupilRow);
        if (enrolments.isEmpty()) {
            f.problem(Code.MISSING_VALUE, -1, "pupil " + out.pupil.id() + " has no row in enrolments.csv; every pupil"
                    + " needs the admission their details were recorded at");
        }
        String surname = f.text(SURNAME);
        String forename = f.text(FORENAME);
        Day born = f.date(BIRTH);
        Node sex = f.code(SEX, MisCodes.SEXES, "a census sex code");
        Node ethnicity = f.code(ETHNICITY, MisCodes.ETHNICITIES, "a census ethnicity code");
        String language = f.text(LANGUAGE);
        if (language != null && !isLanguageTag(language)) {
            f.problem(Code.BAD_VALUE, LANGUAGE, "First Language '" + language + "' is not a language tag such as en or pl");
        }
        String group = f.text(YEAR_GROUP);
        if (group != null && !group.equals("R")) {
            f.readInteger(YEAR_GROUP, group, 1, 13);
        }
        f.date(ADMITTED);
        f.optionalDate(LEFT);
        if (f.failed() || admission == null) {
            return; // an admission that could not be read is reported on its own row
        }
        Node l = out.pupil.node();
        if (!out.claimPerson(f, l)) {
            return;
        }
        out.describe(l, SAT.Learner.asNode(), admission);
        out.text(l, SCHEMA.givenName, forename);
        out.text(l, SCHEMA.familyName, surname);
        out.date(l, SCHEMA.birthDate, born);
        out.text(l, SAT.upn, out.pupil.upn());
        out.link(l, SAT.sex, sex);
        out.link(l, SAT.ethnicity, ethnicity);
        out.link(l, SAT.firstLanguage, NodeFactory.createLiteralDT(language, XSDDatatype.XSDlanguage));
    }

    /** Writes one admission; returns its provenance, or null if the row has a problem. */
    private static GraphOut.Provenance enrolment(Fields f, GraphOut out) {
        String urn = f.text(URN);
        if (urn != null && !urn.equals(out.school.urn())) {
            f.problem(Code.INCONSISTENT, URN, "School URN " + urn + " is not the URN of the school in school.csv, "
                    + out.school.urn());
        }
        Day entry = f.date(ENTRY);
        Integer group = f.integer(ENTRY_GROUP, 0, 13);
        Day leaving = f.optionalDate(LEAVING);
        GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.statutory_return);
        if (f.failed()) {
            return null;
        }
        Node e = out.record(f, SAT.Enrolment.asNode(), "enrolment/" + entry.text(), p);
        if (e == null) {
            return null;
        }
        out.link(e, ORG.organization, out.school.school());
        out.date(e, SAT.entryDate, entry);
        out.integer(e, SAT.yearGroup, group);
        if (leaving != null) {
            out.date(e, SAT.leavingDate, leaving);
        }
        return p;
    }

    /** BCP 47 as xsd:language takes it: letters, then groups of letters and digits, each 1 to 8 long, joined by hyphens. */
    static boolean isLanguageTag(String tag) {
        int run = 0;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean digit = c >= '0' && c <= '9';
            if (c == '-') {
                if (run == 0) {
                    return false;
                }
                run = 0;
            } else if (letter || (digit && i != run)) {
                if (++run > 8) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return run > 0;
    }
}
