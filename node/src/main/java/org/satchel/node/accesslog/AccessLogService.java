package org.satchel.node.accesslog;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Relationship;
import org.satchel.node.access.Role;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.RecordsService;
import org.satchel.node.store.RecordStore;
import org.satchel.node.web.Callers;
import org.satchel.node.web.Json;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * {@code GET /learners/{id}/access-log}: the learner's (and their guardians') view of every access
 * to the record, newest first, by date and kind; the data body's audit sees it all, deferred
 * events included. {@code POST /learners/{id}/access-log/deferrals}: the designated safeguarding
 * lead hides one event from guardians for a time, with a reason.
 */
public final class AccessLogService implements HttpService {
    private final RecordStore store;
    private final Gatekeeper gate;
    private final Callers callers;

    public AccessLogService(RecordStore store, Gatekeeper gate, Callers callers) {
        this.store = store;
        this.gate = gate;
        this.callers = callers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/learners/{id}/access-log", this::log)
                .post("/learners/{id}/access-log/deferrals", this::defer);
    }

    /** Whether a reader may see a learner's log, and whether events deferred by the DSL are hidden from them today. */
    private record LogView(boolean allowed, Optional<LocalDate> hideDeferredOn) {
        static final LogView REFUSED = new LogView(false, Optional.empty());
    }

    /** Who may read a learner's access log: the learner, a guardian, an advocate acting now, the DSL, the data body. */
    private LogView readerView(Principal principal, String learnerId) {
        AccessRequest asking = new AccessRequest(principal, learnerId, Purposes.vocabulary().byCode("learner-request").orElseThrow(),
                org.satchel.node.access.Action.READ);
        return store.read(c -> {
            if (!gate.learnerExists(c, learnerId)) {
                throw RecordsService.unknown(learnerId);
            }
            var held = gate.relationships(c, asking);
            return switch (principal.role()) {
                case LEARNER -> held.contains(Relationship.SELF) ? new LogView(true, Optional.empty()) : LogView.REFUSED;
                case GUARDIAN -> held.contains(Relationship.GUARDIAN_OF) ? new LogView(true, Optional.of(gate.today())) : LogView.REFUSED;
                case ADVOCATE -> held.contains(Relationship.DELEGATED) ? new LogView(true, Optional.of(gate.today())) : LogView.REFUSED;
                case DSL, DATABODY -> new LogView(true, Optional.empty());
                default -> LogView.REFUSED;
            };
        });
    }

    public List<AccessEvent> events(Principal principal, String learnerId, AccessLogFilter filter) {
        LogView view = readerView(principal, learnerId);
        if (!view.allowed()) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED,
                    "a learner's access log is for the learner, their guardians, an advocate they chose, the designated safeguarding lead and the data body's audit");
        }
        AccessLogFilter applied = new AccessLogFilter(filter.from(), filter.to(), filter.kind(), view.hideDeferredOn());
        return store.read(c -> gate.log().events(c, learnerId, applied));
    }

    private void log(ServerRequest req, ServerResponse res) {
        String id = RecordsService.learnerId(req);
        Principal principal = callers.principal(req);
        AccessLogFilter filter = new AccessLogFilter(RecordsService.instant(req, "from"), RecordsService.instant(req, "to"),
                req.query().first("kind").asOptional().map(RecordsService::kindIri), Optional.empty());
        List<AccessEvent> events = events(principal, id, filter);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(Map.of("learner", id, "events", events.stream().map(AccessLogService::json).toList())));
    }

    /** One event as the log's JSON shows it. */
    public static Map<String, Object> json(AccessEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.iri());
        m.put("at", e.at().toString());
        m.put("who", e.accessor());
        m.put("role", e.role().code());
        m.put("purpose", e.purposeIri().substring(e.purposeIri().indexOf('#') + 1));
        m.put("action", e.action().name().toLowerCase(java.util.Locale.ROOT));
        m.put("outcome", e.allowed() ? "allowed" : "refused");
        m.put("legalBasis", e.legalBasis().substring(e.legalBasis().indexOf('#') + 1));
        m.put("dataKinds", e.dataKinds().stream().map(k -> k.substring(k.indexOf('#') + 1)).toList());
        e.deferral().ifPresent(d -> m.put("deferral", Map.of("until", d.until().toString(), "reason", d.reason())));
        return m;
    }

    record DeferralRequest(String event, String until, String reason) {}

    private void defer(ServerRequest req, ServerResponse res) {
        String id = RecordsService.learnerId(req);
        Principal principal = callers.principal(req);
        if (principal.role() != Role.DSL) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, "only the designated safeguarding lead defers showing an access to guardians");
        }
        DeferralRequest body = Json.read(req.content().as(String.class), DeferralRequest.class);
        if (body.event() == null || body.until() == null || body.reason() == null || body.reason().isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "a deferral names the event, the date it ends (until) and the reason");
        }
        LocalDate until;
        try {
            until = LocalDate.parse(body.until());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "until must be a date such as 2027-01-31");
        }
        if (!until.isAfter(gate.today()) || until.isAfter(gate.today().plusYears(1))) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "a deferral ends after today and within a year; it is reviewed, never open-ended");
        }
        AccessEvent.Deferral deferral = new AccessEvent.Deferral(until, body.reason());
        store.write(c -> {
            Optional<AccessEvent> event = gate.log().event(c, id, body.event());
            if (event.isEmpty()) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no event " + body.event() + " in this learner's access log");
            }
            if (event.get().deferral().isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "this event is already deferred");
            }
            UpdateRequest update = new UpdateRequest();
            gate.log().defer(update, id, body.event(), deferral);
            // The deferral is itself an access, logged for the data body and hidden from guardians alike.
            AccessRequest acting = new AccessRequest(principal, id, Purposes.vocabulary().byCode("safeguarding").orElseThrow(),
                    org.satchel.node.access.Action.WRITE);
            AccessEvent logged = gate.record(update, acting, java.util.Set.of(org.satchel.vocab.terms.SAT.AccessEvent.getURI()), true,
                    org.satchel.vocab.terms.BASIS.public_task.getURI());
            gate.log().defer(update, id, logged.iri(), deferral);
            c.update(update);
            return null;
        });
        res.status(204);
        res.send();
    }
}
