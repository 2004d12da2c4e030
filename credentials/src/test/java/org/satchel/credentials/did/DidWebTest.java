package org.satchel.credentials.did;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

class DidWebTest {
    static final String DID = "did:web:localhost%3A8443";
    static final URI URL = URI.create("https://localhost:8443/.well-known/did.json");

    @ParameterizedTest
    @CsvSource({
        // did:web §2.3 and §2.5.1/§2.5.2 examples, and §2.6 "Optional Path Considerations".
        "did:web:w3c-ccg.github.io,                 https://w3c-ccg.github.io/.well-known/did.json",
        "did:web:w3c-ccg.github.io:user:alice,      https://w3c-ccg.github.io/user/alice/did.json",
        "did:web:example.com%3A3000,                https://example.com:3000/.well-known/did.json",
        "did:web:example.com%3A3000:user:alice,     https://example.com:3000/user/alice/did.json",
        "did:web:example.com:u:bob,                 https://example.com/u/bob/did.json",
        "did:web:School.Example%3a8443,             https://school.example:8443/.well-known/did.json"})
    void specExamplesMapToTheirHttpsUrls(String did, String url) {
        assertEquals(URI.create(url), DidWeb.documentUrl(did));
    }

    @ParameterizedTest
    @ValueSource(strings = {"did:web:127.0.0.1", "did:web:127.0.0.1%3A8080", "did:web:", "did:web:example.com:",
        "did:web:example.com::a", "did:web:example.com:..:admin", "did:web:example.com:%2E%2E", "did:web:example.com:a%2Fb",
        "did:web:example.com%3A99999", "did:web:exa_mple.com", "did:web:example.com/path", "did:key:z6Mk", "did:web:-bad.example"})
    void malformedOrForbiddenDidWebsAreRefusedWithTheReason(String did) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DidWeb.documentUrl(did));
        assertTrue(e.getMessage().contains(did), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"https://school.example/, did:web:school.example", "https://school.example:8443, did:web:school.example%3A8443",
        "https://School.Example:443/schools/north/, did:web:school.example:schools:north"})
    void aNodeUrlGivesItsDidAndBack(String url, String did) {
        assertEquals(did, DidWeb.fromUrl(URI.create(url)));
        assertThrows(IllegalArgumentException.class, () -> DidWeb.fromUrl(URI.create("http://school.example/")));
    }

    @Test
    void documentListsEveryKeyForIssuingAndAuthenticationSoRotationKeepsOldCredentialsVerifiable() throws Exception {
        JWK current = Keys.generate(KeyType.ED25519);
        JWK retired = Keys.generate(KeyType.P256);
        DidDocument document = DidWeb.document(DID, List.of(current, retired));
        Map<String, Object> json = JSONObjectUtils.parse(document.toJson());
        String currentId = DID + "#" + Keys.thumbprint(current);
        String retiredId = DidWeb.verificationMethodId(DID, retired);
        assertEquals(List.of("https://www.w3.org/ns/did/v1.1"), json.get("@context"));
        assertEquals(List.of(currentId, retiredId), json.get("assertionMethod"));
        assertEquals(List.of(currentId, retiredId), json.get("authentication"));
        @SuppressWarnings("unchecked")
        Map<String, Object> method = ((List<Map<String, Object>>) json.get("verificationMethod")).getFirst();
        assertEquals("JsonWebKey", method.get("type"));
        assertEquals(DID, method.get("controller"));
        @SuppressWarnings("unchecked")
        Map<String, Object> jwk = (Map<String, Object>) method.get("publicKeyJwk");
        assertTrue(!jwk.containsKey("d"), "private key material in did.json");
        assertEquals(Keys.thumbprint(current), jwk.get("kid"));

        DidWebResolver resolver = DidWeb.resolver(Set.of("localhost:8443"), DidDocumentSource.of(Map.of(URL, document.toJson())));
        assertEquals(Keys.thumbprint(current), Keys.thumbprint(resolver.resolveKey(currentId).orElseThrow()));
        assertEquals(Keys.thumbprint(retired), Keys.thumbprint(resolver.resolveKey(retiredId).orElseThrow()));
        assertEquals(Optional.empty(), resolver.resolveKey(DID), "a bare DID with two keys names neither");
        assertEquals(Optional.empty(), resolver.resolveKey(DID + "#nope"));
        assertEquals(document, resolver.resolve(DID).found().orElseThrow());
    }

    @Test
    void hostOffTheAllowListIsRefusedWithoutAskingTheSource() {
        List<URI> asked = new ArrayList<>();
        DidWebResolver resolver = DidWeb.resolver(Set.of("localhost:8443"), url -> {
            asked.add(url);
            return Optional.empty();
        });
        DidDocumentResolution.Refused refused = assertInstanceOf(DidDocumentResolution.Refused.class,
                resolver.resolve("did:web:evil.example#key-1"));
        assertTrue(refused.reason().contains("evil.example") && refused.reason().contains("not a federation member"), refused.reason());
        assertInstanceOf(DidDocumentResolution.Refused.class, resolver.resolve("did:web:localhost%3A9999"));
        assertInstanceOf(DidDocumentResolution.Refused.class, resolver.resolve("did:web:localhost"));
        assertEquals(Optional.empty(), resolver.resolveKey("did:web:evil.example#key-1"));
        assertEquals(List.of(), asked, "the source was asked about a host off the allow-list");
        assertTrue(assertInstanceOf(DidDocumentResolution.Refused.class, resolver.resolve(DID)).reason().contains("no DID document is served"));
        assertEquals(List.of(URL), asked);
    }

    @Test
    void servedDocumentsThatAreNotForThisDidOrSmuggleKeysAreRefused() {
        JWK key = Keys.generate(KeyType.ED25519);
        String good = DidWeb.document(DID, List.of(key)).toJson();
        String kid = DidWeb.verificationMethodId(DID, key);
        assertRefused(good.replace("\"id\":\"" + DID + "\"", "\"id\":\"did:web:other.example\""), "is not the DID resolved");
        assertRefused(good.replace(kid, "#" + Keys.thumbprint(key)), "not absolute");
        assertRefused(good.replace(kid, "did:web:other.example#" + Keys.thumbprint(key)), "is not a verification method of " + DID);
        String privateKey = good.replace("\"kty\":\"OKP\"", "\"kty\":\"OKP\",\"d\":\"" + key.toOctetKeyPair().getD() + "\"");
        assertRefused(privateKey, "private key");
        assertRefused("hello", "not a JSON object");
        assertRefused("[]", "is not the DID resolved");
    }

    @Test
    void keysOnlyForKeyAgreementAreNotSigningKeys() throws Exception {
        JWK key = Keys.generate(KeyType.P256);
        Map<String, Object> json = JSONObjectUtils.parse(DidWeb.document(DID, List.of(key)).toJson());
        json.put("keyAgreement", json.remove("assertionMethod"));
        json.remove("authentication");
        DidWebResolver resolver = DidWeb.resolver(Set.of("localhost:8443"), DidDocumentSource.of(Map.of(URL, JSONObjectUtils.toJSONString(json))));
        assertEquals(Optional.empty(), resolver.resolveKey(DidWeb.verificationMethodId(DID, key)));
    }

    private static void assertRefused(String served, String words) {
        DidWebResolver resolver = DidWeb.resolver(Set.of("localhost:8443"), DidDocumentSource.of(Map.of(URL, served)));
        DidDocumentResolution.Refused refused = assertInstanceOf(DidDocumentResolution.Refused.class, resolver.resolve(DID));
        assertTrue(refused.reason().contains(words), refused.reason());
    }
}
