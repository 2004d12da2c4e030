package org.satchel.node.records;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Sends a large body that is already bytes (a rendered record) without copying it. */
final class Bodies {
    // The headers go out with this much of the body, in one packet; the rest goes from the array as it is.
    private static final int FIRST_PART = 8192;

    private Bodies() {}

    /**
     * Helidon's {@code send(byte[])} copies the body into a buffer grown from a few hundred
     * bytes, several megabytes of garbage per read of a whole record; its output stream with the
     * length declared copies only what goes out with the headers and writes the rest from the
     * array itself.
     */
    static void send(ServerResponse res, byte[] body) {
        res.header(HeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
        try (OutputStream out = res.outputStream()) {
            int first = Math.min(FIRST_PART, body.length);
            out.write(body, 0, first);
            if (body.length > first) {
                out.write(body, first, body.length - first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sending a record failed", e);
        }
    }
}
