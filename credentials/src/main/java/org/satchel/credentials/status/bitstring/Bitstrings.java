package org.satchel.credentials.status.bitstring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/** The {@code encodedList} encoding: multibase base64url (no padding) of a GZIP-compressed bitstring. */
final class Bitstrings {
    /** Multibase prefix of base64url without padding. */
    static final char MULTIBASE_BASE64URL = 'u';
    /** The most a served list may expand to: 2^27 entries. More is a bomb, not a status list. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private Bitstrings() {
    }

    /**
     * §3.3 Bitstring Generation Algorithm, last step. The GZIP member is written here rather than
     * by GZIPOutputStream only to set the header's OS byte to 3 (Unix), as zlib does; with it, an
     * empty list encodes to exactly the {@code encodedList} the spec publishes (§2.2 example).
     */
    static String encode(byte[] bitstring) {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        // RFC 1952 §2.3: ID1 ID2 CM=8 (deflate) FLG=0 MTIME=0 XFL=0 OS=3.
        gzip.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bitstring);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                gzip.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(bitstring);
        littleEndian(gzip, crc.getValue());
        littleEndian(gzip, bitstring.length & 0xffffffffL);
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip.toByteArray());
    }

    /** §3.4 Bitstring Expansion Algorithm; refuses, in words, anything that is not such an encoding. */
    static byte[] decode(String encodedList) {
        if (encodedList.isEmpty() || encodedList.charAt(0) != MULTIBASE_BASE64URL) {
            throw new IllegalArgumentException("encodedList must be multibase base64url, starting with 'u'");
        }
        if (encodedList.indexOf('=') >= 0) {
            throw new IllegalArgumentException("encodedList must be base64url without padding (§2.2)");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encodedList is not base64url: " + e.getMessage(), e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bitstring = in.readNBytes(MAX_BYTES + 1);
            if (bitstring.length > MAX_BYTES) {
                throw new IllegalArgumentException("encodedList expands past " + MAX_BYTES + " bytes; refusing it");
            }
            return bitstring;
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP data: " + e.getMessage(), e);
        }
    }

    /** §2.2 and §7.1: index 0 is the left-most (most significant) bit of the first byte. */
    static boolean bit(byte[] bitstring, long index) {
        return (bitstring[(int) (index >>> 3)] & (0x80 >>> (int) (index & 7))) != 0;
    }

    static void bit(byte[] bitstring, int index, boolean value) {
        int mask = 0x80 >>> (index & 7);
        if (value) {
            bitstring[index >>> 3] |= (byte) mask;
        } else {
            bitstring[index >>> 3] &= (byte) ~mask;
        }
    }

    private static void littleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
