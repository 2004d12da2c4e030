package org.satchel.node.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of the rules file: which roles, through which relationship, for which purposes, may
 * take which actions on statements of which sensitivity classes (optionally only on some record
 * kinds), narrowed by scope, and on what legal basis.
 */
public record AccessRule(String id, String comment, Set<Role> roles, Set<Relationship> relationships,
        Set<String> purposes, Set<Action> actions, Set<Sensitivity> sensitivities, Set<String> recordKinds,
        Scope scope, String legalBasis) {
    public AccessRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(comment, "comment");
        roles = Set.copyOf(roles);
        relationships = Set.copyOf(relationships);
        purposes = Set.copyOf(purposes);
        actions = Set.copyOf(actions);
        sensitivities = Set.copyOf(sensitivities);
        recordKinds = Set.copyOf(recordKinds);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** Whether the rule speaks to this role, relationship set, purpose and action at all. */
    boolean appliesTo(Role role, Set<Relationship> held, Purpose purpose, Action action) {
        return roles.contains(role) && purposes.contains(purpose.iri()) && actions.contains(action)
                && relationships.stream().anyMatch(held::contains);
    }

    /** Whether the rule reaches a statement of this class on a record of this kind (ignoring consent). */
    boolean reaches(Optional<String> kind, StatementClass statement) {
        return sensitivities.contains(statement.sensitivity())
                && (recordKinds.isEmpty() || kind.map(recordKinds::contains).orElse(false));
    }
}
