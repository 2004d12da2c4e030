package org.satchel.node.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidDocument;
import org.satchel.credentials.did.DidDocumentResolution;
import org.satchel.credentials.did.DidDocumentSource;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.RunningNode;

/**
 * The school as a did:web issuer: its did.json, served by the node, lists every issuer key; a
 * verifier that resolves the DID through the node (over loopback, standing in for the school's
 * https host) accepts what the current key signs, and still accepts what a retired key signed.
 */
class IssuerIdentityTest {
    static final String DID = "did:web:oakfield.school.example";
    static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    RunningNode node;

    @BeforeEach
    void start() {
        node = RunningNode.start(StoreBackend.TDB2, 1, Clock.fixed(NOW, ZoneOffset.UTC), List.of());
    }

    @AfterEach
    void stop() {
        node.close();
    }

    /** A verifier that trusts the school and fetches its DID document from the node, as it would from https://oakfield.school.example. */
    VerificationPolicy verifier() {
        DidDocumentSource throughTheNode = url -> {
            assertEquals(URI.create("https://oakfield.school.example/.well-known/did.json"), url);
            HttpResponse<String> response = node.get("/.well-known/did.json", null, null);
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        };
        DidResolver resolver = DidWeb.resolver(Set.of("oakfield.school.example"), throughTheNode);
        return VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    static String achievement(JWK key) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("type", List.of("VerifiableCredential"));
        credential.put("validFrom", "2026-07-01T00:00:00Z");
        credential.put("credentialSubject", Map.of("id", "urn:uuid:9c1e3b1e-5a55-4a55-9c55-2d0c5e8c1a01"));
        return VcJwt.issue(credential, DID, SigningKey.forDid(DID, key));
    }

    DidDocument document() {
        HttpResponse<String> response = node.get("/.well-known/did.json", null, null);
        assertEquals(200, response.statusCode());
        assertEquals("application/did+json", response.headers().firstValue("Content-Type").orElse(""));
        return assertInstanceOf(DidDocumentResolution.Resolved.class, DidDocument.parse(response.body(), DID)).document();
    }

    @Test
    void theNodeServesItsDidDocumentWithItsIssuerKeyForAssertions() {
        JWK key = IssuerKeys.open(node.dir()).current();
        DidDocument document = document();
        assertEquals(DID, document.id());
        assertEquals(List.of(Keys.thumbprint(key)), document.keys(DidDocument.Relationship.ASSERTION_METHOD).stream().map(Keys::thumbprint).toList());
        assertTrue(document.toJson().indexOf("\"d\"") < 0, "no private key material is published");
        assertInstanceOf(Verification.Valid.class, VcJwt.verify(achievement(key), verifier()));
    }

    @Test
    void afterARotationWhatTheOldKeySignedStillVerifiesAndTheNewKeySigns() {
        IssuerKeys keys = IssuerKeys.open(node.dir());
        JWK old = keys.current();
        String signedBefore = achievement(old);
        JWK fresh = keys.rotate();
        assertEquals(Keys.thumbprint(fresh), Keys.thumbprint(keys.current()));
        assertEquals(List.of(Keys.thumbprint(fresh), Keys.thumbprint(old)),
                document().keys(DidDocument.Relationship.ASSERTION_METHOD).stream().map(Keys::thumbprint).toList(),
                "the running node serves both keys, the current one first, without a restart");
        assertInstanceOf(Verification.Valid.class, VcJwt.verify(signedBefore, verifier()));
        assertInstanceOf(Verification.Valid.class, VcJwt.verify(achievement(fresh), verifier()));
    }

    @Test
    void aKeyTheSchoolNeverPublishedIsRefused() {
        Verification v = VcJwt.verify(achievement(Keys.generate(KeyType.ED25519)), verifier());
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, v);
        assertTrue(invalid.has(ProblemCode.UNTRUSTED_ISSUER), invalid.toString());
    }
}
