package org.satchel.node.access;

import java.util.Arrays;
import java.util.Optional;

/** How a rule narrows what it reaches by sharing basis; see the rules file's header. */
public enum Scope {
    ANY("any"),
    STATUTORY_ONLY("statutory-only"),
    STATUTORY_OR_CONSENTED("statutory-or-consented"),
    OPT_IN("opt-in"),
    NOT_STATUTORY("not-statutory");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<Scope> fromIri(String iri) {
        return Arrays.stream(values()).filter(s -> iri.equals(AccessRules.NS + s.code)).findFirst();
    }
}
