package org.satchel.node.issuance.types;

import java.util.List;

/**
 * A credential type declaration the node will not load, with every reason in words: a mistake in
 * the declaration (a deployment's fault), never something a request can cause.
 */
public final class DeclarationRefused extends RuntimeException {
    private final List<String> reasons;

    DeclarationRefused(List<String> reasons) {
        super("credential type declaration refused: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** Each reason, naming the type and the term or query it is about. */
    public List<String> reasons() {
        return reasons;
    }
}
