package org.satchel.node.pages;

import java.util.List;
import java.util.Optional;
import org.satchel.node.issuance.types.Candidate;

/**
 * What a learner's record could give as credentials, for the my-record page's form that collects
 * one into the learner's wallet. It reads the record without logging: ask only once the page's own
 * read of the record has been allowed and logged.
 */
public interface CredentialChoices {
    /** Each credential type the node issues, with what of it the learner's record gives. */
    List<OfferPages.Kind> kinds(String learnerId);

    /**
     * What collects again a credential revoked by a correction: of the type {@code typeId}, the
     * same subject if the record still gives it, or its amended version; empty if neither.
     */
    Optional<Candidate> corrected(String learnerId, String typeId, String subject);
}
