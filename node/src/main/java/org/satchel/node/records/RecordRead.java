package org.satchel.node.records;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.satchel.node.accesslog.AccessEvent;

/** What came of reading a learner's record. */
public sealed interface RecordRead {
    /**
     * The part of the record the reader may see (read-only: it may be shared with the next reader
     * the same rules judge alike), with the event that logged it, and its renderings so far.
     */
    record Served(Graph graph, Set<String> kinds, AccessEvent event, Renderings renderings) implements RecordRead {}

    /** The bytes of a served record in each media type asked for, made once per filtered record. */
    final class Renderings {
        private final java.util.concurrent.ConcurrentHashMap<String, byte[]> byType = new java.util.concurrent.ConcurrentHashMap<>();

        /** The rendering in {@code mediaType}, made by {@code render} the first time it is asked for. */
        public byte[] get(String mediaType, java.util.function.Supplier<byte[]> render) {
            return byType.computeIfAbsent(mediaType, t -> render.get());
        }

        /**
         * The same rendering gzipped (RFC 9110 §8.4.1.3), compressed the first time it is asked for:
         * a whole record is megabytes of JSON-LD that compresses about tenfold, and sending the
         * tenth again costs the next reader less than compressing it anew.
         */
        public byte[] gzipped(String mediaType, java.util.function.Supplier<byte[]> render) {
            byte[] plain = get(mediaType, render);
            return byType.computeIfAbsent(mediaType + ";gzip", t -> gzip(plain));
        }

        private static byte[] gzip(byte[] plain) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length / 8 + 64);
            // The fastest level: made on a first read, while the reader waits; it still shrinks a record about tenfold.
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            }) {
                gz.write(plain);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("gzip into memory failed", e);
            }
            return out.toByteArray();
        }
    }

    /** Refused, and the refusal logged. */
    record Refused(Refusal refusal, AccessEvent event) implements RecordRead {}

    /** This node holds no record for the learner. */
    record NoSuchLearner(String learnerId) implements RecordRead {}
}
