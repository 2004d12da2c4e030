package org.satchel.node.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The node's access rules, read from a Turtle rules file (by default the bundled
 * {@code access-rules.ttl}); answers what a principal may do with a learner's data, for a
 * purpose. Prohibited purposes get an empty permission whatever the rules say.
 */
public final class AccessPolicy {
    private static final String BUNDLED = "/org/satchel/node/access/access-rules.ttl";

    private final List<AccessRule> rules;

    private AccessPolicy(List<AccessRule> rules) {
        this.rules = rules;
    }

    /** The rules Satchel ships. */
    public static AccessPolicy standard() {
        InputStream in = AccessPolicy.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("the bundled access rules " + BUNDLED + " are missing from the classpath");
        }
        return new AccessPolicy(AccessRules.parse(in, "the bundled access-rules.ttl"));
    }

    /** Rules from a school's own Turtle file; a rule that cannot be read fully is refused in words. */
    public static AccessPolicy load(Path turtle) {
        try {
            return new AccessPolicy(AccessRules.parse(Files.newInputStream(turtle), turtle.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the access rules " + turtle, e);
        }
    }

    public List<AccessRule> rules() {
        return rules;
    }

    /** What {@code role}, holding {@code relationships} to the learner, may do for {@code purpose}. */
    public Permission permission(Role role, Set<Relationship> relationships, Purpose purpose, Action action, Consent consent) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.prohibited()) {
            return new Permission(List.of(), purpose, consent);
        }
        return new Permission(rules.stream().filter(r -> r.appliesTo(role, relationships, purpose, action)).toList(),
                purpose, consent);
    }
}
