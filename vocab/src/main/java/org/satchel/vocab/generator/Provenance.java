package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * Who recorded a record, when, in which system and for what purpose: the four statements every
 * record carries (PROV-O {@code wasAttributedTo}, {@code generatedAtTime}; {@code sat:sourceSystem},
 * {@code sat:recordedFor}).
 *
 * @param agent  the staff member, software agent or learner the record is attributed to
 * @param date   the day it was recorded
 * @param minute minutes after midnight, local time in England
 * @param system the software agent it was recorded in
 */
record Provenance(Node agent, LocalDate date, int minute, Node system, Resource purpose) {
    Provenance {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(purpose, "purpose");
    }

    static Provenance at(Node agent, LocalDate date, int hour, int minute, Node system, Resource purpose) {
        return new Provenance(agent, date, hour * 60 + minute, system, purpose);
    }

    Node time() {
        return Literals.dateTime(date, minute);
    }

    /** The time as written in RDF and in the CSV export. */
    String timeLexical() {
        return time().getLiteralLexicalForm();
    }

    /** The last path segment of the agent's IRI: a staff code, a system code, or the learner's id. */
    String agentCode() {
        return lastSegment(agent);
    }

    String systemCode() {
        return lastSegment(system);
    }

    static String lastSegment(Node iri) {
        String uri = iri.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
