package org.satchel.credentials.did;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link DidWebResolver} gets a {@code did.json} from. Injected, like the verifier's
 * status list source, so that a node fetches only from federation members (through its own HTTP
 * client and cache) and tests only from loopback; the resolver itself never opens a connection.
 */
@FunctionalInterface
public interface DidDocumentSource {

    /** The document served at {@code url} ({@code https://…/did.json}), or empty if none. */
    Optional<String> fetch(URI url);

    /** A source that serves exactly these documents, by URL (for tests, the demo and pinned documents). */
    static DidDocumentSource of(Map<URI, String> documents) {
        Map<URI, String> copy = Map.copyOf(documents);
        return url -> Optional.ofNullable(copy.get(Objects.requireNonNull(url, "url")));
    }
}
