package org.satchel.node.issuance.oid4vci;

import java.util.Objects;

/** What came of securing one credential: issued, or refused in words. */
public sealed interface Minted permits Minted.Issued, Minted.Refused {
    /**
     * An issued credential as its format sends it (OpenID4VCI 1.0 Appendix A): the compact SD-JWT VC
     * or JWT for {@code dc+sd-jwt} and {@code jwt_vc_json}, the JSON text of the secured credential
     * for {@code ldp_vc}; and the id the issuer keeps it under (for status and corrections).
     */
    record Issued(String credential, String credentialId) implements Minted {
        public Issued {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(credentialId, "credentialId");
        }
    }

    /** The record does not support this credential (any more); the wallet gets {@code credential_request_denied}. */
    record Refused(String reason) implements Minted {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
