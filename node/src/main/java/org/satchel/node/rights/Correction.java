package org.satchel.node.rights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * A correction request as its readers see it: what was challenged, what the learner proposed and
 * why, and the school's answer. Its {@code id} is that of the request as first made; deciding it
 * makes a new version ({@code iri}), so the open request stays in the record's history.
 *
 * @param kind          the challenged record's kind, if it is still in the record
 * @param amendedRecord for an accepted correction, the version of the record that carries the proposed value
 */
record Correction(String id, String iri, String record, Optional<String> kind, String property, Node proposedValue,
        Optional<String> reason, String requestedBy, Instant requestedAt, Status status, Optional<Decision> decision,
        Optional<String> amendedRecord) {
    Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(proposedValue, "proposedValue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
    }

    /** Where a request stands. */
    enum Status {
        OPEN, ACCEPTED, REJECTED;

        Node code() {
            return switch (this) {
                case OPEN -> CODE.correction_open.asNode();
                case ACCEPTED -> CODE.correction_accepted.asNode();
                case REJECTED -> CODE.correction_rejected.asNode();
            };
        }

        static Optional<Status> of(Node code) {
            for (Status s : values()) {
                if (s.code().equals(code)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** Who on the staff decided, when, and why. */
    record Decision(String decidedBy, Instant decidedOn, String reason) {}

    /**
     * The current version of every correction request in {@code graph} (which holds at least the
     * requests, their earlier versions, and the kind and later versions of what they challenge),
     * in the order they were made.
     */
    static List<Correction> in(Graph graph) {
        List<Correction> found = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), SAT.CorrectionRequest.asNode()).toList()) {
            Node version = t.getSubject();
            if (version.isURI() && !graph.contains(version, PROV.invalidatedAtTime.asNode(), Node.ANY)) {
                read(graph, version).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Correction::requestedAt).thenComparing(Correction::id));
        return found;
    }

    private static Optional<Correction> read(Graph graph, Node version) {
        Optional<Node> record = one(graph, version, SAT.challenges.asNode()).filter(Node::isURI);
        Optional<Node> property = one(graph, version, SAT.challengedProperty.asNode()).filter(Node::isURI);
        Optional<Node> value = one(graph, version, SAT.proposedValue.asNode());
        Optional<Node> by = one(graph, version, SAT.requestedBy.asNode()).filter(Node::isURI);
        Optional<Instant> at = one(graph, version, SAT.requestedAt.asNode()).flatMap(Correction::instant);
        Optional<Status> status = one(graph, version, SAT.correctionStatus.asNode()).flatMap(Status::of);
        if (record.isEmpty() || property.isEmpty() || value.isEmpty() || by.isEmpty() || at.isEmpty() || status.isEmpty()) {
            // Not a request this node made or the shapes would pass: it is in the record, not in this list.
            return Optional.empty();
        }
        Optional<Decision> decision = one(graph, version, SAT.decidedBy.asNode()).filter(Node::isURI).flatMap(who ->
                one(graph, version, SAT.decidedOn.asNode()).flatMap(Correction::instant).flatMap(when ->
                        one(graph, version, SAT.decisionReason.asNode()).filter(Node::isLiteral)
                                .map(why -> new Decision(who.getURI(), when, why.getLiteralLexicalForm()))));
        Optional<String> kind = StoredRecords.kindIn(graph, record.get());
        Optional<String> amended = status.get() == Status.ACCEPTED
                ? graph.find(Node.ANY, PROV.wasRevisionOf.asNode(), record.get()).toList().stream()
                        .map(Triple::getSubject).filter(Node::isURI).map(Node::getURI).sorted().findFirst()
                : Optional.empty();
        return Optional.of(new Correction(StoredRecords.localId(first(graph, version).getURI()), version.getURI(), record.get().getURI(),
                kind, property.get().getURI(), value.get(), one(graph, version, SAT.reason.asNode()).map(Node::getLiteralLexicalForm),
                by.get().getURI(), at.get(), status.get(), decision, amended));
    }

    /** The request as first made: follow the versions back while they are correction requests. */
    private static Node first(Graph graph, Node version) {
        Set<Node> seen = new HashSet<>();
        Node at = version;
        while (seen.add(at)) {
            Optional<Node> earlier = one(graph, at, PROV.wasRevisionOf.asNode())
                    .filter(e -> graph.contains(e, RDF.type.asNode(), SAT.CorrectionRequest.asNode()));
            if (earlier.isEmpty()) {
                break;
            }
            at = earlier.get();
        }
        return at;
    }

    private static Optional<Node> one(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject).findFirst();
    }

    private static Optional<Instant> instant(Node literal) {
        if (!literal.isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(literal.getLiteralLexicalForm()).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
