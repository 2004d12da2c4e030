package org.satchel.credentials;

/**
 * The credentials module's one exception: a programmer's or the environment's fault (a key
 * that cannot sign, unreadable input files), with the library's cause kept. A credential that
 * is merely bad is never an exception: the verifier answers it with problems.
 */
public class CredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
