package org.satchel.node.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.Json;
import org.satchel.node.web.RunningNode;
import org.satchel.wallet.receive.Issuance;
import org.satchel.wallet.receive.IssuanceClient;

/**
 * The node issuing from its record, end to end over HTTP with nothing stood in: a teacher offers a
 * learner their examination certificate, the wallet takes it up over OpenID4VCI, and the one
 * verifier accepts it, resolving the school's DID and status lists through the node. Then a grade
 * is corrected: accepting the correction revokes the certificate and offers it again, and the
 * reissued certificate carries the corrected grade while the old one fails as revoked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IssuanceFromTheRecordContract {
    static final String DID = "did:web:oakfield.school.example";
    RunningNode node;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    abstract StoreBackend backend();

    @BeforeAll
    void start() {
        node = RunningNode.start(backend(), 40, Clock.systemUTC(), List.of());
    }

    @AfterAll
    void stop() {
        node.close();
    }

    CredentialIssuer issuer() {
        var parts = node.server().parts();
        return new CredentialIssuer(parts.store(), parts.records(), CredentialTypes.standard(),
                new CredentialRegister(parts.store(), parts.gate()), IssuerKeys.open(node.dir()), DID, parts.config().name());
    }

    /** https://oakfield.school.example/… is this node on loopback. */
    URI route(URI uri) {
        return URI.create(node.server().url() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    Optional<String> fetch(URI uri) {
        HttpResponse<String> response = node.get(uri.getRawPath(), null, null);
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    Verification verify(String credential) {
        DidResolver resolver = DidWeb.resolver(Set.of("oakfield.school.example"), this::fetch);
        VerificationPolicy policy = VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver))
                .statusLists(this::fetch).build();
        return new Verifier(resolver).verify(credential, policy);
    }

    JsonNode offer(String staff, String learner, String configuration, String subject) {
        HttpResponse<String> made = node.send(node.request("/learners/" + learner + "/credential-offers", staff, "teaching")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("credential_configuration_ids", List.of(configuration),
                        "subject", subject)))).build());
        assertEquals(201, made.statusCode(), made.body());
        return Json.tree(made.body());
    }

    String receive(JsonNode offer, JWK holder) {
        IssuanceClient wallet = new IssuanceClient(HTTP, this::route, Clock.systemUTC());
        Issuance received = wallet.receive(offer.get("offer_by_reference").asText(), Optional.of(offer.get("tx_code").asText()), holder,
                Optional.empty());
        return assertInstanceOf(Issuance.Received.class, received, received.toString()).credentials().getFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> result(Verification.Valid valid, String subjectName) {
        for (Object r : (List<Object>) valid.claims().get("exam_results")) {
            if (subjectName.equals(((Map<String, Object>) r).get("subject"))) {
                return (Map<String, Object>) r;
            }
        }
        throw new AssertionError("no result for " + subjectName + " in " + valid.claims());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCertificateFromTheRecordIsRevokedAndReissuedWhenAGradeIsCorrected() {
        String learner = node.school().learnersWith("GcseResult").getFirst();
        String teacher = "teacher:" + node.school().teacherOf(learner);
        var examCertificate = CredentialTypes.standard().find("exam-certificate").orElseThrow();
        Candidate series = issuer().candidates(learner, examCertificate).getFirst();
        JWK holder = Keys.generate(KeyType.ED25519);

        String certificate = receive(offer(teacher, learner, "exam-certificate.dc+sd-jwt", series.subject()), holder);
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(certificate));
        assertEquals(Format.SD_JWT_VC, valid.format());
        assertEquals(DID, valid.issuer());
        assertEquals(Map.of("jwk", holder.toPublicJWK().toJSONObject()), valid.claims().get("cnf"), "bound to the wallet's key");
        List<Object> results = (List<Object>) valid.claims().get("exam_results");
        assertFalse(results.isEmpty());

        // The learner challenges one grade; the teacher accepts.
        CredentialRegister register = new CredentialRegister(node.server().parts().store(), node.server().parts().gate());
        CredentialRegister.Issued issued = register.forLearner(learner).getFirst();
        String challenged = issued.sources().stream()
                .filter(s -> gradeOf(learner, s) != null && !gradeOf(learner, s).contains("-")).findFirst().orElseThrow();
        String grade = gradeOf(learner, challenged);
        String subjectName = results.stream().map(r -> (Map<String, Object>) r).filter(r -> grade.equals(r.get("grade")))
                .map(r -> (String) r.get("subject")).findFirst().orElseThrow();
        String corrected = grade.equals("9") ? "8" : "9";
        JsonNode asked = send("POST", "/learners/" + learner + "/corrections", "learner:" + learner, "learner-request",
                Json.write(Map.of("record", challenged, "property", "grade", "proposedValue", corrected,
                        "reason", "The board's letter says " + corrected + ".")), 201);
        JsonNode decided = send("POST", "/learners/" + learner + "/corrections/" + asked.get("id").asText() + "/decision", teacher, "teaching",
                "{\"accept\": true, \"reason\": \"The awarding body confirmed a remark.\"}", 200);

        JsonNode followed = decided.get("credentials").get(0);
        assertEquals(issued.credentialId(), followed.get("credentialId").asText());
        assertTrue(followed.get("revoked").asBoolean(), decided.toString());
        Verification.Invalid revoked = assertInstanceOf(Verification.Invalid.class, verify(certificate));
        assertTrue(revoked.has(ProblemCode.REVOKED), revoked.toString());

        String reissued = receive(followed.get("reissueOffer"), holder);
        Verification.Valid fresh = assertInstanceOf(Verification.Valid.class, verify(reissued));
        String subjectOfChallenged = (String) result(valid, subjectName).get("subject");
        assertEquals(corrected, result(fresh, subjectOfChallenged).get("grade"), "the reissued certificate carries the corrected grade");

        // The learner sees both: the revoked one with the correction as its reason, and the new one.
        JsonNode mine = send("GET", "/learners/" + learner + "/credentials", "learner:" + learner, "learner-request", null, 200);
        List<String> states = new ArrayList<>();
        mine.get("credentials").forEach(c -> states.add(c.get("state").asText()));
        assertEquals(List.of("active", "revoked"), states, mine.toString());
        assertTrue(mine.toString().contains("The awarding body confirmed a remark."), mine.toString());
    }

    @Test
    void anAchievementIsAnOpenBadgeInEachW3cFormatBoundToTheWallet() {
        String learner = node.school().learnersWith("Achievement").getFirst();
        String teacher = "teacher:" + node.school().teacherOf(learner);
        var achievement = CredentialTypes.standard().find("achievement").orElseThrow();
        Candidate one = issuer().candidates(learner, achievement).getFirst();
        for (String format : List.of("ldp_vc", "jwt_vc_json")) {
            JWK holder = Keys.generate(KeyType.P256);
            String credential = receive(offer(teacher, learner, "achievement." + format, one.subject()), holder);
            Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(credential), format);
            assertEquals(format.equals("ldp_vc") ? Format.DI_EDDSA_RDFC_2022 : Format.JWT_VC_JSON, valid.format());
            assertTrue(((List<?>) valid.claims().get("type")).contains("OpenBadgeCredential"), valid.claims().toString());
            assertEquals(DidJwk.of(holder.toPublicJWK()), ((Map<?, ?>) valid.claims().get("credentialSubject")).get("id"),
                    format + ": the subject is the wallet's key, never a school identifier");
            assertNotEquals(Optional.empty(), Optional.ofNullable(valid.claims().get("credentialStatus")));
            if (format.equals("jwt_vc_json")) {
                // Suspended, it fails as suspended; the suspension lifted, it verifies again.
                String id = (String) valid.claims().get("id");
                send("POST", "/learners/" + learner + "/credentials/" + id + "/suspension", teacher, "teaching",
                        "{\"reason\": \"Under review after a complaint.\"}", 200);
                Verification.Invalid suspended = assertInstanceOf(Verification.Invalid.class, verify(credential));
                assertTrue(suspended.has(ProblemCode.SUSPENDED), suspended.toString());
                send("DELETE", "/learners/" + learner + "/credentials/" + id + "/suspension", teacher, "teaching",
                        "{\"reason\": \"The review found nothing wrong.\"}", 200);
                assertInstanceOf(Verification.Valid.class, verify(credential));
            }
            if (format.equals("ldp_vc")) {
                // The node's W3C VC API verifies it against the school's own status list, read in process.
                String body = "{\"verifiableCredential\": " + credential + "}";
                assertEquals(200, vcApiVerify(body).statusCode());
                String id = (String) valid.claims().get("id");
                send("POST", "/learners/" + learner + "/credentials/" + id + "/revocation", teacher, "teaching",
                        "{\"reason\": \"Awarded to the wrong pupil.\"}", 200);
                HttpResponse<String> revoked = vcApiVerify(body);
                assertEquals(400, revoked.statusCode(), revoked.body());
                assertTrue(revoked.body().contains("revoked"), revoked.body());
            }
        }
    }

    HttpResponse<String> vcApiVerify(String body) {
        return node.send(node.request("/credentials/verify", null, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String gradeOf(String learner, String record) {
        return node.server().parts().store().read(c -> {
            var q = new org.apache.jena.query.ParameterizedSparqlString(
                    "SELECT ?g WHERE { GRAPH ?graph { ?r <https://w3id.org/satchel/ns#grade> ?g } }");
            q.setIri("r", record);
            String[] found = {null};
            c.querySelect(q.asQuery(), row -> found[0] = row.getLiteral("g").getLexicalForm());
            return found[0];
        });
    }

    JsonNode send(String method, String path, String principal, String purpose, String json, int expected) {
        HttpRequest.Builder request = node.request(path, principal, purpose);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = node.send(request.build());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return Json.tree(response.body());
    }
}
