/**
 * The status of the credentials a school issues: {@link org.satchel.node.issuance.status.CredentialRegister}
 * (what was issued, from which statements, at which status index, and every suspension, reinstatement
 * and revocation) and {@link org.satchel.node.issuance.status.CredentialStatusService} (the published
 * Bitstring and Token status lists, and the learner's and staff's routes).
 */
package org.satchel.node.issuance.status;
