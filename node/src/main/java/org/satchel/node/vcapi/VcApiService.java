package org.satchel.node.vcapi;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.jose.PresentationVerification;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.StatusListSource;
import org.satchel.credentials.verify.Verification;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.web.Callers;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;
import org.satchel.node.web.Problems;

/**
 * The W3C VC API routes (w3c/vcalm, its {@code oas.yaml} and §"Issuing", §"Verifying"):
 * {@code POST /credentials/issue} (IssueCredentialRequest → 201 IssueCredentialResponse),
 * {@code POST /credentials/verify} (VerifyCredentialRequest or VerifyEnvelopedCredentialRequest)
 * and {@code POST /presentations/verify} (VerifyPresentationRequest or
 * VerifyEnvelopedPresentationRequest), answered as the specification and the W3C conformance
 * suites expect.
 *
 * <p>Issuing needs a bearer token of the head teacher: the route signs whatever statement it is
 * given as the school, with the key every verifier in the federation trusts for it, so it is as
 * powerful as the school's seal; the record-backed issuance routes sign only what the record and
 * the access rules allow, this one nothing but the caller's word. Verifying reads no learner data
 * and needs no token (the VC API's "Public" class of endpoint).
 *
 * <p>Outcomes: a verified credential is 200; one that does not verify is 400 with
 * {@code verified: false} and the reasons as ProblemDetails in {@code errors} (the OpenAPI answers
 * 200 for "successfully verified" and 400 otherwise, and the conformance suites expect 400 or
 * 422); a presentation is 200 either way (its OpenAPI says so) unless it is malformed. Every
 * refusal the one verifier makes is an error, never a warning: the VC API calls status and
 * validity problems warnings, but it also lets the instance decide, and the Bitstring Status List
 * suite expects a revoked credential to fail verification.
 */
public final class VcApiService implements HttpService {
    // Legacy VC API verify option the W3C suites still send (checks: ["proof"]). This instance runs
    // every check whatever it names; VC API §"Options" lets an instance refuse to run fewer.
    private static final Set<String> CHECKS = Set.of("proof", "status", "credentialStatus", "validFrom", "validUntil", "expiration");

    private final Callers callers;
    private final Optional<SchoolIssuer> issuer;
    private final SchoolVerifier verifier;

    /**
     * The routes for a node whose DID is {@code schoolDid} (empty when its base is not https and it
     * has none), signing with {@code keys} and checking status lists from {@code statusLists}.
     */
    public VcApiService(Callers callers, Optional<String> schoolDid, IssuerKeys keys, StatusListSource statusLists, Clock clock) {
        this.callers = Objects.requireNonNull(callers, "callers");
        this.issuer = schoolDid.map(did -> new SchoolIssuer(did, keys, clock));
        this.verifier = new SchoolVerifier(schoolDid, keys, statusLists, clock);
    }

    /** The routes with no status lists known: a credential that names one comes back not verified. */
    public VcApiService(Callers callers, Optional<String> schoolDid, IssuerKeys keys) {
        this(callers, schoolDid, keys, StatusListSource.none(), Clock.systemUTC());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/credentials/issue", answering(this::issue))
                .post("/credentials/verify", answering(this::verifyCredential))
                .post("/presentations/verify", answering(this::verifyPresentation));
    }

    private void issue(ServerRequest req, ServerResponse res) {
        Principal principal = callers.principal(req);
        if (principal.role() != Role.HEAD) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, "only the head teacher may issue arbitrary credentials as the school; "
                    + principal.role().code() + " may not");
        }
        SchoolIssuer school = issuer.orElseThrow(() -> new ProblemException(ProblemType.NO_ISSUER_IDENTITY,
                "this node's base URL is not https, so it has no did:web to issue as"));
        JsonObject request = RequestJson.object(req.content().as(String.class));
        RequestJson.onlyMembers(request, Set.of("credential", "options"), "an IssueCredentialRequest");
        // IssueCredentialOptions: credentialId names a credential for later API calls, and this node
        // keeps no issued credential to call for; mandatoryPointers is for selective disclosure
        // suites, and eddsa-rdfc-2022 discloses everything. So this instance allows neither.
        RequestJson.onlyOptions(RequestJson.options(request), Set.of());
        if (!(request.get("credential") instanceof JsonObject credential)) {
            throw RequestJson.malformed("an IssueCredentialRequest needs a credential, a JSON object");
        }
        JsonObject signed = school.issue(credential);
        send(res, Status.CREATED_201, Json.createObjectBuilder().add("verifiableCredential", signed).build());
    }

    private void verifyCredential(ServerRequest req, ServerResponse res) {
        JsonObject request = RequestJson.object(req.content().as(String.class));
        RequestJson.onlyMembers(request, Set.of("verifiableCredential", "options"), "a VerifyCredentialRequest");
        JsonObject options = RequestJson.options(request);
        RequestJson.onlyOptions(options, Set.of("checks", "returnCredential", "returnProblemDetails"));
        checks(options);
        if (!(request.get("verifiableCredential") instanceof JsonObject credential)) {
            throw RequestJson.malformed("a VerifyCredentialRequest needs a verifiableCredential, a JSON object");
        }
        String secured = credential.toString();
        if (Envelope.claims(credential, "EnvelopedVerifiableCredential")) {
            Envelope envelope = Envelope.open(credential, "EnvelopedVerifiableCredential", Envelope.CREDENTIAL_MEDIA_TYPES);
            Format expected = envelope.mediaType().equals("application/vc+jwt") ? Format.VC_JWT : Format.SD_JWT_VC;
            if (!Verifier.detect(envelope.content()).equals(Optional.of(expected))) {
                throw RequestJson.malformed("the data: URL says " + envelope.mediaType() + " but does not hold one");
            }
            secured = envelope.content();
        }
        Verification result = verifier.verifier().verify(secured, verifier.policy(Optional.empty(), Optional.empty()));
        List<Problem> problems = result instanceof Verification.Invalid invalid ? invalid.problems() : List.of();
        JsonObjectBuilder body = result(problems, RequestJson.flag(options, "returnProblemDetails"));
        if (RequestJson.flag(options, "returnCredential")) {
            body.add("credential", credential);
        }
        if (problems.isEmpty()) {
            send(res, Status.OK_200, body.build());
            return;
        }
        throw new ProblemException(ProblemType.NOT_VERIFIED, problems.getFirst().describe(), extensions(body.build()));
    }

    private void verifyPresentation(ServerRequest req, ServerResponse res) {
        JsonObject request = RequestJson.object(req.content().as(String.class));
        RequestJson.onlyMembers(request, Set.of("verifiablePresentation", "options"), "a VerifyPresentationRequest");
        JsonObject options = RequestJson.options(request);
        RequestJson.onlyOptions(options, Set.of("challenge", "domain", "returnPresentation", "checks"));
        checks(options);
        if (!(request.get("verifiablePresentation") instanceof JsonObject presentation)) {
            throw RequestJson.malformed("a VerifyPresentationRequest needs a verifiablePresentation, a JSON object");
        }
        String secured = presentation.toString();
        if (Envelope.claims(presentation, "EnvelopedVerifiablePresentation")) {
            secured = Envelope.open(presentation, "EnvelopedVerifiablePresentation", Envelope.PRESENTATION_MEDIA_TYPES).content();
        }
        var policy = verifier.policy(RequestJson.text(options, "challenge"), RequestJson.text(options, "domain"));
        PresentationVerification result = verifier.verifier().verifyPresentation(secured, policy);
        List<Problem> problems = result instanceof PresentationVerification.Invalid invalid ? invalid.problems() : List.of();
        JsonObjectBuilder body = result(problems, false);
        if (RequestJson.flag(options, "returnPresentation")) {
            body.add("verifiablePresentation", presentation);
        }
        // The OpenAPI's 400: "malformed input that prevented the verification process" — the
        // presentation itself, not a credential inside it, is not one this verifier can check.
        boolean malformed = problems.stream().anyMatch(p -> !p.path().startsWith("verifiableCredential")
                && (p.code() == ProblemCode.MALFORMED || p.code() == ProblemCode.UNSUPPORTED_FORMAT || p.code() == ProblemCode.UNKNOWN_CONTEXT));
        if (malformed) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, problems.getFirst().describe(), extensions(body.build()));
        }
        send(res, Status.OK_200, body.build());
    }

    /**
     * The VC API verification result: {@code verified}, and the problems as ProblemDetails in
     * {@code errors} with {@code warnings} (§"Verification Errors vs. Warnings"), and in
     * {@code problemDetails} (the VerificationResult schema) when the caller asked for them.
     */
    private static JsonObjectBuilder result(List<Problem> problems, boolean problemDetails) {
        JsonArray details = Json.createArrayBuilder(VcApiProblems.details(problems).stream().map(m -> (Object) m).toList()).build();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("verified", problems.isEmpty())
                .add("errors", details)
                .add("warnings", JsonValue.EMPTY_JSON_ARRAY);
        if (problemDetails) {
            body.add("problemDetails", details);
        }
        return body;
    }

    private static void checks(JsonObject options) {
        JsonValue checks = options.get("checks");
        if (checks == null) {
            return;
        }
        if (!(checks instanceof JsonArray array) || !array.stream().allMatch(c -> c instanceof JsonString s && CHECKS.contains(s.getString()))) {
            throw RequestJson.malformed("options.checks must be an array of checks among " + String.join(", ", CHECKS.stream().sorted().toList()));
        }
    }

    // The problem's own members first; the verification result's members ride along as extensions.
    private static Map<String, Object> extensions(JsonObject result) {
        return org.satchel.node.web.Json.read(result.toString(), Map.class);
    }

    private static void send(ServerResponse res, Status status, JsonObject body) {
        // VC API §"Content Serialization": every body is JSON, Content-Type application/json.
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(body.toString());
    }

    /**
     * Errors as RFC 9457 problem details, which the VC API's error handling follows, but with
     * Content-Type application/json as its §"Content Serialization" requires of every body.
     */
    private static Handler answering(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (ProblemException problem) {
                res.status(Status.create(problem.type().status()));
                res.header(HeaderNames.CONTENT_TYPE, "application/json");
                if (problem.type().status() == 401) {
                    // RFC 6750 §3: say which scheme to use.
                    res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"satchel\"");
                }
                res.send(org.satchel.node.web.Json.write(Problems.body(problem.type(), problem.detail(), req.path().rawPath(),
                        problem.extensions())));
            }
        };
    }
}
