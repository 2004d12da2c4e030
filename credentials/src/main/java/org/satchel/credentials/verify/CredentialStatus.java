package org.satchel.credentials.verify;

/** What the verifier learnt of a valid credential's status. */
public enum CredentialStatus {
    /** The credential names no status list. */
    NONE,
    /** The policy did not ask for the status to be checked. */
    NOT_CHECKED,
    /** Checked: neither revoked nor suspended. */
    ACTIVE
}
