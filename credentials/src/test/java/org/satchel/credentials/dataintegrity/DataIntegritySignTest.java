package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.credentials.dataintegrity.Fixtures.trusting;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Verification;

/** Signing: the convenient form the CLI uses, and every input it refuses. */
class DataIntegritySignTest {

    private static final JWK SCHOOL = Keys.generate(KeyType.ED25519);

    private static String unsignedWithoutIssuer() {
        return Json.createObjectBuilder(Fixtures.certificate("did:example:placeholder")).remove("issuer").build().toString();
    }

    @Test
    void issueFillsTheIssuerAndNamesItsDidKeyVerificationMethod() {
        DidKey did = DidKey.of(SCHOOL);
        Instant before = Instant.now().minusSeconds(1);

        JsonObject signed = Json.createReader(new StringReader(DataIntegrity.issue(unsignedWithoutIssuer(), SCHOOL, did.did()))).readObject();

        assertEquals(did.did(), signed.getString("issuer"));
        JsonObject proof = signed.getJsonObject("proof");
        assertEquals("DataIntegrityProof", proof.getString("type"));
        assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
        assertEquals("assertionMethod", proof.getString("proofPurpose"));
        assertEquals(did.verificationMethod(), proof.getString("verificationMethod"));
        assertTrue(proof.getString("proofValue").startsWith("z"));
        Instant created = Instant.parse(proof.getString("created"));
        assertTrue(!created.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) && !created.isAfter(Instant.now()), created::toString);
        assertTrue(DataIntegrity.verify(signed.toString(), Fixtures.at(Instant.parse("2027-01-01T00:00:00Z"), SCHOOL), DidKey.resolver()).isValid());
    }

    @Test
    void issueKeepsAnIssuerObjectThatNamesTheSameDid() {
        DidKey did = DidKey.of(SCHOOL);
        String withIssuerObject = Json.createObjectBuilder(Fixtures.certificate(did.did()))
                .add("issuer", Json.createObjectBuilder().add("id", did.did()).add("name", "Oakfield Academy")).build().toString();

        String signed = DataIntegrity.issue(withIssuerObject, SCHOOL, did.did());

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                DataIntegrity.verify(signed, Fixtures.at(Instant.parse("2027-01-01T00:00:00Z"), SCHOOL), DidKey.resolver()));
        assertEquals(did.did(), valid.issuer());
    }

    @Test
    void issueRefusesACredentialThatNamesAnotherIssuer() {
        String other = Fixtures.certificate("did:web:elsewhere.example").toString();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataIntegrity.issue(other, SCHOOL, DidKey.of(SCHOOL).did()));
        assertTrue(e.getMessage().contains("names issuer did:web:elsewhere.example"), e.getMessage());
    }

    @Test
    void aDidKeyIssuerMustBeTheDidKeyOfTheSigningKey() {
        String someoneElse = DidKey.of(Keys.generate(KeyType.ED25519)).did();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataIntegrity.issue(unsignedWithoutIssuer(), SCHOOL, someoneElse));
        assertTrue(e.getMessage().contains("is not the did:key of this key"), e.getMessage());
    }

    @Test
    void aDidWebIssuerNamesTheKeyByItsKid() {
        assertEquals("did:web:oakfield.school.example#" + SCHOOL.getKeyID(),
                DataIntegrity.verificationMethodFor("did:web:oakfield.school.example", SCHOOL));
    }

    @Test
    void anUnbundledContextIsRefusedByUrl() {
        JsonObject unsigned = Fixtures.certificate(DidKey.of(SCHOOL).did());
        JsonObject withUnknown = Json.createObjectBuilder(unsigned).add("@context", Json.createArrayBuilder(unsigned.getJsonArray("@context"))
                .add("https://contexts.example/grades/v1")).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataIntegrity.issue(withUnknown.toString(), SCHOOL, DidKey.of(SCHOOL).did()));
        assertTrue(e.getMessage().contains("https://contexts.example/grades/v1"), e.getMessage());
        assertTrue(e.getMessage().contains("not a context bundled with Satchel"), e.getMessage());
    }

    @Test
    void aClaimNoContextDefinesIsRefusedBeforeSigning() {
        JsonObject unsigned = Fixtures.certificate(DidKey.of(SCHOOL).did());
        JsonObject subject = Json.createObjectBuilder(unsigned.getJsonObject("credentialSubject")).add("nickname", "Zo").build();
        JsonObject withUndefined = Json.createObjectBuilder(unsigned).add("credentialSubject", subject).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataIntegrity.sign(withUndefined, SCHOOL, DidKey.of(SCHOOL).verificationMethod(), Fixtures.SIGNED));
        assertTrue(e.getMessage().contains("nickname"), e.getMessage());
    }

    @Test
    void onlyAPrivateEd25519KeySigns() {
        JsonObject unsigned = Fixtures.certificate(DidKey.of(SCHOOL).did());
        String method = DidKey.of(SCHOOL).verificationMethod();

        IllegalArgumentException p256 = assertThrows(IllegalArgumentException.class,
                () -> DataIntegrity.sign(unsigned, Keys.generate(KeyType.P256), method, Fixtures.SIGNED));
        assertTrue(p256.getMessage().contains("Ed25519"), p256.getMessage());
        IllegalArgumentException publicOnly = assertThrows(IllegalArgumentException.class,
                () -> DataIntegrity.sign(unsigned, SCHOOL.toPublicJWK(), method, Fixtures.SIGNED));
        assertTrue(publicOnly.getMessage().contains("private"), publicOnly.getMessage());
        IllegalArgumentException otherKey = assertThrows(IllegalArgumentException.class,
                () -> DataIntegrity.sign(unsigned, Keys.generate(KeyType.ED25519), method, Fixtures.SIGNED));
        assertTrue(otherKey.getMessage().contains("is not this key's did:key"), otherKey.getMessage());
    }

    @Test
    void aCredentialThatAlreadyHasAProofIsNotSignedAgain() {
        JsonObject signed = Fixtures.signedBy(SCHOOL);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataIntegrity.sign(signed, SCHOOL, DidKey.of(SCHOOL).verificationMethod(), Fixtures.SIGNED));
        assertTrue(e.getMessage().contains("already has a proof"), e.getMessage());
    }

    @Test
    void aVc11CredentialGetsTheDataIntegrityContextAndVerifies() {
        // VC Data Integrity §2.4.2: the VC 1.1 context does not define DataIntegrityProof's terms.
        DidKey did = DidKey.of(SCHOOL);
        JsonObject v1 = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1"))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", did.did())
                .add("issuanceDate", "2026-08-20T09:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:learner"))
                .build();

        JsonObject signed = DataIntegrity.sign(v1, SCHOOL, did.verificationMethod(), Fixtures.SIGNED);

        assertEquals(Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1").add("https://w3id.org/security/data-integrity/v2").build(),
                signed.getJsonArray("@context"));
        assertTrue(DataIntegrity.verify(signed.toString(), trusting(SCHOOL), DidKey.resolver()).isValid());
    }
}
