package org.satchel.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.credentials.status.bitstring.BitstringStatusList;
import org.satchel.credentials.status.bitstring.BitstringStatusListEntry;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/** The one verifier: it tells the formats apart and answers each the same way. */
class VerifierTest {
    private static final JWK SCHOOL_KEY = Keys.generate(KeyType.ED25519);
    private static final String SCHOOL = DidKey.of(SCHOOL_KEY.toPublicJWK()).did();
    private static final String VC = """
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/satchel/credentials/v1"],
             "type": ["VerifiableCredential", "ExaminationCertificate"],
             "credentialSubject": {"type": "Learner", "givenName": "Amira",
               "examResult": [{"type": "GcseResult", "subject": "code:subject-mathematics", "grade": "7"}]}}""";

    private final Verifier verifier = Verifier.offline();
    private final Map<URI, String> served = new HashMap<>();

    private VerificationPolicy policy() {
        return VerificationPolicy.trusting(IssuerTrust.keys(List.of(SCHOOL_KEY)))
                .statusLists(uri -> Optional.ofNullable(served.get(uri))).build();
    }

    @Test
    void eachFormatIsDetectedAndVerified() {
        String di = DataIntegrity.issue(VC, SCHOOL_KEY, SCHOOL);
        String jwt = VcJwt.issue(VC, SCHOOL, SigningKey.forDid(SCHOOL, SCHOOL_KEY));
        String sdJwt = SdJwtVc.issue("{\"vct\": \"https://w3id.org/satchel/vct/gcse\", \"grade\": \"7\"}", SCHOOL_KEY, SCHOOL, Optional.empty());
        assertEquals(Optional.of(Format.DI_EDDSA_RDFC_2022), Verifier.detect(di));
        assertEquals(Optional.of(Format.VC_JWT), Verifier.detect(jwt));
        assertEquals(Optional.of(Format.SD_JWT_VC), Verifier.detect(sdJwt));
        for (String credential : List.of(di, jwt, sdJwt)) {
            Verification result = verifier.verify(credential, policy());
            assertInstanceOf(Verification.Valid.class, result, () -> credential + "\n" + result);
            assertEquals(SCHOOL, ((Verification.Valid) result).issuer());
        }
    }

    @Test
    void somethingThatIsNoCredentialIsAnUnsupportedFormat() {
        Verification result = verifier.verify("grade: 7", policy());
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, result);
        assertTrue(invalid.has(ProblemCode.UNSUPPORTED_FORMAT));
        assertTrue(invalid.problems().get(0).describe().startsWith("unsupported format"), invalid.problems().toString());
    }

    @Test
    void aHolderBoundSdJwtNeedsKeyBindingOnceTheVerifierAsksForANonce() {
        JWK holder = Keys.generate(KeyType.ED25519);
        String issued = SdJwtVc.issue("{\"vct\": \"https://w3id.org/satchel/vct/gcse\", \"grade\": \"7\"}", SCHOOL_KEY, SCHOOL,
                Optional.of(holder.toPublicJWK()));
        assertInstanceOf(Verification.Valid.class, verifier.verify(issued, policy()), "the wallet's check on receipt");
        VerificationPolicy employer = VerificationPolicy.trusting(IssuerTrust.keys(List.of(SCHOOL_KEY)))
                .nonce("n-0S6_WzA2Mj").audience("https://employer.example").build();
        Verification.Invalid bare = assertInstanceOf(Verification.Invalid.class, verifier.verify(issued, employer));
        assertTrue(bare.has(ProblemCode.KEY_BINDING_MISSING), bare.problems().toString());
        String presented = SdJwtVc.present(issued, holder, List.of("grade"), "n-0S6_WzA2Mj", "https://employer.example");
        assertInstanceOf(Verification.Valid.class, verifier.verify(presented, employer));
    }

    @Test
    void aDataIntegrityCredentialIsRevokedAndSuspendedThroughItsBitstringStatusLists() {
        URI revocations = URI.create("https://oakfield.school.example/status/revocation/1");
        URI suspensions = URI.create("https://oakfield.school.example/status/suspension/1");
        BitstringStatusList revocationList = BitstringStatusList.create(StatusPurpose.REVOCATION);
        BitstringStatusList suspensionList = BitstringStatusList.create(StatusPurpose.SUSPENSION);
        BitstringStatusListEntry revocation = revocationList.allocateEntry(revocations);
        BitstringStatusListEntry suspension = suspensionList.allocateEntry(suspensions);
        String withStatus = VC.replaceFirst("\"credentialSubject\"",
                "\"credentialStatus\": [" + json(revocation) + ", " + json(suspension) + "], \"credentialSubject\"");
        String credential = DataIntegrity.issue(withStatus, SCHOOL_KEY, SCHOOL);

        Verification unpublished = verifier.verify(credential, policy());
        assertTrue(assertInstanceOf(Verification.Invalid.class, unpublished).has(ProblemCode.STATUS_UNAVAILABLE));

        publish(revocationList, revocations);
        publish(suspensionList, suspensions);
        Verification active = verifier.verify(credential, policy());
        assertEquals(CredentialStatus.ACTIVE, assertInstanceOf(Verification.Valid.class, active).status());

        suspensionList.set((int) suspension.statusListIndex());
        publish(suspensionList, suspensions);
        assertTrue(assertInstanceOf(Verification.Invalid.class, verifier.verify(credential, policy())).has(ProblemCode.SUSPENDED));

        suspensionList.clear((int) suspension.statusListIndex());
        revocationList.set((int) revocation.statusListIndex());
        publish(suspensionList, suspensions);
        publish(revocationList, revocations);
        Verification.Invalid revoked = assertInstanceOf(Verification.Invalid.class, verifier.verify(credential, policy()));
        assertTrue(revoked.has(ProblemCode.REVOKED));
        assertTrue(revoked.problems().stream().noneMatch(p -> p.code() == ProblemCode.SUSPENDED), "suspension was lifted");
    }

    private void publish(BitstringStatusList list, URI url) {
        served.put(url, VcJwt.issue(list.credential(url, Instant.now().minusSeconds(60), Optional.empty(), Optional.empty()),
                SCHOOL, SigningKey.forDid(SCHOOL, SCHOOL_KEY)));
    }

    private static String json(BitstringStatusListEntry entry) {
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(entry.toJsonObject());
    }
}
