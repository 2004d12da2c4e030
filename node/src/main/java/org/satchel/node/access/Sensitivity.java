package org.satchel.node.access;

import java.util.Arrays;
import java.util.Optional;
import org.satchel.vocab.terms.SENSITIVITY;

/** The vocabulary's sensitivity classes, lowest first (their {@code sat:rank}). */
public enum Sensitivity {
    DIRECTORY(SENSITIVITY.directory.getURI()),
    EDUCATIONAL(SENSITIVITY.educational.getURI()),
    SPECIAL_CATEGORY(SENSITIVITY.special_category.getURI()),
    SAFEGUARDING(SENSITIVITY.safeguarding.getURI());

    private final String iri;

    Sensitivity(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    public static Optional<Sensitivity> fromIri(String iri) {
        return Arrays.stream(values()).filter(s -> s.iri.equals(iri)).findFirst();
    }

    /** The higher of two classes: a statement is as sensitive as the more sensitive of its kind and property. */
    static Sensitivity max(Sensitivity a, Sensitivity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
