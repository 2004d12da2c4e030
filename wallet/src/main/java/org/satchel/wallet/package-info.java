/**
 * The learner's side: encrypted store, holder keys, receiving credentials (OpenID4VCI) and
 * answering presentation requests (OpenID4VP with DCQL) with selective disclosure.
 */
package org.satchel.wallet;
