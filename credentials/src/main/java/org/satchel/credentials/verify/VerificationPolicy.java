package org.satchel.credentials.verify;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a verifier requires of a credential: whom it trusts, the nonce and audience it expects
 * of a presentation, how much clock skew it forgives, how fresh a key binding must be, and
 * whether status is checked.
 */
public record VerificationPolicy(IssuerTrust trust, Optional<String> nonce, Optional<String> audience,
                                 Duration clockSkew, Duration keyBindingMaxAge, boolean checkStatus,
                                 Set<String> allowedAlgorithms, Clock clock, StatusListSource statusLists) {
    /** The JWS algorithms Satchel accepts: EdDSA (Ed25519) and ES256; never {@code none}, never HMAC. */
    public static final Set<String> DEFAULT_ALGORITHMS = Set.of("EdDSA", "ES256");

    public VerificationPolicy {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statusLists, "statusLists");
        if (clockSkew.isNegative() || keyBindingMaxAge.isNegative() || keyBindingMaxAge.isZero()) {
            throw new IllegalArgumentException("clock skew must be >= 0 and the key binding age > 0");
        }
        allowedAlgorithms = Set.copyOf(allowedAlgorithms);
        if (allowedAlgorithms.contains("none")) {
            throw new IllegalArgumentException("the algorithm 'none' is never allowed");
        }
    }

    /** A policy trusting {@code trust}, with Satchel's defaults for everything else. */
    public static Builder trusting(IssuerTrust trust) {
        return new Builder(trust);
    }

    /** Builds a policy; every option has a safe default. */
    public static final class Builder {
        private final IssuerTrust trust;
        private Optional<String> nonce = Optional.empty();
        private Optional<String> audience = Optional.empty();
        private Duration clockSkew = Duration.ofSeconds(60);
        private Duration keyBindingMaxAge = Duration.ofMinutes(5);
        private boolean checkStatus = true;
        private Set<String> allowedAlgorithms = DEFAULT_ALGORITHMS;
        private Clock clock = Clock.systemUTC();
        private StatusListSource statusLists = StatusListSource.none();

        private Builder(IssuerTrust trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
        }

        /** The nonce the verifier issued; a presentation must carry exactly this. */
        public Builder nonce(String value) {
            this.nonce = Optional.of(value);
            return this;
        }

        /** Who the verifier is; a presentation must be addressed to exactly this. */
        public Builder audience(String value) {
            this.audience = Optional.of(value);
            return this;
        }

        public Builder clockSkew(Duration value) {
            this.clockSkew = value;
            return this;
        }

        public Builder keyBindingMaxAge(Duration value) {
            this.keyBindingMaxAge = value;
            return this;
        }

        /** Whether status lists are consulted (default true; a missing list is then a problem). */
        public Builder checkStatus(boolean value) {
            this.checkStatus = value;
            return this;
        }

        public Builder allowedAlgorithms(Set<String> value) {
            this.allowedAlgorithms = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder statusLists(StatusListSource value) {
            this.statusLists = value;
            return this;
        }

        public VerificationPolicy build() {
            return new VerificationPolicy(trust, nonce, audience, clockSkew, keyBindingMaxAge, checkStatus,
                    allowedAlgorithms, clock, statusLists);
        }
    }
}
