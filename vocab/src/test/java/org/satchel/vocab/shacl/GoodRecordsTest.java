package org.satchel.vocab.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.Ontology;

class GoodRecordsTest {
    private static final RecordValidator VALIDATOR = RecordValidator.standard();
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node RECORD = NodeFactory.createURI("https://w3id.org/satchel/ns#Record");

    @Test
    void aGoodLearnerGraphWithEveryKindOfRecordIsValid() {
        Validation validation = VALIDATOR.validate(Fixtures.load(Fixtures.LEARNER));
        assertInstanceOf(Validation.Valid.class, validation, validation::describe);
        assertEquals(List.of(), validation.violations());
    }

    @Test
    void aGoodSchoolGraphIsValid() {
        Validation validation = VALIDATOR.validate(Fixtures.load(Fixtures.SCHOOL));
        assertInstanceOf(Validation.Valid.class, validation, validation::describe);
    }

    @Test
    void theGoodGraphsHoldSomethingOfEveryKindTheShapesClose() {
        Graph fixtures = GraphFactory.createDefaultGraph();
        Fixtures.load(Fixtures.LEARNER).find().forEach(fixtures::add);
        Fixtures.load(Fixtures.SCHOOL).find().forEach(fixtures::add);
        Set<String> missing = new TreeSet<>();
        for (Node kind : closedKinds()) {
            if (!fixtures.contains(Node.ANY, RDF.type.asNode(), kind)) {
                missing.add(kind.getLocalName());
            }
        }
        assertEquals(Set.of(), missing, "kinds with a shape but no good example");
    }

    @Test
    void everyRecordKindOfTheOntologyHasAClosedShape() {
        Set<String> unshaped = new TreeSet<>();
        Graph ontology = Ontology.graph();
        Set<Node> closed = closedKinds();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
            Node kind = t.getSubject();
            boolean concrete = !ontology.contains(Node.ANY, RDFS.subClassOf.asNode(), kind);
            if (concrete && isRecordKind(ontology, kind) && !closed.contains(kind)) {
                unshaped.add(kind.getLocalName());
            }
        });
        assertEquals(Set.of(), unshaped, "record kinds no closed shape guards");
    }

    @Test
    void validatingLeavesTheDataAsItWas() {
        Graph data = Fixtures.changed(Fixtures.LEARNER,
                "INSERT DATA { <learners/4f7c2a/records/att-2024-09-03-am> sat:householdIncome 23000 }");
        Graph before = GraphFactory.createDefaultGraph();
        data.find().forEach(before::add);

        VALIDATOR.validate(data);

        assertTrue(data.isIsomorphicWith(before), "validation changed the data");
        assertEquals(before.size(), data.size());
    }

    @Test
    void aModelIsValidatedLikeItsGraph() {
        Graph data = Fixtures.changed(Fixtures.LEARNER, "DELETE WHERE { <learners/4f7c2a> schema:birthDate ?d }");
        assertEquals(VALIDATOR.validate(data), VALIDATOR.validate(ModelFactory.createModelForGraph(data)));
    }

    @Test
    void violationsComeInTheSameOrderEveryTimeOneLineEach() {
        String update = """
                DELETE WHERE { <learners/4f7c2a/records/sen-2019> sat:reviewDate ?r } ;
                INSERT DATA { <learners/4f7c2a/records/att-2024-09-03-am> sat:householdIncome 23000, 24000 .
                              <learners/4f7c2a> sat:householdIncome 23000 }""";
        Validation first = VALIDATOR.validate(Fixtures.changed(Fixtures.LEARNER, update));
        Validation second = VALIDATOR.validate(Fixtures.changed(Fixtures.LEARNER, update));

        assertEquals(first.describe(), second.describe());
        List<Violation> violations = first.violations();
        assertEquals(3, violations.size(), first::describe); // two income values, one line
        List<String> focusNodes = violations.stream().map(Violation::focusNode).toList();
        assertEquals(focusNodes.stream().sorted().toList(), focusNodes);
        assertEquals(3, first.describe().lines().count());
        assertEquals("<" + Fixtures.BASE + "learners/4f7c2a/records/att-2024-09-03-am> [sat:householdIncome] not part of an attendance mark:"
                        + " the ontology gives an attendance mark only session date, session and attendance code, beside its learner and provenance",
                first.describe().lines().filter(l -> l.contains("att-2024-09-03-am")).findFirst().orElseThrow());
    }

    @Test
    void oneValidatorServesManyThreadsAtOnce() throws Exception {
        List<Graph> graphs = List.of(
                Fixtures.load(Fixtures.LEARNER),
                Fixtures.changed(Fixtures.LEARNER, "DELETE WHERE { <learners/4f7c2a/records/sen-2019> sat:reviewDate ?r }"),
                Fixtures.changed(Fixtures.LEARNER, "DELETE WHERE { <learners/4f7c2a/records/att-2024-09-03-pm> sat:session ?s } ;"
                        + " INSERT DATA { <learners/4f7c2a/records/att-2024-09-03-pm> sat:session code:session-am }"),
                Fixtures.load(Fixtures.SCHOOL));
        List<String> expected = graphs.stream().map(g -> VALIDATOR.validate(g).describe()).toList();

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int which = i % graphs.size();
                runs.add(pool.submit(() -> VALIDATOR.validate(graphs.get(which)).describe().equals(expected.get(which))));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get(), "a concurrent validation disagreed with a serial one");
            }
        }
    }

    private static Set<Node> closedKinds() {
        Graph shapes = VALIDATOR.shapesGraph();
        Set<Node> kinds = new HashSet<>();
        shapes.find(Node.ANY, NodeFactory.createURI(SH + "closed"), Node.ANY).forEach(t ->
                shapes.find(t.getSubject(), NodeFactory.createURI(SH + "targetClass"), Node.ANY)
                        .forEach(k -> kinds.add(k.getObject())));
        return kinds;
    }

    private static boolean isRecordKind(Graph ontology, Node kind) {
        if (kind.equals(RECORD)) {
            return true;
        }
        return ontology.find(kind, RDFS.subClassOf.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> isRecordKind(ontology, t.getObject()));
    }
}
