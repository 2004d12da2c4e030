package org.satchel.node.issuance.oid4vci;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** The unguessable values of the flow (offer ids, codes, tokens, nonces, PINs) and the PIN's salted hash. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 256 random bits, base64url without padding: beyond guessing for as long as it lives. */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A PIN of {@code length} decimal digits, each uniformly drawn. */
    static String digits(int length) {
        StringBuilder pin = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            pin.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return pin.toString();
    }

    static byte[] salt() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * SHA-256 over salt and PIN. A six-digit PIN would fall to an offline search whatever the hash;
     * what protects it is that the hash never leaves this process's memory, the code lives
     * minutes, and a few wrong tries lock it. The hash only keeps the PIN itself out of a heap dump.
     */
    static byte[] hash(byte[] salt, String pin) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in time independent of where they differ. */
    static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
