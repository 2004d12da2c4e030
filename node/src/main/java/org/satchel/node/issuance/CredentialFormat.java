package org.satchel.node.issuance;

import java.util.Optional;

/**
 * The securing formats the node issues in, by their OpenID4VCI 1.0 format identifiers
 * (Appendix A): SD-JWT VC, a JWT-secured VC, and a VC with a Data Integrity proof.
 */
public enum CredentialFormat {
    DC_SD_JWT("dc+sd-jwt"),
    JWT_VC_JSON("jwt_vc_json"),
    LDP_VC("ldp_vc");

    private final String identifier;

    CredentialFormat(String identifier) {
        this.identifier = identifier;
    }

    /** The format identifier as OpenID4VCI and its metadata name it. */
    public String identifier() {
        return identifier;
    }

    public static Optional<CredentialFormat> of(String identifier) {
        for (CredentialFormat format : values()) {
            if (format.identifier.equals(identifier)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
