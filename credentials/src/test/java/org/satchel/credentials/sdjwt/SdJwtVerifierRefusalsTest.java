package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.satchel.credentials.sdjwt.Attacks.assertRefused;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.util.ArrayList;
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

/**
 * Every refusal of the issuer-signed JWT and its Disclosures, each from a real credential
 * manipulated as an attacker (a forger, a dishonest holder, an erring issuer) would.
 */
class SdJwtVerifierRefusalsTest {
    private final Fixtures f = new Fixtures();
    private final JWK forger = Keys.generate(KeyType.ED25519);

    private Verification verify(String presentation) {
        return SdJwtVerifier.verify(presentation, f.policy().build());
    }

    @Test
    void credentialResignedByAForgersKeyIsRefusedAsSignatureInvalid() {
        SdJwt real = Attacks.split(f.present(f.issue(), "achievement.grade"));
        Map<String, Object> payload = Fixtures.payloadOf(real.issuerSignedJwt());
        String forged = Attacks.sign(payload, forger, "dc+sd-jwt");
        Verification result = verify(Attacks.rebind(forged, real.disclosures(), f.holderKey));
        assertRefused(result, ProblemCode.SIGNATURE_INVALID, "signature does not verify", Fixtures.SCHOOL);
        assertEquals(1, ((Verification.Invalid) result).problems().size(), "no claim checks after a bad signature");
    }

    @Test
    void credentialFromAnIssuerThePolicyDoesNotTrustIsRefusedAsUntrusted() {
        IssuerTrust onlyTheSchool = (issuer, kid) -> issuer.equals(Fixtures.SCHOOL) ? List.of(f.schoolKey) : List.of();
        String forged = SdJwtVc.issue(Fixtures.claims(), forger,
                IssuanceOptions.issuer("did:web:diploma-mill.example").holderKey(f.holderKey).issuedAt(Fixtures.NOW).build());
        Verification result = SdJwtVerifier.verify(f.present(forged, "achievement"),
                VerificationPolicy.trusting(onlyTheSchool).nonce(Fixtures.NONCE)
                        .audience(Fixtures.VERIFIER).clock(Fixtures.CLOCK).build());
        assertRefused(result, ProblemCode.UNTRUSTED_ISSUER, "no key is trusted", "did:web:diploma-mill.example");
    }

    @Test
    void unsignedCredentialWithAlgNoneIsRefusedForItsAlgorithm() {
        SdJwt real = Attacks.split(f.present(f.issue(), "name"));
        String payload = real.issuerSignedJwt().split("\\.")[1];
        String unsigned = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"dc+sd-jwt\"}") + "." + payload + ".";
        assertRefused(verify(Attacks.rebind(unsigned, real.disclosures(), f.holderKey)),
                ProblemCode.ALGORITHM_NOT_ALLOWED, "'none'");
    }

    @Test
    void credentialWithAnUnknownDigestAlgorithmIsRefusedForIt() {
        Disclosure name = Disclosure.ofProperty(Attacks.salt(), "name", "Ada");
        Map<String, Object> payload = Attacks.payload(f.holderKey, Map.of(), List.of(name.digest(HashAlgorithm.SHA_256)));
        payload.put("_sd_alg", "md5");
        String jwt = Attacks.sign(payload, f.schoolKey, "dc+sd-jwt");
        assertRefused(verify(Attacks.rebind(jwt, List.of(name.encoded()), f.holderKey)),
                ProblemCode.ALGORITHM_NOT_ALLOWED, "_sd_alg 'md5'");
    }

    @Test
    void anotherKindOfJwtFromTheSameIssuerIsRefusedAsUnsupportedFormat() {
        SdJwt real = Attacks.split(f.present(f.issue(), "name"));
        String retyped = Attacks.sign(Fixtures.payloadOf(real.issuerSignedJwt()), f.schoolKey, "vc+jwt");
        assertRefused(verify(Attacks.rebind(retyped, real.disclosures(), f.holderKey)),
                ProblemCode.UNSUPPORTED_FORMAT, "typ is 'vc+jwt'", "not an SD-JWT VC");
    }

    @Test
    void somethingThatIsNoSdJwtIsRefusedAsMalformed() {
        assertRefused(verify("hello"), ProblemCode.MALFORMED, "'~'");
        String issued = f.issue();
        assertRefused(verify(issued.replaceFirst("~", "~~")), ProblemCode.MALFORMED, "empty");
    }

    @Test
    void garbledDisclosureIsRefusedAsMalformed() {
        SdJwt real = Attacks.split(f.present(f.issue(), "name"));
        List<String> disclosures = new ArrayList<>(real.disclosures());
        disclosures.add(Base64URL.encode("{\"not\":\"an array\"}").toString());
        assertRefused(verify(Attacks.rebind(real.issuerSignedJwt(), disclosures, f.holderKey)),
                ProblemCode.MALFORMED, "disclosure", "JSON array");
    }

    @Test
    void disclosurePresentedTwiceIsRefusedAsDuplicateDigest() {
        SdJwt real = Attacks.split(f.present(f.issue(), "name"));
        List<String> twice = new ArrayList<>(real.disclosures());
        twice.add(real.disclosures().getFirst());
        assertRefused(verify(Attacks.rebind(real.issuerSignedJwt(), twice, f.holderKey)),
                ProblemCode.DUPLICATE_DIGEST, "presented again");
    }

    @Test
    void digestThatAppearsTwiceInTheSignedPayloadIsRefusedAsDuplicateDigest() {
        // An erring issuer lets one Disclosure fill two places; RFC 9901 §7.1 step 4 forbids it.
        Disclosure grade = Disclosure.ofProperty(Attacks.salt(), "grade", "9");
        String digest = grade.digest(HashAlgorithm.SHA_256);
        Map<String, Object> payload = Attacks.payload(f.holderKey,
                Map.of("achievement", Map.of("_sd", List.of(digest))), List.of(digest));
        String jwt = Attacks.sign(payload, f.schoolKey, "dc+sd-jwt");
        assertRefused(verify(Attacks.rebind(jwt, List.of(grade.encoded()), f.holderKey)),
                ProblemCode.DUPLICATE_DIGEST, "appears more than once");
    }

    @Test
    void disclosureTheIssuerNeverSignedIsRefusedAsUnreferenced() {
        SdJwt real = Attacks.split(f.present(f.issue(), "achievement.grade"));
        List<String> disclosures = new ArrayList<>(real.disclosures());
        // The holder adds a better grade of their own making.
        disclosures.add(Disclosure.ofProperty(Attacks.salt(), "grade", "9*").encoded());
        assertRefused(verify(Attacks.rebind(real.issuerSignedJwt(), disclosures, f.holderKey)),
                ProblemCode.DISCLOSURE_UNREFERENCED, "claim 'grade'", "referenced by no digest");
    }

    @Test
    void disclosureNamingTheSdClaimIsRefusedAsForbiddenClaimName() {
        Disclosure sd = Disclosure.ofProperty(Attacks.salt(), "_sd", List.of("AAAA"));
        Map<String, Object> payload = Attacks.payload(f.holderKey, Map.of(), List.of(sd.digest(HashAlgorithm.SHA_256)));
        String jwt = Attacks.sign(payload, f.schoolKey, "dc+sd-jwt");
        assertRefused(verify(Attacks.rebind(jwt, List.of(sd.encoded()), f.holderKey)),
                ProblemCode.FORBIDDEN_CLAIM_NAME, "'_sd'");
    }

    @Test
    void disclosureNamingTheDigestAlgorithmClaimIsRefusedAsForbiddenClaimName() {
        Disclosure alg = Disclosure.ofProperty(Attacks.salt(), "_sd_alg", "sha-1");
        Map<String, Object> payload = Attacks.payload(f.holderKey, Map.of(), List.of(alg.digest(HashAlgorithm.SHA_256)));
        String jwt = Attacks.sign(payload, f.schoolKey, "dc+sd-jwt");
        assertRefused(verify(Attacks.rebind(jwt, List.of(alg.encoded()), f.holderKey)),
                ProblemCode.FORBIDDEN_CLAIM_NAME, "'_sd_alg'");
    }

    @Test
    void disclosureOverwritingAClaimInTheClearIsRefusedAsForbiddenClaimName() {
        Disclosure name = Disclosure.ofProperty(Attacks.salt(), "name", "Someone Else");
        Map<String, Object> payload = Attacks.payload(f.holderKey, Map.of("name", "Ada Lovelace"),
                List.of(name.digest(HashAlgorithm.SHA_256)));
        String jwt = Attacks.sign(payload, f.schoolKey, "dc+sd-jwt");
        assertRefused(verify(Attacks.rebind(jwt, List.of(name.encoded()), f.holderKey)),
                ProblemCode.FORBIDDEN_CLAIM_NAME, "'name' already exists");
    }

    @Test
    void selectivelyDisclosableExpiryIsRefusedAsForbiddenClaimName() {
        // A holder could withhold it; SD-JWT VC §2.2.2.3 forbids disclosing exp at all.
        Disclosure exp = Disclosure.ofProperty(Attacks.salt(), "exp", Fixtures.NOW.plusSeconds(60).getEpochSecond());
        Map<String, Object> payload = Attacks.payload(f.holderKey, Map.of(), List.of(exp.digest(HashAlgorithm.SHA_256)));
        String jwt = Attacks.sign(payload, f.schoolKey, "dc+sd-jwt");
        assertRefused(verify(Attacks.rebind(jwt, List.of(exp.encoded()), f.holderKey)),
                ProblemCode.FORBIDDEN_CLAIM_NAME, "'exp'");
    }

    @Test
    void credentialPastItsExpiryIsRefusedAsExpired() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, f.options()
                .issuedAt(Fixtures.NOW.minusSeconds(86_400 * 30)).expiresAt(Fixtures.NOW.minusSeconds(86_400)).build());
        Verification result = verify(f.present(issued, "name"));
        assertRefused(result, ProblemCode.EXPIRED, "expired at");
        assertEquals(1, ((Verification.Invalid) result).problems().size());
    }

    @Test
    void credentialBeforeItsStartIsRefusedAsNotYetValid() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, f.options()
                .notBefore(Fixtures.NOW.plusSeconds(86_400)).build());
        Problem problem = assertRefused(verify(f.present(issued, "name")), ProblemCode.NOT_YET_VALID, "nbf");
        assertEquals("nbf", problem.path());
    }

    @Test
    void everyDisclosureProblemIsReportedTogether() {
        SdJwt real = Attacks.split(f.present(f.issue(), "achievement.grade"));
        List<String> disclosures = new ArrayList<>(real.disclosures());
        disclosures.add(real.disclosures().getFirst());
        disclosures.add(Disclosure.ofProperty(Attacks.salt(), "grade", "9*").encoded());
        Verification.Invalid invalid = (Verification.Invalid) verify(
                Attacks.rebind(real.issuerSignedJwt(), disclosures, f.holderKey));
        assertEquals(List.of(ProblemCode.DUPLICATE_DIGEST, ProblemCode.DISCLOSURE_UNREFERENCED),
                invalid.problems().stream().map(Problem::code).toList());
    }
}
