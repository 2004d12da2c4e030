package org.satchel.node.rights;

import java.util.Set;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.terms.SAT;

/**
 * Gives the learner, or a guardian for them, the learner's identifier for one relying party. The
 * identifier stands for the learner, so handing it out is an access like any other, and logged.
 */
final class Pseudonyms {
    private static final String LEARNER = SAT.Learner.getURI();

    private final RecordStore store;
    private final Gatekeeper gate;
    private final PairwiseIdentifiers identifiers;

    Pseudonyms(RecordStore store, Gatekeeper gate, PairwiseIdentifiers identifiers) {
        this.store = store;
        this.gate = gate;
        this.identifiers = identifiers;
    }

    /** The learner's identifier for {@code relyingParty}, for the learner or their guardian only. */
    Outcome<String> identifier(AccessRequest request, String relyingParty) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            // Staff and advocates may read a learner's record, but the identifiers a learner shows
            // to the outside world are theirs (and their family's) to hand out.
            return switch (Admission.admitLearnerOrGuardian(gate, c, request, Set.of(LEARNER))) {
                case Admission.TurnedAway t -> t.outcome();
                case Admission.Admitted a -> {
                    UpdateRequest update = new UpdateRequest();
                    AccessEvent event = gate.record(update, request, Set.of(LEARNER), true, a.legalBasis());
                    c.update(update);
                    yield new Outcome.Done<>(identifiers.identifier(relyingParty, request.learnerId()), event);
                }
            };
        });
    }
}
