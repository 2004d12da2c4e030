package org.satchel.node.rights;

import java.util.List;
import java.util.function.Function;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.RecordWrite;
import org.satchel.node.records.Refusal;
import org.satchel.vocab.shacl.Violation;

/**
 * What came of exercising a right: done (with the event that logged it), or why not, each case
 * one problem type on the wire. Whatever is not {@link Done} changed nothing in the record.
 */
sealed interface Outcome<T> {
    /** Done; the access event was written in the same update as any change. */
    record Done<T>(T value, AccessEvent event) implements Outcome<T> {}

    /** Refused by the access rules, and the refusal logged. */
    record Refused<T>(Refusal refusal, AccessEvent event) implements Outcome<T> {}

    /** This node holds no record for the learner. */
    record NoSuchLearner<T>(String learnerId) implements Outcome<T> {}

    /** No such record (or none the caller may see) in this learner's record. */
    record NotFound<T>(String words) implements Outcome<T> {}

    /** The record is not in the state the request needs (already decided, already revoked…). */
    record Conflict<T>(String words) implements Outcome<T> {}

    /** Not something the node can store as asked, in words. */
    record Unacceptable<T>(String words) implements Outcome<T> {}

    /** What would be stored breaks the shapes. */
    record Invalid<T>(List<Violation> violations) implements Outcome<T> {}

    /** The outcome of a record write: {@code whenStored} says what a stored one comes to. */
    static <T> Outcome<T> after(RecordWrite write, Function<RecordWrite.Stored, Outcome<T>> whenStored) {
        return switch (write) {
            case RecordWrite.Stored s -> whenStored.apply(s);
            case RecordWrite.Refused r -> new Refused<>(r.refusal(), r.event());
            case RecordWrite.Malformed m -> new Unacceptable<>(m.words());
            case RecordWrite.Invalid i -> new Invalid<>(i.violations());
            case RecordWrite.NoSuchLearner n -> new NoSuchLearner<>(n.learnerId());
        };
    }
}
