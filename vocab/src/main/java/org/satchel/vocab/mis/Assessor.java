package org.satchel.vocab.mis;

import org.apache.jena.graph.Node;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;

/**
 * Who marked a piece of work (assessments.csv, homework.csv) and, for a software mark, whether and
 * when a teacher confirmed it. A teacher is named by staff code, software by system code, a
 * learner marking their own work by their Pupil ID; a peer is another learner, so is not named.
 */
record Assessor(Node role, Node assessedBy, Boolean confirmed, Node confirmedBy, Node confirmedAt) {
    private static final Node TEACHER = CODE.assessor_teacher.asNode();
    private static final Node SOFTWARE = CODE.assessor_software.asNode();
    private static final Node PEER = CODE.assessor_peer.asNode();
    private static final Node SELF = CODE.assessor_self.asNode();

    /** The columns an assessor is read from, in {@code file}. */
    record Columns(int type, int by, int confirmation, int confirmedBy, int confirmedAt) {
        Columns(ExportFile file, String type, String by) {
            this(file.column(type), file.column(by), file.column("Confirmation"), file.column("Confirmed By"),
                    file.column("Confirmed At"));
        }
    }

    /** Reads the assessor; null, with problems reported, if it cannot be read. */
    static Assessor read(Fields f, Columns c) {
        Node role = f.code(c.type(), MisCodes.ASSESSORS, "an assessor type");
        if (role == null) {
            return null;
        }
        Node by = null;
        if (role.equals(TEACHER)) {
            by = f.staff(c.by());
        } else if (role.equals(SOFTWARE)) {
            by = f.system(c.by());
        } else if (role.equals(SELF)) {
            by = f.self(c.by());
        } else if (role.equals(PEER)) {
            f.mustBeEmpty(c.by(), "for a peer: another learner is not named in this learner's record");
        }
        Boolean confirmed = null;
        Node confirmedBy = null;
        Node confirmedAt = null;
        if (role.equals(SOFTWARE)) {
            confirmed = f.code(c.confirmation(), MisCodes.CONFIRMATIONS, "a confirmation");
            if (Boolean.TRUE.equals(confirmed)) {
                confirmedBy = f.staff(c.confirmedBy());
                confirmedAt = f.stamp(c.confirmedAt());
            } else {
                f.mustBeEmpty(c.confirmedBy(), "until a teacher has confirmed the mark");
                f.mustBeEmpty(c.confirmedAt(), "until a teacher has confirmed the mark");
            }
        } else {
            for (int column : new int[] {c.confirmation(), c.confirmedBy(), c.confirmedAt()}) {
                f.mustBeEmpty(column, "unless software marked the work");
            }
        }
        if (f.failed()) {
            return null;
        }
        return new Assessor(role, by, confirmed, confirmedBy, confirmedAt);
    }

    /** Writes assessor role, assessed by, conditions and any confirmation on {@code record}. */
    void write(GraphOut out, Node record, Node conditions) {
        out.link(record, SAT.assessorRole, role);
        if (assessedBy != null) {
            out.link(record, SAT.assessedBy, assessedBy);
        }
        out.link(record, SAT.conditions, conditions);
        if (confirmed != null) {
            out.link(record, SAT.confirmation, confirmed ? CODE.confirmation_confirmed.asNode() : CODE.confirmation_unconfirmed.asNode());
            if (confirmed) {
                out.link(record, SAT.confirmedBy, confirmedBy);
                out.add(record, SAT.confirmedAt.asNode(), confirmedAt);
            }
        }
    }
}
