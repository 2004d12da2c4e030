package org.satchel.credentials.sdjwt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.satchel.credentials.status.token.StatusList;
import org.satchel.credentials.status.token.StatusListToken;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * Reads an SD-JWT VC's {@code status.status_list} (draft-ietf-oauth-status-list §6.2) and looks its
 * index up in the Token Status List the policy's source serves (§8.3).
 */
final class StatusCheck {
    private static final String PATH = "status.status_list";
    private static final int VALID = 0;
    private static final int INVALID = 1;
    private static final int SUSPENDED = 2;

    /** The status learnt, or the problem that stopped the check. */
    record Outcome(CredentialStatus status, List<Problem> problems) {}

    private StatusCheck() {}

    /** Checks the status of a credential whose every other check passed (§8.3 says in that order). */
    static Outcome check(Map<String, Object> claims, String issuer, VerificationPolicy policy) {
        if (!claims.containsKey("status")) {
            return new Outcome(CredentialStatus.NONE, List.of());
        }
        if (!policy.checkStatus()) {
            return new Outcome(CredentialStatus.NOT_CHECKED, List.of());
        }
        if (!(claims.get("status") instanceof Map<?, ?> status)) {
            return refused(ProblemCode.MALFORMED, "the status claim is not an object", "status");
        }
        if (!status.containsKey("status_list")) {
            return refused(ProblemCode.STATUS_UNAVAILABLE,
                    "the credential's status names no status_list, the only status mechanism Satchel checks", "status");
        }
        // §6.2: idx a non-negative integer, uri a URI.
        if (!(status.get("status_list") instanceof Map<?, ?> entry)
                || !(entry.get("idx") instanceof Number idx) || !isIndex(idx)
                || !(entry.get("uri") instanceof String uriText)) {
            return refused(ProblemCode.MALFORMED,
                    "status.status_list must hold a non-negative integer idx and a uri string", PATH);
        }
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            return refused(ProblemCode.MALFORMED, "status.status_list.uri is not a URI: " + e.getMessage(), PATH);
        }
        Optional<String> served = policy.statusLists().fetch(uri);
        if (served.isEmpty()) {
            return refused(ProblemCode.STATUS_UNAVAILABLE, "no status list could be fetched from " + uri, PATH);
        }
        StatusListToken.Result result = StatusListToken.verify(served.get(), uri, issuer, policy);
        if (result instanceof StatusListToken.Refused refused) {
            // §8.3: "If any of these checks fails, no statement about the status … can be made".
            return refused(ProblemCode.STATUS_UNAVAILABLE, refused.reason(), PATH);
        }
        StatusList list = ((StatusListToken.Verified) result).token().list();
        long index = idx.longValue();
        if (index >= list.size()) {
            // §8.3 step 6: an index out of bounds "MUST be rejected".
            return refused(ProblemCode.STATUS_UNAVAILABLE,
                    "index " + index + " is outside the status list of " + list.size() + " entries", PATH);
        }
        int value = list.status((int) index);
        return switch (value) {
            case VALID -> new Outcome(CredentialStatus.ACTIVE, List.of());
            case INVALID -> refused(ProblemCode.REVOKED, "the issuer's status list marks this credential INVALID "
                    + "(revoked) at index " + index, PATH);
            case SUSPENDED -> refused(ProblemCode.SUSPENDED, "the issuer's status list marks this credential "
                    + "SUSPENDED at index " + index, PATH);
            // §7.1: 0x03 and 0x0C–0x0F are application-specific, the rest unassigned: no statement possible.
            default -> refused(ProblemCode.STATUS_UNAVAILABLE, "the status list holds status value " + value
                    + " at index " + index + ", which Satchel does not understand", PATH);
        };
    }

    private static boolean isIndex(Number idx) {
        return (idx instanceof Long || idx instanceof Integer) && idx.longValue() >= 0 && idx.longValue() <= Integer.MAX_VALUE;
    }

    private static Outcome refused(ProblemCode code, String message, String path) {
        return new Outcome(CredentialStatus.NONE, List.of(new Problem(code, code.words() + ": " + message, path)));
    }
}
