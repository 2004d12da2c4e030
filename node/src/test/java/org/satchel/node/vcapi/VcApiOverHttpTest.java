package org.satchel.node.vcapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidDocumentSource;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.jose.VpJwt;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.Json;
import org.satchel.node.web.RunningNode;

/**
 * The W3C VC API on a running school node, over loopback: the head issues as the school's
 * did:web and what comes back verifies with Satchel's verifier (resolving the DID through the
 * node) and with Digital Bazaar's; the verify routes answer in the VC API's shapes; issuing is
 * refused without a token, for anyone but the head, and for another issuer.
 */
class VcApiOverHttpTest {
    static final String DID = "did:web:oakfield.school.example";
    static final String HEAD = "head:H0001";
    static final Path INTEROP = Path.of("..", "interop", "vc-di").toAbsolutePath().normalize();

    static RunningNode node;

    @BeforeAll
    static void start() {
        node = RunningNode.start(StoreBackend.TDB2, 1, Clock.systemUTC(), List.of());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static HttpResponse<String> post(String path, String principal, String body) {
        return node.send(node.request(path, principal, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonObject certificate(Object issuer) {
        return jakarta(Json.write(Map.of(
                "@context", List.of("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"),
                "id", "urn:uuid:1f0e2c52-8a4e-4c1b-9a57-2a4b0d3e6f11",
                "type", List.of("VerifiableCredential", "ExampleAchievementCredential"),
                "issuer", issuer,
                "validFrom", "2026-07-01T00:00:00Z",
                "credentialSubject", Map.of("id", "did:example:learner-0001", "achievement", "Grade 7 in GCSE Mathematics")))
        );
    }

    static JsonObject jakarta(String json) {
        return jakarta.json.Json.createReader(new StringReader(json)).readObject();
    }

    static String issueRequest(JsonObject credential) {
        return jakarta.json.Json.createObjectBuilder().add("credential", credential).build().toString();
    }

    static JsonObject issued() {
        HttpResponse<String> response = post("/credentials/issue", HEAD, issueRequest(certificate(DID)));
        assertEquals(201, response.statusCode(), response::body);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return jakarta(response.body()).getJsonObject("verifiableCredential");
    }

    static HttpResponse<String> verify(JsonObject credential) {
        return post("/credentials/verify", null, jakarta.json.Json.createObjectBuilder().add("verifiableCredential", credential)
                .add("options", jakarta.json.Json.createObjectBuilder().add("checks", jakarta.json.Json.createArrayBuilder().add("proof")))
                .build().toString());
    }

    @Test
    void theHeadIssuesAsTheSchoolAndSatchelsVerifierAcceptsItThroughTheDidWebTheNodeServes() {
        JsonObject credential = issued();
        assertEquals(DID, credential.getString("issuer"));
        assertEquals("eddsa-rdfc-2022", credential.getJsonObject("proof").getString("cryptosuite"));

        DidDocumentSource throughTheNode = url -> {
            assertEquals(URI.create("https://oakfield.school.example/.well-known/did.json"), url);
            HttpResponse<String> response = node.get("/.well-known/did.json", null, null);
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        };
        DidResolver resolver = DidWeb.resolver(Set.of("oakfield.school.example"), throughTheNode);
        Verification result = new Verifier(resolver).verify(credential.toString(),
                VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver)).build());
        assertInstanceOf(Verification.Valid.class, result, result::toString);
    }

    @Test
    void digitalBazaarsVerifierAcceptsWhatTheNodeIssuesAndRefusesItTampered() throws Exception {
        if (!Files.isDirectory(INTEROP.resolve("node_modules").resolve("@digitalbazaar").resolve("vc"))) {
            fail("Digital Bazaar's packages are not installed in " + INTEROP + ": run `bash scripts/test-prerequisites`");
        }
        JsonObject credential = issued();
        Path documents = Files.createTempFile("did-documents", ".json");
        try {
            // Their loader reads the school's DID document as the node serves it, pinned: no network.
            Files.writeString(documents, jakarta.json.Json.createObjectBuilder()
                    .add(DID, jakarta(node.get("/.well-known/did.json", null, null).body())).build().toString());
            assertEquals(0, theirVerify(credential.toString(), documents), "Digital Bazaar verifies the school's credential");
            String tampered = credential.toString().replace("Grade 7", "Grade 9");
            assertEquals(1, theirVerify(tampered, documents), "and refuses it with a changed grade");
        } finally {
            Files.deleteIfExists(documents);
        }
    }

    static int theirVerify(String credential, Path documents) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", "verify.mjs").directory(INTEROP.toFile()).redirectErrorStream(true);
        builder.environment().put("SATCHEL_DID_DOCUMENTS", documents.toString());
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(credential.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("verify.mjs did not finish");
        }
        System.out.println("Digital Bazaar: " + new String(output, StandardCharsets.UTF_8).strip());
        return process.exitValue();
    }

    @Test
    void verifyAnswersVerifiedForTheSchoolsCredential() {
        HttpResponse<String> response = verify(issued());
        assertEquals(200, response.statusCode(), response::body);
        JsonNode body = Json.tree(response.body());
        assertTrue(body.get("verified").asBoolean());
        assertEquals(0, body.get("errors").size());
        assertEquals(0, body.get("warnings").size());
    }

    @Test
    void verifyAnswersNotVerifiedWithTheReasonForATamperedCredential() {
        JsonObject tampered = jakarta(issued().toString().replace("Grade 7", "Grade 9"));
        HttpResponse<String> response = verify(tampered);
        assertEquals(400, response.statusCode(), response::body);
        JsonNode body = Json.tree(response.body());
        assertFalse(body.get("verified").asBoolean());
        JsonNode error = body.get("errors").get(0);
        assertEquals("https://www.w3.org/TR/vc-data-model#CRYPTOGRAPHIC_SECURITY_ERROR", error.get("type").asText());
        assertTrue(error.get("detail").asText().startsWith("signature invalid"), error::toString);
        assertEquals("https://w3id.org/satchel/problems/not-verified", body.get("type").asText());
    }

    @Test
    void verifyRefusesAnIssuerItCannotResolveWithoutTheNetwork() {
        JWK other = Keys.generate(KeyType.ED25519);
        JsonObject elsewhere = DataIntegrity.sign(certificate("did:web:other.example"), other, "did:web:other.example#k1", Instant.now());
        HttpResponse<String> response = verify(elsewhere);
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("untrusted issuer"), response::body);
    }

    @Test
    void verifyAcceptsAnEnvelopedVcJoseCredentialFromADidKeyIssuer() {
        JWK key = Keys.generate(KeyType.ED25519);
        String issuer = DidKey.of(key).did();
        String jwt = VcJwt.issue(Json.mapper().convertValue(Json.tree(certificate(issuer).toString()), Map.class), issuer,
                SigningKey.forDid(issuer, key));
        HttpResponse<String> response = verify(jakarta(Json.write(VpJwt.envelope(jwt))));
        assertEquals(200, response.statusCode(), response::body);
    }

    @Test
    void malformedVerifyRequestsAre400() {
        assertEquals(400, post("/credentials/verify", null, "{\"verifiableCredential\": ").statusCode());
        assertEquals(400, post("/credentials/verify", null, "{\"credential\": {}}").statusCode());
        HttpResponse<String> unknownOption = post("/credentials/verify", null,
                "{\"verifiableCredential\": {}, \"options\": {\"returnResults\": true}}");
        assertEquals(400, unknownOption.statusCode());
        assertTrue(unknownOption.body().contains("https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED"), unknownOption::body);
        HttpResponse<String> noProof = verify(certificate(DID));
        assertEquals(400, noProof.statusCode());
        assertTrue(noProof.body().contains("no proof"), noProof::body);
    }

    @Test
    void issuingNeedsTheHeadsToken() {
        HttpResponse<String> anonymous = post("/credentials/issue", null, issueRequest(certificate(DID)));
        assertEquals(401, anonymous.statusCode());
        assertEquals("https://w3id.org/satchel/problems/unauthenticated", Json.tree(anonymous.body()).get("type").asText());
        HttpResponse<String> teacher = post("/credentials/issue", "teacher:T0001", issueRequest(certificate(DID)));
        assertEquals(403, teacher.statusCode());
        assertEquals("https://w3id.org/satchel/problems/access-refused", Json.tree(teacher.body()).get("type").asText());
    }

    @Test
    void issuingRefusesAnotherIssuerAndWhatVcDataModel2DoesNotAllow() {
        assertRefused(certificate("did:web:other.example"), "issues only as the school");
        assertRefused(certificate(Map.of("id", "did:key:z6MkhTNL7i2etLerDK8Acz5t528giE5KA4p75T6ka1E1D74r")), "issues only as the school");
        assertRefused(jakarta.json.Json.createObjectBuilder(certificate(DID))
                .add("@context", jakarta.json.Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1")).build(), "VC Data Model 2.0");
        assertRefused(jakarta.json.Json.createObjectBuilder(certificate(DID)).add("validUntil", "2026-01-01T00:00:00Z").build(), "before validFrom");
        assertRefused(jakarta.json.Json.createObjectBuilder(certificate(DID)).add("validFrom", "2026-07-01").build(), "dateTimeStamp");
        // JSON-LD would drop a relative URL, leaving the claim outside the signature (VC Data Integrity §2.4.3).
        assertRefused(jakarta.json.Json.createObjectBuilder(certificate(DID)).add("credentialSubject",
                jakarta.json.Json.createObjectBuilder().add("id", "learners/0001").add("achievement", "Grade 7")).build(), "relative URL");
        HttpResponse<String> withOption = post("/credentials/issue", HEAD, jakarta.json.Json.createObjectBuilder()
                .add("credential", certificate(DID)).add("options", jakarta.json.Json.createObjectBuilder().add("credentialId", "urn:x:1"))
                .build().toString());
        assertEquals(400, withOption.statusCode());
        assertEquals("https://w3id.org/satchel/problems/unknown-option-provided", Json.tree(withOption.body()).get("type").asText());
    }

    static void assertRefused(JsonObject credential, String words) {
        HttpResponse<String> response = post("/credentials/issue", HEAD, issueRequest(credential));
        assertEquals(400, response.statusCode(), response::body);
        JsonNode problem = Json.tree(response.body());
        assertEquals("https://w3id.org/satchel/problems/invalid-credential", problem.get("type").asText(), response::body);
        assertTrue(problem.get("detail").asText().contains(words), response::body);
    }

    @Test
    void aPresentationVerifiesWithItsChallengeAndNotWithAnother() {
        JWK learner = Keys.generate(KeyType.ED25519);
        DidKey holder = DidKey.of(learner);
        JsonObject unsigned = jakarta.json.Json.createObjectBuilder()
                .add("@context", jakarta.json.Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("type", jakarta.json.Json.createArrayBuilder().add("VerifiablePresentation"))
                .add("holder", holder.did())
                .add("verifiableCredential", jakarta.json.Json.createArrayBuilder().add(issued()))
                .build();
        JsonObject presentation = DataIntegrity.signPresentation(unsigned, learner, holder.verificationMethod(), "college-7c1d",
                Optional.of("admissions.college.example"), Instant.now());

        JsonNode right = presentationResult(presentation, "college-7c1d");
        assertTrue(right.get("verified").asBoolean(), right::toString);

        JsonNode wrong = presentationResult(presentation, "replayed-challenge");
        assertFalse(wrong.get("verified").asBoolean());
        assertEquals("https://w3id.org/security#INVALID_CHALLENGE_ERROR", wrong.get("errors").get(0).get("type").asText(), wrong::toString);
    }

    static JsonNode presentationResult(JsonObject presentation, String challenge) {
        HttpResponse<String> response = post("/presentations/verify", null, jakarta.json.Json.createObjectBuilder()
                .add("verifiablePresentation", presentation)
                .add("options", jakarta.json.Json.createObjectBuilder().add("challenge", challenge).add("domain", "admissions.college.example"))
                .build().toString());
        assertEquals(200, response.statusCode(), response::body);
        return Json.tree(response.body());
    }
}
