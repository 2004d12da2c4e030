package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.satchel.credentials.sdjwt.Attacks.assertRefused;

import com.nimbusds.jose.util.Base64URL;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/** Every refusal of key binding (RFC 9901 §7.3): stolen, replayed, stale or stitched presentations. */
class KeyBindingRefusalsTest {
    private final Fixtures f = new Fixtures();

    private Verification verify(String presentation) {
        return SdJwtVerifier.verify(presentation, f.policy().build());
    }

    @Test
    void boundCredentialPresentedWithoutKeyBindingIsRefusedAsKeyBindingMissing() {
        String presentation = f.present(f.issue(), "name");
        String withoutKb = presentation.substring(0, presentation.lastIndexOf('~') + 1);
        assertRefused(verify(withoutKb), ProblemCode.KEY_BINDING_MISSING, "bound to a holder key");
    }

    @Test
    void unboundCredentialIsRefusedAsKeyBindingMissingWhenTheVerifierSetsANonce() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, IssuanceOptions.issuer(Fixtures.SCHOOL)
                .issuedAt(Fixtures.NOW).build());
        assertRefused(verify(SdJwtVc.presentWithoutKeyBinding(issued, List.of("name"))),
                ProblemCode.KEY_BINDING_MISSING, "nonce or audience", "no holder key");
    }

    @Test
    void presentationSignedByAThiefsKeyIsRefusedAsKeyBindingSignatureInvalid() {
        // The credential was copied off the learner's device; the wallet key was not.
        SdJwt stolen = Attacks.split(f.present(f.issue(), "name"));
        String presentation = Attacks.rebind(stolen.issuerSignedJwt(), stolen.disclosures(), Keys.generate(KeyType.ED25519));
        Problem problem = assertRefused(verify(presentation), ProblemCode.SIGNATURE_INVALID, "key binding JWT",
                "cnf.jwk");
        assertEquals(KeyBindingJwt.PATH, problem.path());
        assertEquals(1, ((Verification.Invalid) verify(presentation)).problems().size(), "no KB claim checks either");
    }

    @Test
    void presentationReplayedWithAnotherNonceIsRefusedAsNonceMismatch() {
        String replayed = SdJwtVc.present(f.issue(), f.holderKey, List.of("name"), "yesterdays-nonce",
                Fixtures.VERIFIER, Fixtures.CLOCK);
        Problem problem = assertRefused(verify(replayed), ProblemCode.NONCE_MISMATCH, "nonce", "yesterdays-nonce");
        assertEquals(KeyBindingJwt.PATH + ".nonce", problem.path());
    }

    @Test
    void presentationMadeForAnotherVerifierIsRefusedAsAudienceMismatch() {
        String forwarded = SdJwtVc.present(f.issue(), f.holderKey, List.of("name"), Fixtures.NONCE,
                "https://employer.example", Fixtures.CLOCK);
        assertRefused(verify(forwarded), ProblemCode.AUDIENCE_MISMATCH, "aud", "https://employer.example");
    }

    @Test
    void disclosureStrippedInTransitIsRefusedAsSdHashMismatch() {
        SdJwt presented = Attacks.split(f.present(f.issue(), "achievement.grade", "name"));
        // Drop one Disclosure but keep the holder's KB-JWT: its sd_hash covered the original set.
        List<String> fewer = presented.disclosures().subList(0, presented.disclosures().size() - 1);
        String stitched = new SdJwt(presented.issuerSignedJwt(), fewer, presented.keyBindingJwt()).serialize();
        assertRefused(verify(stitched), ProblemCode.SD_HASH_MISMATCH, "other disclosures");
    }

    @Test
    void keyBindingOlderThanTheFreshnessWindowIsRefusedAsStale() {
        String old = SdJwtVc.present(f.issue(), f.holderKey, List.of("name"), Fixtures.NONCE, Fixtures.VERIFIER,
                Clock.fixed(Fixtures.NOW.minus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertRefused(verify(old), ProblemCode.KEY_BINDING_STALE, "more than PT5M ago");
    }

    @Test
    void keyBindingFromTheFutureIsRefusedAsStale() {
        String future = SdJwtVc.present(f.issue(), f.holderKey, List.of("name"), Fixtures.NONCE, Fixtures.VERIFIER,
                Clock.fixed(Fixtures.NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertRefused(verify(future), ProblemCode.KEY_BINDING_STALE, "in the future");
    }

    @Test
    void keyBindingJwtWithAlgNoneIsRefusedForItsAlgorithm() {
        SdJwt presented = Attacks.split(f.present(f.issue(), "name"));
        String payload = presented.keyBindingJwt().orElseThrow().split("\\.")[1];
        String unsigned = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"kb+jwt\"}") + "." + payload + ".";
        Problem problem = assertRefused(verify(presented.withKeyBinding(unsigned).serialize()),
                ProblemCode.ALGORITHM_NOT_ALLOWED, "key binding JWT", "'none'");
        assertEquals(KeyBindingJwt.PATH, problem.path());
    }

    @Test
    void keyBindingJwtWithoutItsTypIsRefusedAsMalformed() {
        SdJwt presented = Attacks.split(f.present(f.issue(), "name"));
        Map<String, Object> claims = Fixtures.payloadOf(presented.keyBindingJwt().orElseThrow());
        String untyped = Attacks.sign(claims, f.holderKey, "JWT");
        assertRefused(verify(presented.withKeyBinding(untyped).serialize()), ProblemCode.MALFORMED, "not kb+jwt");
    }

    @Test
    void keyBindingForAnUnboundCredentialIsRefusedAsMalformedWhenNotRequired() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, IssuanceOptions.issuer(Fixtures.SCHOOL)
                .issuedAt(Fixtures.NOW).build());
        SdJwt presentation = Attacks.split(SdJwtVc.presentWithoutKeyBinding(issued, List.of("name")));
        String withKb = Attacks.rebind(presentation.issuerSignedJwt(), presentation.disclosures(), f.holderKey);
        Verification result = SdJwtVerifier.verify(withKb, VerificationPolicy.trusting(IssuerTrust.keys(
                List.of(f.schoolKey))).clock(Fixtures.CLOCK).build());
        assertRefused(result, ProblemCode.MALFORMED, "names no holder key");
    }
}
