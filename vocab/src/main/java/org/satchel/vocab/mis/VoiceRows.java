package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.CONSENTS;
import static org.satchel.vocab.mis.ExportFile.REFLECTIONS;
import static org.satchel.vocab.mis.ExportFile.TARGETS;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisCodes.Named;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * What learners say of themselves: reflections (reflections.csv) and self-set targets
 * (targets.csv), written on the learning platform and named for the day they were written; and
 * consent settings (consents.csv), one per purpose.
 */
final class VoiceRows {
    private static final int WRITTEN = REFLECTIONS.column("Written On");
    private static final int SUBJECT = REFLECTIONS.column("Subject");
    private static final int TEXT = REFLECTIONS.column("Text");
    private static final int BY = REFLECTIONS.column("Recorded By");
    private static final int AT = REFLECTIONS.column("Recorded At");

    private static final int T_WRITTEN = TARGETS.column("Written On");
    private static final int T_SUBJECT = TARGETS.column("Subject");
    private static final int T_TEXT = TARGETS.column("Target");
    private static final int T_DATE = TARGETS.column("Target Date");
    private static final int MET = TARGETS.column("Met");
    private static final int T_BY = TARGETS.column("Recorded By");
    private static final int T_AT = TARGETS.column("Recorded At");

    private static final int PURPOSE_COLUMN = CONSENTS.column("Purpose");
    private static final int GIVEN = CONSENTS.column("Consent Given");
    private static final int C_BY = CONSENTS.column("Recorded By");
    private static final int C_AT = CONSENTS.column("Recorded At");
    private static final int C_SYSTEM = CONSENTS.column("Source System");

    private VoiceRows() {}

    static void readReflections(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(REFLECTIONS, line);
            Day written = f.date(WRITTEN);
            Named subject = f.code(SUBJECT, MisCodes.SUBJECTS, "a subject");
            String text = f.text(TEXT);
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.PLATFORM), PURPOSE.teaching);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.Reflection.asNode(), "reflection/" + written.text(), p);
            if (r == null) {
                continue;
            }
            out.text(r, SAT.text, text);
            out.date(r, SAT.writtenOn, written);
            out.link(r, SAT.subject, subject.code());
        }
    }

    static void readTargets(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(TARGETS, line);
            Day written = f.date(T_WRITTEN);
            Named subject = f.code(T_SUBJECT, MisCodes.SUBJECTS, "a subject");
            String text = f.text(T_TEXT);
            Day targetDate = f.optionalDate(T_DATE);
            Boolean met = f.optionalCode(MET, MisCodes.YES_NO, "Yes or No");
            GraphOut.Provenance p = f.provenance(T_BY, T_AT, f.knownSystem(Directory.PLATFORM), PURPOSE.teaching);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.SelfSetTarget.asNode(), "target/" + written.text(), p);
            if (r == null) {
                continue;
            }
            out.text(r, SAT.text, text);
            out.date(r, SAT.writtenOn, written);
            out.link(r, SAT.subject, subject.code());
            if (targetDate != null) {
                out.date(r, SAT.targetDate, targetDate);
            }
            if (met != null) {
                out.bool(r, SAT.targetMet, met);
            }
        }
    }

    static void readConsents(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(CONSENTS, line);
            Named purpose = f.code(PURPOSE_COLUMN, MisCodes.CONSENT_PURPOSES, "a purpose consent is asked for");
            Boolean given = f.code(GIVEN, MisCodes.YES_NO, "Yes or No");
            GraphOut.Provenance p = f.provenance(C_BY, C_AT, f.system(C_SYSTEM), PURPOSE.learner_request);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.ConsentSetting.asNode(), "consent/" + purpose.slug(), p);
            if (r == null) {
                continue;
            }
            out.link(r, SAT.consentPurpose, purpose.code());
            out.bool(r, SAT.consentGiven, given);
        }
    }
}
