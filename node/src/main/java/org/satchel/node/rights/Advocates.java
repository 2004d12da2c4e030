package org.satchel.node.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.RecordWriter;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * Delegations to an advocate: the learner, or a guardian for them, lets a named advocate read the
 * record for one purpose and a period ({@code sat:Delegation}), and revokes it when they choose
 * ({@code prov:invalidatedAtTime}). The gatekeeper reads delegations when an advocate asks, so an
 * advocate outside the period, or after revocation, is refused like anyone else.
 */
final class Advocates {
    private static final String DELEGATION = SAT.Delegation.getURI();

    private final RecordStore store;
    private final Gatekeeper gate;
    private final RecordWriter writer;

    Advocates(RecordStore store, Gatekeeper gate, RecordWriter writer) {
        this.store = store;
        this.gate = gate;
        this.writer = writer;
    }

    /** One delegation as stored, and when it was revoked, if it was. */
    record Delegation(String id, String iri, String advocate, Purpose purpose, LocalDate from, LocalDate until, Optional<Instant> revoked) {}

    /** Delegates reading for {@code purpose}, from and until these days (inclusive), to {@code advocate}. */
    Outcome<Delegation> delegate(AccessRequest request, Principal advocate, Purpose purpose, LocalDate from, LocalDate until) {
        if (advocate.role() != Role.ADVOCATE) {
            return new Outcome.Unacceptable<>("access is delegated to an advocate (advocate:…), not to a " + advocate.role().code());
        }
        if (purpose.prohibited()) {
            return new Outcome.Unacceptable<>("'" + purpose.code() + "' is refused whoever asks: it cannot be delegated");
        }
        if (until.isBefore(from)) {
            return new Outcome.Unacceptable<>("a delegation ends on or after the day it starts");
        }
        if (until.isBefore(gate.today())) {
            return new Outcome.Unacceptable<>("this delegation would have ended on " + until + ", before today");
        }
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            if (Admission.admitLearnerOrGuardian(gate, c, request, Set.of(DELEGATION)) instanceof Admission.TurnedAway t) {
                return t.outcome();
            }
            Graph graph = GraphFactory.createDefaultGraph();
            Node d = NodeFactory.createBlankNode();
            graph.add(d, RDF.type.asNode(), SAT.Delegation.asNode());
            graph.add(d, SAT.advocate.asNode(), NodeFactory.createURI(advocate.iri(gate.base())));
            graph.add(d, SAT.delegatedPurpose.asNode(), NodeFactory.createURI(purpose.iri()));
            graph.add(d, SAT.delegatedFrom.asNode(), NodeFactory.createLiteralDT(from.toString(), XSDDatatype.XSDdate));
            graph.add(d, SAT.delegatedUntil.asNode(), NodeFactory.createLiteralDT(until.toString(), XSDDatatype.XSDdate));
            return Outcome.after(writer.add(c, request, graph, Map.of()), stored -> {
                String iri = stored.records().get(0);
                return new Outcome.Done<>(new Delegation(StoredRecords.localId(iri), iri, advocate.iri(gate.base()), purpose, from, until,
                        Optional.empty()), stored.event());
            });
        });
    }

    /** Revokes the delegation with this id, from now on. */
    Outcome<Delegation> revoke(AccessRequest request, String delegationId) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            Admission.Answer answer = Admission.admitLearnerOrGuardian(gate, c, request, Set.of(DELEGATION));
            if (answer instanceof Admission.TurnedAway t) {
                return t.outcome();
            }
            Optional<StoredRecords.Stored> found = StoredRecords.minted(gate, request.learnerId(), delegationId)
                    .flatMap(iri -> StoredRecords.find(c, gate, request.learnerId(), iri))
                    .filter(s -> s.kind().equals(DELEGATION));
            if (found.isEmpty()) {
                return new Outcome.NotFound<>("there is no delegation " + delegationId + " for this learner");
            }
            if (found.get().superseded()) {
                return new Outcome.Conflict<>("this delegation was already revoked");
            }
            Instant now = gate.clock().instant();
            Node g = NodeFactory.createURI(gate.graphIri(request.learnerId()));
            QuadDataAcc quads = new QuadDataAcc();
            quads.addQuad(new Quad(g, NodeFactory.createURI(found.get().iri()), PROV.invalidatedAtTime.asNode(),
                    NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime)));
            UpdateRequest update = new UpdateRequest(new UpdateDataInsert(quads));
            AccessEvent event = gate.record(update, request, Set.of(DELEGATION), true, ((Admission.Admitted) answer).legalBasis());
            c.update(update);
            return new Outcome.Done<>(read(c, request.learnerId(), found.get().iri(), now), event);
        });
    }

    private Delegation read(RDFConnection c, String learnerId, String iri, Instant revoked) {
        Graph g = StoredRecords.statements(c, gate, learnerId, Set.of(iri));
        Node d = NodeFactory.createURI(iri);
        return new Delegation(StoredRecords.localId(iri), iri, object(g, d, SAT.advocate.asNode()).getURI(),
                Purposes.vocabulary().byIri(object(g, d, SAT.delegatedPurpose.asNode()).getURI()).orElseThrow(),
                LocalDate.parse(object(g, d, SAT.delegatedFrom.asNode()).getLiteralLexicalForm()),
                LocalDate.parse(object(g, d, SAT.delegatedUntil.asNode()).getLiteralLexicalForm()), Optional.of(revoked));
    }

    private static Node object(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject).findFirst()
                .orElseThrow(() -> new IllegalStateException(subject + " is a delegation without " + property.getLocalName()));
    }
}
