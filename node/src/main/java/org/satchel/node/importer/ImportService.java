package org.satchel.node.importer;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Role;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.store.RecordStore;
import org.satchel.node.web.Callers;
import org.satchel.node.web.Json;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * {@code POST /imports}: the head uploads an MIS export as a zip of its CSV files; the node imports
 * it while serving (each learner in its own transaction) and answers with the report — 200 when
 * every file was stored, 422 with every rejected row when some file was refused whole.
 */
public final class ImportService implements HttpService {
    /** The largest upload accepted, and the largest export unpacked from it. */
    public static final long MAX_UPLOAD_BYTES = 256L << 20;
    static final long MAX_UNPACKED_BYTES = 4L << 30;
    private static final Pattern ENTRY = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)?([a-z_0-9]+\\.csv|README\\.txt)");

    private final RecordStore store;
    private final Gatekeeper gate;
    private final Callers callers;

    public ImportService(RecordStore store, Gatekeeper gate, Callers callers) {
        this.store = store;
        this.gate = gate;
        this.callers = callers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/imports", this::upload);
    }

    private void upload(ServerRequest req, ServerResponse res) throws IOException {
        Principal principal = callers.principal(req);
        Purpose purpose = callers.purpose(req);
        if (principal.role() != Role.HEAD) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, "only the head imports the school's MIS export");
        }
        if (purpose.prohibited()) {
            throw new ProblemException(ProblemType.PROHIBITED_PURPOSE, "'" + purpose.code() + "' is refused whoever asks");
        }
        if (!req.headers().contentType().map(t -> t.mediaType().text().equals("application/zip")).orElse(false)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the export's CSV files as one application/zip");
        }
        Path dir = Files.createTempDirectory("satchel-import");
        try {
            try (InputStream body = req.content().inputStream()) {
                unzip(body, dir);
            }
            ImportReport report = new SchoolImport(store, gate, true).run(dir, principal, purpose, SchoolImport.Listener.quiet());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("imported", report.imported());
            body.put("learners", report.learners());
            body.put("triples", report.triples());
            if (!report.complete()) {
                body.put("rejected", rejected(report));
                throw new ProblemException(ProblemType.INVALID_IMPORT, report.rejectedRows() + " row(s) rejected; "
                        + report.rejected().size() + " file(s) refused whole, the rest stored", body);
            }
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(Json.write(body));
        } finally {
            org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
        }
    }

    private static Map<String, List<Map<String, Object>>> rejected(ImportReport report) {
        Map<String, List<Map<String, Object>>> files = new LinkedHashMap<>();
        report.rejected().forEach((file, rows) -> files.put(file, rows.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", r.line());
            r.column().ifPresent(c -> row.put("column", c));
            row.put("reason", r.message());
            return row;
        }).toList()));
        return files;
    }

    /** Unpacks the export's flat files only: no paths out of {@code dir}, no other files, bounded size. */
    static void unzip(InputStream body, Path dir) throws IOException {
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(body)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                var m = ENTRY.matcher(entry.getName());
                if (!m.matches()) {
                    throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the zip holds '" + entry.getName()
                            + "'; an MIS export holds only its CSV files (and README.txt), optionally in one folder");
                }
                if (++entries > 64) {
                    throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the zip holds more files than an MIS export has");
                }
                Path target = dir.resolve(m.group(1));
                try (OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[1 << 16];
                    int n;
                    while ((n = zip.read(buffer)) > 0) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the export unpacks to more than 4 GiB");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not a zip Satchel can read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (entries == 0) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the zip is empty");
        }
    }
}
