package org.satchel.node.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.importer.ImportReport;
import org.satchel.node.importer.SchoolImport;
import org.satchel.node.web.NodeConfig;
import org.satchel.node.web.NodeServer;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.SchoolGenerator;

/**
 * {@code satchel bench node}: (a) importing a school — every row read, every record checked
 * against the shapes, then stored — beside Jena's own TDB2 bulk loader on the same school as
 * N-Quads, in the same run; (b) p50 and p99 of reading one learner's whole record over HTTP,
 * access event included; (c) the heap before and after.
 */
final class NodeBench {
    static final double IMPORT_TARGET = 0.7;
    static final double READ_P99_TARGET_MS = 20;

    private final PrintStream out;
    private final Path work;
    private final GeneratorOptions school;
    private final int reads;
    private final HttpClient http = HttpClient.newHttpClient();
    private final byte[] buffer = new byte[1 << 16];

    NodeBench(PrintStream out, Path work, GeneratorOptions school, int reads) {
        this.out = out;
        this.work = work;
        this.school = school;
        this.reads = reads;
    }

    boolean run() throws Exception {
        long heapBefore = usedHeapAfterGc();
        SchoolGenerator generator = new SchoolGenerator(school);
        // About 6,200 triples a pupil-year, and at the peak (CSV, N-Quads and Jena's store) about 450 bytes a triple on disk.
        long needed = (long) school.pupils() * school.years() * 6_200L * 450L;
        long free = Files.getFileStore(work).getUsableSpace();
        if (free < needed) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the bench needs about %,d GB of disk in %s for %,d pupils × %d years, and %,d GB are free; pass --dir on a larger disk",
                    needed >> 30, work, school.pupils(), school.years(), free >> 30));
        }
        out.printf(Locale.ROOT, "school: %,d pupils × %d years (seed %d)%n", school.pupils(), school.years(), school.seed());
        Path nquads = work.resolve("school.nq");
        Path csv = work.resolve("csv");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            generator.writeNQuads(o, (d, t) -> { });
        }
        generator.writeCsv(csv, (d, t) -> { });

        out.println("(a) import beside Jena's TDB2 bulk loader");
        double jena = jenaLoad(nquads, work.resolve("jena-tdb2"));
        // Measured: Jena's store and the N-Quads are no longer needed. At the default size the two
        // stores and the N-Quads together outgrow a 64 GB disk, so make room before Satchel's import.
        removeTree(work.resolve("jena-tdb2"));
        Files.delete(nquads);
        NodeServer node = NodeServer.start(NodeConfig.school("bench", 0, work.resolve("node")));
        try {
            long started = System.nanoTime();
            ImportReport report = new SchoolImport(node.parts().store(), node.parts().gate()).run(csv, new Principal(Role.HEAD, "T0001"),
                    Purposes.vocabulary().byCode("teaching").orElseThrow(), SchoolImport.Listener.quiet());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!report.complete()) {
                throw new IllegalStateException("the bench school did not import cleanly: " + report.rejected());
            }
            double ours = report.triples() / seconds;
            double ratio = ours / jena;
            out.printf(Locale.ROOT, "    Satchel import (CSV, validated) %,12.0f triples/s  (%,d triples in %.1f s)%n", ours, report.triples(), seconds);
            out.printf(Locale.ROOT, "    ratio %.2f× Jena's loader (target ≥ %.1f×) %s%n", ratio, IMPORT_TARGET, ratio >= IMPORT_TARGET ? "✓" : "✗");

            out.println("(b) one learner's whole record over HTTP, access event included");
            List<String> learners = learners();
            double[] cold = new double[learners.size()];
            for (int i = 0; i < cold.length; i++) {
                cold[i] = read(node, learners.get(i), true);
            }
            out.printf(Locale.ROOT, "    first read of each of %d learners: p50 %.1f ms, p99 %.1f ms (decoded from TDB2 and filtered)%n",
                    cold.length, percentile(cold, 50), percentile(cold, 99));
            String one = learners.get(0);
            double[] plain = new double[Math.max(10, reads / 5)];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = read(node, one, false);
            }
            out.printf(Locale.ROOT, "    %d reads of one learner's record, not compressed: p50 %.1f ms, p99 %.1f ms%n", plain.length,
                    percentile(plain, 50), percentile(plain, 99));
            double[] ms = new double[reads];
            for (int i = 0; i < reads; i++) {
                ms[i] = read(node, one, true);
            }
            double p50 = percentile(ms, 50);
            double p99 = percentile(ms, 99);
            out.printf(Locale.ROOT, "    %d reads of one learner's record, gzip: p50 %.1f ms, p99 %.1f ms (target p99 < %.0f ms) %s%n", ms.length, p50,
                    p99, READ_P99_TARGET_MS, p99 < READ_P99_TARGET_MS ? "✓" : "✗");
            long heapAfter = usedHeapAfterGc();
            out.println("(c) heap in use after a full GC");
            out.printf(Locale.ROOT, "    before %,d MiB, after %,d MiB (max %,d MiB)%n", heapBefore >> 20, heapAfter >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            return ratio >= IMPORT_TARGET && p99 < READ_P99_TARGET_MS;
        } finally {
            node.close();
        }
    }

    private double jenaLoad(Path nquads, Path location) {
        Dataset dataset = TDB2Factory.connectDataset(location.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), (format, args) -> { });
            long started = System.nanoTime();
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            double seconds = (System.nanoTime() - started) / 1e9;
            long quads = loader.countQuads();
            out.printf(Locale.ROOT, "    Jena TDB2 loader (N-Quads)      %,12.0f quads/s    (%,d quads in %.1f s)%n", quads / seconds, quads, seconds);
            return quads / seconds;
        } finally {
            dataset.close();
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private List<String> learners() {
        List<String> learners = new ArrayList<>();
        new SchoolGenerator(new GeneratorOptions(Math.min(school.pupils(), 50), 1, school.seed(), school.baseIri()))
                .forEachLearner(l -> learners.add(l.graphIri().replaceAll(".*/learners/([^/]+)/record", "$1")));
        return learners;
    }

    /**
     * Milliseconds to read one learner's whole record as they would, JSON-LD, with its access
     * event written: every byte of the body read (and inflated, if {@code gzip}, as a browser
     * asks for it), though not parsed. The client shares this JVM with the node, so it streams
     * the body through one small buffer rather than gathering megabytes of garbage the node's
     * collector would then have to clear.
     */
    private double read(NodeServer node, String learner, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + "/learners/" + learner + "/record"))
                .header("Authorization", "Bearer " + node.parts().tokens().issue(new Principal(Role.LEARNER, learner)))
                .header("Satchel-Purpose", "learner-request").header("Accept", "application/ld+json").GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        try (InputStream raw = response.body(); InputStream body = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                bytes += n;
            }
            // Inflating stops at the gzip trailer; read on to the end of the response, or the client drops the connection.
            while (raw.read(buffer) >= 0) {
                // nothing after the trailer is expected
            }
        }
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200 || gzipped != gzip || bytes < 2) {
            throw new IllegalStateException("a read failed: " + response.statusCode() + ", " + bytes + " bytes, gzip " + gzipped);
        }
        return took / 1e6;
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void removeTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
