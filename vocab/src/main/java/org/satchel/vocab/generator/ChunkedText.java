package org.satchel.vocab.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text built up in a small buffer and kept as UTF-8 chunks of about 32 KB. A learner's N-Quads
 * run to megabytes; one big buffer would be copied as it grows and, in the JVM's collector,
 * count as a "humongous" object each time, which in tests cost more than generating the data.
 */
final class ChunkedText {
    private static final int CHUNK = 1 << 15;

    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    private final List<byte[]> chunks = new ArrayList<>();

    /** The buffer to append to; call {@link #spill()} after each line. */
    StringBuilder buffer() {
        return buffer;
    }

    /** Moves the buffer into a chunk once it is full. */
    void spill() {
        if (buffer.length() >= CHUNK) {
            chunks.add(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    /** Ends the text: whatever is left in the buffer becomes the last chunk. */
    ChunkedText finish() {
        if (!buffer.isEmpty()) {
            chunks.add(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : chunks) {
            out.write(chunk);
        }
    }
}
