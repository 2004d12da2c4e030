package org.satchel.node.issuance.oid4vci;

import java.util.Objects;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;

/**
 * One credential a member of staff offered a learner: whose record, which type in which format,
 * and what to issue ({@code subject}, such as the record IRI of one achievement; its meaning is
 * the credential type's, checked by the {@link OfferCheck} when the offer was made).
 */
public record OfferedCredential(String learnerId, CredentialType type, CredentialFormat format, String subject) {
    public OfferedCredential {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(subject, "subject");
        if (!type.formats().contains(format)) {
            throw new IllegalArgumentException(type.id() + " is not offered as " + format.identifier());
        }
    }

    /** The OpenID4VCI credential configuration id, such as {@code exam-certificate.dc+sd-jwt}. */
    public String configurationId() {
        return type.configurationId(format);
    }
}
