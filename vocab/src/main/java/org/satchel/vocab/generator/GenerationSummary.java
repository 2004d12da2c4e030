package org.satchel.vocab.generator;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run wrote.
 *
 * @param learners      learner graphs (or pupils, for CSV)
 * @param quads         statements in the N-Quads form of the run, the school graph included
 *                      (the same for a CSV run, which writes the same school)
 * @param recordsByKind records written, by the local name of their class ({@code AttendanceMark} to count)
 */
public record GenerationSummary(int learners, long quads, SortedMap<String, Long> recordsByKind) {
    public GenerationSummary {
        Objects.requireNonNull(recordsByKind, "recordsByKind");
        recordsByKind = Collections.unmodifiableSortedMap(new TreeMap<>(recordsByKind));
    }

    /** Records of every kind together. */
    public long records() {
        return recordsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
