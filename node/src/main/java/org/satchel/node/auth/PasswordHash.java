package org.satchel.node.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2id password hash (RFC 9106) with its parameters and salt, written as a PHC string:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. The primitive is BouncyCastle's.
 */
record PasswordHash(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash) {
    // OWASP Password Storage Cheat Sheet, Argon2id minimum: 19 MiB of memory, 2 passes, 1 lane.
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    // PHC string format: the $-separated fields, base64 without padding ("B64" in the PHC spec).
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,7}),t=([0-9]{1,3}),p=([0-9]{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    PasswordHash {
        // Bounds keep a tampered accounts file from asking for gigabytes or hours per sign-in;
        // RFC 9106 §3.1 requires at least 8 KiB per lane.
        if (parallelism < 1 || parallelism > 16 || memoryKiB < 8 * parallelism || memoryKiB > 4_194_304
                || iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("Argon2id parameters out of range: m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism);
        }
        if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > 64) {
            throw new IllegalArgumentException("an Argon2id salt is 8 to 64 bytes and a hash 16 to 64 bytes");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes a password with OWASP's minimum parameters and a fresh 16-byte random salt. */
    static PasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return of(password, salt);
    }

    /** Hashes a password with OWASP's minimum parameters and the given salt. */
    static PasswordHash of(String password, byte[] salt) {
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return new PasswordHash(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, hash);
    }

    /** Reads a PHC string; empty unless it is Argon2id version 19 with parameters in range. */
    static Optional<PasswordHash> parse(String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            byte[] salt = decodeCanonical(m.group(4));
            byte[] hash = decodeCanonical(m.group(5));
            return Optional.of(new PasswordHash(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The PHC string. */
    String phc() {
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether the password hashes to this hash under its own parameters; the comparison takes constant time. */
    boolean matches(String password) {
        byte[] candidate = derive(password, salt, memoryKiB, iterations, parallelism, hash.length);
        return MessageDigest.isEqual(candidate, hash);
    }

    /** Argon2id version 0x13 over the password's UTF-8 bytes after NFKC normalisation. */
    static byte[] derive(String password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
        // NIST SP 800-63B §5.1.1.2: normalise before hashing, so that the same password typed on
        // two keyboards (composed or decomposed accents, full-width digits) is the same password.
        byte[] bytes = Normalizer.normalize(Objects.requireNonNull(password, "password"), Normalizer.Form.NFKC)
                .getBytes(StandardCharsets.UTF_8);
        try {
            return argon2id(bytes, salt, memoryKiB, iterations, parallelism, length, new byte[0], new byte[0]);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** RFC 9106 Argon2id with an optional secret and associated data (empty: none), as its test vectors use. */
    static byte[] argon2id(byte[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length,
            byte[] secret, byte[] associatedData) {
        Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt);
        if (secret.length > 0) {
            parameters.withSecret(secret);
        }
        if (associatedData.length > 0) {
            parameters.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    // One spelling per value: refuse base64 whose unused trailing bits are set.
    private static byte[] decodeCanonical(String b64) {
        byte[] bytes = Base64.getDecoder().decode(b64);
        if (!B64.encodeToString(bytes).equals(b64)) {
            throw new IllegalArgumentException("not canonical base64");
        }
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && memoryKiB == that.memoryKiB && iterations == that.iterations
                && parallelism == that.parallelism && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memoryKiB, iterations, parallelism, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    // Never print the hash: logs are read by more people than accounts.json.
    @Override
    public String toString() {
        return "PasswordHash[argon2id m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "]";
    }
}
