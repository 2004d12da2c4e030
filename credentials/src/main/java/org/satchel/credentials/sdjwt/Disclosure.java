package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONArrayUtils;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Disclosure (RFC 9901 §4.2): the base64url of a JSON array {@code [salt, name, value]} for an
 * object property or {@code [salt, value]} for an array element. {@code encoded} is kept exactly as
 * issued because the digest is taken over it (§4.2.3); {@code value} is the JSON value, and so may
 * be {@code null} for a JSON null.
 */
record Disclosure(String encoded, String salt, Optional<String> claimName, Object value) {
    // RFC 9901 §4 ABNF: DISCLOSURE = BASE64URL = 1*(ALPHA / DIGIT / "-" / "_").
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int SALT_BYTES = 16;

    Disclosure {
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(claimName, "claimName");
    }

    /** A Disclosure for an object property (RFC 9901 §4.2.1). */
    static Disclosure ofProperty(String salt, String name, Object value) {
        return encode(Arrays.asList(salt, name, value), salt, Optional.of(name), value);
    }

    /** A Disclosure for an array element (RFC 9901 §4.2.2). */
    static Disclosure ofArrayElement(String salt, Object value) {
        return encode(Arrays.asList(salt, value), salt, Optional.empty(), value);
    }

    /**
     * A fresh salt: 128 bits from a CSPRNG, base64url, as RFC 9901 §4.2.1 and §9.3 recommend, so
     * that a digest cannot be reversed by guessing the claim.
     */
    static String newSalt(SecureRandom random) {
        byte[] bytes = new byte[SALT_BYTES];
        random.nextBytes(bytes);
        return Base64Url.encode(bytes);
    }

    /**
     * Reads a Disclosure as received.
     *
     * @throws IllegalArgumentException saying what is wrong, if it is not a Disclosure of either form
     */
    static Disclosure parse(String encoded) {
        if (!BASE64URL.matcher(encoded).matches()) {
            throw new IllegalArgumentException("a disclosure must be base64url");
        }
        List<Object> array;
        try {
            array = JSONArrayUtils.parse(new Base64URL(encoded).decodeToString());
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("a disclosure must encode a JSON array", e);
        }
        // RFC 9901 §4.2.1 / §4.2.2: three elements for a property, two for an array element.
        if (array.size() != 2 && array.size() != 3) {
            throw new IllegalArgumentException("a disclosure must hold 2 or 3 elements, not " + array.size());
        }
        if (!(array.get(0) instanceof String salt)) {
            throw new IllegalArgumentException("a disclosure's salt must be a string");
        }
        if (array.size() == 2) {
            return new Disclosure(encoded, salt, Optional.empty(), array.get(1));
        }
        if (!(array.get(1) instanceof String name)) {
            throw new IllegalArgumentException("a disclosure's claim name must be a string");
        }
        return new Disclosure(encoded, salt, Optional.of(name), array.get(2));
    }

    /** The digest that references this Disclosure (RFC 9901 §4.2.3). */
    String digest(HashAlgorithm algorithm) {
        return algorithm.digest(encoded);
    }

    /** Whether this discloses an array element rather than an object property. */
    boolean isArrayElement() {
        return claimName.isEmpty();
    }

    private static Disclosure encode(List<Object> array, String salt, Optional<String> name, Object value) {
        // RFC 9901 §4.2.1: base64url of the UTF-8 bytes of the JSON array; no canonical form is needed
        // because the digest covers these exact bytes.
        String json = JSONArrayUtils.toJSONString(array);
        return new Disclosure(Base64Url.encode(json.getBytes(StandardCharsets.UTF_8)), salt, name, value);
    }
}
