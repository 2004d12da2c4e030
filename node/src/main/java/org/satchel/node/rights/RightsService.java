package org.satchel.node.rights;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.common.media.type.MediaType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.Action;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.RecordJson;
import org.satchel.node.records.RecordsService;
import org.satchel.node.web.Callers;
import org.satchel.node.web.Json;
import org.satchel.node.web.Metrics;
import org.satchel.node.web.NodeServer;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * The learner's rights over HTTP, under {@code /learners/{id}/}: {@code consent} (their sharing
 * decisions), {@code corrections} (putting a wrong record right), {@code export} (everything held
 * about them, as JSON-LD or a page), {@code erasure}, {@code advocates} (delegating access, and
 * revoking it) and {@code pairwise/{relyingParty}} (their identifier for a relying party). Every
 * route needs a bearer token and a purpose; the rights decide and log.
 */
public final class RightsService implements HttpService {
    private static final MediaType HTML = MediaTypes.TEXT_HTML;

    private final Callers callers;
    private final Metrics metrics;
    private final Gatekeeper gate;
    private final String school;
    private final ConsentSettings consent;
    private final Corrections corrections;
    private final SubjectAccess subjectAccess;
    private final Erasure erasure;
    private final Advocates advocates;
    private final Pseudonyms pseudonyms;
    private final CorrectionFollowUp followUp;

    /** The rights of the node assembled from these parts, on a node that issues no credentials. */
    public RightsService(NodeServer.Parts parts) {
        this(parts, CorrectionFollowUp.NONE);
    }

    /** The rights of the node assembled from these parts; {@code followUp} runs after each accepted correction. */
    public RightsService(NodeServer.Parts parts, CorrectionFollowUp followUp) {
        this.followUp = java.util.Objects.requireNonNull(followUp, "followUp");
        AccessPolicy policy = parts.config().rules().map(AccessPolicy::load).orElseGet(AccessPolicy::standard);
        this.callers = parts.callers();
        this.metrics = parts.metrics();
        this.gate = parts.gate();
        this.school = parts.config().name();
        this.consent = new ConsentSettings(parts.store(), gate, parts.writer(), policy);
        this.corrections = new Corrections(parts.store(), gate, parts.writer());
        this.subjectAccess = new SubjectAccess(parts.store(), parts.records(), gate, consent);
        this.erasure = new Erasure(parts.store(), gate);
        this.advocates = new Advocates(parts.store(), gate, parts.writer());
        this.pseudonyms = new Pseudonyms(parts.store(), gate, PairwiseIdentifiers.open(parts.config().data()));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/learners/{id}/consent", this::readConsent)
                .put("/learners/{id}/consent", this::decideConsent)
                .post("/learners/{id}/corrections", this::requestCorrection)
                .get("/learners/{id}/corrections", this::listCorrections)
                .post("/learners/{id}/corrections/{cid}/decision", this::decideCorrection)
                .get("/learners/{id}/export", this::export)
                .post("/learners/{id}/erasure", this::erase)
                .post("/learners/{id}/advocates", this::delegate)
                .delete("/learners/{id}/advocates/{delegationId}", this::revoke)
                .get("/learners/{id}/pairwise/{relyingParty}", this::pairwise);
    }

    private AccessRequest request(ServerRequest req, Action action) {
        String id = RecordsService.learnerId(req);
        return new AccessRequest(callers.principal(req), id, callers.purpose(req), action);
    }

    private static JsonNode body(ServerRequest req) {
        return Json.tree(req.content().as(String.class));
    }

    private void readConsent(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.READ);
        sendJson(res, 200, ResponseBodies.consent(request.learnerId(), done(consent.read(request), res)));
    }

    private void decideConsent(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        var choices = RequestBodies.consentChoices(body(req), consent);
        sendJson(res, 200, ResponseBodies.consent(request.learnerId(), done(consent.decide(request, choices), res)));
    }

    private void requestCorrection(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        JsonNode body = body(req);
        String record = RequestBodies.text(body, "record", "the IRI of the record to correct");
        String property = RequestBodies.propertyIri(RequestBodies.text(body, "property", "the property to correct, such as attendanceCode or sat:score"));
        Correction made = done(corrections.request(request, record, property, RequestBodies.proposal(body.get("proposedValue")),
                RequestBodies.optionalText(body, "reason")), res);
        res.header(HeaderNames.LOCATION, made.iri());
        sendJson(res, 201, ResponseBodies.correction(made));
    }

    private void listCorrections(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.READ);
        List<Correction> all = done(corrections.list(request), res);
        sendJson(res, 200, Map.of("learner", request.learnerId(), "corrections", all.stream().map(ResponseBodies::correction).toList()));
    }

    private void decideCorrection(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        JsonNode body = body(req);
        boolean accept = RequestBodies.flag(body, "accept", "whether the school accepts the correction");
        String reason = RequestBodies.text(body, "reason", "why the correction is accepted or rejected, for the learner to read");
        String correctionId = req.path().pathParameters().get("cid");
        Correction decided = done(corrections.decide(request, correctionId, accept, reason), res);
        Map<String, Object> answer = new java.util.LinkedHashMap<>(ResponseBodies.correction(decided));
        if (decided.status() == Correction.Status.ACCEPTED && decided.amendedRecord().isPresent()) {
            answer.putAll(followUp.accepted(request, decided.record(), decided.amendedRecord().get(), reason));
        }
        sendJson(res, 200, answer);
    }

    private void export(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.EXPORT);
        MediaType type = req.headers().acceptedTypes().isEmpty() ? RecordsService.JSON_LD
                : req.headers().bestAccepted(RecordsService.JSON_LD, MediaTypes.APPLICATION_JSON, HTML).orElseThrow(() ->
                        new ProblemException(ProblemType.NOT_ACCEPTABLE, "an export is served as application/ld+json or as a text/html page"));
        SubjectAccess.Export export = done(subjectAccess.export(request), res);
        if (type.subtype().equalsIgnoreCase(HTML.subtype()) && type.type().equalsIgnoreCase(HTML.type())) {
            res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
            res.send(ExportPage.render(export, school, gate.base()).getBytes(StandardCharsets.UTF_8));
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RecordJson.write(SubjectAccess.asGraph(export, gate), export.learnerIri(), out);
            res.header(HeaderNames.CONTENT_TYPE, type.text());
            res.send(out.toByteArray());
        }
    }

    private void erase(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.ERASE);
        Erasure.Target target = RequestBodies.erasure(body(req));
        sendJson(res, 200, ResponseBodies.erased(request.learnerId(), done(erasure.erase(request, target), res)));
    }

    private void delegate(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        RequestBodies.DelegationBody d = RequestBodies.delegation(body(req));
        Advocates.Delegation made = done(advocates.delegate(request, d.advocate(), d.purpose(), d.from(), d.until()), res);
        res.header(HeaderNames.LOCATION, "/learners/" + request.learnerId() + "/advocates/" + made.id());
        sendJson(res, 201, ResponseBodies.delegation(made));
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        String delegationId = req.path().pathParameters().get("delegationId");
        sendJson(res, 200, ResponseBodies.delegation(done(advocates.revoke(request, delegationId), res)));
    }

    private void pairwise(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.READ);
        String relyingParty = RequestBodies.relyingParty(req.path().pathParameters().get("relyingParty"));
        String identifier = done(pseudonyms.identifier(request, relyingParty), res);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("relyingParty", relyingParty);
        body.put("identifier", identifier);
        sendJson(res, 200, body);
    }

    /** The value of a done outcome (its event named in a header), or the problem for any other. */
    private <T> T done(Outcome<T> outcome, ServerResponse res) {
        return switch (outcome) {
            case Outcome.Done<T> d -> {
                metrics.access(true);
                res.header(HeaderNames.create("Satchel-Access-Event"), d.event().iri());
                yield d.value();
            }
            case Outcome.Refused<T> r -> {
                metrics.access(false);
                throw RecordsService.refused(r.refusal(), r.event().iri());
            }
            case Outcome.NoSuchLearner<T> n -> throw RecordsService.unknown(n.learnerId());
            case Outcome.NotFound<T> n -> throw new ProblemException(ProblemType.NOT_FOUND, n.words());
            case Outcome.Conflict<T> c -> throw new ProblemException(ProblemType.CONFLICT, c.words() + "; nothing was changed");
            case Outcome.Unacceptable<T> u -> throw new ProblemException(ProblemType.RECORD_NOT_ACCEPTED, u.words() + "; nothing was stored");
            case Outcome.Invalid<T> i -> throw new ProblemException(ProblemType.INVALID_RECORD,
                    i.violations().size() + " violation(s) of the shapes; nothing was stored",
                    Map.of("violations", i.violations().stream().map(v -> Map.of("focusNode", v.focusNode(), "path", v.path(),
                            "message", v.message(), "words", v.describe())).toList()));
        };
    }

    private static void sendJson(ServerResponse res, int status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(body));
    }
}
