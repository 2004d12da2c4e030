package org.satchel.vocab.jsonld;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * Ways to process JSON-LD, with titanium or with Jena, that load contexts only from the bundle.
 * Left to their defaults both would fetch every context URL over HTTP.
 */
public final class JsonLdOffline {

    private JsonLdOffline() {
    }

    /**
     * New titanium options whose document loader is {@link OfflineDocumentLoader#shared()}.
     * Take a fresh one per operation: titanium's options hold a context cache that is not
     * thread-safe, and Jena writes each parse's base IRI into the options it is given.
     */
    public static JsonLdOptions options() {
        return new JsonLdOptions(OfflineDocumentLoader.shared());
    }

    /**
     * A new Jena context that makes Jena's JSON-LD reader use {@link #options()}; pass it to
     * {@code RDFParser.context(...)}. Fresh per parse for the same reasons as the options.
     * Jena reports a refused context only in its exception's message; {@link #toDataset} keeps
     * the refusal itself.
     */
    public static Context jenaContext() {
        Context context = new Context();
        // Jena 5.6 LangJSONLD11 takes its titanium options from this symbol, else builds
        // default ones whose loader goes to the network.
        context.set(LangJSONLD11.JSONLD_OPTIONS, options());
        return context;
    }

    /**
     * Reads a JSON-LD document into a new in-memory, transactional dataset, loading contexts
     * only from the bundle.
     *
     * @throws IllegalArgumentException if the document is not JSON-LD that can be read offline;
     *     the message says why, and {@link OfflineDocumentLoader#refusedUrl} names a refused context
     */
    public static Dataset toDataset(String json) {
        Objects.requireNonNull(json, "json");
        // Jena's reader hands a loader failure to its ErrorHandler as a bare message and drops
        // the cause, so this parse's own loader remembers a refusal to report it intact.
        RecordingLoader loader = new RecordingLoader();
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(loader));
        Dataset dataset = DatasetFactory.createTxnMem();
        try {
            Txn.executeWrite(dataset, () -> RDFParser.create()
                    .fromString(json)
                    .lang(Lang.JSONLD)
                    .context(context)
                    // Throw, don't log: the caller decides whether bad input is worth a log line.
                    .errorHandler(ErrorHandlerFactory.errorHandlerSimple())
                    .parse(dataset.asDatasetGraph()));
        } catch (RiotException e) {
            Optional<JsonLdError> refusal = loader.refusal;
            Throwable cause = refusal.isPresent() ? refusal.get() : e;
            IllegalArgumentException failure = new IllegalArgumentException("cannot read JSON-LD offline: " + cause.getMessage(), cause);
            if (cause != e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        return dataset;
    }

    /** The shared loader, plus a memory of the refusal it gave during one parse. */
    private static final class RecordingLoader implements DocumentLoader {
        private volatile Optional<JsonLdError> refusal = Optional.empty();

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            try {
                return OfflineDocumentLoader.shared().loadDocument(url, options);
            } catch (JsonLdError e) {
                refusal = Optional.of(e);
                throw e;
            }
        }
    }
}
