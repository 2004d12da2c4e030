package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectDecoder;
import com.authlete.sd.SDObjectEncoder;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Verification;

/**
 * Interop with Authlete's {@code com.authlete:sd-jwt} 1.11, an independent RFC 9901 implementation.
 * That library parses, digests, computes {@code sd_hash} and decodes, and leaves signatures to nimbus;
 * its checks here follow the recipe of its own {@code VerificationTest}.
 */
class AuthleteInteropTest {
    private final Fixtures f = new Fixtures(KeyType.P256);

    @Test
    void authleteAcceptsOurPresentationItsSignaturesDisclosuresAndKeyBinding() throws Exception {
        String presentation = f.present(f.issue(), "achievement.grade", "examResult.1");
        SDJWT vp = SDJWT.parse(presentation);

        SignedJWT credential = SignedJWT.parse(vp.getCredentialJwt());
        assertTrue(verifies(credential, f.schoolKey.toPublicJWK()), "issuer signature");
        JWK bindingKey = JWK.parse(JSONish.map(credential.getJWTClaimsSet().getJSONObjectClaim("cnf").get("jwk")));
        SignedJWT binding = SignedJWT.parse(vp.getBindingJwt());
        assertTrue(verifies(binding, bindingKey), "key binding signature by cnf.jwk");
        assertEquals("kb+jwt", binding.getHeader().getType().getType());
        // Authlete computes sd_hash over the presentation on its own; it must agree with ours.
        assertEquals(vp.getSDHash(), binding.getJWTClaimsSet().getStringClaim("sd_hash"));
        assertEquals(Fixtures.NONCE, binding.getJWTClaimsSet().getStringClaim("nonce"));

        Map<String, Object> decoded = new SDObjectDecoder().decode(credential.getJWTClaimsSet().toJSONObject(),
                vp.getDisclosures());
        assertEquals(Map.of("grade", "9"), decoded.get("achievement"));
        assertEquals(List.of(Map.of("paper", "2", "grade", "B")), decoded.get("examResult"));
        assertFalse(decoded.containsKey("name"));
        // And every Disclosure we sent is referenced: Authlete's digests are found in the signed payload.
        String payload = credential.getPayload().toString();
        for (Disclosure disclosure : vp.getDisclosures()) {
            assertTrue(payload.contains(disclosure.digest()) || vp.getDisclosures().stream()
                    .anyMatch(d -> d.getJson().contains(disclosure.digest())), disclosure.getJson());
        }
    }

    @Test
    void weAcceptAnSdJwtAndKeyBindingThatAuthleteMade() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>(Fixtures.claims());
        claims.put("iss", Fixtures.SCHOOL);
        claims.put("iat", Fixtures.NOW.getEpochSecond());
        claims.put("cnf", Map.of("jwk", f.holderKey.toPublicJWK().toJSONObject()));
        SDObjectEncoder encoder = new SDObjectEncoder(); // recursive, with decoys, sha-256
        Map<String, Object> payload = encoder.encode(claims);
        SignedJWT credential = new SignedJWT(new JWSHeader.Builder(Keys.type(f.schoolKey).algorithm())
                .type(new JOSEObjectType("dc+sd-jwt")).keyID(f.schoolKey.getKeyID()).build(), JWTClaimsSet.parse(payload));
        credential.sign(Keys.signer(f.schoolKey));

        // Authlete keeps nested objects structured (RFC 9901 §6.2): achievement stays, its members are
        // disclosable. The holder picks the top-level name and every member of the achievement.
        @SuppressWarnings("unchecked")
        List<String> topLevel = (List<String>) payload.get("_sd");
        @SuppressWarnings("unchecked")
        List<String> inAchievement = (List<String>) ((Map<String, Object>) payload.get("achievement")).get("_sd");
        List<Disclosure> chosen = encoder.getDisclosures().stream()
                .filter(d -> (topLevel.contains(d.digest()) && "name".equals(d.getClaimName()))
                        || inAchievement.contains(d.digest()))
                .toList();
        String sdHash = new SDJWT(credential.serialize(), chosen).getSDHash();
        SignedJWT binding = new SignedJWT(new JWSHeader.Builder(Keys.type(f.holderKey).algorithm())
                .type(new JOSEObjectType("kb+jwt")).build(), new JWTClaimsSet.Builder()
                .issueTime(Date.from(Fixtures.NOW)).audience(Fixtures.VERIFIER)
                .claim("nonce", Fixtures.NONCE).claim("sd_hash", sdHash).build());
        binding.sign(Keys.signer(f.holderKey));
        String theirs = new SDJWT(credential.serialize(), chosen, binding.serialize()).toString();

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                SdJwtVerifier.verify(theirs, f.policy().build()));
        assertEquals("Ada Lovelace", valid.claims().get("name"));
        assertEquals(Map.of("name", "GCSE Mathematics", "grade", "9", "awardedOn", "2026-08-20"),
                valid.claims().get("achievement"));
        // In Authlete's structure the array and its two objects are in the clear, their members not
        // disclosed: RFC 9901 §7.1 step 3.5 leaves each an empty object.
        assertEquals(List.of(Map.of(), Map.of()), valid.claims().get("examResult"));
    }

    @Test
    void authleteDisagreesWithAOneCharacterTamperAndSoDoWe() throws Exception {
        String presentation = f.present(f.issue(), "achievement.grade");
        String[] parts = presentation.split("~");
        char[] disclosure = parts[1].toCharArray();
        disclosure[10] = disclosure[10] == 'A' ? 'B' : 'A';
        parts[1] = new String(disclosure);
        String tampered = String.join("~", parts);

        SDJWT vp = SDJWT.parse(tampered);
        String kbSdHash = SignedJWT.parse(vp.getBindingJwt()).getJWTClaimsSet().getStringClaim("sd_hash");
        assertNotEquals(kbSdHash, vp.getSDHash(), "Authlete's sd_hash no longer matches the KB-JWT's");
        assertFalse(SdJwtVerifier.verify(tampered, f.policy().build()).isValid());
    }

    private static boolean verifies(SignedJWT jwt, JWK key) throws Exception {
        return jwt.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(), key.toECKey().toPublicKey()));
    }

    /** The JSON object nimbus hands back, as the Map JWK.parse takes. */
    private static final class JSONish {
        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object value) {
            return (Map<String, Object>) value;
        }
    }
}
