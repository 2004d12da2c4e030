package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * Every record of a school generated over all fourteen years carries its provenance, keeps the
 * learner's voice apart from the school's, and uses only terms the ontology and code lists define.
 */
class RecordProvenanceTest {
    private static final List<String> problems = new ArrayList<>();
    private static final Set<String> kindsSeen = new TreeSet<>();
    private static final Set<Node> recordKinds = new HashSet<>();
    private static final Set<Node> learnerStatementKinds = Set.of(SAT.Reflection.asNode(), SAT.SelfSetTarget.asNode());
    private static final Set<Node> schoolAgents = new HashSet<>();
    private static final Set<Node> software = new HashSet<>();
    private static int learners;

    @BeforeAll
    static void generate() {
        Vocabulary.recordKinds().forEach(kind -> recordKinds.add(kind.asNode()));
        SchoolGenerator generator = new SchoolGenerator(GeneratorOptions.of(120, 14, 7));
        Graph school = generator.schoolGraph().graph();
        school.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            schoolAgents.add(t.getSubject());
            if (t.getObject().equals(SAT.Software.asNode())) {
                software.add(t.getSubject());
            }
        });
        checkTerms(school, "school graph");
        generator.forEachLearner(learner -> {
            learners++;
            check(learner);
        });
    }

    private static void check(LearnerGraph learner) {
        Graph g = learner.graph();
        Node learnerNode = g.find(Node.ANY, RDF.type.asNode(), SAT.Learner.asNode()).next().getSubject();
        assertEquals(learnerNode.getURI() + "/record", learner.graphIri());
        Set<Node> guardians = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), SAT.Guardian.asNode()).forEachRemaining(t -> guardians.add(t.getSubject()));
        Set<String> sessions = new HashSet<>();
        for (Triple typed : g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
            Node record = typed.getSubject();
            Node kind = typed.getObject();
            if (!recordKinds.contains(kind)) {
                continue;
            }
            kindsSeen.add(kind.getLocalName());
            String where = record.getURI();
            if (!where.startsWith(learnerNode.getURI() + "/")) {
                problems.add(where + ": not under its learner's IRI");
            }
            Node about = only(g, record, SAT.learner.asNode(), where);
            Node by = only(g, record, PROV.wasAttributedTo.asNode(), where);
            Node at = only(g, record, PROV.generatedAtTime.asNode(), where);
            Node system = only(g, record, SAT.sourceSystem.asNode(), where);
            Node purpose = only(g, record, SAT.recordedFor.asNode(), where);
            if (about == null || by == null || at == null || system == null || purpose == null) {
                continue;
            }
            if (!about.equals(learnerNode)) {
                problems.add(where + ": about someone else");
            }
            if (!at.isLiteral() || !XSDDatatype.XSDdateTime.getURI().equals(at.getLiteralDatatypeURI())) {
                problems.add(where + ": generatedAtTime is not an xsd:dateTime");
            }
            if (!software.contains(system)) {
                problems.add(where + ": source system is not software of the school");
            }
            Resource p = ResourceFactory.createResource(purpose.getURI());
            if (!Vocabulary.MODEL.contains(p, RDF.type, SAT.Purpose) || Vocabulary.MODEL.contains(p, SAT.prohibited)) {
                problems.add(where + ": recorded for " + purpose + ", not an allowed purpose");
            }
            boolean learnersOwn = learnerStatementKinds.contains(kind);
            if (learnersOwn != by.equals(learnerNode) && !kind.equals(SAT.ConsentSetting.asNode())) {
                problems.add(where + ": attributed to " + by + (learnersOwn ? ", not the learner" : ", but the school said it"));
            }
            if (!by.equals(learnerNode) && !guardians.contains(by) && !schoolAgents.contains(by)) {
                problems.add(where + ": attributed to an agent nobody describes: " + by);
            }
            if (kind.equals(SAT.AttendanceMark.asNode())) {
                String session = only(g, record, SAT.sessionDate.asNode(), where) + " " + only(g, record, SAT.session.asNode(), where);
                if (!sessions.add(session)) {
                    problems.add(where + ": a second mark for " + session);
                }
            }
        }
        checkTerms(g, learner.graphIri());
    }

    /** Every predicate, class and coded value is one the ontology or code lists define. */
    private static void checkTerms(Graph g, String where) {
        Set<Node> reported = new HashSet<>();
        g.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!p.equals(RDF.type.asNode()) && !Vocabulary.defines(ResourceFactory.createResource(p.getURI())) && reported.add(p)) {
                problems.add(where + ": predicate " + p + " is not in the ontology");
            }
            Node o = t.getObject();
            boolean vocabularyTerm = o.isURI() && o.getURI().startsWith("https://w3id.org/satchel/");
            if (vocabularyTerm && !Vocabulary.defines(ResourceFactory.createResource(o.getURI())) && reported.add(o)) {
                problems.add(where + ": " + o + " is not in the ontology or code lists");
            }
        });
    }

    private static Node only(Graph g, Node s, Node p, String where) {
        List<Triple> values = g.find(s, p, Node.ANY).toList();
        if (values.size() != 1) {
            problems.add(where + ": " + values.size() + " values of " + p.getLocalName());
            return null;
        }
        return values.get(0).getObject();
    }

    @Test
    void everyRecordCarriesItsLearnerAndTheProvenanceQuartet() {
        assertEquals(120, learners);
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }

    @Test
    void everyKindOfRecordASchoolKeepsIsGenerated() {
        // Correction requests, delegations and access events are written by a running node, not by a school's history.
        Set<String> expected = new TreeSet<>();
        Vocabulary.recordKinds().forEach(k -> expected.add(k.getLocalName()));
        expected.removeAll(Set.of("Record", "SchoolRecord", "LearnerStatement", "RecordAboutRecord", "Assessment",
                "StatutoryAssessment", "CorrectionRequest", "Delegation", "AccessEvent"));
        assertEquals(expected, kindsSeen);
        assertFalse(kindsSeen.isEmpty());
        assertTrue(recordKinds.size() > expected.size());
    }
}
