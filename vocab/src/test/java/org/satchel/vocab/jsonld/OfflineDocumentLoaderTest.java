package org.satchel.vocab.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Test;

class OfflineDocumentLoaderTest {

    private final OfflineDocumentLoader loader = OfflineDocumentLoader.shared();

    @Test
    void everyBundledContextLoadsWithoutNetwork() throws JsonLdError {
        for (URI url : BundledContexts.urls()) {
            Document document = loader.loadDocument(url, new DocumentLoaderOptions());
            assertEquals(url, document.getDocumentUrl());
            JsonObject json = document.getJsonContent().orElseThrow().asJsonObject();
            assertTrue(json.containsKey("@context"), () -> url + " has no @context");
        }
    }

    @Test
    void everyBundledContextIsAContextTitaniumAccepts() throws JsonLdError {
        // Context processing happens on use, so use each one alone on a one-node document.
        for (URI url : BundledContexts.urls()) {
            // A top-level node with only @id expands to nothing, so give it a type as well.
            String json = "{\"@context\": \"" + url + "\", \"@id\": \"urn:uuid:3f0e5c1a-0000-4000-8000-000000000001\","
                    + " \"@type\": \"https://satchel.invalid/Probe\"}";
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).options(JsonLdOffline.options()).get();
            assertEquals("urn:uuid:3f0e5c1a-0000-4000-8000-000000000001",
                    expanded.getJsonObject(0).getString("@id"), () -> "expanding with " + url);
        }
    }

    @Test
    void unknownContextIsRefusedWithItsUrlInTheMessage() {
        URI evil = URI.create("https://evil.example/ctx");
        JsonLdError error = assertThrows(JsonLdError.class, () -> loader.loadDocument(evil, new DocumentLoaderOptions()));
        assertEquals(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, error.getCode());
        assertTrue(error.getMessage().startsWith(
                "refusing to fetch https://evil.example/ctx: not a bundled context (Satchel never fetches JSON-LD contexts; bundled: "),
                error.getMessage());
        assertTrue(error.getMessage().contains(BundledContexts.CREDENTIALS_V2.toString()), error.getMessage());
        assertEquals(Optional.of(evil), OfflineDocumentLoader.refusedUrl(error));
    }

    @Test
    void httpSpellingOfABundledContextIsRefusedAndTheExactUrlNamed() {
        URI http = URI.create("http://www.w3.org/ns/credentials/v2");
        JsonLdError error = assertThrows(JsonLdError.class, () -> loader.loadDocument(http, new DocumentLoaderOptions()));
        assertTrue(error.getMessage().startsWith("refusing to fetch http://www.w3.org/ns/credentials/v2: not a bundled context;"
                + " only its exact published URL https://www.w3.org/ns/credentials/v2 is bundled"), error.getMessage());
    }

    @Test
    void fileAndOtherSchemesAreRefusedToo() {
        // Titanium's default loader also reads file: URLs; ours must not.
        for (String url : List.of("file:///etc/passwd", "jar:file:/x.jar!/ctx.json", "urn:example:ctx")) {
            JsonLdError error = assertThrows(JsonLdError.class,
                    () -> loader.loadDocument(URI.create(url), new DocumentLoaderOptions()));
            assertEquals(Optional.of(URI.create(url)), OfflineDocumentLoader.refusedUrl(error));
        }
    }

    @Test
    void refusalSurvivesTitaniumWrappingItDuringExpansion() {
        String json = "{\"@context\": \"https://contexts.invalid/v1\", \"name\": \"x\"}";
        JsonLdError error = assertThrows(JsonLdError.class,
                () -> JsonLd.expand(JsonDocument.of(new StringReader(json))).options(JsonLdOffline.options()).get());
        assertEquals(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, error.getCode());
        assertEquals(Optional.of(URI.create("https://contexts.invalid/v1")), OfflineDocumentLoader.refusedUrl(error));
    }

    @Test
    void refusedUrlIsEmptyForOtherErrors() {
        assertEquals(Optional.empty(), OfflineDocumentLoader.refusedUrl(new JsonLdError(JsonLdErrorCode.INVALID_IRI_MAPPING)));
        assertEquals(Optional.empty(), OfflineDocumentLoader.refusedUrl(new IllegalStateException("x")));
    }

    @Test
    void eachContextIsParsedOnceAndServedAsAFreshDocument() throws JsonLdError {
        Document first = loader.loadDocument(BundledContexts.CREDENTIALS_V2, new DocumentLoaderOptions());
        Document second = loader.loadDocument(BundledContexts.CREDENTIALS_V2, new DocumentLoaderOptions());
        assertSame(first.getJsonContent().orElseThrow(), second.getJsonContent().orElseThrow());
        first.setDocumentUrl(URI.create("https://elsewhere.invalid/"));
        assertEquals(BundledContexts.CREDENTIALS_V2, second.getDocumentUrl());
    }

    @Test
    void concurrentLoadsAllGetTheSameParsedContext() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonStructure>> loads = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                URI url = BundledContexts.urls().get(i % BundledContexts.urls().size());
                loads.add(() -> loader.loadDocument(url, new DocumentLoaderOptions()).getJsonContent().orElseThrow());
            }
            List<Future<JsonStructure>> results = pool.invokeAll(loads);
            for (int i = 0; i < results.size(); i++) {
                URI url = BundledContexts.urls().get(i % BundledContexts.urls().size());
                assertSame(loader.loadDocument(url, new DocumentLoaderOptions()).getJsonContent().orElseThrow(), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
