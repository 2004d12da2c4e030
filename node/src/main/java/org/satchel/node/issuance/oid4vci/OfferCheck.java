package org.satchel.node.issuance.oid4vci;

import java.util.List;
import java.util.Optional;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.types.Candidate;

/**
 * Whether a credential of {@code type} about {@code subject} can be offered to the learner, checked
 * when an offer is made, by staff or by the learner themself (after the access rules let them read
 * the record): empty if it can, otherwise why not, in words for the person making the offer.
 */
@FunctionalInterface
public interface OfferCheck {
    Optional<String> refusal(String learnerId, CredentialType type, String subject);

    /**
     * What of {@code type} the learner's record could give, for the offer forms to choose from; only
     * asked once the access rules have let the asker read the record. A check that cannot list
     * them lists none, and the forms then offer nothing of that type.
     */
    default List<Candidate> candidates(String learnerId, CredentialType type) {
        return List.of();
    }

    /**
     * The candidate that stands for {@code subject} now that a correction has amended the record: the
     * same subject if the record still gives it, or the amended version of it. Empty if neither.
     */
    default Optional<Candidate> corrected(String learnerId, CredentialType type, String subject) {
        return candidates(learnerId, type).stream().filter(c -> c.subject().equals(subject)).findFirst();
    }
}
