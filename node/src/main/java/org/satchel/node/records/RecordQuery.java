package org.satchel.node.records;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which part of a record a reader asks for: kinds of record (ontology class IRIs; empty for all),
 * a window on when statements were recorded, and whether superseded versions come too.
 */
public record RecordQuery(Set<String> kinds, Optional<Instant> from, Optional<Instant> to, boolean withHistory) {
    public RecordQuery {
        kinds = Set.copyOf(kinds);
    }

    public static RecordQuery whole() {
        return new RecordQuery(Set.of(), Optional.empty(), Optional.empty(), false);
    }

    public static RecordQuery kinds(Set<String> kinds) {
        return new RecordQuery(kinds, Optional.empty(), Optional.empty(), false);
    }
}
