package org.satchel.credentials.status.token;

import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A Token Status List (draft-ietf-oauth-status-list §4): one status of {@code bits} bits per
 * credential, packed into bytes and compressed. Immutable: {@link #withStatus} returns a new list.
 */
public final class StatusList {
    /** 2^17 entries: enough that one learner's credential hides among many (draft §12.5, "Status List Size"). */
    public static final int DEFAULT_SIZE = 131_072;
    /** Refuse lists that inflate past this many bytes (a zlib bomb), 16 MiB = 2^27 one-bit entries. */
    static final int MAX_INFLATED_BYTES = 16 * 1024 * 1024;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    private final int bits;
    private final byte[] bytes;

    private StatusList(int bits, byte[] bytes) {
        this.bits = bits;
        this.bytes = bytes;
    }

    /** An all-VALID list of {@link #DEFAULT_SIZE} entries. */
    public static StatusList create(int bits) {
        return create(DEFAULT_SIZE, bits);
    }

    /** An all-VALID list of {@code size} entries of {@code bits} bits each (1, 2, 4 or 8). */
    public static StatusList create(int size, int bits) {
        requireBits(bits);
        if (size <= 0) {
            throw new IllegalArgumentException("a status list needs at least one entry, not " + size);
        }
        int perByte = 8 / bits;
        // draft §4.1 step 2: a byte array of size * bits / 8 "or greater".
        return new StatusList(bits, new byte[(size + perByte - 1) / perByte]);
    }

    /**
     * Reads the {@code lst} of a JSON status list (draft §4.2): base64url of the ZLIB/DEFLATE
     * compressed bytes (§4.1 step 4).
     *
     * @throws IllegalArgumentException in words, if {@code bits} is not 1, 2, 4 or 8 or {@code lst} does not decode
     */
    public static StatusList decode(int bits, String lst) {
        requireBits(bits);
        Objects.requireNonNull(lst, "lst");
        if (!BASE64URL.matcher(lst).matches()) {
            throw new IllegalArgumentException("lst is not base64url");
        }
        byte[] compressed = new Base64URL(lst).decode();
        Inflater inflater = new Inflater(); // ZLIB wrapper (RFC 1950), not raw DEFLATE
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 8);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("lst is truncated: the zlib stream does not end");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new IllegalArgumentException("lst inflates past " + MAX_INFLATED_BYTES + " bytes");
                }
            }
            if (out.size() == 0) {
                throw new IllegalArgumentException("lst holds no statuses");
            }
            return new StatusList(bits, out.toByteArray());
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("lst is not ZLIB-compressed data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** Bits per status: 1, 2, 4 or 8. */
    public int bits() {
        return bits;
    }

    /** How many statuses the list holds (its byte length times statuses per byte). */
    public int size() {
        return bytes.length * (8 / bits);
    }

    /** The status at {@code index}: 0 VALID, 1 INVALID, 2 SUSPENDED (draft §7), other values application-specific. */
    public int status(int index) {
        checkIndex(index);
        int perByte = 8 / bits;
        // draft §4.1 step 3: entries fill each byte from the least significant bit up.
        int shift = (index % perByte) * bits;
        return (bytes[index / perByte] >> shift) & mask();
    }

    /** A copy of this list with {@code status} at {@code index}. */
    public StatusList withStatus(int index, int status) {
        checkIndex(index);
        if (status < 0 || status > mask()) {
            throw new IllegalArgumentException("status " + status + " does not fit in " + bits + " bit(s)");
        }
        int perByte = 8 / bits;
        int shift = (index % perByte) * bits;
        byte[] copy = bytes.clone();
        int cleared = copy[index / perByte] & ~(mask() << shift);
        copy[index / perByte] = (byte) (cleared | (status << shift));
        return new StatusList(bits, copy);
    }

    /** The uncompressed bytes (a copy), as in the draft's examples. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The {@code lst} value: ZLIB at the best compression level (draft §4.1 step 4 recommends it), base64url. */
    public String encodedList() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 + bytes.length / 8);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64URL.encode(out.toByteArray()).toString();
        } finally {
            deflater.end();
        }
    }

    /** The JSON {@code StatusList} object (draft §4.2): {@code {"bits": …, "lst": …}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bits", bits);
        json.put("lst", encodedList());
        return json;
    }

    private int mask() {
        return (1 << bits) - 1;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the status list of " + size() + " entries");
        }
    }

    private static void requireBits(int bits) {
        // draft §4.1 step 1: 1, 2, 4 or 8, so that no status straddles two bytes.
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
            throw new IllegalArgumentException("bits must be 1, 2, 4 or 8, not " + bits);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusList that && bits == that.bits && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * bits + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StatusList[bits=" + bits + ", size=" + size() + "]";
    }
}
