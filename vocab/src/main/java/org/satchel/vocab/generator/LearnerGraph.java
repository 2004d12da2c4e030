package org.satchel.vocab.generator;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One named graph of the generated school: a learner's record (or the school's own graph) and
 * the IRI it is named by.
 *
 * @param graphIri {@code {base}learners/{id}/record} for a learner, {@code {base}school} for the school
 * @param graph    the triples; a fresh in-memory graph the caller may keep or change
 */
public record LearnerGraph(String graphIri, Graph graph) {
    public LearnerGraph {
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(graph, "graph");
    }
}
