package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * Verifies an SD-JWT VC presentation (RFC 9901 §7.1 and §7.3, SD-JWT VC §2.4): issuer signature by a
 * trusted key, Disclosures, validity window, key binding, and status. Gathers every problem it can;
 * claims are only judged once the issuer's signature holds, and status only once all else passed.
 */
public final class SdJwtVerifier {
    /** RFC 9278: how a holder key is named when the credential binds it by value in {@code cnf.jwk}. */
    public static final String THUMBPRINT_URI_PREFIX = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:";

    private SdJwtVerifier() {}

    /**
     * Verifies {@code presentation}, an SD-JWT or SD-JWT+KB in compact form. A valid result's holder
     * is the RFC 9278 thumbprint URI of the {@code cnf.jwk} key; its claims are the Processed SD-JWT
     * Payload: the disclosed claims and those in the clear, without {@code _sd}, {@code _sd_alg} or
     * {@code ...}.
     */
    public static Verification verify(String presentation, VerificationPolicy policy) {
        return verify(presentation, policy, false);
    }

    /**
     * Verifies an SD-JWT VC as its holder does on receipt (RFC 9901 §7.2): every check of
     * {@link #verify} except key binding, which only a presentation carries; an SD-JWT+KB is refused.
     * The claims are all of them, every Disclosure applied.
     */
    public static Verification verifyIssued(String issued, VerificationPolicy policy) {
        return verify(issued, policy, true);
    }

    private static Verification verify(String presentation, VerificationPolicy policy, boolean onReceipt) {
        Objects.requireNonNull(presentation, "presentation");
        Objects.requireNonNull(policy, "policy");
        SdJwt sdJwt;
        Jws.Parsed issuerJwt;
        try {
            sdJwt = SdJwt.parse(presentation.strip()); // RFC 9901 §7.1 step 1
            // RFC 9901 §7.1 step 2.1: refuse none and anything the policy does not allow, before anything else.
            Optional<String> refused = Jws.refusedAlgorithm(sdJwt.issuerSignedJwt(), policy.allowedAlgorithms());
            if (refused.isPresent()) {
                return invalid(ProblemCode.ALGORITHM_NOT_ALLOWED, "issuer-signed JWT: " + refused.get(), "");
            }
            issuerJwt = Jws.parse(sdJwt.issuerSignedJwt());
        } catch (IllegalArgumentException e) {
            return invalid(ProblemCode.MALFORMED, e.getMessage(), "");
        }
        // SD-JWT VC §2.2.1, RFC 9901 §9.11: explicit typing keeps other JWTs from passing as this one.
        if (!VcProfile.TYP.equals(issuerJwt.typ())) {
            return invalid(ProblemCode.UNSUPPORTED_FORMAT, "the issuer-signed JWT's typ is '" + issuerJwt.typ()
                    + "', not " + VcProfile.TYP + ", so it is not an SD-JWT VC", "typ");
        }
        Map<String, Object> payload = issuerJwt.payload();
        if (!(payload.get("iss") instanceof String issuer) || issuer.isBlank()) {
            return invalid(ProblemCode.MALFORMED, "the issuer-signed JWT names no issuer (iss)", "iss");
        }
        // RFC 9901 §7.1 steps 2.2 and 2.3, SD-JWT VC §2.5: a key the policy holds for this issuer.
        List<JWK> keys = policy.trust().keysFor(issuer, issuerJwt.keyId());
        if (keys.isEmpty()) {
            return invalid(ProblemCode.UNTRUSTED_ISSUER, "no key is trusted for the issuer " + issuer
                    + issuerJwt.keyId().map(kid -> " with kid " + kid).orElse(""), "iss");
        }
        if (keys.stream().noneMatch(key -> Jws.verifies(issuerJwt.jws(), key))) {
            return invalid(ProblemCode.SIGNATURE_INVALID, "the issuer-signed JWT's signature does not verify with "
                    + "any key trusted for " + issuer, "");
        }
        // RFC 9901 §7.1 step 2.4 and §4.1.1: sha-256 when absent.
        Object algName = payload.getOrDefault(VcProfile.SD_ALG, HashAlgorithm.SHA_256.ianaName());
        Optional<HashAlgorithm> algorithm = HashAlgorithm.named(String.valueOf(algName));
        if (algorithm.isEmpty()) {
            return invalid(ProblemCode.ALGORITHM_NOT_ALLOWED, "the digest algorithm _sd_alg '" + algName
                    + "' is not one Satchel accepts (sha-256, sha-384, sha-512)", VcProfile.SD_ALG);
        }
        return afterSignature(sdJwt, payload, issuer, algorithm.get(), policy, onReceipt);
    }

    private static Verification afterSignature(SdJwt sdJwt, Map<String, Object> payload, String issuer,
                                               HashAlgorithm algorithm, VerificationPolicy policy, boolean onReceipt) {
        // RFC 9901 §7.1 steps 3 to 5.
        DisclosureProcessor.Result processed = DisclosureProcessor.process(payload, sdJwt.disclosures(), algorithm);
        List<Problem> problems = new ArrayList<>(processed.problems());
        Map<String, Object> claims = processed.claims();
        checkValidity(claims, policy, problems);
        if (!(claims.get("vct") instanceof String)) {
            // SD-JWT VC §2.2.2.3: vct is REQUIRED.
            problems.add(new Problem(ProblemCode.MALFORMED, "malformed: an SD-JWT VC must carry a vct string", "vct"));
        }
        Optional<JWK> holderKey;
        if (onReceipt) {
            holderKey = claims.containsKey("cnf") ? holderKey(claims.get("cnf"), problems) : Optional.empty();
            if (sdJwt.keyBindingJwt().isPresent()) {
                // RFC 9901 §7.2: "If the Holder receives an SD-JWT+KB, it MUST be rejected."
                problems.add(new Problem(ProblemCode.MALFORMED, "malformed: an issuer sends an SD-JWT, but this one "
                        + "carries a key binding JWT", KeyBindingJwt.PATH));
            }
        } else {
            holderKey = checkKeyBinding(sdJwt, claims, algorithm, policy, problems);
        }
        if (!problems.isEmpty()) {
            return new Verification.Invalid(problems);
        }
        StatusCheck.Outcome status = StatusCheck.check(claims, issuer, policy);
        if (!status.problems().isEmpty()) {
            return new Verification.Invalid(status.problems());
        }
        Optional<String> holder = holderKey.map(key -> THUMBPRINT_URI_PREFIX + Keys.thumbprint(key));
        return new Verification.Valid(Format.SD_JWT_VC, issuer, holder, status.status(), claims);
    }

    /** RFC 9901 §7.1 step 6: exp, nbf and iat, forgiving the policy's clock skew. */
    private static void checkValidity(Map<String, Object> claims, VerificationPolicy policy, List<Problem> problems) {
        Instant now = policy.clock().instant();
        Duration skew = policy.clockSkew();
        for (String name : List.of("exp", "nbf", "iat")) {
            Optional<Instant> time;
            try {
                time = Jws.time(claims, name);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ProblemCode.MALFORMED, "malformed: " + e.getMessage(), name));
                continue;
            }
            if (time.isEmpty()) {
                continue;
            }
            Instant at = time.get();
            if (name.equals("exp") && !now.isBefore(at.plus(skew))) {
                // RFC 7519 §4.1.4: the current time MUST be before exp.
                problems.add(new Problem(ProblemCode.EXPIRED, "expired: the credential expired at " + at, "exp"));
            } else if (!name.equals("exp") && at.isAfter(now.plus(skew))) {
                problems.add(new Problem(ProblemCode.NOT_YET_VALID, "not yet valid: the credential's " + name
                        + " is " + at + ", after now (" + now + ")", name));
            }
        }
    }

    /**
     * RFC 9901 §7.3: key binding is required when the credential names a holder key ({@code cnf}) or
     * the verifier expects a nonce or audience; it is never decided by whether a KB-JWT was sent.
     */
    private static Optional<JWK> checkKeyBinding(SdJwt sdJwt, Map<String, Object> claims, HashAlgorithm algorithm,
                                                 VerificationPolicy policy, List<Problem> problems) {
        boolean verifierAsks = policy.nonce().isPresent() || policy.audience().isPresent();
        if (!claims.containsKey("cnf")) {
            if (verifierAsks) {
                problems.add(new Problem(ProblemCode.KEY_BINDING_MISSING, "key binding missing: the verifier set a "
                        + "nonce or audience, but the credential names no holder key (cnf) to bind to", "cnf"));
            } else if (sdJwt.keyBindingJwt().isPresent()) {
                problems.add(new Problem(ProblemCode.MALFORMED, "malformed: a key binding JWT was presented, but the "
                        + "credential names no holder key (cnf.jwk) to check it with", KeyBindingJwt.PATH));
            }
            return Optional.empty();
        }
        Optional<JWK> holderKey = holderKey(claims.get("cnf"), problems);
        if (holderKey.isEmpty()) {
            return Optional.empty();
        }
        if (sdJwt.keyBindingJwt().isEmpty()) {
            // RFC 9901 §7.3 step 2.
            problems.add(new Problem(ProblemCode.KEY_BINDING_MISSING, "key binding missing: the credential is bound to "
                    + "a holder key (cnf) but the presentation carries no key binding JWT", KeyBindingJwt.PATH));
            return holderKey;
        }
        problems.addAll(KeyBindingJwt.check(sdJwt.keyBindingJwt().get(), sdJwt.withoutKeyBinding(), algorithm,
                holderKey.get(), policy));
        return holderKey;
    }

    /** The holder's public key from {@code cnf.jwk} (RFC 7800 §3.2), the one confirmation method Satchel checks. */
    private static Optional<JWK> holderKey(Object cnf, List<Problem> problems) {
        if (!(cnf instanceof Map<?, ?> map) || !(map.get("jwk") instanceof Map<?, ?> jwk)) {
            problems.add(new Problem(ProblemCode.MALFORMED,
                    "malformed: cnf carries no jwk, the only confirmation method Satchel checks", "cnf"));
            return Optional.empty();
        }
        try {
            @SuppressWarnings("unchecked")
            JWK key = JWK.parse((Map<String, Object>) jwk).toPublicJWK();
            Keys.type(key); // Ed25519 or P-256 only
            return Optional.of(key);
        } catch (ParseException | IllegalArgumentException e) {
            problems.add(new Problem(ProblemCode.MALFORMED,
                    "malformed: cnf.jwk is not an Ed25519 or P-256 public key: " + e.getMessage(), "cnf.jwk"));
            return Optional.empty();
        }
    }

    private static Verification invalid(ProblemCode code, String message, String path) {
        String text = message.startsWith(code.words()) ? message : code.words() + ": " + message;
        return new Verification.Invalid(List.of(new Problem(code, text, path)));
    }
}
