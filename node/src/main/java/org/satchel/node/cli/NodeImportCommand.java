package org.satchel.node.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.accesslog.AccessLog;
import org.satchel.node.importer.ImportReport;
import org.satchel.node.importer.RowProblem;
import org.satchel.node.importer.SchoolImport;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code satchel node import}: a school's MIS export into a node's store, with the node stopped
 * (a running node imports through {@code POST /imports}). Every rejected row is printed with its
 * file and line; files with none are stored whole; exit 1 if any file was refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an MIS export (the CSV directory ./satchel generate --format csv writes) into a node's store.",
                "Each file is stored whole or not at all; every rejected row is reported with its line. Importing again changes nothing."})
final class NodeImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The node's data directory (its TDB2 store is DIR/tdb2).")
    Path data;

    @Option(names = "--csv", required = true, paramLabel = "DIR", description = "The MIS export directory.")
    Path csv;

    @Option(names = "--sparql", paramLabel = "URL", description = "Import into this SPARQL server's dataset instead of DIR/tdb2.")
    String sparql;

    @Option(names = "--as", paramLabel = "ROLE:ID", defaultValue = "head:T0001", converter = PrincipalConverter.class,
            description = "Who imports, as the learners' access logs will show (default: ${DEFAULT-VALUE}).")
    Principal by;

    @Option(names = "--purpose", paramLabel = "PURPOSE", defaultValue = "teaching",
            description = "Why, as the learners' access logs will show (default: ${DEFAULT-VALUE}).")
    String purposeCode;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(csv)) {
            throw new ParameterException(spec.commandLine(), "--csv: no such directory: " + csv);
        }
        Purpose purpose = Purposes.vocabulary().byCode(purposeCode).filter(p -> !p.prohibited())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--purpose: not a permitted purpose: " + purposeCode));
        if (!by.role().staff()) {
            throw new ParameterException(spec.commandLine(), "--as: only staff import a school's records, not " + by.role().code());
        }
        Files.createDirectories(data);
        String base = NodeTokenCommand.baseOf(data);
        ProgressLine line = new ProgressLine(System.err, "import");
        RecordStore opened;
        try {
            opened = sparql != null ? RecordStore.remote(sparql) : RecordStore.embedded(data.resolve("tdb2"));
        } catch (RuntimeException e) {
            // TDB2 allows one process at a time: a running node holds the store.
            spec.commandLine().getErr().println("satchel node import: cannot open the store in " + data.resolve("tdb2")
                    + (String.valueOf(e.getMessage()).contains("lock") ? ": a running node holds it; import through its POST /imports,"
                            + " or stop it first (" + e.getMessage() + ")" : ": " + e.getMessage()));
            return 1;
        }
        try (RecordStore store = opened) {
            Gatekeeper gate = new Gatekeeper(base, AccessPolicy.standard(), new AccessLog(base), Clock.systemUTC());
            ImportReport report = new SchoolImport(store, gate).run(csv, by, purpose, new SchoolImport.Listener() {
                @Override
                public void phase(String name) {
                    spec.commandLine().getErr().println("import: " + name);
                }

                @Override
                public void learnerDone(int done, int total) {
                    line.update(done, total, "learners");
                }
            });
            for (Map.Entry<String, List<RowProblem>> e : report.rejected().entrySet()) {
                spec.commandLine().getErr().println(e.getKey() + ": refused whole, " + e.getValue().size() + " rejected row(s):");
                e.getValue().forEach(p -> spec.commandLine().getErr().println("  " + p));
            }
            spec.commandLine().getOut().printf("imported %,d learners, %,d triples from %d file(s) in %s%s%n", report.learners(),
                    report.triples(), report.imported().size(), line.elapsed(),
                    report.complete() ? "" : "; refused " + report.rejected().size() + " file(s)");
            return report.complete() ? 0 : 1;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("satchel node import: " + e.getMessage());
            return 1;
        }
    }
}
