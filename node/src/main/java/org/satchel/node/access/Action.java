package org.satchel.node.access;

import java.util.Arrays;
import java.util.Optional;
import org.satchel.vocab.terms.CODE;

/** Kinds of access, as the vocabulary's {@code code:access-action} list names them. */
public enum Action {
    READ(CODE.action_read.getURI()),
    WRITE(CODE.action_write.getURI()),
    EXPORT(CODE.action_export.getURI()),
    ERASE(CODE.action_erase.getURI());

    private final String iri;

    Action(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    public static Optional<Action> fromIri(String iri) {
        return Arrays.stream(values()).filter(a -> a.iri.equals(iri)).findFirst();
    }
}
