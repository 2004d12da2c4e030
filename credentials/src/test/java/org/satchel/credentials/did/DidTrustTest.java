package org.satchel.credentials.did;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

class DidTrustTest {
    static final String SCHOOL = "did:web:localhost%3A8443";
    static final String OTHER = "did:web:localhost%3A9443";

    final JWK schoolKey = Keys.generate(KeyType.ED25519);
    final JWK otherKey = Keys.generate(KeyType.ED25519);
    final DidResolver resolver = DidResolver.firstOf(DidJwk.resolver(), DidWeb.resolver(Set.of("localhost:8443", "localhost:9443"),
            DidDocumentSource.of(Map.of(
                    URI.create("https://localhost:8443/.well-known/did.json"), DidWeb.document(SCHOOL, List.of(schoolKey)).toJson(),
                    URI.create("https://localhost:9443/.well-known/did.json"), DidWeb.document(OTHER, List.of(otherKey)).toJson()))));
    final DidTrust trust = DidTrust.of(Set.of(SCHOOL), resolver);

    @Test
    void trustedIssuersKeyIsFoundByItsDidUrl() {
        String kid = DidWeb.verificationMethodId(SCHOOL, schoolKey);
        assertEquals(List.of(Keys.thumbprint(schoolKey)), thumbprints(trust.keysFor(SCHOOL, Optional.of(kid))));
        assertEquals(List.of(Keys.thumbprint(schoolKey)), thumbprints(trust.keysFor(SCHOOL, Optional.of("#" + Keys.thumbprint(schoolKey)))));
        assertEquals(List.of(Keys.thumbprint(schoolKey)), thumbprints(trust.keysFor(SCHOOL, Optional.empty())), "single-key DID");
    }

    @Test
    void untrustedIssuerHasNoKeysEvenWithAGoodDocument() {
        assertEquals(List.of(), trust.keysFor(OTHER, Optional.of(DidWeb.verificationMethodId(OTHER, otherKey))));
    }

    @Test
    void keyOfAnotherDidNeverCountsForTheTrustedIssuer() {
        assertEquals(List.of(), trust.keysFor(SCHOOL, Optional.of(DidWeb.verificationMethodId(OTHER, otherKey))));
        String holder = DidJwk.verificationMethod(otherKey);
        assertEquals(List.of(), trust.keysFor(SCHOOL, Optional.of(holder)));
    }

    @Test
    void didJwkIssuersResolveOffline() {
        String did = DidJwk.of(otherKey);
        DidTrust jwkTrust = DidTrust.of(Set.of(did), resolver);
        assertEquals(List.of(Keys.thumbprint(otherKey)), thumbprints(jwkTrust.keysFor(did, Optional.of(did + "#0"))));
    }

    private static List<String> thumbprints(List<JWK> keys) {
        return keys.stream().map(Keys::thumbprint).toList();
    }
}
