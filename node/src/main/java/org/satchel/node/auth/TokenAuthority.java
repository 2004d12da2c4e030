package org.satchel.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.satchel.credentials.keys.Keys;
import org.satchel.node.access.Principal;

/**
 * Issues and verifies the node's own bearer tokens: RFC 9068 JWT access tokens for a principal,
 * signed with the node's Ed25519 key ({@code DIR/keys/token-signing.jwk}) and short-lived. The
 * node is both their issuer and their audience.
 */
public final class TokenAuthority {
    /** How long a token lives unless asked otherwise. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);
    /** The longest a token may live. */
    public static final Duration MAXIMUM_LIFETIME = Duration.ofHours(12);
    /** The claim that repeats the subject's role, so a reader need not parse {@code sub}. */
    public static final String ROLE_CLAIM = "satchel_role";

    // RFC 9068 §2.1: typ "at+jwt"; §4 lets a resource server also accept the full media type.
    static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");
    private static final JOSEObjectType ACCESS_TOKEN_MEDIA_TYPE = new JOSEObjectType("application/at+jwt");

    private final String issuer;
    private final Clock clock;
    private final OctetKeyPair key;
    private final JWSSigner signer;
    private final JwtCheck check;

    private TokenAuthority(String issuer, Clock clock, OctetKeyPair key) {
        this.issuer = issuer;
        this.clock = clock;
        this.key = key;
        this.signer = Keys.signer(key);
        this.check = new JwtCheck("this node", new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())), Set.of(JWSAlgorithm.EdDSA),
                Set.of(ACCESS_TOKEN, ACCESS_TOKEN_MEDIA_TYPE), new ClaimsCheck(issuer, issuer, clock));
    }

    /** The token authority of the node with this data directory and base URL, on the system clock. */
    public static TokenAuthority open(Path dataDirectory, String issuer) {
        return open(dataDirectory, issuer, Clock.systemUTC());
    }

    /**
     * The token authority of the node with this data directory and base URL (the tokens' {@code iss}
     * and {@code aud}); the signing key is made on first use. Reads only {@code DIR/keys}, never the store.
     */
    public static TokenAuthority open(Path dataDirectory, String issuer, Clock clock) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clock, "clock");
        checkIssuer(issuer);
        if (!Files.isDirectory(dataDirectory)) {
            throw new IllegalArgumentException("no such data directory: " + dataDirectory);
        }
        return new TokenAuthority(issuer, clock, TokenKey.loadOrCreate(dataDirectory));
    }

    /** The node's base URL, the tokens' {@code iss} and {@code aud}. */
    public String issuer() {
        return issuer;
    }

    /** The {@code kid} of the signing key, its RFC 7638 thumbprint. */
    public String keyId() {
        return key.getKeyID();
    }

    /** A token for this principal that lives {@link #DEFAULT_LIFETIME}. */
    public String issue(Principal subject) {
        return issue(subject, DEFAULT_LIFETIME);
    }

    /**
     * A token for this principal that lives as long as asked: at least a second, at most
     * {@link #MAXIMUM_LIFETIME}; anything else is refused with an {@link IllegalArgumentException} in words.
     */
    public String issue(Principal subject, Duration lifetime) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a token lives at least one second");
        }
        if (lifetime.compareTo(MAXIMUM_LIFETIME) > 0) {
            throw new IllegalArgumentException("a node token lives at most 12 hours, not " + describe(lifetime)
                    + "; ask for a new one when it runs out");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat and jti are all required.
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject.toString())
                .audience(issuer)
                // The node issues to itself: its own sign-in page and command line are the client.
                .claim("client_id", issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime.truncatedTo(ChronoUnit.SECONDS))))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLE_CLAIM, subject.role().code())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(ACCESS_TOKEN).keyID(key.getKeyID()).build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("the node's token key cannot sign: " + e.getMessage(), e);
        }
        return token.serialize();
    }

    /** Whether a token is one this node signed and still good: {@link Authentication.Authenticated} or {@link Authentication.Rejected}. */
    public Authentication verify(String token) {
        Objects.requireNonNull(token, "token");
        try {
            return verify(JWTParser.parse(token));
        } catch (ParseException e) {
            return JwtCheck.rejected("the token is not a JWT");
        }
    }

    Authentication verify(JWT token) {
        return check.check(token, TokenAuthority::principal);
    }

    Clock clock() {
        return clock;
    }

    private static Authentication principal(JWTClaimsSet claims) {
        Optional<Principal> subject = Optional.ofNullable(claims.getSubject()).flatMap(Principal::parse);
        if (subject.isEmpty()) {
            return JwtCheck.rejected("the token's subject (sub) is not a principal written role:id");
        }
        Object role = claims.getClaim(ROLE_CLAIM);
        if (!subject.get().role().code().equals(role)) {
            return JwtCheck.rejected("the token's " + ROLE_CLAIM + " disagrees with its subject");
        }
        return new Authentication.Authenticated(subject.get(), Authentication.VIA_NODE_TOKEN);
    }

    private static void checkIssuer(String issuer) {
        URI uri;
        try {
            uri = new URI(issuer);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the issuer must be the node's base URL, not '" + issuer + "'");
        }
        if (!Arrays.asList("http", "https").contains(uri.getScheme()) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the issuer must be the node's base URL (http or https, no query or fragment), not '"
                    + issuer + "'");
        }
    }

    private static String describe(Duration lifetime) {
        return lifetime.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
