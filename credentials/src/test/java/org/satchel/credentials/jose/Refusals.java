package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;

/** Assertions that a refusal carries the code clients match on and says, in words, which check failed. */
final class Refusals {
    private Refusals() {
    }

    static Problem assertRefused(Verification verification, ProblemCode code, String words) {
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, verification, () -> "accepted, expected " + code);
        return find(invalid.problems(), code, words);
    }

    static Problem assertRefused(PresentationVerification verification, ProblemCode code, String words) {
        PresentationVerification.Invalid invalid = assertInstanceOf(PresentationVerification.Invalid.class, verification,
                () -> "accepted, expected " + code);
        return find(invalid.problems(), code, words);
    }

    private static Problem find(List<Problem> problems, ProblemCode code, String words) {
        Problem problem = problems.stream().filter(p -> p.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " among " + problems));
        String described = problem.describe();
        assertTrue(described.startsWith(code.words()), described);
        assertTrue(described.contains(words), "'" + described + "' does not say '" + words + "'");
        return problem;
    }
}
