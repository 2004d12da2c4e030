package org.satchel.node.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.satchel.vocab.shacl.RecordValidator;
import org.satchel.vocab.shacl.Validation;

/**
 * Validates an N-Quads stream one named graph at a time, so memory holds one learner's record,
 * not the school's. The stream must keep each graph's quads together, as the generator writes
 * them; a graph that comes back later is reported rather than validated in pieces.
 */
final class GraphByGraphValidation extends StreamRDFBase {
    /** A graph that failed validation, with its violations in words. */
    record Rejected(String graph, String violations) {}

    private final RecordValidator validator;
    private final Set<Node> seen = new HashSet<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private Node current;
    private Graph buffer = GraphFactory.createDefaultGraph();
    private int graphs;
    private long quads;

    GraphByGraphValidation(RecordValidator validator) {
        this.validator = validator;
    }

    @Override
    public void quad(Quad quad) {
        Node graph = quad.getGraph();
        if (!graph.equals(current)) {
            flush();
            if (!seen.add(graph)) {
                throw new IllegalArgumentException("the quads of graph " + graph + " are not kept together");
            }
            current = graph;
        }
        buffer.add(quad.asTriple());
        quads++;
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (current == null) {
            return;
        }
        if (validator.validate(buffer) instanceof Validation.Invalid invalid) {
            rejected.add(new Rejected(current.getURI(), invalid.describe()));
        }
        graphs++;
        buffer = GraphFactory.createDefaultGraph();
        current = null;
    }

    int graphs() {
        return graphs;
    }

    long quads() {
        return quads;
    }

    List<Rejected> rejected() {
        return List.copyOf(rejected);
    }
}
