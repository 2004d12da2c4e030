package org.satchel.node.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.MalformedURLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

/**
 * Staff sign-in through the school's OpenID Connect provider: its ID or access tokens, checked
 * against the keys it publishes (cached, and fetched again when a new {@code kid} appears), mapped
 * to a staff principal. Only staff roles come this way; learners and families sign in otherwise.
 */
final class OidcStaffTokens {
    // RFC 7518 §3.1 RS256 and ES256, RFC 8037 EdDSA; never "none" or a shared-secret HS*.
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.EdDSA);
    private static final String SIGNER = "the staff sign-in provider";

    private final OidcIssuer config;
    private final JwtCheck check;

    OidcStaffTokens(OidcIssuer config, Clock clock) {
        this.config = config;
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(config.jwks().toURL()).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("the OpenID Connect jwks is not a URL: " + config.jwks(), e);
        }
        // ID tokens are typed JWT or not at all (OpenID Connect Core §2); access tokens at+jwt (RFC 9068 §2.1).
        Set<JOSEObjectType> types = new HashSet<>(Arrays.asList(null, JOSEObjectType.JWT,
                TokenAuthority.ACCESS_TOKEN, new JOSEObjectType("application/at+jwt")));
        this.check = new JwtCheck(SIGNER, keys, ALGORITHMS, types,
                new ClaimsCheck(config.issuer().toString(), config.audience(), clock));
    }

    String issuer() {
        return config.issuer().toString();
    }

    Authentication verify(JWT token) {
        return check.check(token, this::staffPrincipal);
    }

    private Authentication staffPrincipal(JWTClaimsSet claims) {
        Optional<List<String>> named = roleCodes(claims.getClaim(config.rolesClaim()));
        if (named.isEmpty()) {
            return JwtCheck.rejected("the token's " + config.rolesClaim() + " claim is missing or not a list of role codes");
        }
        Set<Role> staff = EnumSet.noneOf(Role.class);
        for (String code : named.get()) {
            Optional<Role> role = Role.fromCode(code);
            if (role.isPresent() && !role.get().staff()) {
                return JwtCheck.rejected("the staff sign-in provider may only sign in staff, and this token names the role "
                        + role.get().code());
            }
            // Codes Satchel does not know belong to the provider's other applications: ignored.
            role.ifPresent(staff::add);
        }
        if (staff.isEmpty()) {
            return JwtCheck.rejected("the token names no Satchel staff role in " + config.rolesClaim());
        }
        // A principal acts in one role; which of several a person uses is not the provider's to say.
        if (staff.size() > 1) {
            return JwtCheck.rejected("the token names several staff roles in " + config.rolesClaim() + "; a sign-in acts in one");
        }
        Role role = staff.iterator().next();
        Optional<Principal> principal = claims.getClaim(config.staffCodeClaim()) instanceof String code
                ? Principal.parse(role.code() + ":" + code) : Optional.empty();
        return principal.<Authentication>map(p -> new Authentication.Authenticated(p, Authentication.VIA_OIDC))
                .orElseGet(() -> JwtCheck.rejected("the token carries no valid staff code in " + config.staffCodeClaim()));
    }

    // A single code as a string, or a JSON array of codes.
    private static Optional<List<String>> roleCodes(Object claim) {
        if (claim instanceof String code) {
            return Optional.of(List.of(code));
        }
        if (claim instanceof List<?> list) {
            List<String> codes = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String code)) {
                    return Optional.empty();
                }
                codes.add(code);
            }
            return Optional.of(codes);
        }
        return Optional.empty();
    }
}
