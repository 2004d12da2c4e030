package org.satchel.vocab.generator;

import java.util.Map;
import java.util.TreeMap;

/** Adds up what a run wrote, learner by learner, into a {@link GenerationSummary}. */
final class Tally {
    private final TreeMap<String, Long> recordsByKind = new TreeMap<>();
    private long quads;
    private int learners;

    void school(long triples) {
        quads += triples;
    }

    void learner(long triples, Map<String, Long> records) {
        learners++;
        quads += triples;
        records.forEach((kind, n) -> recordsByKind.merge(kind, n, Long::sum));
    }

    GenerationSummary summary() {
        return new GenerationSummary(learners, quads, recordsByKind);
    }
}
