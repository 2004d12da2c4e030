package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns a DID URL naming a verification method ({@code did:key:z6Mk…#z6Mk…}) or a bare DID into
 * the public key it stands for. Each DID method is one implementation; a node composes only
 * the methods and hosts it trusts, so nothing is resolved from the open internet by default.
 */
@FunctionalInterface
public interface DidResolver {

    /** The public key for {@code didUrl}, or empty when this resolver cannot or will not resolve it. */
    Optional<JWK> resolveKey(String didUrl);

    /** Tries each resolver in turn; the first answer wins. */
    static DidResolver firstOf(DidResolver... resolvers) {
        List<DidResolver> all = Arrays.asList(resolvers.clone());
        return didUrl -> all.stream().map(r -> r.resolveKey(didUrl)).flatMap(Optional::stream).findFirst();
    }

    /** The method of a DID or DID URL ({@code key} for {@code did:key:…}), or empty if it is not one. */
    static Optional<String> method(String didUrl) {
        if (!didUrl.startsWith("did:")) {
            return Optional.empty();
        }
        int end = didUrl.indexOf(':', 4);
        return end > 4 ? Optional.of(didUrl.substring(4, end)) : Optional.empty();
    }
}
