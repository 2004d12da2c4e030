package org.satchel.credentials.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The outcome of verifying a credential or presentation: valid with what it says, or invalid with why. */
public sealed interface Verification permits Verification.Valid, Verification.Invalid {

    /**
     * A good credential: its format, issuer, holder (when bound to one), status, and the claims
     * the verifier may see (for SD-JWT VC, only the disclosed ones).
     */
    record Valid(Format format, String issuer, Optional<String> holder, CredentialStatus status,
                 Map<String, Object> claims) implements Verification {
        public Valid {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(status, "status");
            // JSON claims may hold nulls and their order is the issuer's: keep both.
            claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
        }
    }

    /** A refused credential: every problem found, never none. */
    record Invalid(List<Problem> problems) implements Verification {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid verification needs at least one problem");
            }
        }

        /** True if one of the problems has this code. */
        public boolean has(ProblemCode code) {
            return problems.stream().anyMatch(p -> p.code() == code);
        }
    }

    /** Whether the credential was accepted. */
    default boolean isValid() {
        return this instanceof Valid;
    }
}
