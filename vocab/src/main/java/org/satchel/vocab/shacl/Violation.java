package org.satchel.vocab.shacl;

import java.util.Objects;

/**
 * One way a graph breaks the Satchel shapes.
 *
 * @param focusNode the resource at fault: an IRI, or {@code _:label} for a blank node
 * @param path the property concerned as a prefixed name ({@code sat:attendanceCode}), or {@code ""}
 *     when the rule is about the record as a whole and its message names the properties
 * @param message what is wrong, in plain words that name the property
 * @param severity {@code Violation}, {@code Warning} or {@code Info}
 */
public record Violation(String focusNode, String path, String message, String severity) {
    /** Checks that every part is present. */
    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** The violation as one line: {@code <focus> [path] message}. */
    public String describe() {
        String focus = focusNode.startsWith("_:") ? focusNode : "<" + focusNode + ">";
        return path.isEmpty() ? focus + " " + message : focus + " [" + path + "] " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
