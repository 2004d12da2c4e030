package org.satchel.node.issuance.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.node.access.Action;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.RecordsService;
import org.satchel.node.web.Callers;
import org.satchel.node.web.Json;
import org.satchel.node.web.Metrics;
import org.satchel.node.web.NodeServer;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * The status of the credentials a school issued, over HTTP. Published, for any verifier and without
 * a token: {@code GET /status/revocation/{n}} and {@code /status/suspension/{n}} (Bitstring Status
 * List credentials, {@code application/vc+jwt}) and {@code GET /status/token/{n}} (a Token Status List,
 * {@code application/statuslist+jwt}). For the learner, their family and staff: {@code GET
 * /learners/{id}/credentials}; for staff the rules let write the record: {@code POST
 * …/credentials/{credentialId}/revocation}, {@code POST …/suspension} and {@code DELETE …/suspension},
 * each with a reason.
 */
public final class CredentialStatusService implements HttpService {
    private static final Pattern LIST_NUMBER = Pattern.compile("0|[1-9][0-9]{0,5}");
    private static final int MAX_REASON = 2000;

    private final CredentialRegister register;
    private final Optional<StatusLists> lists;
    private final Callers callers;
    private final Metrics metrics;

    /** The service of the node assembled from these parts; the lists are signed only on a node whose base is https (a did:web). */
    public CredentialStatusService(NodeServer.Parts parts) {
        this.register = new CredentialRegister(parts.store(), parts.gate());
        this.callers = parts.callers();
        this.metrics = parts.metrics();
        String base = parts.config().base();
        // A did:web names an https host (did:web §2.3): a node on a plain http base has no identity to sign lists as.
        this.lists = base.startsWith("https://")
                ? Optional.of(new StatusLists(register, DidWeb.fromUrl(URI.create(base)), IssuerKeys.open(parts.config().data()),
                        parts.gate().clock()))
                : Optional.empty();
    }

    /** The register this service serves from. */
    public CredentialRegister register() {
        return register;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/status/revocation/{n}", (req, res) -> bitstring(req, res, StatusPurpose.REVOCATION))
                .get("/status/suspension/{n}", (req, res) -> bitstring(req, res, StatusPurpose.SUSPENSION))
                .get("/status/token/{n}", this::token)
                .get("/learners/{id}/credentials", this::list)
                .post("/learners/{id}/credentials/{credentialId}/revocation", (req, res) -> change(req, res, Change.REVOKE))
                .post("/learners/{id}/credentials/{credentialId}/suspension", (req, res) -> change(req, res, Change.SUSPEND))
                .delete("/learners/{id}/credentials/{credentialId}/suspension", (req, res) -> change(req, res, Change.REINSTATE));
    }

    private enum Change { REVOKE, SUSPEND, REINSTATE }

    private void bitstring(ServerRequest req, ServerResponse res, StatusPurpose purpose) {
        int number = listNumber(req);
        String jwt = signer().bitstring(purpose, number).orElseThrow(() -> noList(purpose.value(), number));
        // Bitstring Status List §3.6 / VC-JOSE-COSE §6.1: a vc+jwt is served as application/vc+jwt.
        publish(res, "application/vc+jwt", jwt);
    }

    private void token(ServerRequest req, ServerResponse res) {
        int number = listNumber(req);
        String jwt = signer().token(number).orElseThrow(() -> noList("token", number));
        // draft-ietf-oauth-status-list §8.1: the Status List Token in JWT form as application/statuslist+jwt.
        publish(res, "application/statuslist+jwt", jwt);
    }

    private static void publish(ServerResponse res, String type, String jwt) {
        res.header(HeaderNames.CONTENT_TYPE, type);
        // The same span as the lists' ttl: caches (and verifiers) fetch again within minutes of a change.
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=" + StatusLists.TIME_TO_LIVE.toSeconds());
        res.send(jwt);
    }

    private StatusLists signer() {
        return lists.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "this node's base is not https, so it has no did:web to sign status lists as"));
    }

    private static int listNumber(ServerRequest req) {
        String n = req.path().pathParameters().get("n");
        if (!LIST_NUMBER.matcher(n).matches()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "status lists are numbered 0, 1, 2…; there is none called '" + n + "'");
        }
        return Integer.parseInt(n);
    }

    private static ProblemException noList(String kind, int number) {
        return new ProblemException(ProblemType.NOT_FOUND, "no credential points into " + kind + " list " + number + " yet");
    }

    private void list(ServerRequest req, ServerResponse res) {
        AccessRequest request = new AccessRequest(callers.principal(req), RecordsService.learnerId(req), callers.purpose(req), Action.READ);
        List<CredentialRegister.Issued> all = done(register.list(request), res);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learner", request.learnerId());
        body.put("credentials", all.stream().map(CredentialStatusService::json).toList());
        sendJson(res, body);
    }

    private void change(ServerRequest req, ServerResponse res, Change change) {
        AccessRequest request = new AccessRequest(callers.principal(req), RecordsService.learnerId(req), callers.purpose(req), Action.WRITE);
        String credentialId = req.path().pathParameters().get("credentialId");
        if (!CredentialRegister.CREDENTIAL_ID.matcher(credentialId).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "a credential id is a urn:uuid, such as urn:uuid:"
                    + "3b241101-e2bb-4255-8caf-4136c566a962; not '" + credentialId + "'");
        }
        String reason = reason(req);
        CredentialRegister.Issued changed = done(switch (change) {
            case REVOKE -> register.revoke(request, credentialId, reason);
            case SUSPEND -> register.suspend(request, credentialId, reason);
            case REINSTATE -> register.reinstate(request, credentialId, reason);
        }, res);
        sendJson(res, json(changed));
    }

    /** The reason in the body, {@code {"reason": "…"}}: required, for the learner to read. */
    private static String reason(ServerRequest req) {
        String text = req.content().hasEntity() ? req.content().as(String.class) : "";
        JsonNode body = text.isBlank() ? null : Json.tree(text);
        JsonNode reason = body == null || !body.isObject() ? null : body.get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw new ProblemException(ProblemType.REASON_REQUIRED,
                    "send {\"reason\": \"…\"}: the learner reads why their credential's state changed; nothing was changed");
        }
        if (reason.asText().length() > MAX_REASON) {
            throw new ProblemException(ProblemType.REASON_REQUIRED, "a reason is at most " + MAX_REASON + " characters; nothing was changed");
        }
        return reason.asText().strip();
    }

    static Map<String, Object> json(CredentialRegister.Issued c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.credentialId());
        json.put("type", c.typeId());
        json.put("typeName", c.typeName());
        json.put("format", c.format().identifier());
        json.put("issuedAt", c.issuedAt().toString());
        json.put("state", c.state().code());
        c.lastChange().ifPresent(last -> {
            json.put("reason", last.reason());
            json.put("changedAt", last.at().toString());
            json.put("changedBy", last.by());
        });
        json.put("history", c.history().stream().map(h -> Map.of("state", h.state().code(), "reason", h.reason(),
                "at", h.at().toString(), "by", h.by())).toList());
        return json;
    }

    private <T> T done(CredentialRegister.Outcome<T> outcome, ServerResponse res) {
        return switch (outcome) {
            case CredentialRegister.Done<T> d -> {
                metrics.access(true);
                res.header(HeaderNames.create("Satchel-Access-Event"), d.event().iri());
                yield d.value();
            }
            case CredentialRegister.Refused<T> r -> {
                metrics.access(false);
                throw RecordsService.refused(r.refusal(), r.event().iri());
            }
            case CredentialRegister.NoSuchLearner<T> n -> throw RecordsService.unknown(n.learnerId());
            case CredentialRegister.NotFound<T> n -> throw new ProblemException(ProblemType.NOT_FOUND, n.words());
            case CredentialRegister.Conflict<T> c -> throw new ProblemException(ProblemType.CONFLICT, c.words() + "; nothing was changed");
        };
    }

    private static void sendJson(ServerResponse res, Object body) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(body));
    }
}
