package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.multikey.Multibase;
import org.satchel.credentials.multikey.Multikey;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * W3C "Data Integrity EdDSA Cryptosuites v1.0", Appendix B.1 "Representation: eddsa-rdfc-2022":
 * every intermediate value and the final proof, byte for byte. Ed25519 is deterministic (RFC 8032
 * §5.1.6), so the signature has only one right answer.
 */
class EddsaRdfc2022TestVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    private static JWK vectorKey() {
        return Multikey.decodeSecret(Vectors.json("keyPair.json").getString("privateKeyMultibase"));
    }

    @Test
    void theKeyPairIsTheDidKeyOfTheVerificationMethod() {
        assertEquals(Vectors.json("keyPair.json").getString("publicKeyMultibase"), Multikey.encode(vectorKey()));
        assertEquals(Vectors.json("proofConfigDataInt.json").getString("verificationMethod"), DidKey.of(vectorKey()).verificationMethod());
    }

    @Test
    void theCanonicalDocumentIsThePublishedOne() throws CannotCanonicalize {
        String canonical = EddsaRdfc2022.transform(Vectors.json("unsigned.json"));

        assertEquals(Vectors.text("canonDocDataInt.txt"), canonical);
        assertEquals(Vectors.text("docHashDataInt.txt"), HEX.formatHex(EddsaRdfc2022.sha256(canonical)));
    }

    @Test
    void theCanonicalProofConfigurationIsThePublishedOne() throws CannotCanonicalize {
        JsonObject published = Vectors.json("proofConfigDataInt.json");
        JsonObject options = Json.createObjectBuilder(published).remove("@context").build();

        String canonical = EddsaRdfc2022.proofConfiguration(options, Vectors.json("unsigned.json").get("@context"));

        assertEquals(Vectors.text("proofCanonDataInt.txt"), canonical);
        assertEquals(Vectors.text("proofHashDataInt.txt"), HEX.formatHex(EddsaRdfc2022.sha256(canonical)));
    }

    @Test
    void theHashDataAndSignatureAreThePublishedOnes() throws CannotCanonicalize {
        JsonObject options = Json.createObjectBuilder(Vectors.json("proofConfigDataInt.json")).remove("@context").build();
        JsonObject unsigned = Vectors.json("unsigned.json");

        byte[] hashData = EddsaRdfc2022.hash(EddsaRdfc2022.proofConfiguration(options, unsigned.get("@context")),
                EddsaRdfc2022.transform(unsigned));
        byte[] signature = EddsaRdfc2022.sign(hashData, ((OctetKeyPair) vectorKey()).getD().decode());

        assertEquals(Vectors.text("combinedHashDataInt.txt"), HEX.formatHex(hashData));
        assertEquals(Vectors.text("sigHexDataInt.txt"), HEX.formatHex(signature));
        assertEquals(Vectors.text("sigBTC58DataInt.txt"), Multibase.encodeBase58Btc(signature));
    }

    @Test
    void signingTheUnsignedCredentialGivesThePublishedSignedCredential() {
        JsonObject proofConfig = Vectors.json("proofConfigDataInt.json");

        JsonObject signed = DataIntegrity.sign(Vectors.json("unsigned.json"), vectorKey(),
                proofConfig.getString("verificationMethod"), Instant.parse(proofConfig.getString("created")));

        // The whole JSON, member for member and in the published order.
        assertEquals(Vectors.json("signedDataInt.json"), signed);
        assertEquals(List.copyOf(Vectors.json("signedDataInt.json").getJsonObject("proof").keySet()),
                List.copyOf(signed.getJsonObject("proof").keySet()));
    }

    @Test
    void thePublishedSignedCredentialVerifiesWhenTheVerifierTrustsTheKey() {
        // The vector's issuer (https://vc.example/issuers/5678) is not its key's controller, so
        // Satchel refuses it for that reason alone and for no other: the signature is good.
        VerificationPolicy policy = VerificationPolicy.trusting(IssuerTrust.keys(List.of(vectorKey())))
                .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

        Verification result = DataIntegrity.verify(Vectors.text("signedDataInt.json"), policy, DidKey.resolver());

        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, result);
        assertEquals(1, invalid.problems().size(), invalid.problems()::toString);
        assertEquals(ProblemCode.UNTRUSTED_ISSUER, invalid.problems().get(0).code());
        assertTrue(invalid.problems().get(0).message().contains("belongs to did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2, not to the issuer https://vc.example/issuers/5678"),
                invalid.problems().get(0).message());

        // Re-issued for its key's own DID, the same credential verifies.
        JsonObject proofConfig = Vectors.json("proofConfigDataInt.json");
        JsonObject ownIssuer = Json.createObjectBuilder(Vectors.json("unsigned.json"))
                .add("issuer", DidKey.of(vectorKey()).did()).build();
        JsonObject signed = DataIntegrity.sign(ownIssuer, vectorKey(), proofConfig.getString("verificationMethod"),
                Instant.parse(proofConfig.getString("created")));
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, DataIntegrity.verify(signed.toString(), policy, DidKey.resolver()));
        assertEquals(Format.DI_EDDSA_RDFC_2022, valid.format());
        assertEquals(DidKey.of(vectorKey()).did(), valid.issuer());
        assertEquals("did:example:abcdefgh", valid.holder().orElseThrow());
        assertEquals(CredentialStatus.NONE, valid.status());
        assertEquals("The School of Examples", ((java.util.Map<?, ?>) valid.claims().get("credentialSubject")).get("alumniOf"));
        assertTrue(!valid.claims().containsKey("proof"));
    }
}
