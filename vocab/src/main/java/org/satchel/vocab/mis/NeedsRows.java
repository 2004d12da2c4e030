package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.MEDICAL;
import static org.satchel.vocab.mis.ExportFile.SEN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * SEN provision (sen.csv) and medical conditions (medical.csv): one record per annual review,
 * named for the academic year it was held in. A review that replaces an earlier one is a revision
 * of it, and the earlier one stops being valid when the new one is recorded.
 */
final class NeedsRows {
    // The two files share their layout from Start Date on.
    private static final int START = SEN.column("Start Date");
    private static final int REVIEWED = SEN.column("Reviewed On");
    private static final int NEXT_REVIEW = SEN.column("Review Date");
    private static final int REPLACES = SEN.column("Replaces Review Of");
    private static final int BY = SEN.column("Recorded By");
    private static final int AT = SEN.column("Recorded At");
    private static final int PROVISION = SEN.column("Provision");
    private static final int NEED = SEN.column("Primary Need");
    private static final int CONDITION = MEDICAL.column("Condition");
    private static final int CARE_PLAN = MEDICAL.column("Healthcare Plan");

    static {
        for (String column : List.of("Start Date", "Reviewed On", "Review Date", "Replaces Review Of", "Recorded By", "Recorded At")) {
            if (SEN.column(column) != MEDICAL.column(column)) {
                throw new IllegalStateException("sen.csv and medical.csv differ in " + column);
            }
        }
    }

    private NeedsRows() {}

    static void readSen(List<Cursor.Line> rows, GraphOut out) {
        Map<String, Node> reviews = new HashMap<>();
        for (Cursor.Line line : rows) {
            Fields f = out.row(SEN, line);
            Node provision = f.code(PROVISION, MisCodes.PROVISIONS, "a SEN provision code");
            Node need = f.code(NEED, MisCodes.NEEDS, "a census primary need");
            Review r = review(f, PURPOSE.send_support, "", reviews);
            if (r == null) {
                continue;
            }
            Node n = out.record(f, SAT.SenProvision.asNode(), "sen/" + r.reviewed().academicYear(), r.provenance());
            if (n == null) {
                continue;
            }
            out.link(n, SAT.senProvision, provision);
            out.link(n, SAT.primaryNeed, need);
            r.write(n, out, reviews);
        }
    }

    static void readMedical(List<Cursor.Line> rows, GraphOut out) {
        Map<String, Node> reviews = new HashMap<>();
        for (Cursor.Line line : rows) {
            Fields f = out.row(MEDICAL, line);
            String condition = f.text(CONDITION);
            String slug = condition == null ? null : f.readCode(CONDITION, condition, MisCodes.CONDITIONS, "a condition the school records");
            Boolean carePlan = f.code(CARE_PLAN, MisCodes.YES_NO, "Yes or No");
            Review r = review(f, PURPOSE.pastoral, "-" + slug, reviews);
            if (r == null) {
                continue;
            }
            Node n = out.record(f, SAT.HealthCondition.asNode(), "health/" + r.reviewed().academicYear() + "-" + slug, r.provenance());
            if (n == null) {
                continue;
            }
            out.text(n, SAT.condition, condition);
            out.bool(n, SAT.carePlan, carePlan);
            r.write(n, out, reviews);
        }
    }

    /**
     * What both files say of a review. {@code key} is the day it was held, then the label it
     * reviews (a condition's name; SEN provision has one label), as later rows name it in
     * Replaces Review Of; {@code replaces} is the record of the review it replaces, if any.
     */
    private record Review(String key, Day start, Day reviewed, Day next, Node replaces, GraphOut.Provenance provenance) {
        void write(Node record, GraphOut out, Map<String, Node> reviews) {
            out.date(record, SAT.startDate, start);
            out.date(record, SAT.reviewDate, next);
            if (replaces != null) {
                out.link(record, PROV.wasRevisionOf, replaces);
                out.add(replaces, PROV.invalidatedAtTime.asNode(), provenance.time());
            }
            reviews.put(key, record);
        }
    }

    /**
     * Reads the columns both files share. {@code reviews} maps the pupil's reviews read so far, by
     * key, to their records; {@code label} tells one condition's reviews from another's.
     */
    private static Review review(Fields f, Resource purpose, String label, Map<String, Node> reviews) {
        Day start = f.date(START);
        Day reviewed = f.date(REVIEWED);
        Day next = f.date(NEXT_REVIEW);
        Day replaced = f.optionalDate(REPLACES);
        GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), purpose);
        Node replaces = null;
        if (replaced != null) {
            replaces = reviews.get(replaced.text() + label);
            if (replaces == null) {
                f.problem(Code.INCONSISTENT, REPLACES, "Replaces Review Of " + replaced.text()
                        + " is not the Reviewed On date of an earlier row of this pupil's in " + f.file().fileName
                        + (label.isEmpty() ? "" : " for the same condition"));
            }
        }
        if (f.failed()) {
            return null;
        }
        return new Review(reviewed.text() + label, start, reviewed, next, replaces, p);
    }
}
