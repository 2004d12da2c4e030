package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.credentials.jose.Refusals.assertRefused;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;

/** A learner presents credentials with a did:jwk key; a college verifies against its nonce and its own name. */
class VpJwtTest {
    static final String NONCE = "n-0S6_WzA2Mj";
    static final String COLLEGE = "https://admissions.college.example";

    final School school = new School();
    final JWK learnerKey = Keys.generate(KeyType.ED25519);
    final SigningKey learner = SigningKey.didJwk(learnerKey);
    final String maths = VcJwt.issue(school.revocableAchievement(learner.controller()), School.DID, school.signingKey);
    final String english = VcJwt.issue(School.achievement(learner.controller()), School.DID, school.signingKey);
    final VerificationPolicy policy = school.policy().nonce(NONCE).audience(COLLEGE).build();
    final String vp = VpJwt.present(List.of(maths, english), learner, NONCE, COLLEGE, School.CLOCK);

    @Test
    void presentationOfEnvelopedCredentialsVerifies() {
        Map<String, Object> header = School.header(vp);
        assertEquals("vp+jwt", header.get("typ"));
        assertEquals("vp", header.get("cty"));
        assertEquals(DidJwk.of(learnerKey) + "#0", header.get("kid"));
        Map<String, Object> payload = School.payload(vp);
        assertEquals(List.of("VerifiablePresentation"), payload.get("type"));
        // VC DM 2.0 §4.13.1: each credential an EnvelopedVerifiableCredential whose id is a data: URL.
        assertEquals(List.of(VpJwt.envelope(maths), VpJwt.envelope(english)), payload.get("verifiableCredential"));
        assertEquals("data:application/vc+jwt," + maths, VpJwt.envelope(maths).get("id"));

        PresentationVerification.Valid valid = assertInstanceOf(PresentationVerification.Valid.class,
                VpJwt.verify(vp, policy, DidJwk.resolver()));
        assertEquals(DidJwk.of(learnerKey), valid.holder());
        assertEquals(2, valid.credentials().size());
        assertEquals(School.DID, valid.credentials().getFirst().issuer());
    }

    @Test
    void wrongNonceIsRefusedAsNonceMismatch() {
        String replayed = VpJwt.present(List.of(maths), learner, "an-old-nonce", COLLEGE, School.CLOCK);
        assertRefused(VpJwt.verify(replayed, policy, DidJwk.resolver()), ProblemCode.NONCE_MISMATCH, "not the one the verifier issued");
    }

    @Test
    void presentationForAnotherVerifierIsRefusedAsAudienceMismatch() {
        String forEmployer = VpJwt.present(List.of(maths), learner, NONCE, "https://employer.example", School.CLOCK);
        assertRefused(VpJwt.verify(forEmployer, policy, DidJwk.resolver()), ProblemCode.AUDIENCE_MISMATCH, "https://employer.example");
        Map<String, Object> payload = School.payload(vp);
        payload.put("aud", List.of("https://employer.example", COLLEGE));
        assertTrue(VpJwt.verify(Forge.sign(School.header(vp), payload, learnerKey), policy, DidJwk.resolver()).isValid(),
                "an aud array naming this verifier is addressed to it (RFC 7519 §4.1.3)");
    }

    @Test
    void presentationSignedByAnotherHolderIsRefusedAsSignatureInvalid() {
        JWK thiefKey = Keys.generate(KeyType.ED25519);
        // The thief signs with its own key and kid, claiming to be the learner.
        Map<String, Object> header = Forge.with(School.header(vp), "kid", DidJwk.of(thiefKey) + "#0");
        assertRefused(VpJwt.verify(Forge.sign(header, School.payload(vp), thiefKey), policy, DidJwk.resolver()),
                ProblemCode.SIGNATURE_INVALID, "which is not a key of its holder");
        // The thief keeps the learner's kid: the learner's key does not verify the thief's signature.
        assertRefused(VpJwt.verify(Forge.sign(School.header(vp), School.payload(vp), thiefKey), policy, DidJwk.resolver()),
                ProblemCode.SIGNATURE_INVALID, "does not verify");
        // Presenting them as itself works: vc+jwt credentials are not bound to a holder key (no cnf), so
        // matching valid.holder() to each credentialSubject.id is left to the verifier's own policy.
        String asThief = VpJwt.present(List.of(maths), SigningKey.didJwk(thiefKey), NONCE, COLLEGE, School.CLOCK);
        assertEquals(DidJwk.of(thiefKey), assertInstanceOf(PresentationVerification.Valid.class,
                VpJwt.verify(asThief, policy, DidJwk.resolver())).holder());
    }

    @Test
    void holderWhoseKeyCannotBeResolvedIsRefused() {
        assertRefused(VpJwt.verify(vp, policy, didUrl -> java.util.Optional.empty()), ProblemCode.SIGNATURE_INVALID, "could not be resolved");
    }

    @Test
    void presentationOlderThanTheFreshnessWindowIsRefusedAsStale() {
        VerificationPolicy tenMinutesLater = school.policy().nonce(NONCE).audience(COLLEGE)
                .clock(Clock.offset(School.CLOCK, Duration.ofMinutes(10))).build();
        assertRefused(VpJwt.verify(vp, tenMinutesLater, DidJwk.resolver()), ProblemCode.KEY_BINDING_STALE, "up to PT5M old");
        String fromTheFuture = VpJwt.present(List.of(maths), learner, NONCE, COLLEGE, Clock.offset(School.CLOCK, Duration.ofMinutes(10)));
        assertRefused(VpJwt.verify(fromTheFuture, policy, DidJwk.resolver()), ProblemCode.KEY_BINDING_STALE, "key binding stale");
    }

    @Test
    void revokedCredentialInsideIsRefusedAtItsPlace() {
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = ((List<Map<String, Object>>) School.payload(maths).get("credentialStatus")).getFirst();
        school.revocations.set(Integer.parseInt((String) entry.get("statusListIndex")));
        school.publish();
        var problem = assertRefused(VpJwt.verify(vp, policy, DidJwk.resolver()), ProblemCode.REVOKED, "revoked");
        assertEquals("verifiableCredential[0].credentialStatus[0]", problem.path());
    }

    @Test
    void tamperedOrForeignCredentialsInsideAreRefused() {
        String[] parts = english.split("\\.");
        Map<String, Object> changed = School.payload(english);
        changed.put("credentialSubject", Map.of("id", learner.controller(), "achievement", Map.of("name", "Everything")));
        String tampered = parts[0] + "." + Forge.encode(changed) + "." + parts[2];
        String withTampered = VpJwt.present(List.of(maths, tampered), learner, NONCE, COLLEGE, School.CLOCK);
        var problem = assertRefused(VpJwt.verify(withTampered, policy, DidJwk.resolver()), ProblemCode.SIGNATURE_INVALID, "signature");
        assertEquals("verifiableCredential[1]", problem.path());

        Map<String, Object> payload = School.payload(vp);
        payload.put("verifiableCredential", List.of(Map.of("@context", "https://www.w3.org/ns/credentials/v2",
                "type", "VerifiableCredential", "issuer", School.DID, "credentialSubject", Map.of())));
        assertRefused(VpJwt.verify(Forge.sign(School.header(vp), payload, learnerKey), policy, DidJwk.resolver()),
                ProblemCode.UNSUPPORTED_FORMAT, "only EnvelopedVerifiableCredential");
        payload.put("verifiableCredential", List.of(Map.of("@context", "https://www.w3.org/ns/credentials/v2",
                "type", "EnvelopedVerifiableCredential", "id", "data:application/vc+sd-jwt," + maths + "~")));
        assertRefused(VpJwt.verify(Forge.sign(School.header(vp), payload, learnerKey), policy, DidJwk.resolver()),
                ProblemCode.UNSUPPORTED_FORMAT, "data:application/vc+jwt");
    }

    @Test
    void aCredentialIsNotAPresentationNorTheReverse() {
        assertRefused(VpJwt.verify(maths, policy, DidJwk.resolver()), ProblemCode.MALFORMED, "typ must be vp+jwt");
        assertRefused(VcJwt.verify(vp, policy), ProblemCode.MALFORMED, "typ must be vc+jwt");
        assertRefused(VpJwt.verify(Forge.unsecured(School.header(vp), School.payload(vp)), policy, DidJwk.resolver()),
                ProblemCode.ALGORITHM_NOT_ALLOWED, "none");
        Map<String, Object> noHolder = Forge.with(School.payload(vp), "holder", null);
        assertRefused(VpJwt.verify(Forge.sign(School.header(vp), noHolder, learnerKey), policy, DidJwk.resolver()),
                ProblemCode.MALFORMED, "holder is required");
        assertThrows(IllegalArgumentException.class, () -> VpJwt.present(List.of("not a jwt"), learner, NONCE, COLLEGE));
    }
}
