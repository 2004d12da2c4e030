package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.credentials.jose.Refusals.assertRefused;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;

/** Every refusal VcJwt.verify can give, each from a real credential changed as an attacker would. */
class VcJwtRefusalTest {
    static final String LEARNER = DidJwk.of(Keys.generate(KeyType.ED25519));

    final School school = new School();
    final VerificationPolicy policy = school.policy().build();
    final String jwt = VcJwt.issue(School.achievement(LEARNER), School.DID, school.signingKey);
    final Map<String, Object> header = School.header(jwt);
    final Map<String, Object> payload = School.payload(jwt);

    @Test
    void theUntouchedCredentialVerifies() {
        assertTrue(VcJwt.verify(jwt, policy).isValid());
    }

    @Test
    void reSignedByAnUntrustedKeyUnderTheSchoolsKidIsRefusedAsSignatureInvalid() {
        JWK attacker = Keys.generate(KeyType.ED25519);
        payload.put("credentialSubject", Map.of("id", LEARNER, "achievement", Map.of("name", "Everything, with distinction")));
        assertRefused(VcJwt.verify(Forge.sign(header, payload, attacker), policy), ProblemCode.SIGNATURE_INVALID, "does not verify");
        // Embedding the attacker's key in the header changes nothing: keys come from the policy's trust only.
        Map<String, Object> withJwk = Forge.with(header, "jwk", attacker.toPublicJWK().toJSONObject());
        assertRefused(VcJwt.verify(Forge.sign(withJwk, payload, attacker), policy), ProblemCode.SIGNATURE_INVALID, "does not verify");
    }

    @Test
    void changedPayloadUnderTheOriginalSignatureIsRefusedAsSignatureInvalid() {
        String[] parts = jwt.split("\\.");
        payload.put("validUntil", "2099-01-01T00:00:00Z");
        String tampered = parts[0] + "." + Forge.encode(payload) + "." + parts[2];
        assertRefused(VcJwt.verify(tampered, policy), ProblemCode.SIGNATURE_INVALID, "signature");
    }

    @Test
    void signedByAnotherFederationMembersKeyIsRefusedAsUntrustedIssuer() {
        // The stranger signs, naming its own key: its key is resolvable, but not the issuer's.
        Map<String, Object> strangerHeader = Forge.with(header, "kid", DidWeb.verificationMethodId(School.STRANGER_DID, school.strangerKey));
        assertRefused(VcJwt.verify(Forge.sign(strangerHeader, payload, school.strangerKey), policy), ProblemCode.UNTRUSTED_ISSUER,
                "is not a key of its issuer");
        // The stranger names itself as issuer: its DID is not among those the verifier trusts.
        payload.put("issuer", School.STRANGER_DID);
        assertRefused(VcJwt.verify(Forge.sign(strangerHeader, payload, school.strangerKey), policy), ProblemCode.UNTRUSTED_ISSUER,
                "trusts no key of " + School.STRANGER_DID);
    }

    @Test
    void issuerTheVerifierDoesNotTrustIsRefusedAsUntrustedIssuer() {
        VerificationPolicy trustsNoOne = VerificationPolicy.trusting(IssuerTrust.none()).clock(School.CLOCK).build();
        assertRefused(VcJwt.verify(jwt, trustsNoOne), ProblemCode.UNTRUSTED_ISSUER, "untrusted issuer");
        VerificationPolicy otherSchoolOnly = VerificationPolicy.trusting(DidTrust.of(Set.of(School.STRANGER_DID), school.resolver))
                .clock(School.CLOCK).build();
        assertRefused(VcJwt.verify(jwt, otherSchoolOnly), ProblemCode.UNTRUSTED_ISSUER, School.DID);
    }

    @Test
    void kidNamingAKeyTheSchoolDoesNotListIsRefusedAsUntrustedIssuer() {
        Map<String, Object> unknownKid = Forge.with(header, "kid", School.DID + "#retired-long-ago");
        assertRefused(VcJwt.verify(Forge.sign(unknownKid, payload, school.key), policy), ProblemCode.UNTRUSTED_ISSUER, "retired-long-ago");
    }

    @Test
    void algNoneIsRefusedAsAlgorithmNotAllowed() {
        assertRefused(VcJwt.verify(Forge.unsecured(header, payload), policy), ProblemCode.ALGORITHM_NOT_ALLOWED, "alg none");
        assertRefused(VcJwt.verify(Forge.unsecured(header, payload) + "c2lnbmF0dXJl", policy), ProblemCode.ALGORITHM_NOT_ALLOWED, "none");
        Map<String, Object> upper = Forge.with(header, "alg", "NONE");
        assertRefused(VcJwt.verify(Forge.encode(upper) + "." + Forge.encode(payload) + ".", policy), ProblemCode.ALGORITHM_NOT_ALLOWED, "none");
    }

    @Test
    void hmacSignedWithThePublicKeyIsRefusedAsAlgorithmNotAllowed() throws Exception {
        // The classic key-confusion attack: HS256 keyed with the issuer's public key bytes.
        byte[] secret = school.key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new com.nimbusds.jose.JOSEObjectType("vc+jwt"))
                .keyID((String) header.get("kid")).build(), new Payload(payload));
        forged.sign(new MACSigner(java.util.Arrays.copyOf(secret, 64)));
        assertRefused(VcJwt.verify(forged.serialize(), policy), ProblemCode.ALGORITHM_NOT_ALLOWED, "HS256 is not one of ES256, EdDSA");
    }

    @Test
    void algorithmOffThePolicysListIsRefusedEvenWhenTheSignatureIsGood() {
        School p256 = new School(KeyType.P256);
        String es256 = VcJwt.issue(School.achievement(LEARNER), School.DID, p256.signingKey);
        assertTrue(VcJwt.verify(es256, p256.policy().build()).isValid());
        assertRefused(VcJwt.verify(es256, p256.policy().allowedAlgorithms(Set.of("EdDSA")).build()), ProblemCode.ALGORITHM_NOT_ALLOWED, "ES256");
    }

    @Test
    void wrongTypOrCtyIsRefusedAsMalformed() {
        for (Object typ : List.of("JWT", "dc+sd-jwt", "vp+jwt", "vc+ld+jwt", 7)) {
            assertRefused(VcJwt.verify(Forge.sign(Forge.with(header, "typ", typ), payload, school.key), policy), ProblemCode.MALFORMED,
                    "typ must be vc+jwt");
        }
        assertRefused(VcJwt.verify(Forge.sign(Forge.with(header, "typ", null), payload, school.key), policy), ProblemCode.MALFORMED, "typ");
        assertRefused(VcJwt.verify(Forge.sign(Forge.with(header, "cty", "vp"), payload, school.key), policy), ProblemCode.MALFORMED,
                "cty, when present, must be vc");
        // RFC 7515 §4.1.9: "application/" may be written, and the absent cty is allowed (vc-jose-cose §3.1.1 "when present").
        assertTrue(VcJwt.verify(Forge.sign(Forge.with(header, "typ", "application/VC+JWT"), payload, school.key), policy).isValid());
        assertTrue(VcJwt.verify(Forge.sign(Forge.with(header, "cty", null), payload, school.key), policy).isValid());
    }

    @Test
    void criticalHeaderParametersAreRefusedAsMalformed() {
        Map<String, Object> crit = Forge.with(Forge.with(header, "crit", List.of("exp")), "exp", 1);
        assertRefused(VcJwt.verify(Forge.sign(crit, payload, school.key), policy), ProblemCode.MALFORMED, "crit");
    }

    @Test
    void theVc11JwtShapeIsRefusedAsMalformed() {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("iss", School.DID);
        old.put("vc", payload);
        assertRefused(VcJwt.verify(Forge.sign(header, old, school.key), policy), ProblemCode.MALFORMED, "vc and vp must not be present");
        Map<String, Object> v1 = new LinkedHashMap<>(payload);
        v1.put("@context", List.of("https://www.w3.org/2018/credentials/v1"));
        assertRefused(VcJwt.verify(Forge.sign(header, v1, school.key), policy), ProblemCode.MALFORMED,
                "@context must start with https://www.w3.org/ns/credentials/v2");
    }

    @Test
    void contextsThatAreNotBundledAreRefusedAsUnknownContext() {
        payload.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://evil.example/redefines-everything"));
        assertRefused(VcJwt.verify(Forge.sign(header, payload, school.key), policy), ProblemCode.UNKNOWN_CONTEXT,
                "https://evil.example/redefines-everything is not bundled");
        payload.put("@context", List.of("https://www.w3.org/ns/credentials/v2", Map.of("achievement", "https://evil.example/a")));
        assertRefused(VcJwt.verify(Forge.sign(header, payload, school.key), policy), ProblemCode.UNKNOWN_CONTEXT, "inline context");
        payload.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "http://www.w3.org/ns/credentials/examples/v2"));
        assertRefused(VcJwt.verify(Forge.sign(header, payload, school.key), policy), ProblemCode.UNKNOWN_CONTEXT, "unknown context");
    }

    @Test
    void credentialsMissingWhatVc20RequiresAreRefusedAsMalformed() {
        Map<String, Object> noType = Forge.with(payload, "type", "ExampleAchievementCredential");
        assertRefused(VcJwt.verify(Forge.sign(header, noType, school.key), policy), ProblemCode.MALFORMED, "VerifiableCredential");
        assertRefused(VcJwt.verify(Forge.sign(header, Forge.with(payload, "issuer", null), school.key), policy), ProblemCode.MALFORMED, "issuer");
        assertRefused(VcJwt.verify(Forge.sign(header, Forge.with(payload, "credentialSubject", null), school.key), policy),
                ProblemCode.MALFORMED, "credentialSubject");
        assertRefused(VcJwt.verify(Forge.sign(header, Forge.with(payload, "iss", School.STRANGER_DID), school.key), policy),
                ProblemCode.MALFORMED, "iss must match issuer");
        assertRefused(VcJwt.verify(Forge.sign(header, Forge.with(payload, "validUntil", "next year"), school.key), policy),
                ProblemCode.MALFORMED, "dateTimeStamp");
    }

    @Test
    void inputThatIsNotACompactJwsIsRefusedAsMalformedOrUnsupported() {
        assertRefused(VcJwt.verify("hello", policy), ProblemCode.MALFORMED, "not a compact JWS");
        assertRefused(VcJwt.verify("e30.e30", policy), ProblemCode.MALFORMED, "three base64url parts");
        assertRefused(VcJwt.verify("bm90IGpzb24." + jwt.split("\\.", 2)[1], policy), ProblemCode.MALFORMED, "JOSE header is not a JSON object");
        String arrayPayload = jwt.split("\\.")[0] + ".WzFd." + jwt.split("\\.")[2];
        assertRefused(VcJwt.verify(arrayPayload, policy), ProblemCode.MALFORMED, "payload is not a JSON object");
        assertRefused(VcJwt.verify("{\"@context\":[]}", policy), ProblemCode.UNSUPPORTED_FORMAT, "JSON document");
        assertRefused(VcJwt.verify(jwt + "~WyJzYWx0IiwiYSIsMV0~", policy), ProblemCode.UNSUPPORTED_FORMAT, "SD-JWT");
        assertRefused(VcJwt.verify("a.b.c.d.e", policy), ProblemCode.UNSUPPORTED_FORMAT, "JWE");
    }

    @Test
    void expiredCredentialIsRefusedAsExpired() {
        VerificationPolicy nextYear = school.policy().clock(java.time.Clock.offset(School.CLOCK, Duration.ofDays(365))).build();
        assertRefused(VcJwt.verify(jwt, nextYear), ProblemCode.EXPIRED, "validUntil was 2027-01-01T00:00:00Z");
        Map<String, Object> signatureExpired = Forge.with(payload, "exp", School.NOW.minusSeconds(3600).getEpochSecond());
        assertRefused(VcJwt.verify(Forge.sign(header, signatureExpired, school.key), policy), ProblemCode.EXPIRED, "exp");
    }

    @Test
    void credentialBeforeItsValidFromIsRefusedAsNotYetValid() {
        VerificationPolicy lastYear = school.policy().clock(java.time.Clock.offset(School.CLOCK, Duration.ofDays(-365))).build();
        assertRefused(VcJwt.verify(jwt, lastYear), ProblemCode.NOT_YET_VALID, "validFrom is 2026-01-01T00:00:00Z");
        Map<String, Object> future = Forge.with(payload, "nbf", School.NOW.plusSeconds(3600).getEpochSecond());
        assertRefused(VcJwt.verify(Forge.sign(header, future, school.key), policy), ProblemCode.NOT_YET_VALID, "nbf");
    }

    @Test
    void clockSkewForgivesAMinuteEitherSideButNoMore() {
        Map<String, Object> edge = Forge.with(payload, "validFrom", School.NOW.plusSeconds(30).toString());
        assertTrue(VcJwt.verify(Forge.sign(header, edge, school.key), policy).isValid());
        VerificationPolicy strict = school.policy().clockSkew(Duration.ZERO).build();
        assertRefused(VcJwt.verify(Forge.sign(header, edge, school.key), strict), ProblemCode.NOT_YET_VALID, "not yet valid");
        Map<String, Object> backwards = Forge.with(payload, "validUntil", "2025-12-31T00:00:00Z");
        assertEquals(ProblemCode.MALFORMED, assertRefused(VcJwt.verify(Forge.sign(header, backwards, school.key), policy),
                ProblemCode.MALFORMED, "validFrom is later than validUntil").code());
    }
}
