package org.satchel.node.issuance.oid4vci;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code c_nonce} values of the nonce endpoint (OpenID4VCI 1.0 §7), in memory (see
 * {@link Expiring}): unpredictable, good for {@link #LIFETIME}, and spent by the credential
 * request whose key proofs carry them, so that a proof cannot be replayed (§13.8).
 */
final class Nonces {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int BOUND = 100_000;

    private final Clock clock;
    private final Expiring<Boolean> live;

    Nonces(Clock clock) {
        this.clock = clock;
        this.live = new Expiring<>(clock, BOUND);
    }

    /** A fresh nonce; empty when too many are live. */
    Optional<String> issue() {
        String nonce = Secrets.token();
        return live.put(nonce, Boolean.TRUE, clock.instant().plus(LIFETIME)) ? Optional.of(nonce) : Optional.empty();
    }

    /** Whether {@code nonce} is one this issuer gave out that has neither lapsed nor been spent. */
    boolean isLive(String nonce) {
        return live.get(nonce).isPresent();
    }

    /** Spends {@code nonce}; false if it was not live (spent by a request that won a race, or lapsed). */
    boolean spend(String nonce) {
        return live.take(nonce).isPresent();
    }
}
