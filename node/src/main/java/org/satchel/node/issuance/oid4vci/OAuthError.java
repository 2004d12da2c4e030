package org.satchel.node.issuance.oid4vci;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An error of the OAuth and OpenID4VCI endpoints, answered as wallets expect it, not as a
 * problem: JSON with {@code error} and {@code error_description} (RFC 6749 §5.2, OpenID4VCI 1.0
 * §6.3 and §8.3.1.2), and for a refused access token a {@code WWW-Authenticate} challenge
 * (RFC 6750 §3). Thrown inside this package's protocol handlers and answered by them.
 */
final class OAuthError extends RuntimeException {
    private final int status;
    private final String error;
    private final String description;
    private final boolean bearerChallenge;

    private OAuthError(int status, String error, String description, boolean bearerChallenge) {
        super(error + ": " + description, null, false, false);
        this.status = status;
        this.error = error;
        this.description = ascii(description);
        this.bearerChallenge = bearerChallenge;
    }

    /** A 400 with this code (token errors, credential request errors). */
    static OAuthError badRequest(String error, String description) {
        return new OAuthError(400, error, description, false);
    }

    /** RFC 6750 §3.1: a missing, expired or unknown access token (401, with the challenge). */
    static OAuthError invalidToken(String description) {
        return new OAuthError(401, "invalid_token", description, true);
    }

    /** RFC 6750 §3.1: the token does not reach what was asked for (403, with the challenge). */
    static OAuthError insufficientScope(String description) {
        return new OAuthError(403, "insufficient_scope", description, true);
    }

    /** The node keeps too many flows in progress to start another now. */
    static OAuthError busy(String description) {
        return new OAuthError(503, "temporarily_unavailable", description, false);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String description() {
        return description;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return body;
    }

    /** RFC 6750 §3: the challenge for a refused token, its values quoted (the description holds no quote, see {@link #ascii}). */
    Optional<String> challenge() {
        return bearerChallenge
                ? Optional.of("Bearer realm=\"satchel\", error=\"" + error + "\", error_description=\"" + description + "\"")
                : Optional.empty();
    }

    /** RFC 6749 §5.2 and OpenID4VCI §8.3.1.2: a description uses only %x20-21 / %x23-5B / %x5D-7E. */
    static String ascii(String words) {
        StringBuilder out = new StringBuilder(words.length());
        for (char c : words.toCharArray()) {
            out.append(c == '"' ? '\'' : c == '\\' ? '/' : c >= 0x20 && c <= 0x7e ? c : '?');
        }
        return out.toString();
    }
}
