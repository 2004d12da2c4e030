package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.satchel.credentials.CredentialsException;
import org.satchel.credentials.keys.Keys;

/**
 * The compact JWS handling the SD-JWT parts share: reading {@code alg} before nimbus would refuse
 * {@code none} (so that it is reported as a disallowed algorithm), parsing, verifying with a JWK,
 * and reading NumericDate claims. Signing and verifying are nimbus's.
 */
final class Jws {
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /** A parsed JWS and its payload as a JSON object. */
    record Parsed(JWSObject jws, Map<String, Object> payload) {
        String typ() {
            return jws.getHeader().getType() == null ? "" : jws.getHeader().getType().getType();
        }

        Optional<String> keyId() {
            return Optional.ofNullable(jws.getHeader().getKeyID());
        }
    }

    private Jws() {}

    /**
     * Why {@code compact}'s algorithm is unacceptable, if it is: not on {@code allowed}, or {@code none}
     * (RFC 9901 §7.1 step 2.1 and §7.3 step 5.2, RFC 8725 §3.1).
     *
     * @throws IllegalArgumentException if the header cannot be read at all
     */
    static Optional<String> refusedAlgorithm(String compact, Set<String> allowed) {
        if (!COMPACT.matcher(compact).matches()) {
            throw new IllegalArgumentException("not a compact JWS (header.payload.signature, base64url)");
        }
        Object alg;
        try {
            alg = JSONObjectUtils.parse(new Base64URL(compact.substring(0, compact.indexOf('.'))).decodeToString())
                    .get("alg");
        } catch (ParseException e) {
            throw new IllegalArgumentException("the JWS header is not a JSON object", e);
        }
        if (!(alg instanceof String name)) {
            return Optional.of("the JWS header names no algorithm");
        }
        if (name.equals("none") || !allowed.contains(name)) {
            return Optional.of("the algorithm '" + name + "' is not one the policy allows " + allowed.stream().sorted().toList());
        }
        return Optional.empty();
    }

    /**
     * Parses a compact JWS whose payload is a JSON object.
     *
     * @throws IllegalArgumentException in words, if it is not one
     */
    static Parsed parse(String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            Map<String, Object> payload = jws.getPayload().toJSONObject();
            if (payload == null) {
                throw new IllegalArgumentException("the JWS payload is not a JSON object");
            }
            return new Parsed(jws, payload);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWS: " + e.getMessage(), e);
        }
    }

    /** Whether {@code key} verifies the signature; a key that cannot verify this algorithm does not. */
    static boolean verifies(JWSObject jws, JWK key) {
        try {
            return jws.verify(Keys.verifier(key));
        } catch (JOSEException | IllegalArgumentException | CredentialsException e) {
            // nimbus refuses an algorithm the key's type does not sign with (EdDSA header, EC key):
            // that is a signature that does not verify, not a fault of ours.
            return false;
        }
    }

    /**
     * A NumericDate claim (RFC 7519 §2), if present.
     *
     * @throws IllegalArgumentException if present but not a number
     */
    static Optional<Instant> time(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number seconds)) {
            throw new IllegalArgumentException(name + " must be a NumericDate (seconds since the epoch)");
        }
        return Optional.of(Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000)));
    }
}
