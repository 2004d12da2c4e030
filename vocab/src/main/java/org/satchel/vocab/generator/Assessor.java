package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;

/**
 * Who marked a piece of work and, for a software mark, whether and when a teacher confirmed it:
 * the part of an assessment the shapes check together (a software mark carries a confirmation;
 * only a confirmed one names who confirmed it and when).
 */
record Assessor(Kind kind, Staff teacher, Optional<LocalDate> confirmedOn, boolean confirmationPending) {
    enum Kind {
        TEACHER(CODE.assessor_teacher, "Teacher"),
        SOFTWARE(CODE.assessor_software, "Software"),
        PEER(CODE.assessor_peer, "Peer"),
        SELF(CODE.assessor_self, "Self");

        final Resource code;
        final String label;

        Kind(Resource code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    /** Confirmations are entered after school. */
    static final int CONFIRMED_AT = 16 * 60 + 20;

    static Assessor teacher(Staff teacher) {
        return new Assessor(Kind.TEACHER, teacher, Optional.empty(), false);
    }

    static Assessor of(Kind kind, Staff teacher) {
        return new Assessor(kind, teacher, Optional.empty(), false);
    }

    static Assessor software(Staff teacher, Optional<LocalDate> confirmedOn) {
        return new Assessor(Kind.SOFTWARE, teacher, confirmedOn, confirmedOn.isEmpty());
    }

    /** Writes assessor role, assessed by, conditions and any confirmation on {@code record}. */
    void rdf(RecordOut out, Node record, School school, Resource conditions) {
        out.link(record, SAT.assessorRole, kind.code);
        switch (kind) {
            case TEACHER -> out.link(record, SAT.assessedBy, teacher.iri());
            case SOFTWARE -> out.link(record, SAT.assessedBy, school.quiz);
            case SELF -> out.link(record, SAT.assessedBy, out.learner);
            case PEER -> { } // another learner: not named in this learner's record
        }
        out.link(record, SAT.conditions, conditions);
        if (kind == Kind.SOFTWARE) {
            out.link(record, SAT.confirmation, confirmedOn.isPresent() ? CODE.confirmation_confirmed : CODE.confirmation_unconfirmed);
            confirmedOn.ifPresent(day -> {
                out.link(record, SAT.confirmedBy, teacher.iri());
                out.dateTime(record, SAT.confirmedAt, day, CONFIRMED_AT);
            });
        }
    }

    /** Who assessed, as an MIS code: a staff code, "quiz", the learner's id, or empty for a peer. */
    String assessedByCode(School school, Learner learner) {
        return switch (kind) {
            case TEACHER -> teacher.code();
            case SOFTWARE -> Provenance.lastSegment(school.quiz);
            case SELF -> learner.id;
            case PEER -> "";
        };
    }

    /** Confirmation, Confirmed By, Confirmed At columns. */
    Object[] confirmationColumns() {
        if (kind != Kind.SOFTWARE) {
            return new Object[] {"", "", ""};
        }
        return confirmedOn.<Object[]>map(day -> new Object[] {"Confirmed", teacher.code(), Literals.dateTimeText(day, CONFIRMED_AT)})
                .orElse(new Object[] {"Unconfirmed", "", ""});
    }
}
