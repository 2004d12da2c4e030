package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * Writes one learner's records as triples to a {@link Sink}, each record with its provenance,
 * and counts what it wrote. The same calls feed a Jena graph, an N-Quads stream or a counter,
 * so every output form holds the same statements.
 */
final class RecordOut {
    /** Where triples go. */
    @FunctionalInterface
    interface Sink {
        void add(Node subject, Node predicate, Node object);
    }

    private final Sink sink;
    private final String recordBase;
    final Node learner;
    private final SortedMap<String, Long> recordsByKind = new TreeMap<>();
    private long triples;

    /** @param learnerIri the learner's IRI; record IRIs go under it */
    RecordOut(Sink sink, String learnerIri) {
        this.sink = sink;
        this.learner = NodeFactory.createURI(learnerIri);
        this.recordBase = learnerIri + "/";
    }

    /** Starts a record of {@code kind} at {@code {learner}/{path}}: its type, its learner and its provenance. */
    Node record(Resource kind, String path, Provenance provenance) {
        Node record = NodeFactory.createURI(recordBase + path);
        add(record, RDF.type.asNode(), kind.asNode());
        add(record, SAT.learner.asNode(), learner);
        add(record, PROV.wasAttributedTo.asNode(), provenance.agent());
        add(record, PROV.generatedAtTime.asNode(), provenance.time());
        add(record, SAT.sourceSystem.asNode(), provenance.system());
        add(record, SAT.recordedFor.asNode(), provenance.purpose().asNode());
        recordsByKind.merge(kind.getLocalName(), 1L, Long::sum);
        return record;
    }

    /**
     * Starts the description of a person in the learner's graph (the learner, a guardian): its
     * type and the provenance of what is said of them, as for any record, but about no learner.
     */
    void describe(Node person, Resource kind, Provenance provenance) {
        add(person, RDF.type.asNode(), kind.asNode());
        add(person, PROV.wasAttributedTo.asNode(), provenance.agent());
        add(person, PROV.generatedAtTime.asNode(), provenance.time());
        add(person, SAT.sourceSystem.asNode(), provenance.system());
        add(person, SAT.recordedFor.asNode(), provenance.purpose().asNode());
    }

    void add(Node subject, Node predicate, Node object) {
        sink.add(subject, predicate, object);
        triples++;
    }

    void link(Node subject, Property property, Resource object) {
        add(subject, property.asNode(), object.asNode());
    }

    void link(Node subject, Property property, Node object) {
        add(subject, property.asNode(), object);
    }

    void text(Node subject, Property property, String value) {
        add(subject, property.asNode(), Literals.string(value));
    }

    void date(Node subject, Property property, LocalDate value) {
        add(subject, property.asNode(), Literals.date(value));
    }

    void dateTime(Node subject, Property property, LocalDate date, int minuteOfDay) {
        add(subject, property.asNode(), Literals.dateTime(date, minuteOfDay));
    }

    void integer(Node subject, Property property, long value) {
        add(subject, property.asNode(), Literals.integer(value));
    }

    void decimal(Node subject, Property property, int value) {
        add(subject, property.asNode(), Literals.decimal(value));
    }

    void bool(Node subject, Property property, boolean value) {
        add(subject, property.asNode(), Literals.bool(value));
    }

    long triples() {
        return triples;
    }

    SortedMap<String, Long> recordsByKind() {
        return recordsByKind;
    }
}
