package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.INTERVENTIONS;
import static org.satchel.vocab.mis.ExportFile.SAFEGUARDING;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisCodes.Named;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Interventions (interventions.csv), named for the day they start and their kind, and
 * safeguarding concerns (safeguarding.csv), numbered in the order of the pupil's rows.
 */
final class PastoralRows {
    private static final int KIND = INTERVENTIONS.column("Intervention");
    private static final int SUBJECT = INTERVENTIONS.column("Subject");
    private static final int START = INTERVENTIONS.column("Start Date");
    private static final int END = INTERVENTIONS.column("End Date");
    private static final int DELIVERED_BY = INTERVENTIONS.column("Delivered By");
    private static final int TARGET = INTERVENTIONS.column("Target");
    private static final int OUTCOME = INTERVENTIONS.column("Outcome");
    private static final int BY = INTERVENTIONS.column("Recorded By");
    private static final int AT = INTERVENTIONS.column("Recorded At");

    private static final int RAISED = SAFEGUARDING.column("Raised On");
    private static final int CATEGORIES = SAFEGUARDING.column("Categories");
    private static final int STATUS = SAFEGUARDING.column("Status");
    private static final int SUMMARY = SAFEGUARDING.column("Summary");
    private static final int ACTIONS = SAFEGUARDING.column("Actions Taken");
    private static final int S_BY = SAFEGUARDING.column("Recorded By");
    private static final int S_AT = SAFEGUARDING.column("Recorded At");

    private PastoralRows() {}

    static void readInterventions(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(INTERVENTIONS, line);
            Named kind = f.code(KIND, MisCodes.INTERVENTIONS, "an intervention");
            Named subject = f.optionalCode(SUBJECT, MisCodes.SUBJECTS, "a subject");
            Day start = f.date(START);
            Day end = f.optionalDate(END);
            Node deliveredBy = f.staff(DELIVERED_BY);
            String target = f.text(TARGET);
            Node outcome = f.code(OUTCOME, MisCodes.OUTCOMES, "an intervention outcome");
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.teaching);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.Intervention.asNode(), "intervention/" + start.text() + "-" + kind.slug(), p);
            if (r == null) {
                continue;
            }
            out.link(r, SAT.interventionType, kind.code());
            out.link(r, SAT.deliveredBy, deliveredBy);
            out.date(r, SAT.startDate, start);
            if (end != null) {
                out.date(r, SAT.endDate, end);
            }
            if (subject != null) {
                out.link(r, SAT.subject, subject.code());
            }
            out.text(r, SAT.target, target);
            out.link(r, SAT.interventionOutcome, outcome);
        }
    }

    static void readSafeguarding(List<Cursor.Line> rows, GraphOut out) {
        int n = 0;
        for (Cursor.Line line : rows) {
            n++; // every row counts, so a row's name does not depend on whether those before it could be read
            Fields f = out.row(SAFEGUARDING, line);
            Day raised = f.date(RAISED);
            List<Node> categories = f.codes(CATEGORIES, MisCodes.CONCERN_CATEGORIES, "a safeguarding category", true);
            Node status = f.code(STATUS, MisCodes.CONCERN_STATUSES, "a concern status");
            String summary = f.text(SUMMARY);
            List<String> actions = f.list(ACTIONS);
            GraphOut.Provenance p = f.provenance(S_BY, S_AT, f.knownSystem(Directory.MIS), PURPOSE.safeguarding);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.SafeguardingConcern.asNode(), "safeguarding/" + raised.text() + "-" + n, p);
            if (r == null) {
                continue;
            }
            for (Node category : categories) {
                out.link(r, SAT.concernCategory, category);
            }
            out.date(r, SAT.raisedOn, raised);
            out.link(r, SAT.concernStatus, status);
            out.text(r, SAT.summary, summary);
            for (String action : actions) {
                out.text(r, SAT.actionTaken, action);
            }
        }
    }
}
