package org.satchel.node.issuance.types;

import java.util.Objects;

/**
 * The school that issues a credential, as its claims name it.
 *
 * @param name the school's name, such as "Oakfield Academy"
 * @param urn  its DfE unique reference number (six digits)
 * @param did  its DID, the credential's issuer, such as {@code did:web:oakfield.school.example}
 */
public record School(String name, String urn, String did) {
    public School {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(did, "did");
        if (!did.startsWith("did:")) {
            throw new IllegalArgumentException("a school issues as a DID, not '" + did + "'");
        }
    }
}
