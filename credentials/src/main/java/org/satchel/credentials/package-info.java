/**
 * Keys, DIDs, the three securing formats (SD-JWT VC, VC-JOSE, Data Integrity), status lists
 * and the one verifier. No HTTP server, no store.
 */
package org.satchel.credentials;
