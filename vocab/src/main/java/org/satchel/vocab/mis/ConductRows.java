package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.BEHAVIOUR;
import static org.satchel.vocab.mis.ExportFile.EXCLUSIONS;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Behaviour incidents (behaviour.csv), numbered in the order of the pupil's rows because several
 * may fall on one day, and suspensions and permanent exclusions (exclusions.csv), named for the
 * day they start.
 */
final class ConductRows {
    private static final int DATE = BEHAVIOUR.column("Date");
    private static final int TIME = BEHAVIOUR.column("Time");
    private static final int TYPE = BEHAVIOUR.column("Incident Type");
    private static final int POINTS = BEHAVIOUR.column("Points");
    private static final int SUMMARY = BEHAVIOUR.column("Summary");
    private static final int ACTION = BEHAVIOUR.column("Action Taken");
    private static final int BY = BEHAVIOUR.column("Recorded By");
    private static final int AT = BEHAVIOUR.column("Recorded At");

    private static final int CATEGORY = EXCLUSIONS.column("Category");
    private static final int START = EXCLUSIONS.column("Start Date");
    private static final int END = EXCLUSIONS.column("End Date");
    private static final int SESSIONS = EXCLUSIONS.column("Sessions");
    private static final int[] REASONS = {EXCLUSIONS.column("Reason 1"), EXCLUSIONS.column("Reason 2"), EXCLUSIONS.column("Reason 3")};
    private static final int DECIDED_BY = EXCLUSIONS.column("Decided By");
    private static final int DECIDED_ON = EXCLUSIONS.column("Decided On");
    private static final int E_SUMMARY = EXCLUSIONS.column("Summary");
    private static final int E_BY = EXCLUSIONS.column("Recorded By");
    private static final int E_AT = EXCLUSIONS.column("Recorded At");

    private ConductRows() {}

    static void readBehaviour(List<Cursor.Line> rows, GraphOut out) {
        int n = 0;
        for (Cursor.Line line : rows) {
            n++; // every row counts, so a row's name does not depend on whether those before it could be read
            Fields f = out.row(BEHAVIOUR, line);
            Day on = f.date(DATE);
            LocalTime time = f.clockTime(TIME);
            Node type = f.code(TYPE, MisCodes.INCIDENTS, "an incident type");
            Integer points = f.integer(POINTS, 0, 1000);
            String summary = f.text(SUMMARY);
            String action = f.text(ACTION);
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.pastoral);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.BehaviourIncident.asNode(), "behaviour/" + on.text() + "-" + n, p);
            if (r == null) {
                continue;
            }
            out.add(r, SAT.occurredAt.asNode(), f.wallClock(on, time));
            out.link(r, SAT.incidentType, type);
            out.integer(r, SAT.behaviourPoints, points);
            out.text(r, SAT.summary, summary);
            out.text(r, SAT.actionTaken, action);
        }
    }

    static void readExclusions(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(EXCLUSIONS, line);
            Boolean permanent = f.code(CATEGORY, MisCodes.EXCLUSION_CATEGORIES, "an exclusion category");
            Day start = f.date(START);
            Day end = f.optionalDate(END);
            Integer sessions = null;
            if (Boolean.FALSE.equals(permanent)) {
                sessions = f.integer(SESSIONS, 1, 400);
            } else if (permanent != null) {
                f.mustBeEmpty(SESSIONS, "for a permanent exclusion");
            }
            List<Node> reasons = new ArrayList<>(3);
            for (int i = 0; i < REASONS.length; i++) {
                Node reason = i == 0 ? f.code(REASONS[i], MisCodes.EXCLUSION_REASONS, "a DfE exclusion reason")
                        : f.optionalCode(REASONS[i], MisCodes.EXCLUSION_REASONS, "a DfE exclusion reason");
                if (reason != null) {
                    if (reasons.contains(reason)) {
                        f.problem(Code.INCONSISTENT, REASONS[i], "Reason " + (i + 1) + " repeats an earlier reason");
                    }
                    reasons.add(reason);
                }
            }
            Node decidedBy = f.staff(DECIDED_BY);
            Node decidedOn = f.stamp(DECIDED_ON);
            String summary = f.text(E_SUMMARY);
            GraphOut.Provenance p = f.provenance(E_BY, E_AT, f.knownSystem(Directory.MIS), PURPOSE.pastoral);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.Exclusion.asNode(), "exclusion/" + start.text(), p);
            if (r == null) {
                continue;
            }
            out.link(r, SAT.exclusionType, permanent ? CODE.exclusion_permanent.asNode() : CODE.exclusion_suspension.asNode());
            for (Node reason : reasons) {
                out.link(r, SAT.exclusionReason, reason);
            }
            out.date(r, SAT.startDate, start);
            if (end != null) {
                out.date(r, SAT.endDate, end);
            }
            if (sessions != null) {
                out.integer(r, SAT.sessionsExcluded, sessions);
            }
            out.link(r, SAT.decidedBy, decidedBy);
            out.add(r, SAT.decidedOn.asNode(), decidedOn);
            out.text(r, SAT.summary, summary);
        }
    }
}
