package org.satchel.credentials.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.satchel.credentials.CredentialsException;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * The JOSE half shared by {@code vc+jwt} and {@code vp+jwt}: signing, and reading a compact JWS
 * with its header checked before any key is looked for (vc-jose-cose §5: "minimize any processing
 * of untrusted data").
 */
final class CompactJws {
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /** A JWS whose header passed the checks, and its payload as a JSON object. */
    record Read(JWSObject jws, Map<String, Object> payload, Optional<String> kid) {
    }

    /** A JWS that was read, or the problems that stopped it. */
    sealed interface Outcome permits Accepted, Refused {
    }

    record Accepted(Read read) implements Outcome {
    }

    record Refused(List<Problem> problems) implements Outcome {
    }

    private CompactJws() {
    }

    /** Signs {@code payload} with {@code key}: header {@code alg}, {@code typ}, {@code cty}, {@code kid}. */
    static String sign(Map<String, Object> payload, SigningKey key, String typ, String cty) {
        JWSHeader header = new JWSHeader.Builder(key.algorithm())
                .type(new JOSEObjectType(typ))
                .contentType(cty)
                .keyID(key.verificationMethod())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(payload)));
        try {
            jws.sign(Keys.signer(key.privateKey()));
        } catch (JOSEException e) {
            throw new CredentialsException("could not sign with " + key.verificationMethod() + ": " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /**
     * Reads a compact JWS of media type {@code typ} ({@code cty}, when present, must be {@code cty}):
     * MALFORMED for anything unreadable or of another type, ALGORITHM_NOT_ALLOWED for {@code none}
     * or an algorithm off the policy's list, UNSUPPORTED_FORMAT for JSON, SD-JWT and JWE input.
     */
    static Outcome read(String text, String typ, String cty, VerificationPolicy policy) {
        return read(text, typ, cty, policy, false);
    }

    /** As {@link #read(String, String, String, VerificationPolicy)}; with {@code typOptional}, a header without {@code typ} passes too. */
    static Outcome read(String text, String typ, String cty, VerificationPolicy policy, boolean typOptional) {
        String compact = text.strip();
        if (compact.startsWith("{")) {
            return refuse(ProblemCode.UNSUPPORTED_FORMAT, "a JSON document, not a compact JWS: " + typ
                    + " is the JWS compact serialization (vc-jose-cose §3.1.2)");
        }
        if (compact.indexOf('~') >= 0) {
            return refuse(ProblemCode.UNSUPPORTED_FORMAT, "an SD-JWT, not a " + typ);
        }
        if (compact.split("\\.", -1).length == 5) {
            return refuse(ProblemCode.UNSUPPORTED_FORMAT, "an encrypted JWE; decrypt it before verifying the " + typ + " inside");
        }
        if (!COMPACT.matcher(compact).matches()) {
            return refuse(ProblemCode.MALFORMED, "not a compact JWS: three base64url parts separated by dots are expected");
        }
        Map<String, Object> header;
        try {
            String json = new String(new Base64URL(compact.substring(0, compact.indexOf('.'))).decode(), StandardCharsets.UTF_8);
            header = JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            return refuse(ProblemCode.MALFORMED, "the JOSE header is not a JSON object: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        Object alg = header.get("alg");
        if (!(alg instanceof String algorithm)) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "the JOSE header has no alg (RFC 7515 §4.1.1)"));
        } else if (algorithm.equalsIgnoreCase("none")) {
            // vc-jose-cose §1.1.2.1: claims sets without integrity protection MUST be ignored.
            problems.add(Problem.of(ProblemCode.ALGORITHM_NOT_ALLOWED,
                    "algorithm not allowed: alg none means the " + typ + " has no integrity protection (vc-jose-cose §1.1.2.1)"));
        } else if (!policy.allowedAlgorithms().contains(algorithm)) {
            problems.add(Problem.of(ProblemCode.ALGORITHM_NOT_ALLOWED, "algorithm not allowed: " + algorithm
                    + " is not one of " + String.join(", ", policy.allowedAlgorithms().stream().sorted().toList())));
        }
        if (!(typOptional && !header.containsKey("typ")) && !mediaType(header.get("typ"), typ)) {
            problems.add(new Problem(ProblemCode.MALFORMED, "typ must be " + typ + " (vc-jose-cose §3.1), not "
                    + header.get("typ"), "header.typ"));
        }
        if (header.containsKey("cty") && !mediaType(header.get("cty"), cty)) {
            problems.add(new Problem(ProblemCode.MALFORMED, "cty, when present, must be " + cty + " (vc-jose-cose §3.1), not "
                    + header.get("cty"), "header.cty"));
        }
        if (header.containsKey("crit")) {
            // RFC 7515 §4.1.11: a recipient that does not understand a critical parameter MUST reject.
            problems.add(new Problem(ProblemCode.MALFORMED, "crit names header parameters Satchel does not process", "header.crit"));
        }
        if (header.containsKey("kid") && !(header.get("kid") instanceof String)) {
            problems.add(new Problem(ProblemCode.MALFORMED, "kid must be a string", "header.kid"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return refuse(ProblemCode.MALFORMED, "not a readable JWS: " + e.getMessage());
        }
        Map<String, Object> payload = jws.getPayload().toJSONObject();
        if (payload == null) {
            return refuse(ProblemCode.MALFORMED, "the JWS payload is not a JSON object");
        }
        return new Accepted(new Read(jws, payload, Optional.ofNullable((String) header.get("kid"))));
    }

    /**
     * SIGNATURE_INVALID unless one of {@code keys} of {@code whose} verifies the JWS. Keys of
     * another type than the header's {@code alg} are never tried (no algorithm confusion).
     */
    static Optional<Problem> verify(JWSObject jws, List<JWK> keys, String whose) {
        String alg = jws.getHeader().getAlgorithm().getName();
        List<JWK> usable = keys.stream().filter(key -> signsWith(key, alg)).toList();
        if (usable.isEmpty()) {
            return Optional.of(Problem.of(ProblemCode.SIGNATURE_INVALID,
                    "signature invalid: no key of " + whose + " signs with " + alg));
        }
        for (JWK key : usable) {
            try {
                if (jws.verify(Keys.verifier(key))) {
                    return Optional.empty();
                }
            } catch (JOSEException | CredentialsException e) {
                // A key that cannot verify this JWS is a key that did not sign it; try the next.
            }
        }
        return Optional.of(Problem.of(ProblemCode.SIGNATURE_INVALID,
                "signature invalid: the signature does not verify with " + (usable.size() == 1 ? "the key" : "any of the keys")
                        + " of " + whose));
    }

    private static boolean signsWith(JWK key, String alg) {
        try {
            return Keys.type(key).algorithm().getName().equals(alg);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // RFC 7515 §4.1.9: "application/" may be omitted, and media types compare case-insensitively.
    private static boolean mediaType(Object value, String expected) {
        if (!(value instanceof String given)) {
            return false;
        }
        String lower = given.toLowerCase(Locale.ROOT);
        String wanted = expected.toLowerCase(Locale.ROOT);
        return lower.equals(wanted) || lower.equals("application/" + wanted);
    }

    private static Refused refuse(ProblemCode code, String message) {
        return new Refused(List.of(Problem.of(code, message)));
    }
}
