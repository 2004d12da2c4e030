package org.satchel.credentials.sdjwt;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoy digests (RFC 9901 §4.2.5, §10.4): digests that reference no Disclosure, so a verifier cannot
 * count how many claims or array elements were hidden from it.
 */
final class Decoys {
    /** At least one decoy per digest list, so that even a single hidden claim is not given away. */
    static final int MIN = 1;
    /** At most this many per list. */
    static final int MAX = 4;

    private final SecureRandom random;
    private final HashAlgorithm algorithm;

    Decoys(SecureRandom random, HashAlgorithm algorithm) {
        this.random = random;
        this.algorithm = algorithm;
    }

    /** A random number of decoys, between {@link #MIN} and {@link #MAX}, for one {@code _sd} array or array. */
    List<String> forOneList() {
        int count = MIN + random.nextInt(MAX - MIN + 1);
        List<String> decoys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            decoys.add(one());
        }
        return decoys;
    }

    /** A random position in a list of {@code size} elements, where the next decoy element goes. */
    int position(int size) {
        return random.nextInt(size + 1);
    }

    private String one() {
        // RFC 9901 §4.2.5: hash a cryptographically secure random number with the same algorithm as the
        // Disclosures, so a decoy looks like any other digest.
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return algorithm.digest(Base64Url.encode(bytes));
    }
}
