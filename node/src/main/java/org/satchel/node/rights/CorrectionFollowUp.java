package org.satchel.node.rights;

import java.util.Map;
import org.satchel.node.records.AccessRequest;

/**
 * What else must follow when a correction is accepted and the record amended: credentials issued
 * from the old version are revoked and offered again from the new one. Its answer goes out with
 * the decision, so that the member of staff who decided can hand the learner the new offer.
 */
@FunctionalInterface
public interface CorrectionFollowUp {
    /** Nothing follows: a node that issues no credentials. */
    CorrectionFollowUp NONE = (decidedBy, challenged, amended, reason) -> Map.of();

    /**
     * Called once the amendment is stored.
     *
     * @param decidedBy  the staff member's request that accepted the correction
     * @param challenged the record IRI the correction challenged (now superseded)
     * @param amended    the record IRI of the amended version
     * @param reason     the decision's reason, for the learner to read
     * @return what followed, as JSON members of the decision's answer (empty when nothing did)
     */
    Map<String, Object> accepted(AccessRequest decidedBy, String challenged, String amended, String reason);
}
