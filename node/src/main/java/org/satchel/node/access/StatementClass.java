package org.satchel.node.access;

import java.util.Objects;
import java.util.Set;

/**
 * What the vocabulary says of one kind of statement (a property on a kind of record): its
 * sensitivity, the higher of the record kind's and the property's, and the purposes for which
 * the law requires it to be shared (empty when sharing it rests on consent).
 */
public record StatementClass(Sensitivity sensitivity, Set<String> statutoryFor) {
    public StatementClass {
        Objects.requireNonNull(sensitivity, "sensitivity");
        statutoryFor = Set.copyOf(statutoryFor);
    }

    /** Whether sharing this for {@code purpose} is a statutory duty rather than a matter of consent. */
    public boolean statutoryFor(Purpose purpose) {
        return statutoryFor.contains(purpose.iri());
    }
}
