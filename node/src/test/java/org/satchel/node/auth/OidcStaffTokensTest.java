package org.satchel.node.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

/** Staff tokens from an OpenID Connect provider whose keys a real Helidon server on loopback publishes. */
class OidcStaffTokensTest {
    static final String NODE = "https://oakfield.school.example/";
    static final String AUDIENCE = "satchel-oakfield";
    static final Principal TEACHER = new Principal(Role.TEACHER, "T0008");

    static WebServer provider;
    static final AtomicReference<String> published = new AtomicReference<>("{\"keys\":[]}");
    static final AtomicInteger fetches = new AtomicInteger();
    static URI issuer;

    static RSAKey rsa;
    static JWK p256;
    static JWK ed25519;

    @TempDir Path dir;
    final MovableClock clock = MovableClock.atNow();

    @BeforeAll
    static void startProvider() throws Exception {
        provider = WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> r.get("/jwks", (req, res) -> {
                    fetches.incrementAndGet();
                    res.header(HeaderNames.CONTENT_TYPE, "application/jwk-set+json").send(published.get());
                }))
                .build().start();
        issuer = URI.create("http://127.0.0.1:" + provider.port());
        rsa = new RSAKeyGenerator(2048).keyID("rsa-2026").generate();
        p256 = Keys.generate(KeyType.P256);
        ed25519 = Keys.generate(KeyType.ED25519);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void publishTheProviderKeys() {
        publish(rsa, p256, ed25519);
        fetches.set(0);
    }

    static void publish(JWK... keys) {
        published.set(new JWKSet(List.of(keys)).toPublicJWKSet().toString());
    }

    OidcIssuer config() {
        return OidcIssuer.of(issuer, URI.create(issuer + "/jwks"), AUDIENCE);
    }

    Authenticator authenticator(OidcIssuer config) {
        return Authenticator.of(TokenAuthority.open(dir, NODE, clock), config);
    }

    Authentication authenticate(String token) {
        return authenticator(config()).authenticate(Optional.of("Bearer " + token));
    }

    JWTClaimsSet.Builder claims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(issuer.toString()).audience(AUDIENCE).subject("5f1c2a9e-idp-user")
                .claim("staff_code", "T0008").claim("satchel_roles", List.of("teacher"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    static String sign(JWK key, JWSAlgorithm algorithm, JWTClaimsSet claims) throws Exception {
        JWSSigner signer = key instanceof RSAKey r ? new RSASSASigner(r) : Keys.signer(key);
        return sign(signer, new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
    }

    static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    String withClaims(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder builder = claims();
        change.accept(builder);
        return sign(rsa, JWSAlgorithm.RS256, builder.build());
    }

    static String reasonOf(Authentication result) {
        return assertInstanceOf(Authentication.Rejected.class, result).reason();
    }

    @Test
    void oidcStaffTokenMapsToStaffPrincipal() throws Exception {
        Authentication.Authenticated expected = new Authentication.Authenticated(TEACHER, Authentication.VIA_OIDC);
        Authenticator authenticator = authenticator(config());
        assertEquals(expected, authenticator.authenticate(Optional.of("Bearer " + sign(rsa, JWSAlgorithm.RS256, claims().build()))));
        assertEquals(expected, authenticator.authenticate(Optional.of("Bearer " + sign(p256, JWSAlgorithm.ES256, claims().build()))));
        assertEquals(expected, authenticator.authenticate(Optional.of("Bearer " + sign(ed25519, JWSAlgorithm.EdDSA, claims().build()))));
        assertEquals(1, fetches.get(), "the provider's keys were not cached");
    }

    @Test
    void oidcAccessTokenTypedAtJwtOrUntypedIsAccepted() throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID());
        assertInstanceOf(Authentication.Authenticated.class, authenticate(sign(new RSASSASigner(rsa), header.build(), claims().build())));
        assertInstanceOf(Authentication.Authenticated.class, authenticate(sign(new RSASSASigner(rsa),
                header.type(new JOSEObjectType("at+jwt")).build(), claims().build())));
        String reason = reasonOf(authenticate(sign(new RSASSASigner(rsa), header.type(new JOSEObjectType("dpop+jwt")).build(), claims().build())));
        assertTrue(reason.startsWith("a token of this type (typ) is refused"), reason);
    }

    @Test
    void oidcKeyRotationIsPickedUp() throws Exception {
        Authenticator authenticator = authenticator(config());
        assertInstanceOf(Authentication.Authenticated.class,
                authenticator.authenticate(Optional.of("Bearer " + sign(rsa, JWSAlgorithm.RS256, claims().build()))));
        RSAKey next = new RSAKeyGenerator(2048).keyID("rsa-2027").generate();
        publish(rsa, next);
        // The cached set lacks the new kid, so the source fetches again rather than refusing.
        assertEquals(new Authentication.Authenticated(TEACHER, Authentication.VIA_OIDC),
                authenticator.authenticate(Optional.of("Bearer " + sign(next, JWSAlgorithm.RS256, claims().build()))));
        assertEquals(2, fetches.get());
    }

    @Test
    void oidcTokenFromUnknownKeyIsRejected() throws Exception {
        RSAKey unpublished = new RSAKeyGenerator(2048).keyID("rsa-stolen").generate();
        assertEquals("the token is signed by a key the staff sign-in provider does not publish",
                reasonOf(authenticate(sign(unpublished, JWSAlgorithm.RS256, claims().build()))));
    }

    @Test
    void oidcTokenSignedByAnotherKeyUnderAPublishedKidIsRejected() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(rsa.getKeyID()).generate();
        assertEquals("the token's signature does not verify", reasonOf(authenticate(sign(impostor, JWSAlgorithm.RS256, claims().build()))));
        JWK edImpostor = Keys.generate(KeyType.ED25519);
        String token = sign(Keys.signer(edImpostor), new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(ed25519.getKeyID()).build(),
                claims().build());
        assertEquals("the token's signature does not verify", reasonOf(authenticate(token)));
    }

    @Test
    void oidcAlgNoneIsRejected() {
        String unsigned = new PlainJWT(new PlainHeader(), claims().build()).serialize();
        assertEquals("an unsigned token (alg none) is refused", reasonOf(authenticate(unsigned)));
    }

    @Test
    void oidcHmacTokenIsRejected() throws Exception {
        String token = sign(new MACSigner(new byte[32]), new JWSHeader.Builder(JWSAlgorithm.HS256).build(), claims().build());
        String reason = reasonOf(authenticate(token));
        assertTrue(reason.startsWith("a token signed with a shared secret (HMAC) is refused"), reason);
    }

    @Test
    void oidcTokenForAnotherAudienceIsRejected() throws Exception {
        assertEquals("the token is meant for another audience (aud)", reasonOf(authenticate(withClaims(c -> c.audience("another-app")))));
    }

    @Test
    void oidcTokenFromAnotherIssuerIsRejected() throws Exception {
        assertEquals("the token comes from an issuer this node does not trust",
                reasonOf(authenticate(withClaims(c -> c.issuer("https://idp.elsewhere.example")))));
        // Checked again after routing, should anything route it here.
        OidcStaffTokens staff = new OidcStaffTokens(config(), clock);
        assertEquals("the token's issuer (iss) is not the one expected",
                reasonOf(staff.verify(SignedJWT.parse(withClaims(c -> c.issuer("https://idp.elsewhere.example"))))));
    }

    @Test
    void oidcExpiredTokenIsRejected() throws Exception {
        String token = sign(rsa, JWSAlgorithm.RS256, claims().build());
        clock.advance(Duration.ofMinutes(10));
        assertEquals("the token has expired", reasonOf(authenticate(token)));
    }

    @Test
    void oidcTokenForALearnerOrGuardianIsRejected() throws Exception {
        for (List<String> roles : List.of(List.of("learner"), List.of("teacher", "guardian"))) {
            String reason = reasonOf(authenticate(withClaims(c -> c.claim("satchel_roles", roles))));
            assertTrue(reason.startsWith("the staff sign-in provider may only sign in staff"), reason);
        }
    }

    @Test
    void oidcTokenWithoutAStaffRoleIsRejected() throws Exception {
        assertEquals("the token names no Satchel staff role in satchel_roles",
                reasonOf(authenticate(withClaims(c -> c.claim("satchel_roles", List.of("moodle-admin"))))));
        assertEquals("the token's satchel_roles claim is missing or not a list of role codes",
                reasonOf(authenticate(withClaims(c -> c.claim("satchel_roles", null)))));
        assertEquals("the token's satchel_roles claim is missing or not a list of role codes",
                reasonOf(authenticate(withClaims(c -> c.claim("satchel_roles", 7)))));
    }

    @Test
    void oidcTokenWithSeveralStaffRolesIsRejected() throws Exception {
        assertEquals("the token names several staff roles in satchel_roles; a sign-in acts in one",
                reasonOf(authenticate(withClaims(c -> c.claim("satchel_roles", List.of("teacher", "dsl"))))));
    }

    @Test
    void oidcRoleMayBeOneStringAndUnknownCodesAreIgnored() throws Exception {
        assertEquals(new Authentication.Authenticated(new Principal(Role.DSL, "T0008"), Authentication.VIA_OIDC),
                authenticate(withClaims(c -> c.claim("satchel_roles", "dsl"))));
        assertEquals(new Authentication.Authenticated(TEACHER, Authentication.VIA_OIDC),
                authenticate(withClaims(c -> c.claim("satchel_roles", List.of("moodle-admin", "teacher")))));
    }

    @Test
    void oidcTokenWithoutAValidStaffCodeIsRejected() throws Exception {
        for (Object code : new Object[] {null, 8, "T 0008", ""}) {
            assertEquals("the token carries no valid staff code in staff_code",
                    reasonOf(authenticate(withClaims(c -> c.claim("staff_code", code)))), String.valueOf(code));
        }
    }

    @Test
    void oidcClaimNamesAreConfigurable() throws Exception {
        OidcIssuer custom = new OidcIssuer(issuer, URI.create(issuer + "/jwks"), AUDIENCE, "employee_id", "roles");
        String token = sign(rsa, JWSAlgorithm.RS256, claims().claim("staff_code", null).claim("satchel_roles", null)
                .claim("employee_id", "H0001").claim("roles", List.of("head")).build());
        assertEquals(new Authentication.Authenticated(new Principal(Role.HEAD, "H0001"), Authentication.VIA_OIDC),
                authenticator(custom).authenticate(Optional.of("Bearer " + token)));
    }

    @Test
    void oidcKeysThatCannotBeFetchedRejectTheToken() throws Exception {
        WebServer gone = WebServer.builder().host("127.0.0.1").port(0).routing(r -> { }).build().start();
        int port = gone.port();
        gone.stop();
        OidcIssuer unreachable = OidcIssuer.of(issuer, URI.create("http://127.0.0.1:" + port + "/jwks"), AUDIENCE);
        String reason = reasonOf(authenticator(unreachable).authenticate(
                Optional.of("Bearer " + sign(rsa, JWSAlgorithm.RS256, claims().build()))));
        assertEquals("the keys of the staff sign-in provider could not be fetched, so the token cannot be checked", reason);
    }

    @Test
    void nodeTokensStillWorkBesideTheProvider() {
        TokenAuthority node = TokenAuthority.open(dir, NODE, clock);
        Principal learner = new Principal(Role.LEARNER, "1xrhkf7aq073k");
        assertEquals(new Authentication.Authenticated(learner, Authentication.VIA_NODE_TOKEN),
                Authenticator.of(node, config()).authenticate(Optional.of("Bearer " + node.issue(learner))));
    }

    @Test
    void oidcTokenWithoutProviderConfiguredIsRejected() throws Exception {
        assertEquals("the token comes from an issuer this node does not trust",
                reasonOf(Authenticator.of(TokenAuthority.open(dir, NODE, clock))
                        .authenticate(Optional.of("Bearer " + sign(rsa, JWSAlgorithm.RS256, claims().build())))));
    }

    @Test
    void oidcIssuerMustUseHttpsOffLoopback() {
        URI keys = URI.create("https://idp.school.example/jwks");
        assertThrows(IllegalArgumentException.class,
                () -> OidcIssuer.of(URI.create("http://idp.school.example"), keys, AUDIENCE));
        assertThrows(IllegalArgumentException.class,
                () -> OidcIssuer.of(URI.create("https://idp.school.example"), URI.create("http://idp.school.example/jwks"), AUDIENCE));
        assertThrows(IllegalArgumentException.class,
                () -> OidcIssuer.of(URI.create("https://idp.school.example"), keys, " "));
        OidcIssuer.of(URI.create("https://idp.school.example"), keys, AUDIENCE);
        OidcIssuer.of(URI.create("http://localhost:8081"), URI.create("http://[::1]:8081/jwks"), AUDIENCE);
    }
}
