package org.satchel.node.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.accesslog.AccessLogFilter;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.LearnerRecords;
import org.satchel.node.records.RecordQuery;
import org.satchel.node.records.RecordRead;
import org.satchel.node.store.RecordStore;

/**
 * The right of access (UK GDPR Art. 15): everything the learner, or a guardian for them, may see
 * of the record, every version of it, with the access log, the sharing decisions and the
 * correction requests, gathered at once. The gathering is one access, logged as an export.
 */
final class SubjectAccess {
    private final RecordStore store;
    private final LearnerRecords records;
    private final Gatekeeper gate;
    private final ConsentSettings consent;

    SubjectAccess(RecordStore store, LearnerRecords records, Gatekeeper gate, ConsentSettings consent) {
        this.store = store;
        this.records = records;
        this.gate = gate;
        this.consent = consent;
    }

    /**
     * What an export holds.
     *
     * @param record    the statements of the record the reader may see, superseded versions included
     * @param accessLog the learner's access log as this reader may see it, newest first, this export included
     */
    record Export(String learnerId, String learnerIri, Instant at, Graph record, List<AccessEvent> accessLog,
            List<ConsentSettings.Decision> consent, List<Correction> corrections) {}

    /** Gathers the export for {@code request} (whose action is {@link org.satchel.node.access.Action#EXPORT}). */
    Outcome<Export> export(AccessRequest request) {
        RecordQuery everything = new RecordQuery(Set.of(), Optional.empty(), Optional.empty(), true);
        return switch (records.read(request, everything)) {
            case RecordRead.NoSuchLearner n -> new Outcome.NoSuchLearner<>(n.learnerId());
            case RecordRead.Refused r -> new Outcome.Refused<>(r.refusal(), r.event());
            case RecordRead.Served s -> {
                // Guardians do not see what the designated safeguarding lead deferred, as in the log itself.
                Optional<LocalDate> hide = request.principal().role() == Role.GUARDIAN ? Optional.of(gate.today()) : Optional.empty();
                AccessLogFilter filter = new AccessLogFilter(Optional.empty(), Optional.empty(), Optional.empty(), hide);
                Export export = store.read(c -> new Export(request.learnerId(), gate.learnerIri(request.learnerId()), s.event().at(),
                        s.graph(), gate.log().events(c, request.learnerId(), filter), consent.decisions(c, request.learnerId()),
                        Correction.in(s.graph())));
                yield new Outcome.Done<>(export, s.event());
            }
        };
    }

    /** The export as one graph: the record and the access events, as the log stores them. */
    static Graph asGraph(Export export, Gatekeeper gate) {
        Graph graph = GraphFactory.createDefaultGraph();
        export.record().find().forEachRemaining(graph::add);
        UpdateRequest events = new UpdateRequest();
        export.accessLog().forEach(e -> gate.log().append(events, e));
        events.getOperations().forEach(op -> ((UpdateDataInsert) op).getQuads().forEach(q -> graph.add(q.asTriple())));
        return graph;
    }
}
