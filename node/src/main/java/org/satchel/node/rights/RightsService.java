package org.satchel.node.rights;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.Action;
import org.satchel.node.access.Purpose;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.RecordsService;
import org.satchel.node.web.Callers;
import org.satchel.node.web.Json;
import org.satchel.node.web.Metrics;
import org.satchel.node.web.NodeServer;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * The learner's rights over HTTP: their sharing decisions ({@code /learners/{id}/consent}) and
 * their identifier for a relying party ({@code /learners/{id}/pairwise/{relyingParty}}). Every
 * route needs a bearer token and a purpose; the rights themselves decide and log.
 */
public final class RightsService implements HttpService {
    /** A relying party is named by its host name, such as {@code college.example}. */
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private final Callers callers;
    private final Metrics metrics;
    private final ConsentSettings consent;
    private final Pseudonyms pseudonyms;

    /** The rights of the node assembled from these parts. */
    public RightsService(NodeServer.Parts parts) {
        AccessPolicy policy = parts.config().rules().map(AccessPolicy::load).orElseGet(AccessPolicy::standard);
        this.callers = parts.callers();
        this.metrics = parts.metrics();
        this.consent = new ConsentSettings(parts.store(), parts.gate(), parts.writer(), policy);
        this.pseudonyms = new Pseudonyms(parts.store(), parts.gate(), PairwiseIdentifiers.open(parts.config().data()));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/learners/{id}/consent", this::readConsent)
                .put("/learners/{id}/consent", this::decideConsent)
                .get("/learners/{id}/pairwise/{relyingParty}", this::pairwise);
    }

    private AccessRequest request(ServerRequest req, Action action) {
        String id = RecordsService.learnerId(req);
        return new AccessRequest(callers.principal(req), id, callers.purpose(req), action);
    }

    // ------------------------------------------------------------------ consent

    private void readConsent(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.READ);
        sendJson(res, 200, consentJson(request.learnerId(), done(consent.read(request), res)));
    }

    private void decideConsent(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        Map<Purpose, Boolean> choices = consentChoices(Json.tree(req.content().as(String.class)));
        sendJson(res, 200, consentJson(request.learnerId(), done(consent.decide(request, choices), res)));
    }

    /** {@code {"research": true, "transfer": false}}, or {@code {"declineAllNonStatutory": true}}. */
    Map<Purpose, Boolean> consentChoices(JsonNode body) {
        String expected = "send {\"declineAllNonStatutory\": true}, or true or false for any of: " + String.join(", ", consent.codes());
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, expected);
        }
        Map<Purpose, Boolean> choices = new LinkedHashMap<>();
        if (body.has("declineAllNonStatutory")) {
            if (body.size() != 1 || !body.get("declineAllNonStatutory").isBoolean() || !body.get("declineAllNonStatutory").booleanValue()) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                        "declineAllNonStatutory is true, on its own; to share again, name each purpose: " + expected);
            }
            consent.codes().forEach(code -> choices.put(consent.purpose(code).orElseThrow(), false));
            return choices;
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            Purpose purpose = consent.purpose(field.getKey()).orElseThrow(() -> new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "'" + field.getKey() + "' is not a purpose the learner's consent decides; " + expected));
            if (!field.getValue().isBoolean()) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, field.getKey() + " is true or false");
            }
            choices.put(purpose, field.getValue().booleanValue());
        }
        return choices;
    }

    private static Map<String, Object> consentJson(String learnerId, List<ConsentSettings.Decision> decisions) {
        Map<String, Object> current = new LinkedHashMap<>();
        List<Map<String, Object>> details = new ArrayList<>();
        for (ConsentSettings.Decision d : decisions) {
            current.put(d.purpose().code(), d.given());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("purpose", d.purpose().code());
            m.put("label", d.purpose().label());
            m.put("given", d.given());
            m.put("byDefault", d.setting().isEmpty());
            d.setting().ifPresent(s -> {
                m.put("setting", s.iri());
                m.put("decidedAt", s.at().toString());
            });
            details.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learner", learnerId);
        body.put("consent", current);
        body.put("decisions", details);
        return body;
    }

    // ------------------------------------------------------------------ pairwise identifiers

    private void pairwise(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.READ);
        String relyingParty = req.path().pathParameters().get("relyingParty").toLowerCase(Locale.ROOT);
        if (!HOST.matcher(relyingParty).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "name the relying party by its host name, such as college.example");
        }
        String identifier = done(pseudonyms.identifier(request, relyingParty), res);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("relyingParty", relyingParty);
        body.put("identifier", identifier);
        sendJson(res, 200, body);
    }

    // ------------------------------------------------------------------ outcomes to responses

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
            case Outcome.Conflict<T> c -> throw new ProblemException(ProblemType.CONFLICT, c.words());
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
