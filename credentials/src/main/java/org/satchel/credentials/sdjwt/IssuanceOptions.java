package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.keys.Keys;

/**
 * How to issue one SD-JWT VC: who issues it ({@code iss}), its type ({@code vct}), its validity
 * window, the holder key it is bound to ({@code cnf.jwk}), its status list entry, and which claims
 * stay in the clear. Every other claim becomes selectively disclosable.
 *
 * @param issuer the {@code iss} value, e.g. the school's {@code did:web}
 * @param vct the credential type; when empty it must be in the claims
 * @param issuedAt {@code iat}; when empty, the moment of issuance
 * @param alwaysVisible dotted paths (see {@link SdJwtVc}) of claims kept in the clear; their own
 *     members stay selectively disclosable unless listed too (RFC 9901 §6 decides per level)
 */
public record IssuanceOptions(String issuer, Optional<String> vct, Optional<Instant> issuedAt,
                              Optional<Instant> notBefore, Optional<Instant> expiresAt, Optional<JWK> holderKey,
                              Optional<StatusListEntry> status, Set<String> alwaysVisible) {

    public IssuanceOptions {
        Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("the issuer (iss) must not be blank");
        }
        Objects.requireNonNull(vct, "vct");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        // Only ever the public half goes into cnf, and only a key Satchel can check a KB-JWT with.
        holderKey = holderKey.map(JWK::toPublicJWK);
        holderKey.ifPresent(Keys::type);
        alwaysVisible = Set.copyOf(alwaysVisible);
        alwaysVisible.forEach(ClaimPath::parse);
    }

    /** Options issuing as {@code issuer}; everything else optional. */
    public static Builder issuer(String issuer) {
        return new Builder(issuer);
    }

    /**
     * The credential's entry in a Token Status List (draft-ietf-oauth-status-list §6.2): the
     * {@code status.status_list} claim {@code {"idx": index, "uri": uri}}.
     */
    public record StatusListEntry(URI uri, int index) {
        public StatusListEntry {
            Objects.requireNonNull(uri, "uri");
            if (index < 0) {
                throw new IllegalArgumentException("a status list index is non-negative, not " + index);
            }
        }
    }

    /** Builds issuance options. */
    public static final class Builder {
        private final String issuer;
        private Optional<String> vct = Optional.empty();
        private Optional<Instant> issuedAt = Optional.empty();
        private Optional<Instant> notBefore = Optional.empty();
        private Optional<Instant> expiresAt = Optional.empty();
        private Optional<JWK> holderKey = Optional.empty();
        private Optional<StatusListEntry> status = Optional.empty();
        private final Set<String> alwaysVisible = new LinkedHashSet<>();

        private Builder(String issuer) {
            this.issuer = issuer;
        }

        /** The credential type, e.g. {@code https://satchel.example/vct/achievement}. */
        public Builder vct(String value) {
            this.vct = Optional.of(value);
            return this;
        }

        /** {@code iat}; by default the moment of issuance. */
        public Builder issuedAt(Instant value) {
            this.issuedAt = Optional.of(value);
            return this;
        }

        /** {@code nbf}: the credential is not to be accepted before this. */
        public Builder notBefore(Instant value) {
            this.notBefore = Optional.of(value);
            return this;
        }

        /** {@code exp}: the credential is not to be accepted from this moment on. */
        public Builder expiresAt(Instant value) {
            this.expiresAt = Optional.of(value);
            return this;
        }

        /** Binds the credential to this holder key ({@code cnf.jwk}); only its public half is used. */
        public Builder holderKey(JWK value) {
            this.holderKey = Optional.of(value);
            return this;
        }

        /** Places the credential at {@code index} of the Token Status List published at {@code uri}. */
        public Builder statusList(URI uri, int index) {
            this.status = Optional.of(new StatusListEntry(uri, index));
            return this;
        }

        /** Keeps these claims (dotted paths) in the clear. */
        public Builder alwaysVisible(String... paths) {
            this.alwaysVisible.addAll(List.of(paths));
            return this;
        }

        /** The options; a holder key of a type Satchel cannot check, or a bad path, is refused here. */
        public IssuanceOptions build() {
            return new IssuanceOptions(issuer, vct, issuedAt, notBefore, expiresAt, holderKey, status, alwaysVisible);
        }
    }
}
