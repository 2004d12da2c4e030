package org.satchel.credentials.status.bitstring;

import java.util.Optional;

/**
 * The status purposes Satchel keeps lists for (Bitstring Status List §2.1, {@code statusPurpose}),
 * one list per purpose. {@code refresh} and {@code message} are not used.
 */
public enum StatusPurpose {
    /** Cancels a credential for good; §2.1: "This status is not reversible." */
    REVOCATION("revocation"),
    /** Stops a credential being accepted for a while; §2.1: "This status is reversible." */
    SUSPENSION("suspension");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The {@code statusPurpose} string. */
    public String value() {
        return value;
    }

    /** The purpose a {@code statusPurpose} string names, if Satchel acts on it. */
    public static Optional<StatusPurpose> of(String value) {
        for (StatusPurpose purpose : values()) {
            if (purpose.value.equals(value)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
