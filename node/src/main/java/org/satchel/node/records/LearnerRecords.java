package org.satchel.node.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Permission;
import org.satchel.node.access.StatementClass;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.terms.BASIS;
import org.satchel.vocab.terms.PROV;

/**
 * A learner's record as its readers get it: only the statements the access rules let this
 * principal see for this purpose, and always with the access event that says so, written in the
 * same transaction. What is withheld is left out without a trace, so that a guardian cannot
 * learn that a safeguarding record exists from the shape of the answer.
 */
public final class LearnerRecords {
    private final RecordStore store;
    private final Gatekeeper gate;
    private final DataClassification classes = DataClassification.vocabulary();
    private final Snapshots<Filtered> snapshots = new Snapshots<>(600_000, f -> f.graph.size());

    public LearnerRecords(RecordStore store, Gatekeeper gate) {
        this.store = store;
        this.gate = gate;
    }

    public Gatekeeper gatekeeper() {
        return gate;
    }

    /** Reads what the request may see of the learner's record. */
    public RecordRead read(AccessRequest request, RecordQuery query) {
        // Reading changes nothing but the access log: the store makes the events durable before the record goes out.
        return store.readAndLog(c -> {
            UpdateRequest events = new UpdateRequest();
            RecordRead read = read(c, request, query, events);
            return new RecordStore.Logged<>(read, events);
        });
    }

    RecordRead read(RDFConnection c, AccessRequest request, RecordQuery query, UpdateRequest update) {
        if (!gate.learnerExists(c, request.learnerId())) {
            return new RecordRead.NoSuchLearner(request.learnerId());
        }
        if (request.purpose().prohibited()) {
            return new RecordRead.Refused(prohibited(request), gate.record(update, request, query.kinds(), false, BASIS.none.getURI()));
        }
        Permission permission = gate.permission(c, request);
        Optional<Refusal> refusal = refusalOf(permission, query.kinds());
        if (refusal.isPresent()) {
            return new RecordRead.Refused(refusal.get(), gate.record(update, request, query.kinds(), false, BASIS.none.getURI()));
        }
        // A record read again, unchanged, by someone the same rules judge alike, is the same answer:
        // keep the last few, so that reading a long record twice decodes and filters it once.
        Snapshots.Key key = new Snapshots.Key(request.learnerId(), store.generation(), permission.signature(), query);
        Filtered filtered = snapshots.get(key);
        if (filtered == null) {
            filtered = filter(c.fetch(gate.graphIri(request.learnerId())).getGraph(), query, permission);
            snapshots.put(key, filtered);
        }
        Set<String> served = filtered.servedKinds.isEmpty() && !query.kinds().isEmpty() ? query.kinds() : filtered.servedKinds;
        AccessEvent event = gate.record(update, request, served, true, filtered.legalBasis(permission.rules().get(0).legalBasis()));
        if (!filtered.consentWithheld.isEmpty()) {
            // The learner's consent settings kept these back: that refusal is theirs to see too.
            gate.record(update, request, filtered.consentWithheld, false, BASIS.none.getURI());
        }
        return new RecordRead.Served(new GraphReadOnly(filtered.graph), filtered.servedKinds, event, filtered.renderings);
    }

    /** Refuses outright when nothing at all is allowed, or when a kind asked for by name is not. */
    Optional<Refusal> refusalOf(Permission permission, Set<String> kinds) {
        if (permission.isEmpty()) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_PERMITTED,
                    "no access rule lets this role see this learner's record for this purpose"));
        }
        for (String kind : kinds) {
            if (permission.judge(Optional.of(kind), classes.classifyKind(kind)) instanceof Permission.Withheld w) {
                return Optional.of(refusal(w.reason(), kind));
            }
        }
        return Optional.empty();
    }

    static Refusal prohibited(AccessRequest request) {
        return new Refusal(Refusal.Reason.PROHIBITED_PURPOSE, "'" + request.purpose().code()
                + "' is a purpose Satchel refuses whoever asks and whatever the consent; the attempt is logged where the learner and the data body see it");
    }

    static Refusal refusal(Permission.Withheld.Reason reason, String kind) {
        String name = kind.substring(kind.lastIndexOf('#') + 1);
        return switch (reason) {
            case NOT_PERMITTED -> new Refusal(Refusal.Reason.NOT_PERMITTED,
                    "no access rule lets this role reach " + name + " records for this purpose");
            case CONSENT_DECLINED -> new Refusal(Refusal.Reason.CONSENT_DECLINED,
                    "the learner declined sharing " + name + " records for this purpose, which the law does not require");
            case CONSENT_NOT_GIVEN -> new Refusal(Refusal.Reason.CONSENT_NOT_GIVEN,
                    "sharing " + name + " records for this purpose needs the learner to opt in, and they have not");
        };
    }

    private Filtered filter(Graph stored, RecordQuery query, Permission permission) {
        // One pass over the store (each triple decoded once), then the filtering in memory.
        List<Triple> triples = new ArrayList<>(4096);
        Map<Node, Node> kindOf = new HashMap<>();
        Map<Node, Node> recordedAt = new HashMap<>();
        Set<Node> superseded = new HashSet<>();
        stored.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            triples.add(t);
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode())) {
                kindOf.put(t.getSubject(), t.getObject());
            } else if (p.equals(PROV.generatedAtTime.asNode())) {
                recordedAt.put(t.getSubject(), t.getObject());
            } else if (p.equals(PROV.invalidatedAtTime.asNode())) {
                superseded.add(t.getSubject());
            }
        });
        Filtered out = new Filtered();
        Map<Node, Map<Node, Permission.Verdict>> verdicts = new HashMap<>();
        boolean windowed = query.from().isPresent() || query.to().isPresent();
        for (Triple t : triples) {
            Node subject = t.getSubject();
            Node kind = kindOf.get(subject);
            if (!query.withHistory() && superseded.contains(subject)) {
                continue;
            }
            if (!query.kinds().isEmpty() && (kind == null || !query.kinds().contains(kind.getURI()))) {
                continue;
            }
            if (windowed && !inWindow(recordedAt.get(subject), query)) {
                continue;
            }
            Permission.Verdict verdict = verdicts.computeIfAbsent(kind == null ? Node.ANY : kind, k -> new HashMap<>())
                    .computeIfAbsent(t.getPredicate(), p -> {
                        StatementClass sc = classes.classify(Optional.ofNullable(kind).map(Node::getURI), p.getURI());
                        return permission.judge(Optional.ofNullable(kind).map(Node::getURI), sc);
                    });
            out.take(t, kind, verdict);
        }
        return out;
    }

    private static boolean inWindow(Node recordedAt, RecordQuery query) {
        if (recordedAt == null) {
            return false;
        }
        Instant at = instant(recordedAt);
        return query.from().map(f -> !at.isBefore(f)).orElse(true) && query.to().map(to -> at.isBefore(to)).orElse(true);
    }

    private static Instant instant(Node literal) {
        try {
            return OffsetDateTime.parse(literal.getLiteralLexicalForm()).toInstant();
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    /** What a read serves: the permitted statements, their kinds and the bases they rest on. Never changed once built. */
    private static final class Filtered {
        final Graph graph = GraphFactory.createDefaultGraph();
        final RecordRead.Renderings renderings = new RecordRead.Renderings();
        final Set<String> servedKinds = new TreeSet<>();
        final Set<String> consentWithheld = new TreeSet<>();
        final Set<String> bases = new TreeSet<>();

        void take(Triple t, Node kind, Permission.Verdict verdict) {
            switch (verdict) {
                case Permission.Permitted p -> {
                    graph.add(t);
                    bases.add(p.legalBasis());
                    if (kind != null) {
                        servedKinds.add(kind.getURI());
                    }
                }
                case Permission.Withheld w -> {
                    if (kind != null && w.reason() != Permission.Withheld.Reason.NOT_PERMITTED) {
                        consentWithheld.add(kind.getURI());
                    }
                }
            }
        }

        /** The basis the access rests on: consent if any part needed it, else the rules' basis. */
        String legalBasis(String ofFirstRule) {
            if (bases.contains(BASIS.consent_given.getURI())) {
                return BASIS.consent_given.getURI();
            }
            return bases.isEmpty() ? ofFirstRule : bases.iterator().next();
        }
    }
}
