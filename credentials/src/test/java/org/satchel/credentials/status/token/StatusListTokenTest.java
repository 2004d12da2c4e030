package org.satchel.credentials.status.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.VerificationPolicy;

class StatusListTokenTest {
    private static final URI URI_1 = URI.create("https://northfield.school.example/status/1");
    private static final String SCHOOL = "did:web:northfield.school.example";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final JWK schoolKey = Keys.generate(KeyType.P256);
    private final VerificationPolicy policy = VerificationPolicy.trusting(IssuerTrust.keys(List.of(schoolKey)))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private StatusListToken token() {
        return new StatusListToken(URI_1, StatusList.create(2).withStatus(7, 1).withStatus(8, 2), NOW.minusSeconds(60),
                Optional.of(NOW.plus(Duration.ofDays(1))), Optional.of(Duration.ofHours(12)));
    }

    @Test
    void signedTokenHasTheDraftsShapeAndVerifies() throws Exception {
        String jwt = token().sign(schoolKey, SCHOOL);
        JWSObject jws = JWSObject.parse(jwt);
        assertEquals("statuslist+jwt", jws.getHeader().getType().getType());
        assertEquals(JWSAlgorithm.ES256, jws.getHeader().getAlgorithm());
        Map<String, Object> claims = jws.getPayload().toJSONObject();
        assertEquals(URI_1.toString(), claims.get("sub"));
        assertEquals(SCHOOL, claims.get("iss"));
        assertEquals(43_200L, claims.get("ttl"));
        assertEquals(2L, JSONObjectUtils.getJSONObject(claims, "status_list").get("bits"));

        StatusListToken.Verified verified = assertInstanceOf(StatusListToken.Verified.class,
                StatusListToken.verify(jwt, URI_1, SCHOOL, policy));
        assertEquals(token().list(), verified.token().list());
        assertEquals(1, verified.token().list().status(7));
        assertEquals(2, verified.token().list().status(8));
        assertEquals(Optional.of(Duration.ofHours(12)), verified.token().timeToLive());
    }

    @Test
    void tokenSignedByAnUntrustedKeyIsRefused() {
        String jwt = token().sign(Keys.generate(KeyType.P256), SCHOOL);
        refusedSaying(StatusListToken.verify(jwt, URI_1, SCHOOL, policy), "signature does not verify");
    }

    @Test
    void tokenForAnotherListIsRefused() {
        String jwt = token().sign(schoolKey, SCHOOL);
        refusedSaying(StatusListToken.verify(jwt, URI.create("https://northfield.school.example/status/2"), SCHOOL,
                policy), "not https://northfield.school.example/status/2");
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        String jwt = token().sign(schoolKey, "did:web:elsewhere.example");
        refusedSaying(StatusListToken.verify(jwt, URI_1, SCHOOL, policy), "issued by 'did:web:elsewhere.example'");
    }

    @Test
    void expiredTokenIsRefused() {
        StatusListToken old = new StatusListToken(URI_1, StatusList.create(1), NOW.minus(Duration.ofDays(2)),
                Optional.of(NOW.minus(Duration.ofDays(1))), Optional.empty());
        refusedSaying(StatusListToken.verify(old.sign(schoolKey, SCHOOL), URI_1, SCHOOL, policy), "expired");
    }

    @Test
    void tokenWithoutTheStatusListTypIsRefused() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                new Payload(Map.of("sub", URI_1.toString(), "iat", NOW.getEpochSecond(),
                        "status_list", StatusList.create(1).toJson())));
        jws.sign(Keys.signer(schoolKey));
        refusedSaying(StatusListToken.verify(jws.serialize(), URI_1, SCHOOL, policy), "typ is not statuslist+jwt");
    }

    @Test
    void unsignedTokenIsRefusedForItsAlgorithm() {
        String[] parts = token().sign(schoolKey, SCHOOL).split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"statuslist+jwt\"}") + "." + parts[1] + ".";
        refusedSaying(StatusListToken.verify(none, URI_1, SCHOOL, policy), "algorithm 'none' is not allowed");
    }

    @Test
    void tokenWhoseListDoesNotDecodeIsRefused() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("statuslist+jwt"))
                .build(), new Payload(Map.of("sub", URI_1.toString(), "iat", NOW.getEpochSecond(),
                "status_list", Map.of("bits", 1, "lst", "AAAA"))));
        jws.sign(Keys.signer(schoolKey));
        refusedSaying(StatusListToken.verify(jws.serialize(), URI_1, SCHOOL, policy), "does not decode");
    }

    private static void refusedSaying(StatusListToken.Result result, String words) {
        StatusListToken.Refused refused = assertInstanceOf(StatusListToken.Refused.class, result);
        assertTrue(refused.reason().contains(words), refused.reason());
    }
}
