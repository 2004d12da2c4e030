package org.satchel.node.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where a node keeps its learners' records: Jena TDB2 embedded in the node's data directory, or
 * any SPARQL 1.1 server (query, update, graph store protocol) through {@link RDFConnection}.
 * Every use is inside {@link #read} or {@link #write}; the node sends each change as one SPARQL
 * update request, which a SPARQL server applies atomically, so both back ends keep a record and
 * its access event together.
 */
public final class RecordStore implements AutoCloseable {
    private final RDFConnection connection;
    private final Runnable release;
    private final String description;
    private final boolean embedded;

    private RecordStore(RDFConnection connection, Runnable release, String description, boolean embedded) {
        this.connection = connection;
        this.release = release;
        this.description = description;
        this.embedded = embedded;
    }

    /** TDB2 in {@code directory}, created if absent. */
    public static RecordStore embedded(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        return new RecordStore(RDFConnection.connect(dataset), () -> {
            dataset.close();
            // Releases TDB2's file locks, so the directory can be reopened (or deleted) in this process.
            TDBInternal.expel(dataset.asDatasetGraph());
        }, "TDB2 in " + directory, true);
    }

    /** A SPARQL 1.1 server's dataset, such as {@code http://host:3030/school}: query, update and GSP on that URL. */
    public static RecordStore remote(String datasetUrl) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        RDFConnection connection = RDFConnectionRemote.newBuilder().destination(datasetUrl).build();
        return new RecordStore(connection, () -> {}, "SPARQL server at " + datasetUrl, false);
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(Function<RDFConnection, T> work) {
        return connection.calculateRead(() -> work.apply(connection));
    }

    /** Runs {@code work} in a write transaction (a local lock for a remote store: each update request is atomic there). */
    public <T> T write(Function<RDFConnection, T> work) {
        return connection.calculateWrite(() -> work.apply(connection));
    }

    /** Whether this is the embedded TDB2 store (the benchmark and the import use its bulk loader). */
    public boolean embedded() {
        return embedded;
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        connection.close();
        release.run();
    }
}
