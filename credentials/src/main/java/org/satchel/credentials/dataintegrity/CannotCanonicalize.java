package org.satchel.credentials.dataintegrity;

import java.net.URI;
import java.util.Optional;
import org.satchel.vocab.jsonld.OfflineDocumentLoader;

/**
 * A document that cannot be turned into canonical N-Quads: a context the offline loader refused,
 * a term no context defines, invalid JSON-LD, or a dataset that looks poisoned.
 */
final class CannotCanonicalize extends Exception {
    private static final long serialVersionUID = 1L;

    CannotCanonicalize(String message, Throwable cause) {
        super(message, cause);
    }

    /** The context URL the offline loader refused, if that is why. */
    Optional<URI> refusedContext() {
        return OfflineDocumentLoader.refusedUrl(this);
    }
}
