package org.satchel.node.access;

import java.util.Objects;

/**
 * A purpose of access from the vocabulary's controlled list ({@code purpose:} codes), as named in
 * the {@code Satchel-Purpose} header. A prohibited purpose is refused whoever asks.
 */
public record Purpose(String code, String iri, String label, boolean prohibited) {
    public Purpose {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }
}
