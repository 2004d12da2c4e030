package org.satchel.credentials.verify;

import com.nimbusds.jose.jwk.JWK;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which issuers count, and with which keys: trust is a policy, not a property of the credential.
 * An issuer this answers nothing for is untrusted, however good its signature.
 */
@FunctionalInterface
public interface IssuerTrust {

    /** The public keys that may have signed for {@code issuer} (narrowed by {@code keyId} if given); empty if untrusted. */
    List<JWK> keysFor(String issuer, Optional<String> keyId);

    /** Trusts exactly these keys, whoever the issuer says it is (the CLI's {@code --issuer-key}). */
    static IssuerTrust keys(Collection<? extends JWK> keys) {
        List<JWK> publicKeys = keys.stream().map(JWK::toPublicJWK).toList();
        return (issuer, keyId) -> keyId
                .map(kid -> publicKeys.stream().filter(k -> kid.equals(k.getKeyID())).toList())
                .filter(matching -> !matching.isEmpty())
                .orElse(publicKeys);
    }

    /** Trusts no one: every credential is refused as from an untrusted issuer. */
    static IssuerTrust none() {
        return (issuer, keyId) -> List.of();
    }
}
