package org.satchel.vocab.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.JsonStructure;

/**
 * A titanium {@link DocumentLoader} that serves the {@link BundledContexts} and refuses every
 * other URL. It holds no HTTP or file loader to fall back on, so it cannot open a connection.
 * One shared instance is enough: it is immutable apart from a thread-safe parse cache.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

    private static final OfflineDocumentLoader SHARED = new OfflineDocumentLoader();

    // jakarta.json values are immutable, so one parsed tree can back every load on every thread.
    private final ConcurrentMap<URI, JsonStructure> parsed = new ConcurrentHashMap<>();

    private OfflineDocumentLoader() {
    }

    /** The one loader Satchel uses wherever titanium needs a document loader. */
    public static OfflineDocumentLoader shared() {
        return SHARED;
    }

    /**
     * Returns the bundled copy of the context at {@code url}, or refuses with
     * {@link JsonLdErrorCode#LOADING_REMOTE_CONTEXT_FAILED} and a message that names the URL.
     */
    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Objects.requireNonNull(url, "url");
        Optional<BundledContext> bundled = BundledContexts.find(url);
        if (bundled.isEmpty()) {
            Refusal refusal = new Refusal(url);
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, refusal.getMessage(), refusal);
        }
        JsonStructure json = parsed.computeIfAbsent(url, key -> parse(bundled.get()));
        // A fresh Document per call: Document has setters, and titanium's callers may use them.
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json);
        // JSON-LD 1.1 API, RemoteDocument.documentUrl: the base against which the context's own
        // relative references resolve. Ours is the published URL, as after a redirect-free fetch.
        document.setDocumentUrl(url);
        return document;
    }

    /**
     * The URL this loader refused, if {@code error} or one of its causes is such a refusal.
     * Titanium and Jena wrap the loader's error, so callers that need a problem code look here.
     */
    public static Optional<URI> refusedUrl(Throwable error) {
        // Bounded, because nothing stops a chain of causes from looping back on itself.
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < 64; depth++, cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal.url);
            }
        }
        return Optional.empty();
    }

    private static JsonStructure parse(BundledContext bundled) {
        try (InputStream in = bundled.open()) {
            return JsonDocument.of(MediaType.JSON_LD, in).getJsonContent()
                    .orElseThrow(() -> new IllegalStateException("bundled context is not JSON: " + bundled.resourcePath()));
        } catch (JsonLdError e) {
            // The bundle is checked by tests; a broken copy here is a build fault, not bad input.
            throw new IllegalStateException("bundled context does not parse: " + bundled.resourcePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled context " + bundled.resourcePath(), e);
        }
    }

    /**
     * The cause attached to every refusal, so that {@link #refusedUrl} can tell it apart under
     * titanium's and Jena's wrappers (JsonLdError itself is final and carries no URL).
     */
    private static final class Refusal extends Exception {
        private final URI url;

        Refusal(URI url) {
            // No stack trace: the JsonLdError that carries this one has it.
            super(message(url), null, false, false);
            this.url = url;
        }

        private static String message(URI url) {
            String bundled = BundledContexts.urls().stream().map(URI::toString).collect(Collectors.joining(", "));
            return "refusing to fetch " + url + ": not a bundled context" + nearMiss(url)
                    + " (Satchel never fetches JSON-LD contexts; bundled: " + bundled + ")";
        }

        // An issuer who wrote http://, a fragment or a trailing slash meant a bundled context;
        // saying which one turns a puzzling refusal into a one-line fix.
        private static String nearMiss(URI url) {
            String asked = loosely(url);
            return BundledContexts.urls().stream()
                    .filter(published -> loosely(published).equals(asked))
                    .findFirst()
                    .map(published -> "; only its exact published URL " + published + " is bundled")
                    .orElse("");
        }

        private static String loosely(URI url) {
            String text = url.toString().toLowerCase(Locale.ROOT);
            int hash = text.indexOf('#');
            text = hash < 0 ? text : text.substring(0, hash);
            text = text.startsWith("http://") ? "https://" + text.substring("http://".length()) : text;
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        }
    }
}
