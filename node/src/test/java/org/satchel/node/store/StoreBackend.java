package org.satchel.node.store;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The two stores every node test runs against: embedded TDB2, and a SPARQL server (embedded Fuseki on loopback). */
public enum StoreBackend {
    TDB2 {
        @Override
        public Opened open(Path dir) {
            return new Opened(RecordStore.embedded(dir.resolve("tdb2")), () -> {});
        }
    },
    FUSEKI {
        @Override
        public Opened open(Path dir) {
            FusekiServer server = FusekiServer.create().loopback(true).port(0)
                    .add("/school", DatasetGraphFactory.createTxnMem()).build().start();
            RecordStore store = RecordStore.remote("http://127.0.0.1:" + server.getHttpPort() + "/school");
            return new Opened(store, server::stop);
        }
    };

    public abstract Opened open(Path dir);

    /** A store and what else must stop with it. */
    public record Opened(RecordStore store, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            stop.run();
        }
    }
}
