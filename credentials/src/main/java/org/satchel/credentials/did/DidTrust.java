package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.verify.IssuerTrust;

/**
 * Trusts exactly a set of issuer DIDs and finds their keys through a {@link DidResolver}: the
 * federation's registry names the issuers, their DID documents name the keys. A key of another
 * DID never counts for an issuer, whatever the credential's {@code kid} says.
 */
public final class DidTrust implements IssuerTrust {
    private final Set<String> issuers;
    private final DidResolver resolver;

    private DidTrust(Set<String> issuers, DidResolver resolver) {
        this.issuers = Set.copyOf(issuers);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Trusts {@code issuers} (DIDs, compared exactly) with the keys {@code resolver} finds for them. */
    public static DidTrust of(Set<String> issuers, DidResolver resolver) {
        return new DidTrust(issuers, resolver);
    }

    /** The trusted issuer DIDs. */
    public Set<String> issuers() {
        return issuers;
    }

    /**
     * The key {@code keyId} names, if {@code issuer} is trusted and the key is the issuer's own: an
     * absolute DID URL must be inside the issuer's DID; a bare fragment ({@code #k} or {@code k}) is
     * taken relative to it. Without a {@code kid}, the issuer DID's only key (vc-jose-cose §4.1.1
     * requires a {@code kid} whenever the key is a DID URL, so this is for single-key DIDs).
     */
    @Override
    public List<JWK> keysFor(String issuer, Optional<String> keyId) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(keyId, "keyId");
        if (!issuers.contains(issuer)) {
            return List.of();
        }
        if (keyId.isEmpty()) {
            return resolver.resolveKey(issuer).stream().toList();
        }
        String kid = keyId.get();
        String didUrl;
        if (kid.startsWith("did:")) {
            if (!kid.startsWith(issuer + "#")) {
                return List.of();
            }
            didUrl = kid;
        } else {
            didUrl = issuer + (kid.startsWith("#") ? kid : "#" + kid);
        }
        return resolver.resolveKey(didUrl).stream().toList();
    }
}
