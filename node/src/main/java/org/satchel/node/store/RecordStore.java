package org.satchel.node.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where a node keeps its learners' records: Jena TDB2 embedded in the node's data directory, or
 * any SPARQL 1.1 server (query, update, graph store protocol) through {@link RDFConnection}.
 * Every use is inside {@link #read} or {@link #write}; the node sends each change as one SPARQL
 * update request, which a SPARQL server applies atomically, so both back ends keep a record and
 * its access event together. A read changes nothing but the access log: {@link #readAndLog}
 * makes its events durable before it returns, in TDB2's case through a journal of its own.
 */
public final class RecordStore implements AutoCloseable {
    private final RDFConnection connection;
    private final Runnable release;
    private final String description;
    private final boolean embedded;
    private final Dataset dataset;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final EventJournal journal;

    private RecordStore(RDFConnection connection, Runnable release, String description, Dataset dataset, EventJournal journal) {
        this.connection = connection;
        this.release = release;
        this.description = description;
        this.embedded = dataset != null;
        this.dataset = dataset;
        this.journal = journal;
    }

    /** TDB2 in {@code directory}, created if absent. */
    public static RecordStore embedded(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        EventJournal journal = EventJournal.open(directory.resolve(EVENT_JOURNAL), dataset);
        return new RecordStore(RDFConnection.connect(dataset), () -> {
            journal.close();
            dataset.close();
            // Releases TDB2's file locks, so the directory can be reopened (or deleted) in this process.
            TDBInternal.expel(dataset.asDatasetGraph());
        }, "TDB2 in " + directory, dataset, journal);
    }

    /** A SPARQL 1.1 server's dataset, such as {@code http://host:3030/school}: query, update and GSP on that URL. */
    public static RecordStore remote(String datasetUrl) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        RDFConnection connection = RDFConnectionRemote.newBuilder().destination(datasetUrl).build();
        return new RecordStore(connection, () -> {}, "SPARQL server at " + datasetUrl, null, null);
    }

    /** The file, in a TDB2 store's directory, of access events journaled and not yet in the store. */
    public static final String EVENT_JOURNAL = "access-events.nq";

    /** What a read found, and the access events that say so. */
    public record Logged<T>(T result, UpdateRequest events) {
        public Logged {
            Objects.requireNonNull(events, "events");
        }
    }

    /**
     * Runs {@code work} in a read transaction and makes the events it returns durable before
     * returning its result, so that nothing read goes out unlogged. A SPARQL server gets the work
     * in a write transaction and the events as one update, as before; TDB2 gets them in its event
     * journal (one fsync), and into the store itself a moment later. Every other use of the
     * store waits for them first, so anyone reading the access log sees every event.
     */
    public <T> T readAndLog(Function<RDFConnection, Logged<T>> work) {
        if (journal == null) {
            return connection.calculateWrite(() -> {
                Logged<T> logged = work.apply(connection);
                if (!logged.events().getOperations().isEmpty()) {
                    connection.update(logged.events());
                }
                return logged.result();
            });
        }
        Logged<T> logged = connection.calculateRead(() -> work.apply(connection));
        journal.append(quads(logged.events()));
        return logged.result();
    }

    private void eventsStored() {
        // Inside a transaction already, waiting for the event writer (which needs the write lock) could deadlock.
        if (journal != null && !dataset.isInTransaction()) {
            journal.awaitStored();
        }
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(Function<RDFConnection, T> work) {
        eventsStored();
        return connection.calculateRead(() -> work.apply(connection));
    }

    /** Runs {@code work} in a write transaction (a local lock for a remote store: each update request is atomic there). */
    public <T> T write(Function<RDFConnection, T> work) {
        eventsStored();
        return connection.calculateWrite(() -> {
            generation.incrementAndGet();
            return work.apply(connection);
        });
    }

    /**
     * A number that changes whenever records may have changed; read inside a transaction. Only an
     * embedded store can say (nothing but this node writes to it): a remote store's is always new.
     */
    public long generation() {
        return embedded ? generation.get() : generation.incrementAndGet();
    }

    /** Whether this is the embedded TDB2 store (the benchmark and the import use its bulk loader). */
    public boolean embedded() {
        return embedded;
    }

    /**
     * Starts a bulk load: TDB2's own bulk loader for the embedded store (no other use of the store
     * until it is closed), graph store protocol POSTs for a SPARQL server.
     */
    public Bulk bulk() {
        eventsStored();
        if (embedded) {
            DataLoader loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), (format, args) -> { });
            loader.startBulk();
            StreamRDF stream = loader.stream();
            return new Bulk() {
                @Override
                public void add(String graphIri, Graph graph) {
                    Node g = NodeFactory.createURI(graphIri);
                    graph.find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
                }

                @Override
                public void update(UpdateRequest inserts) {
                    quads(inserts).forEach(stream::quad);
                }

                @Override
                public void close() {
                    generation.incrementAndGet();
                    loader.finishBulk();
                }
            };
        }
        return new Bulk() {
            @Override
            public void add(String graphIri, Graph graph) {
                connection.load(graphIri, ModelFactory.createModelForGraph(graph));
            }

            @Override
            public void update(UpdateRequest inserts) {
                connection.update(inserts);
            }

            @Override
            public void close() {}
        };
    }

    /**
     * A load through ordinary write transactions, one per graph: slower than {@link #bulk()} but safe
     * beside readers, for imports into a node that is serving requests.
     */
    public Bulk online() {
        return new Bulk() {
            @Override
            public void add(String graphIri, Graph graph) {
                write(c -> {
                    c.load(graphIri, ModelFactory.createModelForGraph(graph));
                    return null;
                });
            }

            @Override
            public void update(UpdateRequest inserts) {
                write(c -> {
                    c.update(inserts);
                    return null;
                });
            }

            @Override
            public void close() {}
        };
    }

    /** A bulk load in progress: graphs and INSERT DATA requests go in; {@link #close()} finishes it. */
    public interface Bulk extends AutoCloseable {
        /** Adds the triples of {@code graph} to the named graph (adding, never replacing). */
        void add(String graphIri, Graph graph);

        /** Applies a request of INSERT DATA operations only (access events). */
        void update(UpdateRequest inserts);

        @Override
        void close();
    }

    private static java.util.List<Quad> quads(UpdateRequest request) {
        java.util.List<Quad> quads = new java.util.ArrayList<>();
        for (var op : request.getOperations()) {
            if (!(op instanceof UpdateDataInsert insert)) {
                throw new IllegalArgumentException("a bulk load takes INSERT DATA only, not " + op.getClass().getSimpleName());
            }
            quads.addAll(insert.getQuads());
        }
        return quads;
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
