package org.satchel.node.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

class AuthenticatorTest {
    static final String NODE = "https://oakfield.school.example/";
    static final Principal SENCO = new Principal(Role.SENCO, "T0042");

    @TempDir Path dir;
    final MovableClock clock = MovableClock.atNow();

    TokenAuthority node() {
        return TokenAuthority.open(dir, NODE, clock);
    }

    Authentication authenticate(String header) {
        return Authenticator.of(node()).authenticate(Optional.of(header));
    }

    static String reasonOf(Authentication result) {
        return assertInstanceOf(Authentication.Rejected.class, result).reason();
    }

    @Test
    void noHeaderIsAnonymous() {
        assertEquals(new Authentication.Anonymous(), Authenticator.of(node()).authenticate(Optional.empty()));
    }

    @Test
    void nodeTokenAuthenticatesItsPrincipal() {
        String token = node().issue(SENCO);
        assertEquals(new Authentication.Authenticated(SENCO, Authentication.VIA_NODE_TOKEN), authenticate("Bearer " + token));
    }

    @Test
    void bearerSchemeIsCaseInsensitive() {
        String token = node().issue(SENCO);
        for (String scheme : new String[] {"bearer", "BEARER", "BeArEr"}) {
            assertInstanceOf(Authentication.Authenticated.class, authenticate(scheme + " " + token), scheme);
        }
        assertInstanceOf(Authentication.Authenticated.class, authenticate("  Bearer   " + token + " "));
    }

    @Test
    void otherSchemeIsRejected() {
        assertEquals("this node accepts only Bearer tokens in the Authorization header", reasonOf(authenticate("Basic dXNlcjpwYXNzd29yZA==")));
        assertEquals("this node accepts only Bearer tokens in the Authorization header", reasonOf(authenticate("Bearertoken")));
    }

    @Test
    void malformedBearerHeaderIsRejected() {
        String token = node().issue(SENCO);
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer a b", "Bearer " + token + " " + token, "Bearer t\u00f6ken"}) {
            assertEquals("the Authorization header is not 'Bearer' followed by one token", reasonOf(authenticate(header)), header);
        }
        assertEquals("the Authorization header is empty", reasonOf(authenticate("   ")));
        assertEquals("the Bearer token is not a JWT", reasonOf(authenticate("Bearer abc.def.ghi")));
        assertEquals("the Authorization header is too long", reasonOf(authenticate("Bearer " + "a".repeat(20_000))));
    }

    @Test
    void tokenFromUntrustedIssuerIsRejected(@TempDir Path otherNode) {
        String foreign = TokenAuthority.open(otherNode, "https://elmwood.school.example/", clock).issue(SENCO);
        assertEquals("the token comes from an issuer this node does not trust", reasonOf(authenticate("Bearer " + foreign)));
    }

    @Test
    void expiredNodeTokenIsRejectedThroughTheHeader() {
        TokenAuthority node = node();
        String token = node.issue(SENCO);
        clock.advance(TokenAuthority.MAXIMUM_LIFETIME);
        assertEquals("the token has expired", reasonOf(Authenticator.of(node).authenticate(Optional.of("Bearer " + token))));
    }

    @Test
    void rejectedReasonNeverEchoesTheHeader(@TempDir Path otherNode) {
        String foreign = TokenAuthority.open(otherNode, NODE, clock).issue(SENCO);
        for (String header : new String[] {"Bearer " + foreign, "Basic c2VjcmV0LXBhc3N3b3Jk", "Bearer secret-password x"}) {
            String reason = reasonOf(authenticate(header));
            for (String part : header.split("[ .]")) {
                assertFalse(part.length() > 6 && reason.contains(part), reason);
            }
        }
    }

    @Test
    void oidcIssuerCannotBeTheNodeItself() {
        OidcIssuer self = OidcIssuer.of(URI.create(NODE), URI.create(NODE + "jwks"), "satchel");
        assertThrows(IllegalArgumentException.class, () -> Authenticator.of(node(), self));
    }
}
