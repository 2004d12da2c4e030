package org.satchel.node.issuance.oid4vci;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.satchel.credentials.keys.Keys;

/**
 * Checks a {@code jwt} key proof (OpenID4VCI 1.0 Appendix F.1, verified as F.4 lists): typed
 * {@code openid4vci-proof+jwt}, signed with EdDSA or ES256 by the public key in its {@code jwk}
 * header, for this issuer as {@code aud}, issued within {@link #MAX_AGE} (or {@link #MAX_SKEW} in
 * the future), without {@code iss} (anonymous pre-authorised flow), and carrying a {@code c_nonce}
 * this issuer gave out and has not yet seen spent. Spending the nonce is the caller's, once every
 * proof of the request passed.
 */
final class KeyProofs {
    /** Appendix F.1: the explicit type (RFC 8725 §3.11). */
    static final String TYP = "openid4vci-proof+jwt";
    /** What the metadata advertises in {@code proof_signing_alg_values_supported}; nothing else is accepted. */
    static final List<String> ALGORITHMS = List.of(JWSAlgorithm.EdDSA.getName(), JWSAlgorithm.ES256.getName());
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration MAX_SKEW = Duration.ofSeconds(60);

    /** A proof's outcome: the key it proved and the nonce it carried, or the §8.3.1.2 error code and why. */
    sealed interface Check permits Proven, Failed {}

    record Proven(JWK key, String nonce) implements Check {}

    record Failed(String error, String description) implements Check {}

    private final String audience;
    private final Nonces nonces;
    private final Clock clock;

    KeyProofs(String audience, Nonces nonces, Clock clock) {
        this.audience = audience;
        this.nonces = nonces;
        this.clock = clock;
    }

    Check check(String proof) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(proof);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return invalid("a key proof is not a signed JWT: " + e.getMessage());
        }
        JWSHeader header = jwt.getHeader();
        if (!new JOSEObjectType(TYP).equals(header.getType())) {
            return invalid("a key proof must have typ " + TYP + " (Appendix F.1), not " + header.getType());
        }
        if (!ALGORITHMS.contains(header.getAlgorithm().getName())) {
            return invalid("a key proof must be signed with one of " + ALGORITHMS + ", not " + header.getAlgorithm().getName());
        }
        if (header.getKeyID() != null || header.getX509CertChain() != null) {
            return invalid("this issuer binds credentials to a jwk in the proof header (cryptographic_binding_methods_supported: jwk), not to a kid or x5c");
        }
        JWK key = header.getJWK();
        if (key == null) {
            return invalid("a key proof names the key to bind in its jwk header");
        }
        if (key.isPrivate()) {
            return invalid("the jwk header holds a private key (Appendix F.4); never send one");
        }
        try {
            if (!header.getAlgorithm().equals(Keys.type(key).algorithm()) || !jwt.verify(Keys.verifier(key))) {
                return invalid("the key proof's signature does not verify with the key in its jwk header");
            }
        } catch (JOSEException | RuntimeException e) {
            return invalid("the key proof's signature cannot be checked with the key in its jwk header: " + e.getMessage());
        }
        List<String> aud = claims.getAudience();
        if (aud.size() != 1 || !audience.equals(aud.get(0))) {
            return invalid("the key proof's aud must be this credential issuer's identifier " + audience + ", not " + aud);
        }
        if (claims.getIssuer() != null) {
            // F.1: iss "MUST be omitted" when the token came from anonymous access to a pre-authorised code.
            return invalid("a key proof in the anonymous pre-authorized code flow carries no iss");
        }
        if (claims.getIssueTime() == null) {
            return invalid("a key proof needs iat (Appendix F.1)");
        }
        Instant iat = claims.getIssueTime().toInstant();
        Instant now = clock.instant();
        if (iat.isBefore(now.minus(MAX_AGE)) || iat.isAfter(now.plus(MAX_SKEW))) {
            return invalid("the key proof's iat " + iat + " is outside the accepted window (at most " + MAX_AGE.toMinutes()
                    + " minutes old, " + MAX_SKEW.toSeconds() + " seconds ahead)");
        }
        Object nonce = claims.getClaim("nonce");
        if (nonce == null) {
            // §8.3.1.2 invalid_proof (3): this issuer has a nonce endpoint, so every proof carries a c_nonce.
            return invalid("a key proof must carry a c_nonce from the nonce endpoint in its nonce claim");
        }
        if (!(nonce instanceof String n) || !nonces.isLive(n)) {
            return new Failed("invalid_nonce", "the key proof's nonce is not a current c_nonce of this issuer (unknown, expired or already used); get a new one from the nonce endpoint");
        }
        return new Proven(key.toPublicJWK(), n);
    }

    /** Each proof must prove a different key: one credential per key (§8.3). */
    static boolean distinct(List<Proven> proven) {
        return proven.stream().map(p -> Keys.thumbprint(p.key())).distinct().count() == proven.size();
    }

    static Set<String> nonces(List<Proven> proven) {
        return Set.copyOf(proven.stream().map(Proven::nonce).toList());
    }

    private static Failed invalid(String words) {
        return new Failed("invalid_proof", words);
    }
}
