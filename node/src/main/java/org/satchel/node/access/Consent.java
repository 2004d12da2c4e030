package org.satchel.node.access;

import java.util.Map;
import java.util.Optional;

/**
 * The learner's current decisions on sharing the law does not require, purpose by purpose (the
 * latest {@code sat:ConsentSetting} for each). A purpose with no decision follows its default:
 * opt-in purposes (research) are off, other sharing is on until declined.
 */
public record Consent(Map<String, Boolean> givenByPurposeIri) {
    public Consent {
        givenByPurposeIri = Map.copyOf(givenByPurposeIri);
    }

    public static Consent none() {
        return new Consent(Map.of());
    }

    /** The learner's decision for this purpose, if they made one. */
    public Optional<Boolean> decision(Purpose purpose) {
        return Optional.ofNullable(givenByPurposeIri.get(purpose.iri()));
    }
}
