package org.satchel.node.auth;

import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is asking, from a request's Authorization header: a token this node signed, or (when the
 * school has configured one) a staff token from its OpenID Connect provider. The one place the
 * HTTP layer asks.
 */
public final class Authenticator {
    // RFC 6750 §2.1: "Bearer" 1*SP b64token; RFC 9110 §11.1: the scheme is case-insensitive.
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +([A-Za-z0-9\\-._~+/]+=*)");
    // A node token is well under a kilobyte and a provider's under a few; this bounds the parsing.
    private static final int MAXIMUM_TOKEN_LENGTH = 16 * 1024;

    private final TokenAuthority node;
    private final Optional<OidcStaffTokens> staff;

    private Authenticator(TokenAuthority node, Optional<OidcStaffTokens> staff) {
        this.node = node;
        this.staff = staff;
    }

    /** Accepts the node's own tokens only. */
    public static Authenticator of(TokenAuthority node) {
        return new Authenticator(Objects.requireNonNull(node, "node"), Optional.empty());
    }

    /** Accepts the node's own tokens and staff tokens from this OpenID Connect provider, on the node's clock. */
    public static Authenticator of(TokenAuthority node, OidcIssuer staffIssuer) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(staffIssuer, "staffIssuer");
        if (staffIssuer.issuer().toString().equals(node.issuer())) {
            throw new IllegalArgumentException("the OpenID Connect issuer cannot be the node itself: " + node.issuer());
        }
        return new Authenticator(node, Optional.of(new OidcStaffTokens(staffIssuer, node.clock())));
    }

    /** Reads the value of an Authorization header: no header is {@link Authentication.Anonymous}, a bad one {@link Authentication.Rejected}. */
    public Authentication authenticate(Optional<String> authorizationHeaderValue) {
        Objects.requireNonNull(authorizationHeaderValue, "authorizationHeaderValue");
        if (authorizationHeaderValue.isEmpty()) {
            return new Authentication.Anonymous();
        }
        String value = authorizationHeaderValue.get().strip();
        if (value.isEmpty()) {
            return JwtCheck.rejected("the Authorization header is empty");
        }
        if (value.length() > MAXIMUM_TOKEN_LENGTH) {
            return JwtCheck.rejected("the Authorization header is too long");
        }
        Matcher bearer = BEARER.matcher(value);
        if (!bearer.matches()) {
            boolean bearerScheme = value.regionMatches(true, 0, "bearer", 0, 6) && (value.length() == 6 || value.charAt(6) == ' ');
            return JwtCheck.rejected(bearerScheme
                    ? "the Authorization header is not 'Bearer' followed by one token"
                    : "this node accepts only Bearer tokens in the Authorization header");
        }
        JWT token;
        String issuer;
        try {
            token = JWTParser.parse(bearer.group(1));
            if (token instanceof EncryptedJWT) {
                return JwtCheck.rejected("an encrypted token is refused; send a signed one");
            }
            issuer = token.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return JwtCheck.rejected("the Bearer token is not a JWT");
        }
        // The unverified iss only chooses whose keys and rules check the token; nothing else is trusted yet.
        if (node.issuer().equals(issuer)) {
            return node.verify(token);
        }
        if (staff.isPresent() && staff.get().issuer().equals(issuer)) {
            return staff.get().verify(token);
        }
        return JwtCheck.rejected("the token comes from an issuer this node does not trust");
    }
}
