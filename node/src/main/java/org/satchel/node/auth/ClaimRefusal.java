package org.satchel.node.auth;

import com.nimbusds.jwt.proc.BadJWTException;

/** A claim check's refusal, told apart from nimbus's own so that its words reach the caller. */
final class ClaimRefusal extends BadJWTException {
    private static final long serialVersionUID = 1L;

    ClaimRefusal(String reason) {
        super(reason);
    }
}
