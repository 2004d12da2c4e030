package org.satchel.node.records;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.satchel.node.accesslog.AccessEvent;

/** What came of reading a learner's record. */
public sealed interface RecordRead {
    /** The part of the record the reader may see, with the event that logged it. */
    record Served(Graph graph, Set<String> kinds, AccessEvent event) implements RecordRead {}

    /** Refused, and the refusal logged. */
    record Refused(Refusal refusal, AccessEvent event) implements RecordRead {}

    /** This node holds no record for the learner. */
    record NoSuchLearner(String learnerId) implements RecordRead {}
}
