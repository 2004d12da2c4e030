package org.satchel.credentials.jose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;

/** The outcome of verifying a presentation: its holder and every credential in it, or why it is refused. */
public sealed interface PresentationVerification permits PresentationVerification.Valid, PresentationVerification.Invalid {

    /** A good presentation: who presented it, the credentials it carried (each verified), and its claims. */
    record Valid(String holder, List<Verification.Valid> credentials, Map<String, Object> claims) implements PresentationVerification {
        public Valid {
            Objects.requireNonNull(holder, "holder");
            credentials = List.copyOf(credentials);
            claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        }
    }

    /**
     * A refused presentation: every problem found, never none. A problem in an enveloped credential
     * has a path starting {@code verifiableCredential[i]}.
     */
    record Invalid(List<Problem> problems) implements PresentationVerification {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid presentation needs at least one problem");
            }
        }

        /** True if one of the problems has this code. */
        public boolean has(ProblemCode code) {
            return problems.stream().anyMatch(p -> p.code() == code);
        }
    }

    /** Whether the presentation was accepted. */
    default boolean isValid() {
        return this instanceof Valid;
    }
}
