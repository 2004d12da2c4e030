package org.satchel.credentials.did;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

class DidJwkTest {
    // quartzjer/did-jwk spec.md, "Examples", "P-256".
    static final String P256_JWK = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0\","
            + "\"y\":\"_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE\"}";
    static final String P256_DID = "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9";
    // Same spec, "Examples", "X25519": an encryption-only key.
    static final String X25519_DID = "did:jwk:eyJrdHkiOiJPS1AiLCJjcnYiOiJYMjU1MTkiLCJ1c2UiOiJlbmMiLCJ4IjoiM3A3YmZYdDl3YlRUVzJIQzdPUTFOei1EUThoYmVHZE5yZngtRkctSUswOCJ9";

    @Test
    void specP256ExampleDidIsReproducedByteForByte() throws Exception {
        assertEquals(P256_DID, DidJwk.of(JWK.parse(P256_JWK)));
        // A kid (ours are thumbprints) never changes the DID: one key, one did:jwk.
        JWK withKid = JWK.parse(P256_JWK.replace("{", "{\"kid\":\"k-1\","));
        assertEquals(P256_DID, DidJwk.of(withKid));
        assertEquals(P256_DID + "#0", DidJwk.verificationMethod(withKid));
    }

    @Test
    void specP256ExampleResolvesToTheSpecsDocument() throws Exception {
        String m = P256_DID + "#0";
        // The spec's example document, except that its "authentication" entry has a stray '$'
        // ("did:jwk:$eyJ…") that contradicts its own template; we follow the template.
        Map<String, Object> expected = JSONObjectUtils.parse("""
                {"@context":["https://www.w3.org/ns/did/v1","https://w3id.org/security/suites/jws-2020/v1"],
                 "id":"%1$s",
                 "verificationMethod":[{"id":"%2$s","type":"JsonWebKey2020","controller":"%1$s","publicKeyJwk":%3$s}],
                 "assertionMethod":["%2$s"],"authentication":["%2$s"],"capabilityInvocation":["%2$s"],
                 "capabilityDelegation":["%2$s"],"keyAgreement":["%2$s"]}
                """.formatted(P256_DID, m, P256_JWK));
        DidDocument document = DidJwk.resolve(P256_DID).found().orElseThrow();
        assertEquals(expected, JSONObjectUtils.parse(document.toJson()));
        assertEquals(Keys.thumbprint(JWK.parse(P256_JWK)), Keys.thumbprint(DidJwk.resolver().resolveKey(m).orElseThrow()));
    }

    @Test
    void specX25519ExampleIsForKeyAgreementOnlyAndNeverVerifiesSignatures() throws Exception {
        DidDocument document = DidJwk.resolve(X25519_DID).found().orElseThrow();
        assertEquals(Map.of(DidDocument.Relationship.KEY_AGREEMENT, List.of(X25519_DID + "#0")), document.relationships());
        JWK key = document.method(X25519_DID + "#0").orElseThrow().publicKeyJwk();
        assertEquals(JWK.parse("{\"kty\":\"OKP\",\"crv\":\"X25519\",\"use\":\"enc\",\"x\":\"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08\"}"), key);
        assertEquals(Optional.empty(), DidJwk.resolver().resolveKey(X25519_DID + "#0"));
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void generatedKeyRoundTripsThroughItsDid(KeyType type) {
        JWK key = Keys.generate(type);
        String did = DidJwk.of(key);
        assertTrue(did.startsWith("did:jwk:"));
        JWK resolved = DidJwk.resolver().resolveKey(did + "#0").orElseThrow();
        assertFalse(resolved.isPrivate());
        assertEquals(Keys.thumbprint(key), Keys.thumbprint(resolved));
        assertEquals(resolved, DidJwk.resolver().resolveKey(did).orElseThrow(), "the bare DID names its one key");
        assertEquals(Optional.empty(), DidJwk.resolver().resolveKey(did + "#1"), "did:jwk has only #0");
    }

    @Test
    void didJwkCarryingAPrivateKeyIsRefused() {
        JWK key = Keys.generate(KeyType.ED25519);
        String did = "did:jwk:" + Base64URL.encode(key.toJSONString().getBytes(StandardCharsets.UTF_8));
        DidDocumentResolution.Refused refused = assertInstanceOf(DidDocumentResolution.Refused.class, DidJwk.resolve(did));
        assertTrue(refused.reason().contains("private key"), refused.reason());
        assertEquals(Optional.empty(), DidJwk.resolver().resolveKey(did + "#0"));
    }

    @Test
    void valuesThatAreNotBase64urlJwksAreRefusedInWords() {
        String notJson = "did:jwk:" + Base64URL.encode("hello");
        assertTrue(assertInstanceOf(DidDocumentResolution.Refused.class, DidJwk.resolve(notJson)).reason().contains("not a JWK"));
        assertTrue(assertInstanceOf(DidDocumentResolution.Refused.class, DidJwk.resolve("did:jwk:a+b/c=")).reason().contains("not a did:jwk"));
        assertEquals(Optional.empty(), DidJwk.resolver().resolveKey("did:web:example.com#0"));
    }
}
