package org.satchel.node.vcapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.node.web.ProblemType;

/**
 * The verifier's problems as the VC API's ProblemDetails (VC API §"Error Handling", RFC 9457):
 * {@code type} is the standard URL where a specification defines one — VC Data Model 2.0 §7.2
 * ({@code https://www.w3.org/TR/vc-data-model#…}), VC Data Integrity 1.0 §4.7
 * ({@code https://w3id.org/security#…}), Bitstring Status List §3.5 — and otherwise Satchel's
 * stable problem URL for the code; {@code title} is the standard name (or the code's words);
 * {@code detail} names the failing check in words, and where in the document it failed.
 */
final class VcApiProblems {
    static final String UNKNOWN_OPTION_PROVIDED = "https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED";
    private static final String VCDM = "https://www.w3.org/TR/vc-data-model#";
    private static final String SECURITY = "https://w3id.org/security#";
    private static final String STATUS_LIST = "https://www.w3.org/ns/credentials/status-list#";

    private VcApiProblems() {}

    /** One problem as a ProblemDetails map. */
    static Map<String, Object> details(Problem problem) {
        String[] typeAndTitle = typeAndTitle(problem.code());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", typeAndTitle[0]);
        details.put("title", typeAndTitle[1]);
        details.put("detail", problem.describe());
        return details;
    }

    static List<Map<String, Object>> details(List<Problem> problems) {
        return problems.stream().map(VcApiProblems::details).toList();
    }

    private static String[] typeAndTitle(ProblemCode code) {
        return switch (code) {
            // VC DM 2.0 §7.2: a value the data model does not allow.
            case MALFORMED -> standard(VCDM, "MALFORMED_VALUE_ERROR");
            // VC DI 1.0 §4.4 steps 3-5: a proof this verifier cannot check is a proof verification error.
            case UNSUPPORTED_FORMAT -> standard(SECURITY, "PROOF_VERIFICATION_ERROR");
            // An unbundled context stops the JSON-LD transformation (VC DI 1.0 §4.7).
            case UNKNOWN_CONTEXT -> standard(SECURITY, "PROOF_TRANSFORMATION_ERROR");
            // VC DM 2.0 §7.2: the securing mechanism did not verify (signature, key, trust in the key).
            case SIGNATURE_INVALID, ALGORITHM_NOT_ALLOWED, UNTRUSTED_ISSUER, SD_HASH_MISMATCH, DISCLOSURE_UNREFERENCED,
                 DUPLICATE_DIGEST, FORBIDDEN_CLAIM_NAME, KEY_BINDING_MISSING -> standard(VCDM, "CRYPTOGRAPHIC_SECURITY_ERROR");
            // VC DM 2.0 §7.2: a value (a date) outside the range it must be in.
            case EXPIRED, NOT_YET_VALID, KEY_BINDING_STALE -> standard(VCDM, "RANGE_ERROR");
            // VC DI 1.0 §4.4 steps 6 and 7.
            case NONCE_MISMATCH -> standard(SECURITY, "INVALID_CHALLENGE_ERROR");
            case AUDIENCE_MISMATCH -> standard(SECURITY, "INVALID_DOMAIN_ERROR");
            // Bitstring Status List §3.5.
            case STATUS_UNAVAILABLE -> standard(STATUS_LIST, "STATUS_RETRIEVAL_ERROR");
            // Revoked and suspended are answers, not processing errors: no specification names them.
            default -> new String[] {ProblemType.BASE + code.code(), code.words()};
        };
    }

    private static String[] standard(String base, String name) {
        return new String[] {base + name, name};
    }
}
