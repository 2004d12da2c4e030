package org.satchel.vocab.mis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.generator.Literals;
import org.satchel.vocab.mis.MisExport.SourceRow;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * The triples read for one named graph (the school's, or one learner's), the row every record and
 * person in it came from, and the problems its rows had. When only checking, it counts the
 * triples instead of keeping them.
 */
final class GraphOut {
    /** Who recorded a record, when, in which system and for what purpose (the four statements every record carries). */
    record Provenance(Node agent, Node time, Node system, Node purpose) {}

    private static final Node TYPE = RDF.type.asNode();

    final String graphIri;
    final Directory school;
    final LiteralNodes literals;
    /** The learner whose graph this is; null for the school graph. */
    final Pupil pupil;
    private final Graph graph;
    private final String recordBase;
    private final Map<String, SourceRow> rows = new HashMap<>();
    private final List<MisProblem> problems = new ArrayList<>();
    private long triples;

    /** @param keep whether to keep the triples (reading) or only count them (checking) */
    GraphOut(String graphIri, Directory school, LiteralNodes literals, Pupil pupil, boolean keep) {
        this.graphIri = graphIri;
        this.school = school;
        this.literals = literals;
        this.pupil = pupil;
        this.graph = keep ? GraphFactory.createGraphMem() : null;
        this.recordBase = pupil == null ? null : pupil.node().getURI() + "/";
    }

    /** The fields of a row of {@code file}; for a learner row, checks that its UPN is this pupil's. */
    Fields row(ExportFile file, Cursor.Line line) {
        Fields fields = new Fields(file, line, school, literals, pupil, problems);
        if (pupil != null && file != ExportFile.PUPILS && pupil.upnValid() && !line.get(ExportFile.UPN).equals(pupil.upn())) {
            fields.problem(Code.UPN_MISMATCH, ExportFile.UPN, "UPN '" + line.get(ExportFile.UPN)
                    + "' is not the UPN pupils.csv gives Pupil ID " + pupil.id() + " (" + pupil.upn() + ")");
        }
        return fields;
    }

    /**
     * Starts the record {@code {learner}/{path}} from {@code row}: its type, its learner and its
     * provenance. Returns null, and reports the row, if an earlier row already gave that record.
     */
    Node record(Fields row, Node kind, String path, Provenance provenance) {
        Node record = claim(row, path);
        if (record != null) {
            start(record, kind, provenance);
        }
        return record;
    }

    /**
     * Claims the record {@code {learner}/{path}} for {@code row}, writing nothing yet: a row that
     * gives several records claims them all before it writes any. Null, with a problem, if an
     * earlier row gave it.
     */
    Node claim(Fields row, String path) {
        String iri = recordBase + path;
        return claimIri(row, iri, path) ? NodeFactory.createURI(iri) : null;
    }

    /** Claims a person (a guardian) this row describes; false, with a problem, if an earlier row did. */
    boolean claimPerson(Fields row, Node person) {
        return claimIri(row, person.getURI(), person.getURI());
    }

    /** Writes a claimed record's type, learner and provenance. */
    void start(Node record, Node kind, Provenance provenance) {
        add(record, TYPE, kind);
        add(record, SAT.learner.asNode(), pupil.node());
        provenance(record, provenance);
    }

    /** Describes a claimed person (the learner, a guardian): type and provenance, as for a record, but about no learner. */
    void describe(Node person, Node kind, Provenance provenance) {
        add(person, TYPE, kind);
        provenance(person, provenance);
    }

    private boolean claimIri(Fields row, String iri, String name) {
        SourceRow source = new SourceRow(row.file().fileName, row.lineNumber());
        SourceRow earlier = rows.putIfAbsent(iri, source);
        if (earlier != null) {
            row.problem(Code.DUPLICATE_RECORD, -1, "this row gives " + name + ", which "
                    + (earlier.file().equals(source.file()) ? "line " + earlier.line() : earlier.file() + " line " + earlier.line())
                    + " already gave");
            return false;
        }
        return true;
    }

    private void provenance(Node subject, Provenance p) {
        add(subject, PROV.wasAttributedTo.asNode(), p.agent());
        add(subject, PROV.generatedAtTime.asNode(), p.time());
        add(subject, SAT.sourceSystem.asNode(), p.system());
        add(subject, SAT.recordedFor.asNode(), p.purpose());
    }

    void add(Node subject, Node predicate, Node object) {
        if (graph != null) {
            graph.add(Triple.create(subject, predicate, object));
        }
        triples++;
    }

    void link(Node subject, Property property, Node object) {
        add(subject, property.asNode(), object);
    }

    void text(Node subject, Property property, String value) {
        add(subject, property.asNode(), NodeFactory.createLiteralString(value));
    }

    void date(Node subject, Property property, LiteralNodes.Day day) {
        add(subject, property.asNode(), day.node());
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

    List<MisProblem> problems() {
        return problems;
    }

    /** The graph read, with where each record came from; null when only checking. */
    MisExport.ImportedGraph imported() {
        return graph == null ? null : new MisExport.ImportedGraph(graphIri, graph, rows);
    }
}
