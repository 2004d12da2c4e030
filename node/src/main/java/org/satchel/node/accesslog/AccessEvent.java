package org.satchel.node.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.satchel.node.access.Action;
import org.satchel.node.access.Role;

/**
 * One access to a learner's data, allowed or refused: who, in what role, when, for what
 * purpose, which kinds of data, what they did, the outcome and its legal basis; and, if the
 * designated safeguarding lead deferred showing it to guardians, until when and why.
 *
 * @param iri        the event's IRI
 * @param accessor   the agent's IRI
 * @param purposeIri a {@code purpose:} IRI (prohibited purposes included: their attempts are logged)
 * @param dataKinds  record kinds (ontology class IRIs) the access touched or asked for
 * @param legalBasis a {@code basis:} IRI; {@code basis:none} for a refusal
 */
public record AccessEvent(String iri, String learnerId, String accessor, Role role, Instant at, String purposeIri,
        Set<String> dataKinds, Action action, boolean allowed, String legalBasis, Optional<Deferral> deferral) {
    public AccessEvent {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(accessor, "accessor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(purposeIri, "purposeIri");
        dataKinds = java.util.Collections.unmodifiableSet(new TreeSet<>(dataKinds));
        if (dataKinds.isEmpty()) {
            throw new IllegalArgumentException("an access event names at least one kind of data");
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(deferral, "deferral");
    }

    /** The designated safeguarding lead's decision to hide an event from guardians for a time. */
    public record Deferral(LocalDate until, String reason) {
        public Deferral {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a deferral says why telling guardians now could put the child at risk");
            }
        }
    }

    /** Whether a guardian may see this event on {@code today}. */
    public boolean visibleToGuardiansOn(LocalDate today) {
        return deferral.map(d -> !today.isBefore(d.until())).orElse(true);
    }
}
