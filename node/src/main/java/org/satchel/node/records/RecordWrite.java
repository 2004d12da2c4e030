package org.satchel.node.records;

import java.util.List;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.vocab.shacl.Violation;

/** What came of adding or amending records. */
public sealed interface RecordWrite {
    /** Stored: the IRIs the node gave the new records, and the event that logged the write. */
    record Stored(List<String> records, AccessEvent event) implements RecordWrite {}

    /** Refused by the access rules, and the refusal logged; nothing stored. */
    record Refused(Refusal refusal, AccessEvent event) implements RecordWrite {}

    /** Not a record the node can accept as sent (no kind, an IRI it did not mint…); nothing stored. */
    record Malformed(String words) implements RecordWrite {}

    /** The records break the shapes: every violation, in words; nothing stored. */
    record Invalid(List<Violation> violations) implements RecordWrite {}

    /** This node holds no record for the learner. */
    record NoSuchLearner(String learnerId) implements RecordWrite {}
}
