package org.satchel.credentials.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.satchel.credentials.keys.Keys;

/** What an attacker does to a token: re-sign it with any header and payload, under any key, or none. */
final class Forge {
    private Forge() {
    }

    /** A compact JWS of exactly this header and payload, signed with {@code key} (only {@code alg} steers the signer). */
    static String sign(Map<String, Object> header, Map<String, Object> payload, JWK key) {
        String input = encode(header) + "." + encode(payload);
        try {
            Base64URL signature = Keys.signer(key).sign(new JWSHeader(JWSAlgorithm.parse((String) header.get("alg"))), input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsecured JWT (RFC 7519 §6): {@code alg} none and an empty signature. */
    static String unsecured(Map<String, Object> header, Map<String, Object> payload) {
        Map<String, Object> none = new LinkedHashMap<>(header);
        none.put("alg", "none");
        return encode(none) + "." + encode(payload) + ".";
    }

    /** {@code header} with {@code name} set to {@code value} (removed when value is null). */
    static Map<String, Object> with(Map<String, Object> header, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(header);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    static String encode(Map<String, Object> json) {
        return Base64URL.encode(JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
