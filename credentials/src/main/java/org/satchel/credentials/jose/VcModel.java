package org.satchel.credentials.jose;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.vocab.jsonld.BundledContexts;

/** The VC Data Model 2.0 checks a JOSE-secured credential or presentation payload must pass. */
final class VcModel {

    private VcModel() {
    }

    /**
     * VC DM 2.0 §4.3: {@code @context} starts with the v2 base context (MALFORMED otherwise, e.g. a
     * VC 1.1 credential); every context must be one Satchel bundles (UNKNOWN_CONTEXT), because
     * Satchel never fetches one, and an inline context object could redefine terms unseen.
     */
    static List<Problem> contexts(Map<String, ?> document) {
        Object context = document.get("@context");
        List<?> contexts = context instanceof List<?> list ? list : context == null ? List.of() : List.of(context);
        if (contexts.isEmpty() || !BundledContexts.CREDENTIALS_V2.toString().equals(contexts.getFirst())) {
            return List.of(new Problem(ProblemCode.MALFORMED, "@context must start with " + BundledContexts.CREDENTIALS_V2
                    + " (VC Data Model 2.0 §4.3), not " + (contexts.isEmpty() ? "nothing" : contexts.getFirst()), "@context"));
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < contexts.size(); i++) {
            Object item = contexts.get(i);
            String path = "@context[" + i + "]";
            if (item instanceof String url) {
                if (!bundled(url)) {
                    problems.add(new Problem(ProblemCode.UNKNOWN_CONTEXT, "unknown context: " + url
                            + " is not bundled with Satchel, and Satchel never fetches a JSON-LD context", path));
                }
            } else if (item instanceof Map<?, ?>) {
                problems.add(new Problem(ProblemCode.UNKNOWN_CONTEXT,
                        "unknown context: an inline context object; Satchel accepts only bundled context URLs", path));
            } else {
                problems.add(new Problem(ProblemCode.MALFORMED, "a context must be a URL", path));
            }
        }
        return problems;
    }

    /** Whether {@code type} (a string or an array, VC DM 2.0 §4.5) includes {@code wanted}. */
    static boolean hasType(Map<String, ?> document, String wanted) {
        Object type = document.get("type");
        return type instanceof List<?> types ? types.contains(wanted) : wanted.equals(type);
    }

    /** The id of an issuer or holder: a URL, or an object's {@code id} (VC DM 2.0 §4.7, §4.13). */
    static Optional<String> id(Object issuerOrHolder) {
        if (issuerOrHolder instanceof String url && !url.isBlank()) {
            return Optional.of(url);
        }
        if (issuerOrHolder instanceof Map<?, ?> map && map.get("id") instanceof String url && !url.isBlank()) {
            return Optional.of(url);
        }
        return Optional.empty();
    }

    /**
     * VC DM 2.0 §4.9: now (give or take the policy's skew) must lie within {@code validFrom} and
     * {@code validUntil}; and, for the JWT's own claims, before {@code exp}, after {@code nbf} and
     * not before {@code iat} (RFC 7519 §4.1.4-4.1.6; vc-jose-cose §3.1.3: these time the signature).
     */
    static List<Problem> validity(Map<String, ?> payload, VerificationPolicy policy) {
        Instant now = policy.clock().instant();
        Duration skew = policy.clockSkew();
        List<Problem> problems = new ArrayList<>();
        Optional<Instant> from = dateTime(payload, "validFrom", problems);
        Optional<Instant> until = dateTime(payload, "validUntil", problems);
        if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
            problems.add(new Problem(ProblemCode.MALFORMED, "validFrom is later than validUntil (VC Data Model 2.0 §4.9)", "validFrom"));
        }
        from.filter(f -> now.plus(skew).isBefore(f)).ifPresent(f -> problems.add(new Problem(ProblemCode.NOT_YET_VALID,
                "not yet valid: validFrom is " + f + " and it is now " + now, "validFrom")));
        until.filter(u -> now.minus(skew).isAfter(u)).ifPresent(u -> problems.add(new Problem(ProblemCode.EXPIRED,
                "expired: validUntil was " + u + " and it is now " + now, "validUntil")));
        numericDate(payload, "exp", problems).filter(exp -> !now.minus(skew).isBefore(exp)).ifPresent(exp -> problems.add(
                new Problem(ProblemCode.EXPIRED, "expired: the JWT's exp was " + exp + " and it is now " + now, "exp")));
        numericDate(payload, "nbf", problems).filter(nbf -> now.plus(skew).isBefore(nbf)).ifPresent(nbf -> problems.add(
                new Problem(ProblemCode.NOT_YET_VALID, "not yet valid: the JWT's nbf is " + nbf + " and it is now " + now, "nbf")));
        numericDate(payload, "iat", problems).filter(iat -> now.plus(skew).isBefore(iat)).ifPresent(iat -> problems.add(
                new Problem(ProblemCode.NOT_YET_VALID, "not yet valid: the JWT says it was issued at " + iat + ", in the future", "iat")));
        return problems;
    }

    /**
     * An XML Schema {@code dateTimeStamp} (VC DM 2.0 §4.9, §5.8): a date and time with its offset.
     *
     * @throws IllegalArgumentException if it is not one
     */
    static Instant dateTimeStamp(Object value, String name) {
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                // fall through to the refusal below
            }
        }
        throw new IllegalArgumentException(name + " must be an XML Schema dateTimeStamp such as 2026-01-01T00:00:00Z, not " + value);
    }

    static Optional<Instant> numericDate(Map<String, ?> payload, String claim, List<Problem> problems) {
        Object value = payload.get(claim);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number seconds)) {
            problems.add(new Problem(ProblemCode.MALFORMED, claim + " must be a NumericDate (RFC 7519 §2)", claim));
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
    }

    private static Optional<Instant> dateTime(Map<String, ?> payload, String property, List<Problem> problems) {
        Object value = payload.get(property);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(dateTimeStamp(value, property));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(ProblemCode.MALFORMED, e.getMessage(), property));
            return Optional.empty();
        }
    }

    private static boolean bundled(String url) {
        try {
            return BundledContexts.find(new URI(url)).isPresent();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
