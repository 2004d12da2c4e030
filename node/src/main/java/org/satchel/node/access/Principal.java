package org.satchel.node.access;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is asking: a role and an identifier local to the node — a staff code ({@code T0008}), a
 * learner's pupil id, a guardian's contact id, an advocate's or the data body's own id. Written
 * {@code role:id}, as in tokens and in {@code ./satchel node token --as}.
 */
public record Principal(Role role, String id) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Principal {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a principal's id is 1 to 64 letters, digits, '.', '_' or '-', not '" + id + "'");
        }
    }

    /** Parses {@code role:id}; empty if the role is unknown or the id malformed. */
    public static Optional<Principal> parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<Role> role = Role.fromCode(text.substring(0, colon));
        String id = text.substring(colon + 1);
        if (role.isEmpty() || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Principal(role.get(), id));
    }

    /** {@code role:id}. */
    @Override
    public String toString() {
        return role.code() + ":" + id;
    }

    /**
     * The principal's IRI under the node's base, as records and access events name agents:
     * staff under {@code staff/}, learners under {@code learners/}, guardians under
     * {@code guardians/} (the generator's and the MIS export's conventions).
     */
    public String iri(String base) {
        String folder = switch (role) {
            case TEACHER, SENCO, DSL, HEAD -> "staff/";
            case LEARNER -> "learners/";
            case GUARDIAN -> "guardians/";
            case ADVOCATE -> "advocates/";
            case DATABODY -> "databody/";
            case INSPECTOR -> "inspectors/";
        };
        return base + folder + id;
    }
}
