package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;

/** What an attacker can do to a real credential, and the assertion every refusal test makes. */
final class Attacks {
    private Attacks() {}

    /** The parts of a compact SD-JWT(+KB). */
    static SdJwt split(String compact) {
        return SdJwt.parse(compact);
    }

    /**
     * What a dishonest holder can always do: rearrange the SD-JWT and sign a fresh, otherwise correct
     * KB-JWT over it with the holder's own key, so that only the manipulation is wrong.
     */
    static String rebind(String issuerJwt, List<String> disclosures, JWK holderKey) {
        SdJwt sdJwt = new SdJwt(issuerJwt, disclosures, Optional.empty());
        String kb = KeyBindingJwt.create(sdJwt, HashAlgorithm.SHA_256, holderKey, Fixtures.NONCE, Fixtures.VERIFIER,
                Fixtures.NOW);
        return sdJwt.withKeyBinding(kb).serialize();
    }

    /** A payload signed as an SD-JWT VC by {@code key}: an issuer that errs or lies, or a forger. */
    static String sign(Map<String, Object> payload, JWK key, String typ) {
        JWSHeader header = new JWSHeader.Builder(Keys.type(key).algorithm()).type(new JOSEObjectType(typ))
                .keyID(key.getKeyID()).build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(Keys.signer(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jws.serialize();
    }

    /** A minimal bound credential payload with these extra members and {@code _sd} digests. */
    static Map<String, Object> payload(JWK holderKey, Map<String, Object> extra, List<String> digests) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", Fixtures.SCHOOL);
        payload.put("vct", Fixtures.VCT);
        payload.put("iat", Fixtures.NOW.minusSeconds(3600).getEpochSecond());
        payload.put("cnf", Map.of("jwk", holderKey.toPublicJWK().toJSONObject()));
        payload.putAll(extra);
        payload.put("_sd", new ArrayList<>(digests));
        payload.put("_sd_alg", "sha-256");
        return payload;
    }

    static String salt() {
        return Disclosure.newSalt(new SecureRandom());
    }

    static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }

    /**
     * Asserts a refusal with {@code code}, whose message names the check in words (the code's own
     * words and each of {@code words}); returns that problem.
     */
    static Problem assertRefused(Verification verification, ProblemCode code, String... words) {
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, verification);
        Problem problem = invalid.problems().stream().filter(p -> p.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError("expected " + code + " among " + invalid.problems()));
        assertTrue(problem.message().startsWith(code.words()), "the message names the check: " + problem.message());
        for (String word : words) {
            assertTrue(problem.message().contains(word), "'" + word + "' in: " + problem.message());
        }
        return problem;
    }
}
