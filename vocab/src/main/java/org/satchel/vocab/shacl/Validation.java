package org.satchel.vocab.shacl;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating a graph against the Satchel shapes: {@link Valid}, or {@link Invalid}
 * with every violation found.
 */
public sealed interface Validation permits Validation.Valid, Validation.Invalid {

    /** The violations, ordered by focus node, path and message; empty when the graph is valid. */
    List<Violation> violations();

    /** The outcome in words: one line per violation, or one line saying the graph conforms. */
    String describe();

    /** Whether the graph conforms to every shape. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The graph conforms to every shape. */
    record Valid() implements Validation {
        @Override
        public List<Violation> violations() {
            return List.of();
        }

        @Override
        public String describe() {
            return "valid: the graph conforms to the Satchel shapes";
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** The graph breaks at least one shape; {@code violations} says where and how, in words. */
    record Invalid(List<Violation> violations) implements Validation {
        /** Keeps an immutable copy; an invalid outcome without a violation would be a contradiction. */
        public Invalid {
            violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid outcome needs at least one violation");
            }
        }

        @Override
        public String describe() {
            return violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
