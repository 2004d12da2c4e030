/**
 * Credential types mapped from the learner record. {@link org.satchel.node.issuance.types.CredentialTypes}
 * reads the declaration beside the vocabulary (which record kinds and properties each type reads, and
 * which become which claims), refuses one that would put special-category or safeguarding data into a
 * credential, lists what a learner's record could give, and builds the unsigned content.
 */
package org.satchel.node.issuance.types;
