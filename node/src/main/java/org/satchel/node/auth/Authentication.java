package org.satchel.node.auth;

import java.util.Objects;
import org.satchel.node.access.Principal;

/** What a request's Authorization header proves: a principal, no one (no header), or nothing, with the reason. */
public sealed interface Authentication {
    /** {@link Authenticated#via()} for a token this node signed. */
    String VIA_NODE_TOKEN = "node-token";
    /** {@link Authenticated#via()} for a staff token from the school's OpenID Connect provider. */
    String VIA_OIDC = "oidc";

    /** The request is made by this principal, proven as {@code via} says. */
    record Authenticated(Principal principal, String via) implements Authentication {
        public Authenticated {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(via, "via");
        }
    }

    /** There was no Authorization header. */
    record Anonymous() implements Authentication {}

    /** There was a header and it proves no one; the reason is in words and never repeats the token. */
    record Rejected(String reason) implements Authentication {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
