package org.satchel.credentials.sdjwt;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compact serialization of an SD-JWT or SD-JWT+KB (RFC 9901 §4):
 * {@code <Issuer-signed JWT>~<Disclosure 1>~…~<Disclosure N>~[<KB-JWT>]}. Splitting and joining
 * only, so that what is hashed for {@code sd_hash} is exactly what was received.
 */
record SdJwt(String issuerSignedJwt, List<String> disclosures, Optional<String> keyBindingJwt) {
    private static final String TILDE = "~";

    SdJwt {
        Objects.requireNonNull(issuerSignedJwt, "issuerSignedJwt");
        disclosures = List.copyOf(disclosures);
        Objects.requireNonNull(keyBindingJwt, "keyBindingJwt");
    }

    /**
     * Splits a compact SD-JWT or SD-JWT+KB into its parts.
     *
     * @throws IllegalArgumentException in words, if it is not of that form
     */
    static SdJwt parse(String compact) {
        Objects.requireNonNull(compact, "compact");
        // RFC 9901 §4: without a KB-JWT "the last separating tilde character MUST NOT be omitted", so
        // any SD-JWT has at least one tilde; -1 keeps the trailing empty part that marks "no KB-JWT".
        String[] parts = compact.split(TILDE, -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("an SD-JWT has at least one '~' after the issuer-signed JWT");
        }
        if (parts[0].isEmpty()) {
            throw new IllegalArgumentException("an SD-JWT starts with the issuer-signed JWT");
        }
        List<String> disclosures = Arrays.asList(parts).subList(1, parts.length - 1);
        for (int i = 0; i < disclosures.size(); i++) {
            // RFC 9901 §4 ABNF: each Disclosure is 1*BASE64URL, so "~~" is not an SD-JWT.
            if (disclosures.get(i).isEmpty()) {
                throw new IllegalArgumentException("disclosure " + (i + 1) + " is empty ('~~')");
            }
        }
        String last = parts[parts.length - 1];
        return new SdJwt(parts[0], disclosures, last.isEmpty() ? Optional.empty() : Optional.of(last));
    }

    /** The SD-JWT without its KB-JWT, ending in {@code ~}: the input of {@code sd_hash} (RFC 9901 §4.3.1). */
    String withoutKeyBinding() {
        StringBuilder out = new StringBuilder(issuerSignedJwt).append(TILDE);
        for (String disclosure : disclosures) {
            out.append(disclosure).append(TILDE);
        }
        return out.toString();
    }

    /** The compact serialization. */
    String serialize() {
        return withoutKeyBinding() + keyBindingJwt.orElse("");
    }

    /** The same SD-JWT with a KB-JWT appended (RFC 9901 §4, SD-JWT+KB). */
    SdJwt withKeyBinding(String kbJwt) {
        return new SdJwt(issuerSignedJwt, disclosures, Optional.of(kbJwt));
    }
}
