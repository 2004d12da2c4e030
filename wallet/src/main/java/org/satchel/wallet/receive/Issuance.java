package org.satchel.wallet.receive;

import java.util.List;
import java.util.Objects;

/** What came of taking up a credential offer. */
public sealed interface Issuance permits Issuance.Received, Issuance.Refused {
    /**
     * The credentials the issuer sent for one configuration: compact strings for SD-JWT VC and
     * JWT formats, JSON text for a Data Integrity credential (§8.3: "MUST NOT be re-encoded").
     */
    record Received(String configurationId, List<String> credentials) implements Issuance {
        public Received {
            Objects.requireNonNull(configurationId, "configurationId");
            credentials = List.copyOf(credentials);
        }
    }

    /**
     * The issuer, or the wallet itself, stopped the flow at {@code step} (offer, metadata, token,
     * nonce, credential) with an OAuth or OpenID4VCI error code ({@code invalid_grant},
     * {@code invalid_proof}, …) or the wallet's own reason.
     */
    record Refused(String step, String error, String description) implements Issuance {
        public Refused {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(description, "description");
        }
    }
}
