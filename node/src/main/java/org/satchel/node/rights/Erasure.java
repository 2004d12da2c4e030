package org.satchel.node.rights;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.access.Action;
import org.satchel.node.access.Permission;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.Refusal;
import org.satchel.node.store.RecordStore;

/**
 * The right to erasure (UK GDPR Art. 17), as far as the rules allow it: the learner, or a guardian
 * for them, has records deleted, with every version of each, only when every statement in them is
 * one the school is not required to keep. Anything else refuses the whole request, and nothing is
 * deleted. The erasure is logged in the access log, which lives in its own graph and so outlives
 * what it erased.
 */
final class Erasure {
    private final RecordStore store;
    private final Gatekeeper gate;

    Erasure(RecordStore store, Gatekeeper gate) {
        this.store = store;
        this.gate = gate;
    }

    /** What to erase: records by IRI, or every record of some kinds. */
    sealed interface Target {
        /** These records (each with its earlier and later versions). */
        record Records(Set<String> iris) implements Target {
            public Records {
                iris = Set.copyOf(iris);
            }
        }

        /** Every record of these kinds (ontology class IRIs). */
        record Kinds(Set<String> kinds) implements Target {
            public Kinds {
                kinds = Set.copyOf(kinds);
            }
        }
    }

    /** What was erased: the records (every version) and their kinds. */
    record Erased(Set<String> records, Set<String> kinds) {}

    Outcome<Erased> erase(AccessRequest request, Target target) {
        if (request.action() != Action.ERASE) {
            throw new IllegalArgumentException("an erasure is asked for with the erase action");
        }
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            Set<String> kinds = new TreeSet<>();
            Set<String> records = new TreeSet<>();
            switch (target) {
                case Target.Records r -> {
                    // Like a correction, an erasure must not reveal a record its maker may not see.
                    Permission reading = gate.permission(c, new AccessRequest(request.principal(), request.learnerId(), request.purpose(), Action.READ));
                    for (String iri : new TreeSet<>(r.iris())) {
                        Optional<StoredRecords.Stored> found = StoredRecords.find(c, gate, request.learnerId(), iri);
                        if (found.isEmpty() || !Admission.reachesKind(reading, found.get().kind())) {
                            return new Outcome.NotFound<>("there is no record " + iri + " you can see in this learner's record");
                        }
                        kinds.add(found.get().kind());
                        records.addAll(StoredRecords.versions(c, gate, request.learnerId(), iri));
                    }
                }
                case Target.Kinds k -> {
                    kinds.addAll(k.kinds());
                    records.addAll(ofKinds(c, request.learnerId(), k.kinds()));
                }
            }
            Admission.Answer answer = Admission.admitLearnerOrGuardian(gate, c, request, kinds);
            if (answer instanceof Admission.TurnedAway t) {
                return t.outcome();
            }
            Admission.Admitted admitted = (Admission.Admitted) answer;
            Graph doomed = StoredRecords.statements(c, gate, request.learnerId(), records);
            for (Triple t : doomed.find().toList()) {
                Optional<String> kind = StoredRecords.kindIn(doomed, t.getSubject());
                kind.ifPresent(kinds::add);
                if (kind.isEmpty() || !Admission.reaches(admitted.permission(), kind, t.getPredicate().getURI())) {
                    return Admission.turnAway(gate, c, request, kinds, new Refusal(Refusal.Reason.NOT_PERMITTED,
                            t.getSubject().getURI() + " holds " + StoredRecords.localName(t.getPredicate().getURI())
                                    + ", which the school must keep; nothing was erased")).outcome();
                }
            }
            Node g = NodeFactory.createURI(gate.graphIri(request.learnerId()));
            QuadDataAcc quads = new QuadDataAcc();
            doomed.find().forEachRemaining(t -> quads.addQuad(new Quad(g, t)));
            UpdateRequest update = new UpdateRequest(new UpdateDataDelete(quads));
            AccessEvent event = gate.record(update, request, kinds, true, admitted.legalBasis());
            c.update(update);
            return new Outcome.Done<>(new Erased(Set.copyOf(records), Set.copyOf(kinds)), event);
        });
    }

    /** Every record of these kinds about the learner, superseded versions included. */
    private Set<String> ofKinds(RDFConnection c, String learnerId, Set<String> kinds) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(StoredRecords.PREFIXES + """
                SELECT DISTINCT ?r WHERE { VALUES (?kind) { ?kinds } GRAPH ?g { ?r a ?kind ; sat:learner ?l } }
                """);
        q.setIri("g", gate.graphIri(learnerId));
        q.setIri("l", gate.learnerIri(learnerId));
        q.setValues("kinds", kinds.stream().map(ResourceFactory::createResource).toList());
        Set<String> found = new TreeSet<>();
        c.querySelect(q.asQuery(), row -> {
            String iri = row.getResource("r").getURI();
            if (StoredRecords.isRecordIri(gate, learnerId, iri)) {
                found.add(iri);
            }
        });
        return found;
    }
}
