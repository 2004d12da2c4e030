package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.jose.PresentationVerification;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * A learner presents the school's certificate in a Data Integrity presentation (proof purpose
 * authentication, bound to the college's challenge and domain); the one verifier checks the
 * holder's proof, the binding and the certificate inside.
 */
class DataIntegrityPresentationTest {
    static final JWK SCHOOL = Keys.generate(KeyType.ED25519);
    static final JWK LEARNER = Keys.generate(KeyType.ED25519);
    static final String CHALLENGE = "c0ffee-2027-01-15";
    static final String DOMAIN = "admissions.college.example";

    static JsonObject presentation(JsonObject credential, String holder) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
                .add("holder", holder)
                .add("verifiableCredential", Json.createArrayBuilder().add(credential))
                .build();
    }

    static JsonObject signedByLearner(JsonObject credential) {
        DidKey learner = DidKey.of(LEARNER);
        return DataIntegrity.signPresentation(presentation(credential, learner.did()), LEARNER, learner.verificationMethod(),
                CHALLENGE, Optional.of(DOMAIN), Fixtures.SIGNED);
    }

    static VerificationPolicy college(String challenge, String domain) {
        return VerificationPolicy.trusting(IssuerTrust.keys(List.of(SCHOOL))).nonce(challenge).audience(domain)
                .clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC)).build();
    }

    static PresentationVerification verify(JsonObject vp, VerificationPolicy policy) {
        return Verifier.offline().verifyPresentation(vp.toString(), policy);
    }

    @Test
    void aPresentationWithTheCollegesChallengeAndDomainVerifiesWithTheCertificateInside() {
        JsonObject vp = signedByLearner(Fixtures.signedBy(SCHOOL));
        assertEquals("authentication", vp.getJsonObject("proof").getString("proofPurpose"));

        PresentationVerification.Valid valid = assertInstanceOf(PresentationVerification.Valid.class, verify(vp, college(CHALLENGE, DOMAIN)));

        assertEquals(DidKey.of(LEARNER).did(), valid.holder());
        assertEquals(List.of(DidKey.of(SCHOOL).did()), valid.credentials().stream().map(c -> c.issuer()).toList());
    }

    @Test
    void anotherChallengeIsRefusedAsANonceMismatch() {
        var invalid = assertInstanceOf(PresentationVerification.Invalid.class,
                verify(signedByLearner(Fixtures.signedBy(SCHOOL)), college("replayed-challenge", DOMAIN)));
        assertEquals(List.of(ProblemCode.NONCE_MISMATCH), invalid.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void anotherDomainIsRefusedAsAnAudienceMismatch() {
        var invalid = assertInstanceOf(PresentationVerification.Invalid.class,
                verify(signedByLearner(Fixtures.signedBy(SCHOOL)), college(CHALLENGE, "employer.example")));
        assertEquals(List.of(ProblemCode.AUDIENCE_MISMATCH), invalid.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void aPresentationChangedAfterSigningIsRefused() {
        JsonObject vp = signedByLearner(Fixtures.signedBy(SCHOOL));
        JsonObject tampered = Json.createObjectBuilder(vp).add("holder", DidKey.of(SCHOOL).did()).build();
        var invalid = assertInstanceOf(PresentationVerification.Invalid.class, verify(tampered, college(CHALLENGE, DOMAIN)));
        assertTrue(invalid.has(ProblemCode.SIGNATURE_INVALID), invalid::toString);
    }

    @Test
    void aCredentialThatDoesNotVerifyIsRefusedWithItsPlaceInThePresentation() {
        JsonObject certificate = Fixtures.signedBy(SCHOOL);
        JsonObject changed = Json.createObjectBuilder(certificate).add("validFrom", "2026-01-01T00:00:00Z").build();
        var invalid = assertInstanceOf(PresentationVerification.Invalid.class, verify(signedByLearner(changed), college(CHALLENGE, DOMAIN)));
        assertTrue(invalid.problems().stream().anyMatch(p -> p.code() == ProblemCode.SIGNATURE_INVALID
                && p.path().startsWith("verifiableCredential[0]")), invalid::toString);
    }

    @Test
    void aCredentialProofIsNotAPresentationProof() {
        // An assertionMethod proof on a presentation proves no control of the holder's key.
        DidKey learner = DidKey.of(LEARNER);
        JsonObject asserted = DataIntegrity.sign(presentation(Fixtures.signedBy(SCHOOL), learner.did()), LEARNER,
                learner.verificationMethod(), Fixtures.SIGNED);
        var invalid = assertInstanceOf(PresentationVerification.Invalid.class, verify(asserted, college(CHALLENGE, DOMAIN)));
        assertTrue(invalid.problems().get(0).message().contains("authentication"), invalid::toString);
    }
}
