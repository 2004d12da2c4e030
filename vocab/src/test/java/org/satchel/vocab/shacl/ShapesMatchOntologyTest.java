package org.satchel.vocab.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.Ontology;

/** Keeps the shapes, the ontology and the tests of the shapes in step. */
class ShapesMatchOntologyTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String SAT = "https://w3id.org/satchel/ns#";
    private static final String SHAPE = "https://w3id.org/satchel/shapes#";
    private static final Node PROPERTY = sh("property");
    private static final Node PATH = sh("path");
    private static final Node TARGET_CLASS = sh("targetClass");
    // A rule "if A then B" targets, with a SPARQL target (SHACL-AF), the records for which A holds.
    private static final Node TARGET = sh("target");
    private static final Node SENSITIVITY = NodeFactory.createURI(SAT + "sensitivity");
    private static final Node SHARING_BASIS = NodeFactory.createURI(SAT + "sharingBasis");
    private static final Set<Node> PROPERTY_TYPES = Set.of(
            OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), RDF.Property.asNode());

    private final Graph shapes = RecordValidator.standard().shapesGraph();
    private final Graph ontology = Ontology.graph();

    @Test
    void everyPropertyShapeOfATargetedShapeHasANameAndAMessage() {
        Set<String> unnamed = new TreeSet<>();
        for (Node propertyShape : recordLevelPropertyShapes()) {
            Node path = shapes.find(propertyShape, PATH, Node.ANY).next().getObject();
            if (!shapes.contains(propertyShape, sh("name"), Node.ANY) || !shapes.contains(propertyShape, sh("message"), Node.ANY)) {
                unnamed.add(path.toString());
            }
        }
        assertEquals(Set.of(), unnamed, "property shapes without sh:name or sh:message");
    }

    @Test
    void everyPathARecordShapeUsesIsDeclaredOrAnnotatedInTheOntology() {
        Set<String> unknown = new TreeSet<>();
        for (Node propertyShape : recordLevelPropertyShapes()) {
            Node path = shapes.find(propertyShape, PATH, Node.ANY).next().getObject();
            // A sequence path (an RDF list) is known when each of its steps is.
            for (Node step : path.isBlank() ? org.apache.jena.system.G.rdfList(shapes, path) : java.util.List.of(path)) {
                boolean declared = ontology.find(step, RDF.type.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> PROPERTY_TYPES.contains(t.getObject()) || t.getObject().equals(OWL.AnnotationProperty.asNode()));
                if (!declared && !ontology.contains(step, SENSITIVITY, Node.ANY)) {
                    unknown.add(step.toString());
                }
            }
        }
        assertEquals(Set.of(), unknown, "paths the ontology does not know");
    }

    @Test
    void everyPropertyAndRecordKindCarriesASensitivityAndASharingBasis() {
        Set<String> bare = new TreeSet<>();
        Set<Node> terms = new HashSet<>();
        for (Node type : PROPERTY_TYPES) {
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> terms.add(t.getSubject()));
        }
        // Every class a shape targets as a kind: records, people, software, the school.
        terms.addAll(closedKinds());
        for (Node term : terms) {
            if (!ontology.contains(term, SENSITIVITY, Node.ANY)) {
                bare.add(term.getLocalName() + " has no sat:sensitivity");
            }
            if (!ontology.contains(term, SHARING_BASIS, Node.ANY)) {
                bare.add(term.getLocalName() + " has no sat:sharingBasis");
            }
        }
        assertFalse(terms.isEmpty());
        assertEquals(Set.of(), bare);
    }

    @Test
    void theListsOfSharedPropertiesAreThePathsOfTheSharedShapes() {
        Set<Node> provenance = paths(shape("Provenance"));
        provenance.add(RDF.type.asNode());
        assertEquals(names(provenance), names(listed("ProvenanceProperties")));

        Set<Node> record = paths(shape("Record"));
        record.addAll(provenance);
        assertEquals(names(record), names(listed("RecordProperties")));

        Set<Node> assessment = paths(shape("Assessment"));
        assessment.addAll(record);
        assertEquals(names(assessment), names(listed("AssessmentProperties")));
    }

    @Test
    void everyShapeWithATargetHasABrokenRecordThatBreaksIt() {
        Set<String> targeted = java.util.stream.Stream.of(TARGET_CLASS, TARGET)
                .flatMap(target -> shapes.find(Node.ANY, target, Node.ANY).toList().stream())
                .map(t -> t.getSubject().getURI().substring(SHAPE.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = BrokenRecordsTest.brokenRecords().map(BrokenRecordsTest.Broken::shape).collect(Collectors.toSet());
        targeted.removeAll(tested);
        assertEquals(Set.of(), targeted, "shapes no broken record exercises");
    }

    // Property shapes that constrain a record, a person or the school: those of targeted shapes.
    // Shapes of code-list values (skos:inScheme, sat:prohibited) and the parts of logical
    // rules are not about what a record may hold.
    private Set<Node> recordLevelPropertyShapes() {
        Set<Node> result = new HashSet<>();
        for (Node target : List.of(TARGET_CLASS, TARGET)) {
            shapes.find(Node.ANY, target, Node.ANY).forEach(t ->
                    shapes.find(t.getSubject(), PROPERTY, Node.ANY).forEach(p -> result.add(p.getObject())));
        }
        assertFalse(result.isEmpty());
        return result;
    }

    private Set<Node> closedKinds() {
        Set<Node> kinds = new HashSet<>();
        shapes.find(Node.ANY, sh("closed"), Node.ANY).forEach(t ->
                shapes.find(t.getSubject(), TARGET_CLASS, Node.ANY).forEach(k -> kinds.add(k.getObject())));
        return kinds;
    }

    private Set<Node> paths(Node shape) {
        Set<Node> paths = new HashSet<>();
        shapes.find(shape, PROPERTY, Node.ANY).forEach(p ->
                shapes.find(p.getObject(), PATH, Node.ANY).forEach(path -> paths.add(path.getObject())));
        return paths;
    }

    private List<Node> listed(String list) {
        return GraphList.members(GNode.create(shapes, shape(list)));
    }

    private static Set<String> names(Collection<Node> nodes) {
        return nodes.stream().map(Node::getURI).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Node shape(String local) {
        return NodeFactory.createURI(SHAPE + local);
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}
