package org.satchel.node.web;

import java.util.Map;
import java.util.Objects;

/**
 * Thrown by a handler to answer with a problem: the one error handler turns it into RFC 9457
 * problem+json. {@code extensions} become extra members (such as {@code violations}).
 */
public final class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final transient Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
