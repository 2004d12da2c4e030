package org.satchel.wallet.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

/** The key proof the wallet sends (OpenID4VCI 1.0 Appendix F.1), checked as an issuer would. */
class KeyProofTest {
    @ParameterizedTest
    @EnumSource(KeyType.class)
    void theProofIsSignedByTheHolderKeyItCarriesForTheIssuerAndTheNonce(KeyType type) throws Exception {
        Instant now = Instant.parse("2026-07-20T10:00:00Z");
        JWK holder = Keys.generate(type);
        IssuanceClient client = new IssuanceClient(HttpClient.newHttpClient(), u -> u, Clock.fixed(now, ZoneOffset.UTC));
        SignedJWT proof = SignedJWT.parse(client.proof(holder, "https://oakfield.school.example", Optional.of("wKI4LT17ac15ES9bw8ac4")));

        assertEquals("openid4vci-proof+jwt", proof.getHeader().getType().getType());
        assertEquals(type.algorithm(), proof.getHeader().getAlgorithm());
        assertEquals(holder.toPublicJWK(), proof.getHeader().getJWK());
        assertTrue(!proof.getHeader().getJWK().isPrivate(), "only the public half travels");
        assertEquals(List.of("https://oakfield.school.example"), proof.getJWTClaimsSet().getAudience());
        assertEquals("wKI4LT17ac15ES9bw8ac4", proof.getJWTClaimsSet().getStringClaim("nonce"));
        assertEquals(now, proof.getJWTClaimsSet().getIssueTime().toInstant());
        assertNull(proof.getJWTClaimsSet().getIssuer(), "an anonymous pre-authorised wallet has no client_id to name");
        assertTrue(proof.verify(Keys.verifier(holder.toPublicJWK())));
    }
}
