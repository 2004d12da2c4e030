/**
 * Keys as Multikey values ({@code z6Mk…} for Ed25519, {@code zDn…} for P-256) and the base-58-btc
 * Multibase encoding under them, as Controlled Identifiers v1.0 §2.2.2 and §2.4 define them.
 */
package org.satchel.credentials.multikey;
