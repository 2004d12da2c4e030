package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;

/**
 * VC Data Model 1.1 credentials as JWTs (§6.3.1), OpenID4VCI's {@code jwt_vc_json}: the encoding
 * is checked claim by claim, verification decodes it back (§6.3.2), refusals carry their codes,
 * and decentralized-identity's did-jwt-vc (pinned in interop/jwt-vc) verifies what Satchel signs.
 */
class JwtVcJsonTest {
    static final String HOLDER = DidJwk.of(Keys.generate(KeyType.ED25519));
    private static final Path SCRIPTS = Path.of("..", "interop", "jwt-vc").toAbsolutePath().normalize();

    static Map<String, Object> examCertificate(String holder) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", holder);
        subject.put("result", List.of(Map.of("subject", "Mathematics", "grade", "7")));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(JwtVcJson.CREDENTIALS_V1));
        credential.put("id", "urn:uuid:6f0a3c8e-1b4d-4f7a-9a55-0c2b7d3e9f11");
        credential.put("type", List.of("VerifiableCredential", "ExaminationCertificate"));
        credential.put("issuanceDate", "2026-01-01T00:00:00Z");
        credential.put("expirationDate", "2027-01-01T00:00:00Z");
        credential.put("credentialSubject", subject);
        return credential;
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void theRegisteredClaimsCarryIssuerDatesIdAndSubjectAndTheRestIsTheVcClaim(KeyType type) {
        School school = new School(type);
        String jwt = JwtVcJson.issue(examCertificate(HOLDER), School.DID, school.signingKey);

        assertEquals(Map.of("alg", type.algorithm().getName(), "typ", "JWT", "kid", School.DID + "#" + Keys.thumbprint(school.key)),
                School.header(jwt));
        Map<String, Object> payload = School.payload(jwt);
        assertEquals(School.DID, payload.get("iss"));
        assertEquals(HOLDER, payload.get("sub"));
        assertEquals("urn:uuid:6f0a3c8e-1b4d-4f7a-9a55-0c2b7d3e9f11", payload.get("jti"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(), ((Number) payload.get("nbf")).longValue());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z").getEpochSecond(), ((Number) payload.get("exp")).longValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> vc = (Map<String, Object>) payload.get("vc");
        assertEquals(List.of("@context", "type", "credentialSubject"), List.copyOf(vc.keySet()), "moved properties leave the vc claim");
        assertEquals(Map.of("result", List.of(Map.of("subject", "Mathematics", "grade", "7"))), vc.get("credentialSubject"));
    }

    @Test
    void verifyingDecodesTheCredentialBackAndNamesTheHolder() {
        School school = new School();
        Map<String, Object> original = examCertificate(HOLDER);
        String jwt = JwtVcJson.issue(original, School.DID, school.signingKey);

        assertEquals(Optional.of(Format.JWT_VC_JSON), Verifier.detect(jwt));
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, new Verifier(school.resolver).verify(jwt, school.policy().build()));
        assertEquals(Format.JWT_VC_JSON, valid.format());
        assertEquals(School.DID, valid.issuer());
        assertEquals(Optional.of(HOLDER), valid.holder());
        assertEquals(CredentialStatus.NONE, valid.status());
        Map<String, Object> expected = new LinkedHashMap<>(original);
        expected.put("issuer", School.DID);
        assertEquals(School.json(JSONObjectUtils.toJSONString(expected)), School.json(JSONObjectUtils.toJSONString(valid.claims())));
    }

    @Test
    void aVc20VcJwtIsNotTakenForOne() {
        School school = new School();
        String vc20 = VcJwt.issue(School.achievement(HOLDER), School.DID, school.signingKey);
        assertEquals(Optional.of(Format.VC_JWT), Verifier.detect(vc20));
    }

    @Test
    void aChangedClaimBreaksTheSignature() {
        School school = new School();
        String[] parts = JwtVcJson.issue(examCertificate(HOLDER), School.DID, school.signingKey).split("\\.");
        Map<String, Object> payload = School.payload(String.join(".", parts));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) ((Map<String, Object>) payload.get("vc")).get("credentialSubject");
        subject.put("result", List.of(Map.of("subject", "Mathematics", "grade", "9")));
        String forged = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(JSONObjectUtils.toJSONString(payload)) + "." + parts[2];
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, JwtVcJson.verify(forged, school.policy().build(),
                VcJwt.statusListVerifier()));
        assertTrue(invalid.has(ProblemCode.SIGNATURE_INVALID), invalid.toString());
    }

    @Test
    void expiredNotYetValidAndUntrustedAreRefusedWithTheirCodes() {
        School school = new School();
        Map<String, Object> expired = examCertificate(HOLDER);
        expired.put("issuanceDate", "2025-01-01T00:00:00Z");
        expired.put("expirationDate", "2026-01-01T00:00:00Z");
        assertCode(ProblemCode.EXPIRED, JwtVcJson.issue(expired, School.DID, school.signingKey), school);
        Map<String, Object> future = examCertificate(HOLDER);
        future.put("issuanceDate", "2026-12-01T00:00:00Z");
        assertCode(ProblemCode.NOT_YET_VALID, JwtVcJson.issue(future, School.DID, school.signingKey), school);
        String stranger = JwtVcJson.issue(examCertificate(HOLDER), School.STRANGER_DID, SigningKey.forDid(School.STRANGER_DID, school.strangerKey));
        assertCode(ProblemCode.UNTRUSTED_ISSUER, stranger, school);
    }

    @Test
    void onlyVc11CredentialsAreIssuedThisWay() {
        School school = new School();
        IllegalArgumentException vc20 = assertThrows(IllegalArgumentException.class,
                () -> JwtVcJson.issue(School.achievement(HOLDER), School.DID, school.signingKey));
        assertTrue(vc20.getMessage().contains("@context must start with " + JwtVcJson.CREDENTIALS_V1), vc20.getMessage());
        Map<String, Object> undated = examCertificate(HOLDER);
        undated.remove("issuanceDate");
        assertThrows(IllegalArgumentException.class, () -> JwtVcJson.issue(undated, School.DID, school.signingKey));
        Map<String, Object> other = examCertificate(HOLDER);
        other.put("issuer", School.STRANGER_DID);
        assertThrows(IllegalArgumentException.class, () -> JwtVcJson.issue(other, School.DID, school.signingKey));
    }

    @Test
    void didJwtVcVerifiesWhatSatchelSignsAndRefusesItChanged() throws Exception {
        School school = new School();
        String jwt = JwtVcJson.issue(examCertificate(HOLDER), School.DID, school.signingKey);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("jwt", jwt);
        input.put("didDocument", School.json(DidWeb.document(School.DID, List.of(school.key)).toJson()));
        input.put("now", School.NOW.getEpochSecond());
        Map<String, Object> verified = node(input);
        assertEquals(true, verified.get("verified"), verified.toString());
        assertEquals(School.DID, verified.get("issuer"));
        assertEquals(HOLDER, verified.get("subject"));
        @SuppressWarnings("unchecked")
        Map<String, Object> credential = (Map<String, Object>) verified.get("credential");
        assertEquals("2026-01-01T00:00:00.000Z", credential.get("issuanceDate"), "did-jwt-vc decodes nbf as §6.3.2 says");
        assertEquals(Map.of("issuer", School.DID), Map.of("issuer", ((Map<?, ?>) credential.get("issuer")).get("id")));

        // The same header and claims under another credential's signature, as a forger would try.
        String[] parts = jwt.split("\\.");
        Map<String, Object> other = examCertificate(HOLDER);
        other.put("id", "urn:uuid:0b6f6a44-8f0e-4f33-8c59-5b1e2d3c4a55");
        String otherSignature = JwtVcJson.issue(other, School.DID, school.signingKey).split("\\.")[2];
        input.put("jwt", parts[0] + "." + parts[1] + "." + otherSignature);
        Map<String, Object> refused = node(input);
        assertFalse(Boolean.TRUE.equals(refused.get("verified")), refused.toString());
    }

    private static void assertCode(ProblemCode code, String jwt, School school) {
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class,
                JwtVcJson.verify(jwt, school.policy().build(), VcJwt.statusListVerifier()));
        assertTrue(invalid.has(code), code + " expected: " + invalid);
    }

    private static Map<String, Object> node(Map<String, Object> input) throws IOException, InterruptedException {
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("did-jwt-vc"))) {
            fail("did-jwt-vc is not installed in " + SCRIPTS + ": run `bash scripts/test-prerequisites` (./satchel test does)");
        }
        Process process = new ProcessBuilder("node", "verify.mjs").directory(SCRIPTS.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(JSONObjectUtils.toJSONString(input).getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node verify.mjs did not finish within 60 s");
        }
        return School.json(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
