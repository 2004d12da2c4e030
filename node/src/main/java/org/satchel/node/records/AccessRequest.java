package org.satchel.node.records;

import java.util.Objects;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;

/** Who asks to do what with which learner's data, and why. */
public record AccessRequest(Principal principal, String learnerId, Purpose purpose, Action action) {
    public AccessRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(action, "action");
    }
}
