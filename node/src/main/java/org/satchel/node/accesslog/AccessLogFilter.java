package org.satchel.node.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which events a reader of the log gets: a time window, one kind of data, and whether events
 * the designated safeguarding lead deferred are hidden (as they are from guardians until then).
 */
public record AccessLogFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> kind,
        Optional<LocalDate> hideDeferredOn) {
    public static AccessLogFilter all() {
        return new AccessLogFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    boolean accepts(AccessEvent event) {
        return from.map(f -> !event.at().isBefore(f)).orElse(true)
                && to.map(t -> event.at().isBefore(t)).orElse(true)
                && kind.map(k -> event.dataKinds().contains(k)).orElse(true)
                && hideDeferredOn.map(event::visibleToGuardiansOn).orElse(true);
    }
}
