package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.ATTENDANCE;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/** Register marks (attendance.csv): one record per pupil and session. */
final class AttendanceRows {
    private static final int DATE = ATTENDANCE.column("Date");
    private static final int SESSION = ATTENDANCE.column("Session");
    private static final int MARK = ATTENDANCE.column("Mark");
    private static final int BY = ATTENDANCE.column("Recorded By");
    private static final int AT = ATTENDANCE.column("Recorded At");
    private static final Node AM = CODE.session_am.asNode();
    private static final Node PM = CODE.session_pm.asNode();
    private static final Node PRESENT_AM = ATT.PresentAM.asNode();
    private static final Node PRESENT_PM = ATT.PresentPM.asNode();
    private static final java.util.Map<String, Node> SESSIONS = java.util.Map.of("AM", AM, "PM", PM);

    private AttendanceRows() {}

    static void read(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(ATTENDANCE, line);
            Day date = f.date(DATE);
            Node session = f.code(SESSION, SESSIONS, "a session");
            Node mark = f.code(MARK, MisCodes.MARKS, "an attendance mark");
            // DfE: / marks the morning session present, \ the afternoon.
            if (PRESENT_AM.equals(mark) && PM.equals(session) || PRESENT_PM.equals(mark) && AM.equals(session)) {
                f.problem(Code.INCONSISTENT, MARK, "Mark " + f.raw(MARK) + " is for " + (PRESENT_AM.equals(mark) ? "morning" : "afternoon")
                        + " sessions, but Session is " + f.raw(SESSION));
            }
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.statutory_return);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.AttendanceMark.asNode(), "attendance/" + date.text() + (AM.equals(session) ? "-am" : "-pm"), p);
            if (r == null) {
                continue;
            }
            out.date(r, SAT.sessionDate, date);
            out.link(r, SAT.session, session);
            out.link(r, SAT.attendanceCode, mark);
        }
    }
}
