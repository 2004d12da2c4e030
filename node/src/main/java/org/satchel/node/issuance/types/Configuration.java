package org.satchel.node.issuance.types;

import java.util.Objects;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;

/** An OpenID4VCI credential configuration: a credential type in one format. */
public record Configuration(CredentialType type, CredentialFormat format) {
    public Configuration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
    }

    /** Its {@code credential_configuration_id}, such as {@code exam-certificate.dc+sd-jwt}. */
    public String id() {
        return type.configurationId(format);
    }
}
