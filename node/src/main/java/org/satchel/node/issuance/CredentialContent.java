package org.satchel.node.issuance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the record says for one credential, before it is secured: the same content shaped for each
 * format. Nothing here is signed yet, and nothing here has an issuer, an id or a status; the issuer
 * adds those.
 *
 * @param type        the credential type it was built by
 * @param learnerId   whose record it came from
 * @param sdJwtClaims the SD-JWT VC claims, {@code vct} included, no {@code iss}, {@code cnf} or {@code status}
 * @param vc          the VC Data Model 2.0 credential (contexts, types, validFrom, credentialSubject), no
 *                    {@code issuer}, {@code id} or {@code credentialStatus}
 * @param sources     the IRIs of the record statements it was built from, so that a correction to one of
 *                    them can find the credentials it touches
 */
public record CredentialContent(CredentialType type, String learnerId, Map<String, Object> sdJwtClaims,
        Map<String, Object> vc, List<String> sources) {
    public CredentialContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(learnerId, "learnerId");
        sdJwtClaims = Map.copyOf(sdJwtClaims);
        vc = Map.copyOf(vc);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a credential is built from at least one record statement");
        }
    }
}
