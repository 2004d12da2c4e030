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
import java.util.Optional;
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
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;

/**
 * The learner's rights over HTTP: their sharing decisions ({@code /learners/{id}/consent}),
 * corrections to their record ({@code /learners/{id}/corrections}) and their identifier for a
 * relying party ({@code /learners/{id}/pairwise/{relyingParty}}). Every route needs a bearer
 * token and a purpose; the rights themselves decide and log.
 */
public final class RightsService implements HttpService {
    /** A relying party is named by its host name, such as {@code college.example}. */
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    /** An absolute IRI with nothing in it that could end an IRI early in a query or a document. */
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    /** Prefixes a code may be written with in a proposed value: {@code att:U}, {@code code:subject-music}. */
    private static final Map<String, String> CODE_PREFIXES = Map.of("sat", SAT.NS, "code", CODE.NS, "att", ATT.NS);

    private final Callers callers;
    private final Metrics metrics;
    private final ConsentSettings consent;
    private final Corrections corrections;
    private final Pseudonyms pseudonyms;

    /** The rights of the node assembled from these parts. */
    public RightsService(NodeServer.Parts parts) {
        AccessPolicy policy = parts.config().rules().map(AccessPolicy::load).orElseGet(AccessPolicy::standard);
        this.callers = parts.callers();
        this.metrics = parts.metrics();
        this.consent = new ConsentSettings(parts.store(), parts.gate(), parts.writer(), policy);
        this.corrections = new Corrections(parts.store(), parts.gate(), parts.writer());
        this.pseudonyms = new Pseudonyms(parts.store(), parts.gate(), PairwiseIdentifiers.open(parts.config().data()));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/learners/{id}/consent", this::readConsent)
                .put("/learners/{id}/consent", this::decideConsent)
                .post("/learners/{id}/corrections", this::requestCorrection)
                .get("/learners/{id}/corrections", this::listCorrections)
                .post("/learners/{id}/corrections/{cid}/decision", this::decideCorrection)
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

    // ------------------------------------------------------------------ corrections

    private void requestCorrection(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        JsonNode body = Json.tree(req.content().as(String.class));
        String record = text(body, "record", "the IRI of the record to correct");
        String property = propertyIri(text(body, "property", "the property to correct, such as attendanceCode or sat:score"));
        Corrections.Proposal proposal = proposal(body.get("proposedValue"));
        Optional<String> reason = optionalText(body, "reason");
        Correction made = done(corrections.request(request, record, property, proposal, reason), res);
        res.header(HeaderNames.LOCATION, made.iri());
        sendJson(res, 201, correctionJson(made));
    }

    private void listCorrections(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.READ);
        List<Correction> all = done(corrections.list(request), res);
        sendJson(res, 200, Map.of("learner", request.learnerId(), "corrections", all.stream().map(RightsService::correctionJson).toList()));
    }

    private void decideCorrection(ServerRequest req, ServerResponse res) {
        AccessRequest request = request(req, Action.WRITE);
        String correctionId = req.path().pathParameters().get("cid");
        JsonNode body = Json.tree(req.content().as(String.class));
        if (body == null || !body.isObject() || !body.path("accept").isBoolean()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "a decision is {\"accept\": true or false, \"reason\": \"…\"}");
        }
        String reason = text(body, "reason", "why the correction is accepted or rejected, for the learner to read");
        sendJson(res, 200, correctionJson(done(corrections.decide(request, correctionId, body.get("accept").booleanValue(), reason), res)));
    }

    /** A property named in full, as {@code sat:score}, or by its Satchel local name. */
    static String propertyIri(String name) {
        if (name.startsWith("http://") || name.startsWith("https://")) {
            return checkedIri(name);
        }
        String local = name.startsWith("sat:") ? name.substring(4) : name;
        if (!local.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "'" + name + "' is not a property name or IRI");
        }
        return SAT.NS + local;
    }

    static Corrections.Proposal proposal(JsonNode value) {
        if (value != null && value.isTextual()) {
            return new Corrections.Proposal.Text(value.asText());
        }
        if (value != null && value.isNumber()) {
            return new Corrections.Proposal.Text(value.asText());
        }
        if (value != null && value.isObject() && value.size() == 1 && value.path("@id").isTextual()) {
            return new Corrections.Proposal.Code(expand(value.get("@id").asText()));
        }
        throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                "proposedValue is text (typed like the value it replaces) or {\"@id\": \"…\"} for a code");
    }

    private static String expand(String iri) {
        for (Map.Entry<String, String> p : CODE_PREFIXES.entrySet()) {
            if (iri.startsWith(p.getKey() + ":")) {
                return checkedIri(p.getValue() + iri.substring(p.getKey().length() + 1));
            }
        }
        return checkedIri(iri);
    }

    private static String checkedIri(String iri) {
        if (!IRI.matcher(iri).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "'" + iri + "' is not an absolute IRI");
        }
        return iri;
    }

    static Map<String, Object> correctionJson(Correction k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("version", k.iri());
        m.put("record", k.record());
        k.kind().ifPresent(kind -> m.put("kind", StoredRecords.localName(kind)));
        m.put("property", k.property().startsWith(SAT.NS) ? k.property().substring(SAT.NS.length()) : k.property());
        m.put("proposedValue", k.proposedValue().isURI() ? Map.of("@id", k.proposedValue().getURI()) : k.proposedValue().getLiteralLexicalForm());
        k.reason().ifPresent(r -> m.put("reason", r));
        m.put("requestedBy", k.requestedBy());
        m.put("requestedAt", k.requestedAt().toString());
        m.put("status", k.status().name().toLowerCase(Locale.ROOT));
        k.decision().ifPresent(d -> {
            m.put("decidedBy", d.decidedBy());
            m.put("decidedOn", d.decidedOn().toString());
            m.put("decisionReason", d.reason());
        });
        k.amendedRecord().ifPresent(a -> m.put("amendedRecord", a));
        return m;
    }

    // ------------------------------------------------------------------ bodies

    private static String text(JsonNode body, String field, String what) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is a JSON object");
        }
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, field + " is required: " + what);
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, field + ", if given, is non-empty text");
        }
        return Optional.of(value.asText());
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
