package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.credentials.dataintegrity.Fixtures.NOW;
import static org.satchel.credentials.dataintegrity.Fixtures.onlyProblem;
import static org.satchel.credentials.dataintegrity.Fixtures.signedBy;
import static org.satchel.credentials.dataintegrity.Fixtures.trusting;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/** Every answer the eddsa-rdfc-2022 verifier gives, good and bad, with its code and its words. */
class DataIntegrityVerifyTest {

    private static final JWK SCHOOL = Keys.generate(KeyType.ED25519);
    private static final DidResolver RESOLVER = DidKey.resolver();

    private static Verification verify(String json) {
        return DataIntegrity.verify(json, trusting(SCHOOL), RESOLVER);
    }

    @Test
    void aSignedCertificateIsValidWithItsIssuerHolderAndClaims() {
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(signedBy(SCHOOL).toString()));

        assertEquals(Format.DI_EDDSA_RDFC_2022, valid.format());
        assertEquals(DidKey.of(SCHOOL).did(), valid.issuer());
        assertTrue(valid.holder().orElseThrow().startsWith("did:jwk:"));
        assertEquals(CredentialStatus.NONE, valid.status());
        Map<?, ?> subject = (Map<?, ?>) valid.claims().get("credentialSubject");
        assertEquals("Zoë", subject.get("givenName"));
        assertEquals("7", ((Map<?, ?>) ((List<?>) subject.get("examResult")).get(0)).get("grade"));
        assertTrue(!valid.claims().containsKey("proof"), "the claims are the credential without its proof");
    }

    @Test
    void aTamperedGradeIsRefusedAsSignatureInvalid() {
        String signed = signedBy(SCHOOL).toString();
        String tampered = signed.replace("\"grade\":\"7\"", "\"grade\":\"8\"");
        assertTrue(!tampered.equals(signed));

        onlyProblem(verify(tampered), ProblemCode.SIGNATURE_INVALID, "proof does not verify with " + DidKey.of(SCHOOL).verificationMethod());
    }

    @Test
    void anUnbundledContextIsRefusedByUrlBeforeAnythingIsProcessed() {
        JsonObject signed = signedBy(SCHOOL);
        JsonObject withUnknown = Json.createObjectBuilder(signed).add("@context", Json.createArrayBuilder(signed.getJsonArray("@context"))
                .add("https://contexts.example/grades/v1")).build();

        Problem problem = onlyProblem(verify(withUnknown.toString()), ProblemCode.UNKNOWN_CONTEXT, "https://contexts.example/grades/v1");
        assertEquals("/@context/2", problem.path());
        assertTrue(problem.message().contains("never fetches"), problem.message());
    }

    @Test
    void anEmbeddedContextDeepInTheCredentialIsRefusedToo() {
        JsonObject signed = signedBy(SCHOOL);
        JsonObject subject = Json.createObjectBuilder(signed.getJsonObject("credentialSubject"))
                .add("@context", Json.createObjectBuilder().add("grade", "https://evil.example/predictedGrade")).build();
        String json = Json.createObjectBuilder(signed).add("credentialSubject", subject).build().toString();

        Problem problem = onlyProblem(verify(json), ProblemCode.UNKNOWN_CONTEXT, "an embedded context object");
        assertEquals("/credentialSubject/@context", problem.path());
    }

    @Test
    void anUntrustedIssuerIsRefused() {
        VerificationPolicy trustsNoOne = VerificationPolicy.trusting(IssuerTrust.none()).clock(trusting().clock()).build();

        onlyProblem(DataIntegrity.verify(signedBy(SCHOOL).toString(), trustsNoOne, RESOLVER), ProblemCode.UNTRUSTED_ISSUER,
                "the issuer " + DidKey.of(SCHOOL).did() + " is not one this policy trusts");
    }

    @Test
    void aKeyThePolicyDoesNotListIsRefusedEvenWhenTheIssuerIsKnown() {
        JWK other = Keys.generate(KeyType.ED25519);

        onlyProblem(DataIntegrity.verify(signedBy(SCHOOL).toString(), trusting(other), RESOLVER), ProblemCode.UNTRUSTED_ISSUER,
                "is not one this policy trusts for " + DidKey.of(SCHOOL).did());
    }

    @Test
    void aVerificationMethodOfAnotherDidThanTheIssuerIsRefused() {
        // Mallory signs with her own did:key a certificate that names the school as issuer.
        JWK mallory = Keys.generate(KeyType.ED25519);
        JsonObject forged = DataIntegrity.sign(Fixtures.certificate(DidKey.of(SCHOOL).did()), mallory,
                DidKey.of(mallory).verificationMethod(), Fixtures.SIGNED);

        Verification result = DataIntegrity.verify(forged.toString(), trusting(SCHOOL, mallory), RESOLVER);

        onlyProblem(result, ProblemCode.UNTRUSTED_ISSUER, "belongs to " + DidKey.of(mallory).did() + ", not to the issuer " + DidKey.of(SCHOOL).did());
    }

    @Test
    void aVerificationMethodThatCannotBeResolvedIsRefused() {
        JWK key = Keys.generate(KeyType.ED25519);
        String issuer = "did:web:oakfield.school.example";
        JsonObject signed = DataIntegrity.sign(Fixtures.certificate(issuer), key, issuer + "#key-1", Fixtures.SIGNED);

        onlyProblem(DataIntegrity.verify(signed.toString(), trusting(key), RESOLVER), ProblemCode.UNTRUSTED_ISSUER,
                "cannot resolve the verification method did:web:oakfield.school.example#key-1");
    }

    @Test
    void aCertificateBeforeItsValidFromIsNotYetValidAndAfterItsValidUntilExpired() {
        String signed = signedBy(SCHOOL).toString();

        onlyProblem(DataIntegrity.verify(signed, Fixtures.at(java.time.Instant.parse("2026-08-20T08:50:00Z"), SCHOOL), RESOLVER),
                ProblemCode.NOT_YET_VALID, "valid from 2026-08-20T09:00:00Z");
        onlyProblem(DataIntegrity.verify(signed, Fixtures.at(java.time.Instant.parse("2031-08-20T09:05:00Z"), SCHOOL), RESOLVER),
                ProblemCode.EXPIRED, "valid until 2031-08-20T09:00:00Z");
        // Within the policy's clock skew (60 s by default) either way, it is still good.
        assertTrue(DataIntegrity.verify(signed, Fixtures.at(java.time.Instant.parse("2026-08-20T08:59:30Z"), SCHOOL), RESOLVER).isValid());
        assertTrue(DataIntegrity.verify(signed, Fixtures.at(java.time.Instant.parse("2031-08-20T09:00:30Z"), SCHOOL), RESOLVER).isValid());
    }

    @Test
    void aProofCreatedInTheFutureIsNotYetValid() {
        DidKey did = DidKey.of(SCHOOL);
        JsonObject early = Json.createObjectBuilder(Fixtures.certificate(did.did())).remove("validFrom").build();
        JsonObject signed = DataIntegrity.sign(early, SCHOOL, did.verificationMethod(), NOW.plus(Duration.ofHours(1)));

        onlyProblem(verify(signed.toString()), ProblemCode.NOT_YET_VALID, "the proof was created " + NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void malformedJsonIsRefusedAsMalformed() {
        onlyProblem(verify("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\""), ProblemCode.MALFORMED, "not JSON");
        onlyProblem(verify("[]"), ProblemCode.MALFORMED, "not a JSON object but a JSON array");
        onlyProblem(verify("{\"issuer\": \"did:key:a\", \"issuer\": \"did:key:b\"}"), ProblemCode.MALFORMED, "not JSON");
    }

    @Test
    void aCredentialWithoutAProofIsRefusedAsMalformed() {
        String unsigned = Json.createObjectBuilder(signedBy(SCHOOL)).remove("proof").build().toString();

        Problem problem = onlyProblem(verify(unsigned), ProblemCode.MALFORMED, "no proof");
        assertEquals("/proof", problem.path());
    }

    @Test
    void anotherCryptosuiteIsRefusedAsUnsupported() {
        String ecdsa = signedBy(SCHOOL).toString().replace("\"eddsa-rdfc-2022\"", "\"ecdsa-rdfc-2019\"");

        onlyProblem(verify(ecdsa), ProblemCode.UNSUPPORTED_FORMAT, "cryptosuite ecdsa-rdfc-2019 is not eddsa-rdfc-2022");
        String legacy = signedBy(SCHOOL).toString().replace("\"DataIntegrityProof\"", "\"Ed25519Signature2020\"");
        onlyProblem(verify(legacy), ProblemCode.UNSUPPORTED_FORMAT, "proof type Ed25519Signature2020 is not DataIntegrityProof");
    }

    @Test
    void aProofForAnotherPurposeIsRefused() {
        String login = signedBy(SCHOOL).toString().replace("\"assertionMethod\"", "\"authentication\"");

        onlyProblem(verify(login), ProblemCode.MALFORMED, "proofPurpose is authentication");
    }

    @Test
    void aPolicyThatDoesNotAllowEdDsaRefusesTheAlgorithm() {
        VerificationPolicy es256Only = VerificationPolicy.trusting(IssuerTrust.keys(List.of(SCHOOL)))
                .clock(trusting().clock()).allowedAlgorithms(Set.of("ES256")).build();

        onlyProblem(DataIntegrity.verify(signedBy(SCHOOL).toString(), es256Only, RESOLVER), ProblemCode.ALGORITHM_NOT_ALLOWED, "EdDSA");
    }

    @Test
    void aClaimNoContextDefinesIsRefusedRatherThanLeftUnsigned() {
        // JSON-LD would drop "nickname" silently, so the signature would not cover it (VC DI §2.4.3).
        JsonObject signed = signedBy(SCHOOL);
        JsonObject subject = Json.createObjectBuilder(signed.getJsonObject("credentialSubject")).add("nickname", "Zo").build();

        onlyProblem(verify(Json.createObjectBuilder(signed).add("credentialSubject", subject).build().toString()),
                ProblemCode.MALFORMED, "nickname");
    }

    @Test
    void aRelativeUrlThatRdfWouldDropIsRefused() {
        JsonObject signed = signedBy(SCHOOL);
        JsonObject subject = Json.createObjectBuilder(signed.getJsonObject("credentialSubject")).add("id", "learners/42").build();

        onlyProblem(verify(Json.createObjectBuilder(signed).add("credentialSubject", subject).build().toString()),
                ProblemCode.MALFORMED, "'learners/42' (a relative URL)");
    }

    @Test
    void aBrokenProofValueIsRefusedAsMalformed() {
        JsonObject signed = signedBy(SCHOOL);
        JsonObject proof = Json.createObjectBuilder(signed.getJsonObject("proof")).add("proofValue", "z2YwC8z3ap").build();

        onlyProblem(verify(Json.createObjectBuilder(signed).add("proof", proof).build().toString()), ProblemCode.MALFORMED,
                "not a 64-byte Ed25519 signature");
    }

    @Test
    void aCredentialWithAStatusEntryIsValidWithItsStatusNotChecked() {
        DidKey did = DidKey.of(SCHOOL);
        JsonObject withStatus = Json.createObjectBuilder(Fixtures.certificate(did.did())).add("credentialStatus", Json.createObjectBuilder()
                .add("id", "https://oakfield.school.example/status/3#94567")
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", "94567")
                .add("statusListCredential", "https://oakfield.school.example/status/3")).build();
        JsonObject signed = DataIntegrity.sign(withStatus, SCHOOL, did.verificationMethod(), Fixtures.SIGNED);

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(signed.toString()));
        assertEquals(CredentialStatus.NOT_CHECKED, valid.status());
    }

    @Test
    void everyIndependentProblemIsReportedTogether() {
        // Tampered, and checked after it expired: both are said.
        String tampered = signedBy(SCHOOL).toString().replace("\"grade\":\"7\"", "\"grade\":\"8\"");

        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class,
                DataIntegrity.verify(tampered, Fixtures.at(java.time.Instant.parse("2032-01-01T00:00:00Z"), SCHOOL), RESOLVER));
        assertTrue(invalid.has(ProblemCode.SIGNATURE_INVALID) && invalid.has(ProblemCode.EXPIRED), invalid.problems()::toString);
    }
}
