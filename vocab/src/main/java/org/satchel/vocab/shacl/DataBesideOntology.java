package org.satchel.vocab.shacl;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A record graph and the ontology read as one graph, for the shapes: every triple of either,
 * each once. Jena's {@link Union} copies every triple the first graph answers a find with into a
 * fresh set, to drop it from the second graph's answer; the shapes make a find per property of
 * every record, so that copying was a fifth of checking a learner's record. Asking the data
 * graph's own index whether it holds an ontology triple drops the same duplicates without the
 * copy, and the ontology seldom answers a find about a record at all.
 */
final class DataBesideOntology extends Union {
    DataBesideOntology(Graph data, Graph ontology) {
        super(data, ontology);
    }

    @Override
    protected ExtendedIterator<Triple> _graphBaseFind(Triple pattern) {
        return L.find(pattern).andThen(R.find(pattern).filterDrop(L::contains));
    }
}
