package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.satchel.credentials.dataintegrity.Fixtures.onlyProblem;
import static org.satchel.credentials.dataintegrity.Fixtures.trusting;

import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multibase.MultibaseDecoder;
import com.apicatalog.multicodec.Multicodec.Tag;
import com.apicatalog.multicodec.MulticodecDecoder;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.method.resolver.DidUrlMethodResolver;
import com.apicatalog.vc.verifier.Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.vocab.jsonld.OfflineDocumentLoader;

/**
 * Iron (com.apicatalog:iron-eddsa-rdfc-2022 0.14.0), an independent Java implementation, verifies
 * what Satchel signs and signs what Satchel verifies. Iron is given Satchel's offline loader with
 * its own bundled contexts switched off, and only its did:key resolver, so it too stays offline.
 */
class IronInteropTest {

    private static final EdDSASignature2022 SUITE = new EdDSASignature2022();
    private static final JWK SCHOOL = Keys.generate(KeyType.ED25519);

    private static Verifier ironVerifier() {
        return Verifier.with(SUITE)
                .loader(OfflineDocumentLoader.shared())
                .useBundledContexts(false)
                .methodResolvers(List.of(new DidUrlMethodResolver(MultibaseDecoder.getInstance(), MulticodecDecoder.getInstance(Tag.Key))));
    }

    /**
     * The certificate with one exam result. Iron canonicalises with io.setl rdf-urdna 1.1, which
     * labels the blank nodes of two results in the opposite order to RDFC-1.0 §4.4.3 (where the
     * node with the smaller first-degree hash becomes c14n0; titanium-rdfc and Digital Bazaar's
     * rdf-canonize agree with the specification, see {@link RdfcBlankNodeOrderTest}), so with two
     * results iron and every conformant implementation sign different bytes. Iron also checks
     * validity against the real clock; without validUntil the certificate never expires under it.
     */
    private static JsonObject certificate() {
        JsonObject full = Fixtures.certificate(DidKey.of(SCHOOL).did());
        JsonObject subject = Json.createObjectBuilder(full.getJsonObject("credentialSubject"))
                .add("examResult", Json.createArrayBuilder().add(full.getJsonObject("credentialSubject").getJsonArray("examResult").get(0)))
                .build();
        return Json.createObjectBuilder(full).remove("validUntil").add("credentialSubject", subject).build();
    }

    private static JsonObject satchelSigned() {
        DidKey did = DidKey.of(SCHOOL);
        return DataIntegrity.sign(certificate(), SCHOOL, did.verificationMethod(), Fixtures.SIGNED);
    }

    private static JsonObject ironSigned(JsonObject unsigned) throws Throwable {
        DidKey did = DidKey.of(SCHOOL);
        MultiKey keyPair = new MultiKey();
        keyPair.setId(URI.create(did.verificationMethod()));
        keyPair.setController(URI.create(did.did()));
        keyPair.setAlgorithm("ED25519");
        keyPair.setPublicKey(((OctetKeyPair) SCHOOL).getX().decode());
        keyPair.setPrivateKey(((OctetKeyPair) SCHOOL).getD().decode());
        var draft = SUITE.createDraft(URI.create(did.verificationMethod()), URI.create("https://w3id.org/security#assertionMethod"));
        draft.created(Fixtures.SIGNED);
        return SUITE.createIssuer(keyPair).loader(OfflineDocumentLoader.shared()).useBundledContexts(false)
                .sign(unsigned, draft).compacted();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void ironVerifiesWhatSatchelSigns() {
        assertDoesNotThrow(() -> ironVerifier().verify(satchelSigned()));
    }

    @Test
    void ironRefusesWhatSatchelSignedOnceAGradeIsChanged() {
        JsonObject tampered = parse(satchelSigned().toString().replace("\"grade\":\"7\"", "\"grade\":\"8\""));

        assertThrows(VerificationError.class, () -> ironVerifier().verify(tampered));
    }

    @Test
    void satchelVerifiesWhatIronSigns() throws Throwable {
        JsonObject signed = ironSigned(certificate());

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                DataIntegrity.verify(signed.toString(), trusting(SCHOOL), DidKey.resolver()));
        assertEquals(DidKey.of(SCHOOL).did(), valid.issuer());
    }

    @Test
    void satchelRefusesWhatIronSignedOnceAGradeIsChanged() throws Throwable {
        String signed = ironSigned(certificate()).toString();
        String tampered = signed.replace("\"grade\":\"7\"", "\"grade\":\"8\"");
        assertNotEquals(signed, tampered);

        onlyProblem(DataIntegrity.verify(tampered, trusting(SCHOOL), DidKey.resolver()), ProblemCode.SIGNATURE_INVALID, "does not verify");
    }

    @Test
    void ironAndSatchelMakeTheSameSignatureFromTheSameKeyAndTime() throws Throwable {
        // Ed25519 is deterministic: the same canonical bytes under the same key give the same proofValue.
        assertEquals(satchelSigned().getJsonObject("proof").getString("proofValue"),
                ironSigned(certificate()).getJsonObject("proof").getString("proofValue"));
    }
}
