package org.satchel.vocab.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class DataBesideOntologyTest {
    private static final Node CODE = NodeFactory.createURI("https://w3id.org/satchel/code#session-am");
    private static final Node IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
    private static final Node SCHEME = NodeFactory.createURI("https://w3id.org/satchel/code#session");
    private static final Node MARK = NodeFactory.createURI("https://oakfield.school.example/learners/1/records/att-1");
    private static final Node SESSION = NodeFactory.createURI("https://w3id.org/satchel/ns#session");

    @Test
    void aTripleInBothGraphsIsFoundOnceAndEveryOtherTripleOfEither() {
        Graph data = GraphFactory.createDefaultGraph();
        Graph ontology = GraphFactory.createDefaultGraph();
        Triple shared = Triple.create(CODE, IN_SCHEME, SCHEME);
        Triple record = Triple.create(MARK, SESSION, CODE);
        Triple code = Triple.create(CODE, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"), NodeFactory.createLiteralString("AM"));
        data.add(shared);
        data.add(record);
        ontology.add(shared);
        ontology.add(code);

        Graph both = new DataBesideOntology(data, ontology);
        assertEquals(List.of(shared), both.find(CODE, IN_SCHEME, Node.ANY).toList());
        assertEquals(3, both.find().toList().size());
        assertEquals(List.of(record), both.find(MARK, Node.ANY, Node.ANY).toList());
        assertEquals(2, both.find(CODE, Node.ANY, Node.ANY).toList().size());
    }
}
