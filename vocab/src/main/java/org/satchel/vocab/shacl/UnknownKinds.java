package org.satchel.vocab.shacl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Finds resources in a data graph that no closed shape covers. SHACL Core targets only typed
 * nodes, so a resource of no kind, or of a kind foreign to the ontology (an income record, say),
 * would otherwise pass unseen; closed shapes can only keep out what is attached to a record.
 */
final class UnknownKinds {
    private static final Node SH_CLOSED = NodeFactory.createURI("http://www.w3.org/ns/shacl#closed");
    private static final Node SH_TARGET_CLASS = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");

    private final Set<Node> kinds;
    private final Graph ontology;
    private final PrefixMapping prefixes;

    UnknownKinds(Graph shapesGraph, Graph ontology, PrefixMapping prefixes) {
        // The kinds a record graph may hold are the targets of the closed shapes.
        Set<Node> closedKinds = new HashSet<>();
        shapesGraph.find(Node.ANY, SH_CLOSED, Node.ANY).forEachRemaining(closed -> {
            if (closed.getObject().isLiteral() && Boolean.TRUE.equals(closed.getObject().getLiteralValue())) {
                shapesGraph.find(closed.getSubject(), SH_TARGET_CLASS, Node.ANY)
                        .forEachRemaining(target -> closedKinds.add(target.getObject()));
            }
        });
        this.kinds = Set.copyOf(closedKinds);
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    /** A violation for every resource of {@code data} that is of no shaped kind, or also of a kind the ontology lacks. */
    List<Violation> in(Graph data) {
        List<Violation> violations = new ArrayList<>();
        GraphUtil.listSubjects(data, Node.ANY, Node.ANY).forEachRemaining(subject -> {
            List<Node> types = GraphUtil.listObjects(data, subject, RDF.type.asNode()).toList();
            if (types.stream().noneMatch(kinds::contains)) {
                violations.add(violation(subject, types.isEmpty()
                        ? "kind: a record graph holds only learners, guardians, school staff and records of a kind the ontology describes; this resource has no kind"
                        : "kind: a record graph holds only learners, guardians, school staff and records of a kind the ontology describes; "
                                + names(types) + " is none of them"));
            }
            for (Node type : types) {
                if (!kinds.contains(type) && !ontology.contains(type, RDF.type.asNode(), OWL.Class.asNode())) {
                    violations.add(violation(subject, "kind: " + name(type) + " is not a class of the Satchel ontology"));
                }
            }
        });
        return violations;
    }

    private Violation violation(Node subject, String message) {
        String focus = subject.isURI() ? subject.getURI() : "_:" + subject.getBlankNodeLabel();
        return new Violation(focus, "rdf:type", message, "Violation");
    }

    private String names(List<Node> types) {
        return String.join(", ", types.stream().map(this::name).sorted().toList());
    }

    private String name(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String prefixed = prefixes.qnameFor(node.getURI());
        return prefixed != null ? prefixed : "<" + node.getURI() + ">";
    }
}
