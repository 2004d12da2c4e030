package org.satchel.vocab.jsonld;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The JSON-LD contexts Satchel ships, keyed by the exact URL each is published at. Satchel
 * never fetches a context: a URL that is not a key here is refused by {@link OfflineDocumentLoader}.
 *
 * <p>Lookups match the published URL character for character. No {@code http://} variant,
 * fragment, trailing slash or change of case is accepted, although a web fetch of those would
 * often return the same bytes: VC 2.0 §4.3 and VC 1.1 §4.1 require the exact {@code https}
 * base context URL, the same string is what a signature covers, and accepting near-misses would
 * let two spellings of one credential verify alike. A credential that spells a context
 * differently is refused with its URL named, which is the behaviour an issuer can fix.
 */
public final class BundledContexts {

    /** W3C Verifiable Credentials Data Model 2.0 base context. */
    public static final URI CREDENTIALS_V2 = URI.create("https://www.w3.org/ns/credentials/v2");
    /** The VC 2.0 examples context ({@code @vocab} only), used by the specs' examples and test vectors. */
    public static final URI CREDENTIALS_EXAMPLES_V2 = URI.create("https://www.w3.org/ns/credentials/examples/v2");
    /** W3C Verifiable Credentials Data Model 1.1 base context, still sent by older wallets. */
    public static final URI CREDENTIALS_V1 = URI.create("https://www.w3.org/2018/credentials/v1");
    /** VC Data Integrity 1.0 context. */
    public static final URI DATA_INTEGRITY_V2 = URI.create("https://w3id.org/security/data-integrity/v2");
    /** Multikey verification method context. */
    public static final URI MULTIKEY_V1 = URI.create("https://w3id.org/security/multikey/v1");
    /** DID 1.0 context. */
    public static final URI DID_V1 = URI.create("https://www.w3.org/ns/did/v1");
    /** DID 1.1 context. */
    public static final URI DID_V1_1 = URI.create("https://www.w3.org/ns/did/v1.1");
    /** 1EdTech Open Badges 3.0 context, current version. */
    public static final URI OPEN_BADGES_V3_0_3 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    /** 1EdTech Open Badges 3.0 context, version 3.0.2. */
    public static final URI OPEN_BADGES_V3_0_2 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json");
    /** 1EdTech Open Badges 3.0 context, version 3.0.1. */
    public static final URI OPEN_BADGES_V3_0_1 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json");
    /** 1EdTech Open Badges 3.0 context as first published (3.0.0), before the URLs carried versions. */
    public static final URI OPEN_BADGES_V3_0_0 = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context.json");
    /** 1EdTech Comprehensive Learner Record 2.0 context. */
    public static final URI CLR_V2_0_1 = URI.create("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json");
    /** Satchel's own credential context. */
    public static final URI SATCHEL_CREDENTIALS_V1 = URI.create("https://w3id.org/satchel/credentials/v1");

    private static final SequencedMap<URI, BundledContext> ALL = index(
            new BundledContext(CREDENTIALS_V2, "credentials-v2.jsonld"),
            new BundledContext(CREDENTIALS_EXAMPLES_V2, "credentials-examples-v2.jsonld"),
            new BundledContext(CREDENTIALS_V1, "credentials-v1.jsonld"),
            new BundledContext(DATA_INTEGRITY_V2, "data-integrity-v2.jsonld"),
            new BundledContext(MULTIKEY_V1, "multikey-v1.jsonld"),
            new BundledContext(DID_V1, "did-v1.jsonld"),
            new BundledContext(DID_V1_1, "did-v1.1.jsonld"),
            new BundledContext(OPEN_BADGES_V3_0_3, "ob-v3p0-context-3.0.3.json"),
            new BundledContext(OPEN_BADGES_V3_0_2, "ob-v3p0-context-3.0.2.json"),
            new BundledContext(OPEN_BADGES_V3_0_1, "ob-v3p0-context-3.0.1.json"),
            new BundledContext(OPEN_BADGES_V3_0_0, "ob-v3p0-context.json"),
            new BundledContext(CLR_V2_0_1, "clr-v2p0-context-2.0.1.json"),
            new BundledContext(SATCHEL_CREDENTIALS_V1, "satchel-credentials-v1.jsonld"));

    private static final List<URI> URLS = List.copyOf(ALL.keySet());

    private BundledContexts() {
    }

    /** Every bundled context by its published URL, in a stable order; the map is unmodifiable. */
    public static SequencedMap<URI, BundledContext> all() {
        return ALL;
    }

    /** The bundled context published at exactly this URL, if Satchel ships it. */
    public static Optional<BundledContext> find(URI url) {
        Objects.requireNonNull(url, "url");
        // Compare the written form too: URI.equals folds the case of scheme, host and %-escapes.
        return Optional.ofNullable(ALL.get(url))
                .filter(bundled -> bundled.url().toString().equals(url.toString()));
    }

    /** The published URLs of every bundled context, in the same order as {@link #all()}. */
    public static List<URI> urls() {
        return URLS;
    }

    private static SequencedMap<URI, BundledContext> index(BundledContext... contexts) {
        LinkedHashMap<URI, BundledContext> byUrl = new LinkedHashMap<>();
        for (BundledContext context : contexts) {
            if (byUrl.put(context.url(), context) != null) {
                throw new IllegalStateException("context bundled twice: " + context.url());
            }
        }
        return Collections.unmodifiableSequencedMap(byUrl);
    }
}
