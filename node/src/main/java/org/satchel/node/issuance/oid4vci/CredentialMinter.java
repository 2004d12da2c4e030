package org.satchel.node.issuance.oid4vci;

import com.nimbusds.jose.jwk.JWK;

/**
 * Secures one credential for a wallet: builds it from the learner's record, signs it as the school
 * in the offered format, and binds it to the key the wallet proved it holds. The OpenID4VCI
 * service calls it only after the access token, the configuration and every key proof have been
 * checked, once per proven key (OpenID4VCI 1.0 §8.3: "Each key … is used to bind to, at most,
 * one Credential").
 */
@FunctionalInterface
public interface CredentialMinter {
    /**
     * The credential for {@code offered}, bound to {@code holderKey} (a public JWK: {@code cnf.jwk}
     * for SD-JWT VC, a did:jwk subject for the W3C formats), or why it cannot be issued.
     */
    Minted mint(OfferedCredential offered, JWK holderKey);
}
