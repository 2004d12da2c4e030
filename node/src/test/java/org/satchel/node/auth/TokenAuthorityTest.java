package org.satchel.node.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

class TokenAuthorityTest {
    static final String NODE = "https://oakfield.school.example/";
    static final Principal TEACHER = new Principal(Role.TEACHER, "T0008");

    @TempDir Path dir;
    final MovableClock clock = MovableClock.atNow();

    TokenAuthority authority() {
        return TokenAuthority.open(dir, NODE, clock);
    }

    /** Claims as the node writes them, for tests that forge a variation. */
    JWTClaimsSet.Builder claims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(NODE).audience(NODE).subject("teacher:T0008")
                .claim(TokenAuthority.ROLE_CLAIM, "teacher").claim("client_id", NODE).jwtID("j1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
    }

    /** Signs with the node's own key, as only the node should. */
    String signedByTheNode(JWSHeader.Builder header, JWTClaimsSet claims) throws Exception {
        JWK key = Keys.read(TokenKey.file(dir));
        SignedJWT jwt = new SignedJWT(header.keyID(Keys.thumbprint(key)).build(), claims);
        jwt.sign(Keys.signer(key));
        return jwt.serialize();
    }

    static JWSHeader.Builder accessTokenHeader() {
        return new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(new JOSEObjectType("at+jwt"));
    }

    static String reasonOf(Authentication result) {
        return assertInstanceOf(Authentication.Rejected.class, result).reason();
    }

    @Test
    void issuedTokenVerifiesAsItsPrincipal() throws Exception {
        TokenAuthority authority = authority();
        String token = authority.issue(TEACHER);
        assertEquals(new Authentication.Authenticated(TEACHER, Authentication.VIA_NODE_TOKEN), authority.verify(token));

        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.EdDSA, jwt.getHeader().getAlgorithm());
        assertEquals("at+jwt", jwt.getHeader().getType().getType());
        assertEquals(Keys.thumbprint(Keys.read(TokenKey.file(dir))), jwt.getHeader().getKeyID());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(NODE, claims.getIssuer());
        assertEquals(List.of(NODE), claims.getAudience());
        assertEquals("teacher:T0008", claims.getSubject());
        assertEquals("teacher", claims.getClaim(TokenAuthority.ROLE_CLAIM));
        assertEquals(NODE, claims.getClaim("client_id"));
        assertTrue(claims.getJWTID() != null && !claims.getJWTID().isBlank());
        assertEquals(600, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
    }

    @Test
    void tokenKeyIsMadeOnceOwnerOnlyAndReused() throws Exception {
        TokenAuthority first = authority();
        Path file = TokenKey.file(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(KeyType.ED25519, Keys.type(Keys.read(file)));
        String before = Files.readString(file);

        TokenAuthority second = authority();
        assertEquals(first.keyId(), second.keyId());
        assertEquals(before, Files.readString(file));
        assertInstanceOf(Authentication.Authenticated.class, second.verify(first.issue(TEACHER)));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "a temporary key file was left behind");
        }
    }

    @Test
    void expiredTokenIsRejected() {
        TokenAuthority authority = authority();
        String token = authority.issue(TEACHER);
        clock.advance(TokenAuthority.DEFAULT_LIFETIME.plus(ClaimsCheck.CLOCK_SKEW));
        assertEquals("the token has expired", reasonOf(authority.verify(token)));
    }

    @Test
    void tokenJustPastExpiryIsAcceptedWithinTheClockSkew() {
        TokenAuthority authority = authority();
        String token = authority.issue(TEACHER);
        clock.advance(TokenAuthority.DEFAULT_LIFETIME.plusSeconds(30));
        assertInstanceOf(Authentication.Authenticated.class, authority.verify(token));
    }

    @Test
    void tokenIssuedInTheFutureIsRejected() {
        MovableClock ahead = new MovableClock(clock.instant().plus(Duration.ofMinutes(5)));
        String token = TokenAuthority.open(dir, NODE, ahead).issue(TEACHER);
        assertEquals("the token was issued in the future (iat)", reasonOf(authority().verify(token)));
    }

    @Test
    void tokenNotYetValidIsRejected() throws Exception {
        authority();
        String token = signedByTheNode(accessTokenHeader(), claims().notBeforeTime(Date.from(clock.instant().plusSeconds(300))).build());
        assertEquals("the token is not valid yet (nbf)", reasonOf(authority().verify(token)));
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected(@TempDir Path otherNode) throws Exception {
        String foreign = TokenAuthority.open(otherNode, NODE, clock).issue(TEACHER);
        assertEquals("the token is signed by a key this node does not publish", reasonOf(authority().verify(foreign)));

        // Another key that claims to be the node's (its kid copied) fails on the signature itself.
        JWK stranger = Keys.generate(KeyType.ED25519);
        SignedJWT forged = new SignedJWT(accessTokenHeader().keyID(authority().keyId()).build(), claims().build());
        forged.sign(Keys.signer(stranger));
        assertEquals("the token's signature does not verify", reasonOf(authority().verify(forged.serialize())));
    }

    @Test
    void tamperedTokenIsRejected() {
        TokenAuthority authority = authority();
        String[] parts = authority.issue(TEACHER).split("\\.");
        String head = Base64URL.encode(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("teacher", "head")).toString();
        assertEquals("the token's signature does not verify", reasonOf(authority.verify(parts[0] + "." + head + "." + parts[2])));
    }

    @Test
    void algNoneIsRejected() {
        TokenAuthority authority = authority();
        String unsigned = new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(),
                claims().build()).serialize();
        assertEquals("an unsigned token (alg none) is refused", reasonOf(authority.verify(unsigned)));
    }

    @Test
    void hmacTokenKeyedWithThePublicKeyIsRejected() throws Exception {
        // The classic confusion attack: HS256 with the verifier's public key as the shared secret.
        TokenAuthority authority = authority();
        OctetKeyPair key = Keys.read(TokenKey.file(dir)).toOctetKeyPair();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(authority.keyId()).build(), claims().build());
        jwt.sign(new MACSigner(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
        String reason = reasonOf(authority.verify(jwt.serialize()));
        assertTrue(reason.startsWith("a token signed with a shared secret (HMAC) is refused"), reason);
    }

    @Test
    void tokenOfAnotherTypeIsRejected() throws Exception {
        authority();
        String idToken = signedByTheNode(new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(JOSEObjectType.JWT), claims().build());
        assertTrue(reasonOf(authority().verify(idToken)).startsWith("a token of this type (typ) is refused"));
        String untyped = signedByTheNode(new JWSHeader.Builder(JWSAlgorithm.EdDSA), claims().build());
        assertTrue(reasonOf(authority().verify(untyped)).startsWith("a token of this type (typ) is refused"));
        // RFC 9068 §4: the full media type is the same type.
        String mediaType = signedByTheNode(new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(new JOSEObjectType("application/at+jwt")),
                claims().build());
        assertInstanceOf(Authentication.Authenticated.class, authority().verify(mediaType));
    }

    @Test
    void tokenForAnotherNodeIsRejected() {
        String token = authority().issue(TEACHER);
        // Same data directory, so the same key: only iss and aud tell the nodes apart.
        TokenAuthority other = TokenAuthority.open(dir, "https://elmwood.school.example/", clock);
        assertEquals("the token's issuer (iss) is not the one expected", reasonOf(other.verify(token)));
    }

    @Test
    void tokenForAnotherAudienceIsRejected() throws Exception {
        authority();
        String token = signedByTheNode(accessTokenHeader(), claims().audience("https://elmwood.school.example/").build());
        assertEquals("the token is meant for another audience (aud)", reasonOf(authority().verify(token)));
    }

    @Test
    void roleClaimThatDisagreesWithTheSubjectIsRejected() throws Exception {
        authority();
        String token = signedByTheNode(accessTokenHeader(), claims().claim(TokenAuthority.ROLE_CLAIM, "head").build());
        assertEquals("the token's satchel_role disagrees with its subject", reasonOf(authority().verify(token)));
        String noRole = signedByTheNode(accessTokenHeader(), claims().claim(TokenAuthority.ROLE_CLAIM, null).build());
        assertEquals("the token's satchel_role disagrees with its subject", reasonOf(authority().verify(noRole)));
    }

    @Test
    void subjectThatIsNotAPrincipalIsRejected() throws Exception {
        authority();
        String token = signedByTheNode(accessTokenHeader(), claims().subject("janitor:J1").build());
        assertEquals("the token's subject (sub) is not a principal written role:id", reasonOf(authority().verify(token)));
    }

    @Test
    void tokenWithoutExpiryIsRejected() throws Exception {
        authority();
        String token = signedByTheNode(accessTokenHeader(), claims().expirationTime(null).build());
        assertEquals("the token has no expiry time (exp)", reasonOf(authority().verify(token)));
    }

    @Test
    void lifetimeOverTwelveHoursIsRefusedInWords() {
        TokenAuthority authority = authority();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> authority.issue(TEACHER, Duration.ofHours(13)));
        assertTrue(refused.getMessage().contains("at most 12 hours, not 13h"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> authority.issue(TEACHER, Duration.ZERO));
        String longest = authority.issue(TEACHER, TokenAuthority.MAXIMUM_LIFETIME);
        clock.advance(Duration.ofHours(11));
        assertInstanceOf(Authentication.Authenticated.class, authority.verify(longest));
    }

    @Test
    void issuerThatIsNotABaseUrlIsRefused() {
        for (String bad : new String[] {"oakfield", "ftp://oakfield.example/", "https://oakfield.example/?x=1", "https:///"}) {
            assertThrows(IllegalArgumentException.class, () -> TokenAuthority.open(dir, bad, clock), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> TokenAuthority.open(dir.resolve("absent"), NODE, clock));
    }

    @Test
    void notAJwtIsRejected() {
        assertEquals("the token is not a JWT", reasonOf(authority().verify("not.a.jwt")));
    }

    @Test
    void rejectionsNeverRepeatTheToken(@TempDir Path otherNode) {
        TokenAuthority authority = authority();
        String token = authority.issue(TEACHER);
        String foreign = TokenAuthority.open(otherNode, NODE, clock).issue(TEACHER);
        clock.advance(Duration.ofHours(1));
        for (String rejected : new String[] {token, foreign, token.substring(0, token.length() - 4) + "AAAA"}) {
            String reason = reasonOf(authority.verify(rejected));
            for (String part : rejected.split("\\.")) {
                assertFalse(reason.contains(part), reason);
            }
            assertFalse(reason.contains("T0008"), reason);
        }
        assertNotEquals(token, foreign);
    }
}
