package org.satchel.node.importer;

import java.util.Objects;
import java.util.Optional;

/** One rejected row of an import: where it is and why, in words. */
public record RowProblem(String file, long line, Optional<String> column, String message) {
    public RowProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + " line " + line + column.map(c -> ", column " + c).orElse("") + ": " + message;
    }
}
