/**
 * Token Status List (draft-ietf-oauth-status-list-20, the version cited by section number here):
 * a compressed array of per-credential statuses ({@link org.satchel.credentials.status.token.StatusList}),
 * published as a signed {@code statuslist+jwt}
 * ({@link org.satchel.credentials.status.token.StatusListToken}), with random, never-repeated
 * index allocation ({@link org.satchel.credentials.status.token.StatusIndexAllocator}). An SD-JWT VC
 * points into such a list with its {@code status.status_list} claim.
 */
package org.satchel.credentials.status.token;
