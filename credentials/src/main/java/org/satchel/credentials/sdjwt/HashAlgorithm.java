package org.satchel.credentials.sdjwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.satchel.credentials.CredentialsException;

/**
 * The digest algorithms named by {@code _sd_alg} that Satchel accepts (RFC 9901 §4.1.1): names from
 * the IANA "Named Information Hash Algorithm" registry, SHA-2 only, so nothing weaker than SHA-256.
 */
enum HashAlgorithm {
    /** The default when {@code _sd_alg} is absent, and the one every implementation MUST support. */
    SHA_256("sha-256", "SHA-256"),
    SHA_384("sha-384", "SHA-384"),
    SHA_512("sha-512", "SHA-512");

    private final String ianaName;
    private final String jcaName;

    HashAlgorithm(String ianaName, String jcaName) {
        this.ianaName = ianaName;
        this.jcaName = jcaName;
    }

    /** The value of {@code _sd_alg}. */
    String ianaName() {
        return ianaName;
    }

    /** The algorithm an {@code _sd_alg} value names, if Satchel deems it secure (RFC 9901 §7.1 step 2.4). */
    static Optional<HashAlgorithm> named(String ianaName) {
        for (HashAlgorithm algorithm : values()) {
            // RFC 9901 §4.1.1: the identifier is case-sensitive.
            if (algorithm.ianaName.equals(ianaName)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * The base64url digest of the US-ASCII bytes of {@code text} (RFC 9901 §4.2.3 for Disclosures,
     * §4.3.1 for {@code sd_hash}): the input is the encoded string itself, never what it decodes to.
     */
    String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance(jcaName).digest(text.getBytes(StandardCharsets.US_ASCII));
            return Base64Url.encode(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new CredentialsException("the JDK offers no " + jcaName, e);
        }
    }
}
