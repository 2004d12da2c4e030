/**
 * Verifiable credentials secured with W3C Data Integrity, cryptosuite {@code eddsa-rdfc-2022}:
 * {@link org.satchel.credentials.dataintegrity.DataIntegrity} signs and verifies. JSON-LD is
 * processed only with Satchel's bundled contexts and canonicalised with RDFC-1.0 (titanium).
 */
package org.satchel.credentials.dataintegrity;
