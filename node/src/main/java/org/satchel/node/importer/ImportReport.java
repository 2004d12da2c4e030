package org.satchel.node.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import did: the files stored whole, the files refused whole with every rejected row,
 * and how much was read and stored.
 */
public record ImportReport(Set<String> imported, Map<String, List<RowProblem>> rejected, int learners, long triples) {
    public ImportReport {
        imported = Collections.unmodifiableSet(new TreeSet<>(imported));
        Map<String, List<RowProblem>> copy = new LinkedHashMap<>();
        rejected.forEach((file, rows) -> copy.put(file, List.copyOf(rows)));
        rejected = Collections.unmodifiableMap(copy);
    }

    /** Whether every file was stored. */
    public boolean complete() {
        return rejected.isEmpty();
    }

    public int rejectedRows() {
        return rejected.values().stream().mapToInt(List::size).sum();
    }
}
