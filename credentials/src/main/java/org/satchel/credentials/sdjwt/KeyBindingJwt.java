package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.satchel.credentials.CredentialsException;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * The Key Binding JWT (RFC 9901 §4.3): the holder's signature over this presentation, for this
 * verifier ({@code aud}), this transaction ({@code nonce}) and this moment ({@code iat}), bound to
 * the exact SD-JWT and Disclosures presented by {@code sd_hash} (§4.3.1).
 */
final class KeyBindingJwt {
    /** Where problems with the KB-JWT are reported. */
    static final String PATH = "key-binding-jwt";

    private KeyBindingJwt() {}

    /**
     * Signs a KB-JWT for {@code sdJwt} (which must not carry one yet).
     *
     * @param sdJwt the issuer-signed JWT and the Disclosures chosen, as they will be sent
     */
    static String create(SdJwt sdJwt, HashAlgorithm algorithm, JWK holderKey, String nonce, String audience, Instant iat) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iat", iat.getEpochSecond());
        claims.put("aud", audience); // RFC 9901 §4.3: "a single string"
        claims.put("nonce", nonce);
        // RFC 9901 §4.3.1: over <Issuer-signed JWT>~<Disclosure 1>~…~<Disclosure N>~, with _sd_alg's hash.
        claims.put("sd_hash", algorithm.digest(sdJwt.withoutKeyBinding()));
        JWSHeader header = new JWSHeader.Builder(Keys.type(holderKey).algorithm())
                .type(new JOSEObjectType(VcProfile.KB_TYP))
                .build();
        JWSObject jws = new JWSObject(header, new Payload(claims));
        try {
            jws.sign(Keys.signer(holderKey));
        } catch (JOSEException e) {
            throw new CredentialsException("could not sign the key binding JWT: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /**
     * Every problem with a presented KB-JWT, RFC 9901 §7.3 step 5, none if it is good. Claims are
     * not judged when the signature fails: they would be an attacker's.
     *
     * @param sdHashInput the presentation up to and including its last {@code ~}, as received
     */
    static List<Problem> check(String kbJwt, String sdHashInput, HashAlgorithm algorithm, JWK holderKey,
                               VerificationPolicy policy) {
        List<Problem> problems = new ArrayList<>();
        Jws.Parsed parsed;
        try {
            // RFC 9901 §7.3 step 5.2: a secure algorithm, never none.
            Optional<String> refused = Jws.refusedAlgorithm(kbJwt, policy.allowedAlgorithms());
            if (refused.isPresent()) {
                return List.of(problem(ProblemCode.ALGORITHM_NOT_ALLOWED, "key binding JWT: " + refused.get(), ""));
            }
            parsed = Jws.parse(kbJwt);
        } catch (IllegalArgumentException e) {
            return List.of(problem(ProblemCode.MALFORMED, "key binding JWT: " + e.getMessage(), ""));
        }
        // RFC 9901 §7.3 step 5.3, SD-JWT VC §2.4: signed by the key in the credential's cnf claim.
        if (!Jws.verifies(parsed.jws(), holderKey)) {
            return List.of(problem(ProblemCode.SIGNATURE_INVALID,
                    "the key binding JWT is not signed by the holder key the credential names in cnf.jwk", ""));
        }
        // RFC 9901 §7.3 step 5.4 and §4.3: explicitly typed kb+jwt.
        if (!VcProfile.KB_TYP.equals(parsed.typ())) {
            problems.add(problem(ProblemCode.MALFORMED,
                    "the key binding JWT's typ is '" + parsed.typ() + "', not kb+jwt", "typ"));
        }
        Map<String, Object> claims = parsed.payload();
        checkTimes(claims, policy, problems);
        checkString(claims, "nonce", policy.nonce(), ProblemCode.NONCE_MISMATCH, problems);
        checkString(claims, "aud", policy.audience(), ProblemCode.AUDIENCE_MISMATCH, problems);
        // RFC 9901 §7.3 step 5.7: the KB-JWT covers exactly these Disclosures, no more, no fewer.
        Object sdHash = claims.get("sd_hash");
        if (!(sdHash instanceof String presented)) {
            problems.add(problem(ProblemCode.MALFORMED, "the key binding JWT has no sd_hash string", "sd_hash"));
        } else if (!presented.equals(algorithm.digest(sdHashInput))) {
            problems.add(problem(ProblemCode.SD_HASH_MISMATCH, ProblemCode.SD_HASH_MISMATCH.words()
                    + ": the key binding JWT was made for other disclosures or another credential", "sd_hash"));
        }
        return problems;
    }

    private static void checkTimes(Map<String, Object> claims, VerificationPolicy policy, List<Problem> problems) {
        Instant now = policy.clock().instant();
        Duration skew = policy.clockSkew();
        try {
            Optional<Instant> iat = Jws.time(claims, "iat");
            if (iat.isEmpty()) {
                problems.add(problem(ProblemCode.MALFORMED, "the key binding JWT has no iat", "iat"));
            } else if (iat.get().isAfter(now.plus(skew))) {
                // RFC 9901 §7.3 step 5.5: "within an acceptable window" — not from the future…
                problems.add(problem(ProblemCode.KEY_BINDING_STALE, ProblemCode.KEY_BINDING_STALE.words()
                        + ": the key binding JWT was made in the future (iat " + iat.get() + ")", "iat"));
            } else if (iat.get().isBefore(now.minus(policy.keyBindingMaxAge()).minus(skew))) {
                // …and not older than the verifier's freshness window, which limits replay.
                problems.add(problem(ProblemCode.KEY_BINDING_STALE, ProblemCode.KEY_BINDING_STALE.words()
                        + ": the key binding JWT was made at " + iat.get() + ", more than "
                        + policy.keyBindingMaxAge() + " ago", "iat"));
            }
            // RFC 9901 §7.3 step 5.8: a valid JWT "in all other respects", so exp and nbf if present.
            Optional<Instant> exp = Jws.time(claims, "exp");
            if (exp.isPresent() && !now.isBefore(exp.get().plus(skew))) {
                problems.add(problem(ProblemCode.KEY_BINDING_STALE, ProblemCode.KEY_BINDING_STALE.words()
                        + ": the key binding JWT expired at " + exp.get(), "exp"));
            }
            Optional<Instant> nbf = Jws.time(claims, "nbf");
            if (nbf.isPresent() && nbf.get().isAfter(now.plus(skew))) {
                problems.add(problem(ProblemCode.KEY_BINDING_STALE, ProblemCode.KEY_BINDING_STALE.words()
                        + ": the key binding JWT is not valid before " + nbf.get(), "nbf"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(problem(ProblemCode.MALFORMED, "key binding JWT: " + e.getMessage(), ""));
        }
    }

    private static void checkString(Map<String, Object> claims, String name, Optional<String> expected,
                                    ProblemCode mismatch, List<Problem> problems) {
        Object value = claims.get(name);
        if (!(value instanceof String presented)) {
            // RFC 9901 §4.3: nonce and aud are REQUIRED, each a single string.
            problems.add(problem(ProblemCode.MALFORMED, "the key binding JWT's " + name
                    + (value == null ? " is missing" : " is not a single string"), name));
        } else if (expected.isPresent() && !expected.get().equals(presented)) {
            // RFC 9901 §7.3 step 5.6: bound to this transaction and made for this verifier.
            problems.add(problem(mismatch, mismatch.words() + ": the key binding JWT's " + name + " is '"
                    + shorten(presented) + "', not the '" + shorten(expected.get()) + "' the verifier expects", name));
        }
    }

    private static Problem problem(ProblemCode code, String message, String claim) {
        String text = message.startsWith(code.words()) ? message : code.words() + ": " + message;
        return new Problem(code, text, claim.isEmpty() ? PATH : PATH + "." + claim);
    }

    private static String shorten(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }
}
