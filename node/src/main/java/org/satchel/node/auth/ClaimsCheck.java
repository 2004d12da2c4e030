package org.satchel.node.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The claims every token must satisfy, whoever signed it: the expected issuer and audience, and
 * a time window read from an injected clock. Refusals name the claim, never its value.
 */
final class ClaimsCheck implements JWTClaimsSetVerifier<SecurityContext> {
    /** How far apart the signer's clock and ours may be. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String audience;
    private final Clock clock;

    ClaimsCheck(String issuer, String audience, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws ClaimRefusal {
        // RFC 9068 §4 and OpenID Connect Core §3.1.3.7: iss matches exactly, aud includes us.
        if (!issuer.equals(claims.getIssuer())) {
            throw new ClaimRefusal("the token's issuer (iss) is not the one expected");
        }
        List<String> audiences = claims.getAudience();
        if (!audiences.contains(audience)) {
            throw new ClaimRefusal("the token is meant for another audience (aud)");
        }
        Instant now = clock.instant();
        // RFC 7519 §4.1.4: refuse on or after exp, allowing for a little clock skew.
        Date expires = claims.getExpirationTime();
        if (expires == null) {
            throw new ClaimRefusal("the token has no expiry time (exp)");
        }
        if (!now.isBefore(expires.toInstant().plus(CLOCK_SKEW))) {
            throw new ClaimRefusal("the token has expired");
        }
        // RFC 7519 §4.1.5: not before nbf.
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore.toInstant())) {
            throw new ClaimRefusal("the token is not valid yet (nbf)");
        }
        // RFC 9068 §2.2 and OpenID Connect Core §2 require iat; one from the future was not made by an honest clock.
        Date issuedAt = claims.getIssueTime();
        if (issuedAt == null) {
            throw new ClaimRefusal("the token has no issue time (iat)");
        }
        if (now.plus(CLOCK_SKEW).isBefore(issuedAt.toInstant())) {
            throw new ClaimRefusal("the token was issued in the future (iat)");
        }
    }
}
