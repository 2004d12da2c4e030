package org.satchel.credentials.jose;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.satchel.credentials.status.bitstring.BitstringStatusCheck;
import org.satchel.credentials.status.bitstring.StatusListCredentialVerifier;
import org.satchel.credentials.status.bitstring.StatusReport;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * A VC Data Model 1.1 credential encoded as a JWT (VC DM 1.1 §6.3.1), which is what OpenID4VCI 1.0
 * names {@code jwt_vc_json} (Appendix A.1.1): the credential sits in the {@code vc} claim, and
 * its issuer, issuance and expiration dates, id and subject id move to {@code iss}, {@code nbf},
 * {@code exp}, {@code jti} and {@code sub}. Verifying decodes it back (§6.3.2). Unlike
 * {@link VcJwt} (VC 2.0, {@code vc+jwt}), nothing here is processed as JSON-LD.
 */
public final class JwtVcJson {
    /** VC DM 1.1 §4.1: the first context of every 1.1 credential. */
    public static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";
    /** VC DM 1.1 §6.3.1: "typ, if present, MUST be set to JWT". */
    public static final String TYP = "JWT";

    private JwtVcJson() {
    }

    /**
     * Signs a VC 1.1 credential ({@code @context} starting with {@link #CREDENTIALS_V1}, a type,
     * an {@code issuanceDate}, a subject) as {@code issuer}: {@code iss} is the issuer, {@code nbf}
     * the issuance date, {@code exp} the expiration date, {@code jti} the id and {@code sub} the
     * subject's id, each removed from {@code vc} (as did-jwt-vc does by default; §6.3.2 restores them).
     *
     * @throws IllegalArgumentException in words, if the credential is not a VC 1.1 credential or names another issuer
     */
    public static String issue(Map<String, ?> credential, String issuer, SigningKey key) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(key, "key");
        if (!issuer.equals(key.controller())) {
            throw new IllegalArgumentException("the key " + key.verificationMethod() + " is not a key of the issuer " + issuer);
        }
        List<Problem> problems = new ArrayList<>(shape(credential));
        Object named = credential.get("issuer");
        if (named != null && !VcModel.id(named).equals(Optional.of(issuer))) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "the credential names issuer " + named + " but is issued by " + issuer));
        }
        Instant issued = null;
        Instant expires = null;
        try {
            issued = VcModel.dateTimeStamp(credential.get("issuanceDate"), "issuanceDate");
            if (credential.containsKey("expirationDate")) {
                expires = VcModel.dateTimeStamp(credential.get("expirationDate"), "expirationDate");
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(ProblemCode.MALFORMED, e.getMessage() + " (VC Data Model 1.1 §4.6, §4.7)"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot issue this credential: "
                    + problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        }
        Map<String, Object> vc = new LinkedHashMap<>(credential);
        vc.remove("issuer");
        vc.remove("issuanceDate");
        vc.remove("expirationDate");
        Object id = vc.remove("id");
        Optional<String> subject = Optional.empty();
        if (vc.get("credentialSubject") instanceof Map<?, ?> one && one.get("id") instanceof String sub) {
            Map<String, Object> rest = new LinkedHashMap<>();
            one.forEach((name, value) -> rest.put((String) name, value));
            rest.remove("id");
            vc.put("credentialSubject", rest);
            subject = Optional.of(sub);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        subject.ifPresent(s -> claims.put("sub", s));
        if (id instanceof String jti) {
            claims.put("jti", jti);
        }
        claims.put("nbf", issued.getEpochSecond());
        if (expires != null) {
            claims.put("exp", expires.getEpochSecond());
        }
        claims.put("vc", vc);
        return CompactJws.sign(claims, key, TYP, null);
    }

    /**
     * Verifies a {@code jwt_vc_json} credential: the header (MALFORMED, ALGORITHM_NOT_ALLOWED), the
     * {@code vc} claim's 1.1 shape (MALFORMED), the issuer's keys from the policy's trust
     * (UNTRUSTED_ISSUER), the signature (SIGNATURE_INVALID), {@code nbf}/{@code exp} and the
     * 1.1 dates (NOT_YET_VALID, EXPIRED), and Bitstring Status List entries. The claims of a
     * valid result are the credential decoded as §6.3.2 says; its holder is {@code sub}.
     */
    public static Verification verify(String jwt, VerificationPolicy policy, StatusListCredentialVerifier statusLists) {
        Objects.requireNonNull(jwt, "jwt");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(statusLists, "statusLists");
        CompactJws.Outcome outcome = CompactJws.read(jwt, TYP, "", policy, true);
        if (outcome instanceof CompactJws.Refused refused) {
            return new Verification.Invalid(refused.problems());
        }
        CompactJws.Read read = ((CompactJws.Accepted) outcome).read();
        Map<String, Object> payload = read.payload();
        if (!(payload.get("vc") instanceof Map<?, ?>)) {
            return new Verification.Invalid(List.of(new Problem(ProblemCode.MALFORMED,
                    "a JWT credential carries the credential in its vc claim (VC Data Model 1.1 §6.3.1)", "vc")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> credential = decode(payload, problems);
        problems.addAll(shape(credential));
        Optional<String> issuer = VcModel.id(credential.get("issuer"));
        if (!(payload.get("iss") instanceof String)) {
            problems.add(new Problem(ProblemCode.MALFORMED, "iss must name the issuer (VC Data Model 1.1 §6.3.1)", "iss"));
        }
        if (!problems.isEmpty()) {
            return new Verification.Invalid(problems);
        }
        Optional<Problem> signature = VcJwt.signedByIssuer(read, issuer.orElseThrow(), policy);
        if (signature.isPresent()) {
            return new Verification.Invalid(List.of(signature.get()));
        }
        problems.addAll(validity(payload, credential, policy));
        StatusReport status = BitstringStatusCheck.report(credential, policy, statusLists);
        problems.addAll(status.problems());
        if (!problems.isEmpty()) {
            return new Verification.Invalid(problems);
        }
        Optional<String> holder = payload.get("sub") instanceof String sub ? Optional.of(sub) : Optional.empty();
        return new Verification.Valid(Format.JWT_VC_JSON, issuer.get(), holder, status.status(), credential);
    }

    /** Whether {@code compact} is a JWS whose payload has a {@code vc} object: how {@link org.satchel.credentials.Verifier} tells this format. */
    public static boolean looksLikeOne(com.nimbusds.jose.JWSObject jws) {
        try {
            return JSONObjectUtils.parse(jws.getPayload().toString()).get("vc") instanceof Map<?, ?>;
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    // VC DM 1.1 §6.3.2: the JWT's registered claims become the credential's properties again.
    private static Map<String, Object> decode(Map<String, Object> payload, List<Problem> problems) {
        Map<String, Object> credential = new LinkedHashMap<>();
        ((Map<?, ?>) payload.get("vc")).forEach((name, value) -> credential.put((String) name, value));
        if (payload.get("iss") instanceof String iss) {
            Object named = credential.get("issuer");
            if (named instanceof Map<?, ?> profile) {
                if (profile.containsKey("id") && !iss.equals(profile.get("id"))) {
                    problems.add(new Problem(ProblemCode.MALFORMED, "vc.issuer.id differs from iss", "vc.issuer"));
                }
                Map<String, Object> withId = new LinkedHashMap<>();
                profile.forEach((name, value) -> withId.put((String) name, value));
                withId.put("id", iss);
                credential.put("issuer", withId);
            } else {
                if (named != null && !iss.equals(named)) {
                    problems.add(new Problem(ProblemCode.MALFORMED, "vc.issuer differs from iss", "vc.issuer"));
                }
                credential.put("issuer", iss);
            }
        }
        VcModel.numericDate(payload, "nbf", problems).ifPresent(nbf -> credential.put("issuanceDate", nbf.toString()));
        VcModel.numericDate(payload, "exp", problems).ifPresent(exp -> credential.put("expirationDate", exp.toString()));
        if (payload.get("jti") instanceof String jti) {
            credential.put("id", jti);
        }
        if (payload.get("sub") instanceof String sub && credential.get("credentialSubject") instanceof Map<?, ?> subject) {
            Map<String, Object> withId = new LinkedHashMap<>();
            withId.put("id", sub);
            subject.forEach((name, value) -> withId.put((String) name, value));
            credential.put("credentialSubject", withId);
        }
        return credential;
    }

    private static List<Problem> shape(Map<String, ?> credential) {
        List<Problem> problems = new ArrayList<>();
        Object context = credential.get("@context");
        List<?> contexts = context instanceof List<?> list ? list : context == null ? List.of() : List.of(context);
        if (contexts.isEmpty() || !CREDENTIALS_V1.equals(contexts.getFirst())) {
            problems.add(new Problem(ProblemCode.MALFORMED, "@context must start with " + CREDENTIALS_V1
                    + " (VC Data Model 1.1 §4.1), not " + (contexts.isEmpty() ? "nothing" : contexts.getFirst()), "@context"));
        }
        if (!VcModel.hasType(credential, "VerifiableCredential")) {
            problems.add(new Problem(ProblemCode.MALFORMED, "type must include VerifiableCredential (VC Data Model 1.1 §4.3)", "type"));
        }
        if (!(credential.get("credentialSubject") instanceof Map<?, ?>) && !(credential.get("credentialSubject") instanceof List<?>)) {
            problems.add(new Problem(ProblemCode.MALFORMED, "a credential needs a credentialSubject (VC Data Model 1.1 §4.4)",
                    "credentialSubject"));
        }
        return problems;
    }

    private static List<Problem> validity(Map<String, ?> payload, Map<String, ?> credential, VerificationPolicy policy) {
        Instant now = policy.clock().instant();
        List<Problem> problems = new ArrayList<>();
        VcModel.numericDate(payload, "nbf", problems).filter(nbf -> now.plus(policy.clockSkew()).isBefore(nbf)).ifPresent(nbf ->
                problems.add(new Problem(ProblemCode.NOT_YET_VALID, "not yet valid: issued for " + nbf + " and it is now " + now, "nbf")));
        VcModel.numericDate(payload, "exp", problems).filter(exp -> !now.minus(policy.clockSkew()).isBefore(exp)).ifPresent(exp ->
                problems.add(new Problem(ProblemCode.EXPIRED, "expired: the credential expired at " + exp + " and it is now " + now, "exp")));
        if (!payload.containsKey("nbf") && !credential.containsKey("issuanceDate")) {
            problems.add(new Problem(ProblemCode.MALFORMED, "a VC 1.1 credential needs an issuance date (nbf, §6.3.1)", "nbf"));
        }
        return problems;
    }
}
