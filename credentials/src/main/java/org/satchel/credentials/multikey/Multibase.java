package org.satchel.credentials.multikey;

import java.util.Arrays;
import java.util.Objects;

/**
 * Multibase with the base-58-btc alphabet ({@code z…}), the only base Satchel writes: Multikey
 * values, did:key identifiers and Data Integrity {@code proofValue}s (Controlled Identifiers v1.0
 * §2.4 "Multibase", algorithms §3.1 "Base Encode" and §3.2 "Base Decode").
 *
 * <p>Written here because no library on the main class path offers base58btc: the copper-multibase
 * library reaches the build only as a test dependency of iron, and the tests check this encoder
 * against it.
 */
public final class Multibase {

    /** The base-58-btc Multibase header (CID §2.4). */
    public static final char BASE58BTC = 'z';

    // CID §2.4: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz" (no 0, O, I, l).
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    // Bounds the quadratic decode: the longest value Satchel reads is a 64-byte signature (88 chars).
    private static final int MAX_DECODED_CHARS = 1024;

    private Multibase() {}

    /** {@code z} followed by the base-58-btc encoding of {@code bytes}. */
    public static String encodeBase58Btc(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return BASE58BTC + base58(bytes);
    }

    /**
     * The bytes of a base-58-btc Multibase value.
     *
     * @throws IllegalArgumentException if it lacks the {@code z} header or holds a character
     *     outside the alphabet
     */
    public static byte[] decodeBase58Btc(String multibase) {
        Objects.requireNonNull(multibase, "multibase");
        if (multibase.isEmpty() || multibase.charAt(0) != BASE58BTC) {
            throw new IllegalArgumentException("not a base-58-btc Multibase value (it must start with 'z'): "
                    + abbreviate(multibase));
        }
        return unbase58(multibase.substring(1));
    }

    // CID §3.1 Base Encode: leading zero bytes become leading '1's; the rest is a base conversion
    // from 256 to 58 in integer arithmetic, most significant digit first.
    private static String base58(byte[] bytes) {
        int zeroes = 0;
        while (zeroes < bytes.length && bytes[zeroes] == 0) {
            zeroes++;
        }
        // log(256) / log(58) ≈ 1.3658, rounded up.
        byte[] digits = new byte[(bytes.length - zeroes) * 138 / 100 + 1];
        int length = 0;
        for (int i = zeroes; i < bytes.length; i++) {
            int carry = bytes[i] & 0xff;
            int j = 0;
            for (int k = digits.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
                carry += 256 * (digits[k] & 0xff);
                digits[k] = (byte) (carry % 58);
                carry /= 58;
            }
            length = j;
        }
        int start = digits.length - length;
        while (start < digits.length && digits[start] == 0) {
            start++;
        }
        StringBuilder out = new StringBuilder(zeroes + digits.length - start);
        out.repeat('1', zeroes);
        for (int i = start; i < digits.length; i++) {
            out.append(ALPHABET[digits[i]]);
        }
        return out.toString();
    }

    // CID §3.2 Base Decode: the inverse of the above; leading '1's become leading zero bytes.
    private static byte[] unbase58(String text) {
        if (text.length() > MAX_DECODED_CHARS) {
            throw new IllegalArgumentException("base-58-btc value too long: " + text.length() + " characters");
        }
        int zeroes = 0;
        while (zeroes < text.length() && text.charAt(zeroes) == '1') {
            zeroes++;
        }
        // log(58) / log(256) ≈ 0.7322, rounded up.
        byte[] bytes = new byte[(text.length() - zeroes) * 733 / 1000 + 1];
        int length = 0;
        for (int i = zeroes; i < text.length(); i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? INDEXES[c] : -1;
            if (carry < 0) {
                throw new IllegalArgumentException("'" + c + "' is not in the base-58-btc alphabet");
            }
            int j = 0;
            for (int k = bytes.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
                carry += 58 * (bytes[k] & 0xff);
                bytes[k] = (byte) (carry % 256);
                carry /= 256;
            }
            length = j;
        }
        int start = bytes.length - length;
        while (start < bytes.length && bytes[start] == 0) {
            start++;
        }
        byte[] out = new byte[zeroes + bytes.length - start];
        System.arraycopy(bytes, start, out, zeroes, bytes.length - start);
        return out;
    }

    private static String abbreviate(String value) {
        return value.length() <= 24 ? "'" + value + "'" : "'" + value.substring(0, 24) + "…'";
    }
}
