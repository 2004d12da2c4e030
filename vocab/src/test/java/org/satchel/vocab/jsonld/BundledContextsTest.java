package org.satchel.vocab.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledContextsTest {

    @Test
    void vc2ContextMatchesPublishedDigest() {
        // VC Data Model 2.0 (REC 2025-05-15) Appendix B.1 Base Context.
        assertDigest(BundledContexts.CREDENTIALS_V2, "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734");
    }

    @Test
    void vc11ContextMatchesPublishedDigest() {
        // VC Data Model 1.1 (REC 2022-03-03) Appendix B.1 Base Context.
        assertDigest(BundledContexts.CREDENTIALS_V1, "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc");
    }

    @Test
    void dataIntegrityAndMultikeyContextsMatchPublishedDigests() {
        // VC Data Integrity 1.0 (REC 2025-05-15) §2.4 Contexts and Vocabularies.
        assertDigest(BundledContexts.DATA_INTEGRITY_V2, "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4");
        assertDigest(BundledContexts.MULTIKEY_V1, "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597");
    }

    @Test
    void did11ContextMatchesPublishedDigest() {
        // DID 1.1 (CR Snapshot 2026-03-05) §6.2.4 Remote Resource Integrity.
        assertDigest(BundledContexts.DID_V1_1, "ea216ecc1cb02cd39b693dba2250141e270ba0bf95890be107dd9a9e8e43de85");
    }

    @Test
    void everyBundledFileMatchesTheDigestRecordedInSources() {
        Map<URI, String[]> recorded = sourcesTable();
        assertEquals(BundledContexts.urls().size(), recorded.size(), "SOURCES.md lists every bundled context, and only those");
        for (BundledContext bundled : BundledContexts.all().values()) {
            String[] row = recorded.get(bundled.url());
            assertTrue(row != null, () -> "SOURCES.md has no row for " + bundled.url());
            assertEquals(row[0], bundled.resource(), () -> "SOURCES.md names another file for " + bundled.url());
            assertEquals(row[1], sha256(bundled.bytes()), () -> bundled.resource() + " differs from the bytes recorded in SOURCES.md");
        }
    }

    @Test
    void satchelContextIsBundledAsAProtectedJsonLd11Context() {
        String text = new String(BundledContexts.find(BundledContexts.SATCHEL_CREDENTIALS_V1).orElseThrow().bytes(),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("\"@version\": 1.1"), text);
        assertTrue(text.contains("\"@protected\": true"), text);
        assertTrue(text.contains("\"sat\": \"https://w3id.org/satchel/ns#\""), text);
    }

    @Test
    void findAnswersForEveryListedUrl() {
        for (URI url : BundledContexts.urls()) {
            assertEquals(url, BundledContexts.find(url).orElseThrow().url());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/ns/credentials/v2#",
        "https://www.w3.org/ns/credentials/v2#issuer",
        "https://www.w3.org/ns/credentials/v2/",
        "https://WWW.W3.ORG/ns/credentials/v2",
        "HTTPS://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/ns/credentials/v2?x=1",
        "https://www.w3.org/ns/credentials/V2",
        "https://w3id.org/security/data-integrity/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.4.json"
    })
    void findAcceptsOnlyTheExactPublishedUrl(String nearMiss) {
        assertTrue(BundledContexts.find(URI.create(nearMiss)).isEmpty(), nearMiss);
    }

    @Test
    void theBundleCannotBeChangedByItsReaders() {
        assertThrows(UnsupportedOperationException.class, () -> BundledContexts.urls().clear());
        assertThrows(UnsupportedOperationException.class, () -> BundledContexts.all().clear());
    }

    @Test
    void aContextUrlWithAFragmentOrRelativeFormIsRejectedAsAKey() {
        assertThrows(IllegalArgumentException.class, () -> new BundledContext(URI.create("https://x.example/c#f"), "c.json"));
        assertThrows(IllegalArgumentException.class, () -> new BundledContext(URI.create("/c"), "c.json"));
        assertThrows(IllegalArgumentException.class, () -> new BundledContext(URI.create("https://x.example/c"), "../c.json"));
        assertFalse(BundledContexts.urls().isEmpty());
    }

    private static void assertDigest(URI url, String publishedSha256) {
        byte[] bytes = BundledContexts.find(url).orElseThrow().bytes();
        assertEquals(publishedSha256, sha256(bytes), () -> "bundled copy of " + url + " is not the published document");
    }

    /** Rows of the table in SOURCES.md: URL to {file, sha256}. */
    private static Map<URI, String[]> sourcesTable() {
        Pattern row = Pattern.compile("^\\| (\\S+) \\| `([^`]+)` \\| `([0-9a-f]{64})` \\|$", Pattern.MULTILINE);
        Map<URI, String[]> rows = new LinkedHashMap<>();
        Matcher m = row.matcher(sources());
        while (m.find()) {
            rows.put(URI.create(m.group(1)), new String[] {m.group(2), m.group(3)});
        }
        return rows;
    }

    private static String sources() {
        try (InputStream in = BundledContext.class.getResourceAsStream(BundledContext.FOLDER + "SOURCES.md")) {
            assertTrue(in != null, "SOURCES.md is on the class path beside the contexts");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
