package org.satchel.credentials.status.bitstring;

import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * Verifies a status list credential as served (Bitstring Status List §3.2 step 4: "ensure that all
 * proofs verify"), for the securing format the issuer chose: VC-JOSE today
 * ({@code VcJwt.statusListVerifier()}), Data Integrity later. The issuer must be one
 * {@code policy} trusts; the status list's own status is not checked.
 */
@FunctionalInterface
public interface StatusListCredentialVerifier {

    /** The verified credential (its claims), or why it is refused. */
    Verification verify(String served, VerificationPolicy policy);

    /** Tries {@code first}; if it refuses with {@code UNSUPPORTED_FORMAT}, tries {@code second}. */
    default StatusListCredentialVerifier orElse(StatusListCredentialVerifier second) {
        return (served, policy) -> {
            Verification result = verify(served, policy);
            if (result instanceof Verification.Invalid invalid
                    && invalid.has(ProblemCode.UNSUPPORTED_FORMAT)) {
                return second.verify(served, policy);
            }
            return result;
        };
    }
}
