package org.satchel.node.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.ROLE;

/** The roles a principal acts in, as the vocabulary names them ({@code role:} codes). */
public enum Role {
    TEACHER(ROLE.teacher, true),
    SENCO(ROLE.senco, true),
    DSL(ROLE.dsl, true),
    HEAD(ROLE.head, true),
    LEARNER(ROLE.learner, false),
    GUARDIAN(ROLE.guardian, false),
    ADVOCATE(ROLE.advocate, false),
    DATABODY(ROLE.databody, false),
    INSPECTOR(ROLE.inspector, false);

    private final Resource iri;
    private final boolean staff;

    Role(Resource iri, boolean staff) {
        this.iri = iri;
        this.staff = staff;
    }

    /** The code as written in tokens, headers and rules: {@code teacher}, {@code dsl}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The vocabulary's IRI for this role. */
    public Resource iri() {
        return iri;
    }

    /** Whether this is a member of the school's staff. */
    public boolean staff() {
        return staff;
    }

    /** The role with this code, if there is one. */
    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /** The role with this vocabulary IRI, if there is one. */
    public static Optional<Role> fromIri(String iri) {
        return Arrays.stream(values()).filter(r -> r.iri.getURI().equals(iri)).findFirst();
    }
}
