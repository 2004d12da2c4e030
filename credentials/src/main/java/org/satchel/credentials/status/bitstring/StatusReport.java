package org.satchel.credentials.status.bitstring;

import java.util.List;
import java.util.Objects;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Problem;

/**
 * The status of a whole credential, ready for the verifier: what it learnt, and the problems
 * (revoked, suspended, status unavailable) that make the credential invalid; none if it is good.
 */
public record StatusReport(CredentialStatus status, List<Problem> problems) {
    public StatusReport {
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
    }
}
