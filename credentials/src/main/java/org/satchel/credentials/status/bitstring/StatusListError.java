package org.satchel.credentials.status.bitstring;

import java.net.URI;

/** The errors of Bitstring Status List §3 ("Processing Errors" §3.5 and the algorithms' own). */
public enum StatusListError {
    /** The status list could not be retrieved (§3.2 step 4). */
    STATUS_RETRIEVAL_ERROR,
    /** The list did not verify, or is not for this entry's purpose (§3.2 steps 4-5). */
    STATUS_VERIFICATION_ERROR,
    /** The list is shorter than the minimum that gives herd privacy (§3.2 step 9). */
    STATUS_LIST_LENGTH_ERROR,
    /** The entry's index lies outside the list (§3.2 step 10). */
    RANGE_ERROR,
    /** A property breaks one of the spec's "MUST"s (§3, introduction). */
    MALFORMED_VALUE_ERROR;

    /** The RFC 9457 {@code type} the spec gives the error (§3.5). */
    public URI type() {
        return URI.create("https://www.w3.org/ns/credentials/status-list#" + name());
    }
}
