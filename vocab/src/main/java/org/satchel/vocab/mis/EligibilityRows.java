package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.ELIGIBILITY;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Eligibility flags (eligibility.csv). A pupil premium flag is named for the academic year it is
 * paid for, so there is one a year; FSM and Ever 6 for the day they start.
 */
final class EligibilityRows {
    private static final int ELIGIBILITY_FLAG = ELIGIBILITY.column("Eligibility");
    private static final int SOURCE = ELIGIBILITY.column("Source");
    private static final int FROM = ELIGIBILITY.column("Valid From");
    private static final int EXPIRES = ELIGIBILITY.column("Expires");
    private static final int BY = ELIGIBILITY.column("Recorded By");
    private static final int AT = ELIGIBILITY.column("Recorded At");

    private EligibilityRows() {}

    static void read(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(ELIGIBILITY, line);
            MisCodes.Named flag = f.code(ELIGIBILITY_FLAG, MisCodes.ELIGIBILITIES, "an eligibility flag");
            String source = f.text(SOURCE);
            Day from = f.date(FROM);
            Day expires = f.date(EXPIRES);
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.statutory_return);
            if (f.failed()) {
                continue;
            }
            boolean premium = flag.code().equals(MisCodes.ELIGIBILITIES.get("Pupil premium").code());
            String name = flag.slug() + "-" + (premium ? Integer.toString(from.academicYear()) : from.text());
            Node r = out.record(f, SAT.EligibilityFlag.asNode(), "eligibility/" + name, p);
            if (r == null) {
                continue;
            }
            out.link(r, SAT.eligibility, flag.code());
            out.text(r, SAT.eligibilitySource, source);
            out.date(r, SAT.validFrom, from);
            out.date(r, SAT.expires, expires);
        }
    }
}
