package org.satchel.credentials.verify;

import java.net.URI;
import java.util.Optional;

/**
 * Where the verifier gets a status list credential from. Injected, so that a node fetches only
 * from federation members and tests only from loopback; the default knows none.
 */
@FunctionalInterface
public interface StatusListSource {

    /** The status list credential published at {@code uri}, as served (compact JWT or JSON). */
    Optional<String> fetch(URI uri);

    /** A source that has no status lists. */
    static StatusListSource none() {
        return uri -> Optional.empty();
    }
}
