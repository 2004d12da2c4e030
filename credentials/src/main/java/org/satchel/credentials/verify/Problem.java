package org.satchel.credentials.verify;

import java.util.Objects;

/**
 * One reason a credential was refused: a stable code, a message in words that names the failing
 * check, and where in the credential (a JSON pointer or a dotted path; empty for the whole).
 */
public record Problem(ProblemCode code, String message, String path) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
    }

    /** A problem about the whole credential. */
    public static Problem of(ProblemCode code, String message) {
        return new Problem(code, message, "");
    }

    /** The message, always starting with the check's words so a person sees what failed. */
    public String describe() {
        String head = message.startsWith(code.words()) ? message : code.words() + ": " + message;
        return path.isEmpty() ? head : head + " (at " + path + ")";
    }
}
