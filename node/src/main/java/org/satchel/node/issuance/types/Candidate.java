package org.satchel.node.issuance.types;

import java.util.Objects;

/**
 * One credential a learner's record could give: its subject (what {@link CredentialTypes#build}
 * is asked to build, such as an achievement's IRI or an examination series {@code 2024-06}) and a
 * label for people.
 */
public record Candidate(String subject, String label) {
    public Candidate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(label, "label");
    }
}
