/**
 * W3C Bitstring Status List v1.0: the issuer's lists ({@link BitstringStatusList}), the entry a
 * credential carries ({@link BitstringStatusListEntry}) and the verifier's check
 * ({@link BitstringStatusCheck}), whose status list credential is verified through a pluggable
 * {@link StatusListCredentialVerifier}.
 */
package org.satchel.credentials.status.bitstring;
