package org.satchel.node.issuance;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One kind of credential a school issues from its record, as declared beside the vocabulary.
 *
 * @param id       short and stable, used as the OpenID4VCI {@code credential_configuration_id} prefix,
 *                 such as {@code exam-certificate}
 * @param name     for people, such as "Examination certificate"
 * @param vct      the SD-JWT VC type (a URI)
 * @param vcTypes  the VC {@code type} values after {@code VerifiableCredential}, such as {@code OpenBadgeCredential}
 * @param contexts the VC {@code @context} values after the VC 2.0 context
 * @param formats  the formats it is offered in
 */
public record CredentialType(String id, String name, String vct, List<String> vcTypes, List<String> contexts,
        Set<CredentialFormat> formats) {
    public CredentialType {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a credential type id is lower-case letters, digits and '-', not '" + id + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vct, "vct");
        vcTypes = List.copyOf(vcTypes);
        contexts = List.copyOf(contexts);
        formats = Set.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("credential type " + id + " is offered in no format");
        }
    }

    /** The OpenID4VCI credential configuration id for this type in {@code format}, such as {@code exam-certificate.dc+sd-jwt}. */
    public String configurationId(CredentialFormat format) {
        return id + "." + format.identifier();
    }
}
