package org.satchel.vocab.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;

/**
 * One JSON-LD context that Satchel ships: the URL it is published at and the classpath
 * resource holding a copy of its bytes (see {@code SOURCES.md} beside the resources).
 *
 * @param url the exact published URL, absolute and without a fragment
 * @param resource the file name inside {@value #FOLDER}
 */
public record BundledContext(URI url, String resource) {

    /** The classpath folder that holds every bundled context and its {@code SOURCES.md}. */
    public static final String FOLDER = "/org/satchel/vocab/contexts/";

    public BundledContext {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(resource, "resource");
        // A JSON-LD processor dereferences the URL without its fragment (RFC 3986 §3.5), so a
        // key with one could never be asked for; and only absolute URLs can be fetched at all.
        if (!url.isAbsolute() || url.getRawFragment() != null || url.isOpaque()) {
            throw new IllegalArgumentException("a context URL must be absolute, hierarchical and without a fragment: " + url);
        }
        if (resource.isBlank() || resource.contains("/")) {
            throw new IllegalArgumentException("resource must be a plain file name in " + FOLDER + ": " + resource);
        }
    }

    /** The absolute classpath path of the bundled copy. */
    public String resourcePath() {
        return FOLDER + resource;
    }

    /** Opens the bundled copy; the caller closes the stream. */
    public InputStream open() {
        InputStream in = BundledContext.class.getResourceAsStream(resourcePath());
        if (in == null) {
            // The jar was built without its resources: a packaging fault, not bad input.
            throw new IllegalStateException("bundled context missing from the class path: " + resourcePath());
        }
        return in;
    }

    /** Reads the bundled bytes, exactly as they were published. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled context " + resourcePath(), e);
        }
    }
}
