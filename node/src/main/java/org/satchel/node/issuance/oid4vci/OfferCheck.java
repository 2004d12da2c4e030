package org.satchel.node.issuance.oid4vci;

import java.util.Optional;
import org.satchel.node.issuance.CredentialType;

/**
 * Whether a credential of {@code type} about {@code subject} can be offered to the learner, checked
 * when staff make the offer (after the access rules let them read the record): empty if it can,
 * otherwise why not, in words for the member of staff.
 */
@FunctionalInterface
public interface OfferCheck {
    Optional<String> refusal(String learnerId, CredentialType type, String subject);
}
