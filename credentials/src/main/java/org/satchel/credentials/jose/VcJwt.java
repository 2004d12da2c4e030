package org.satchel.credentials.jose;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
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
 * VC-JOSE credentials (vc-jose-cose §3.1.1): a VC Data Model 2.0 credential is the payload of a
 * compact JWS with {@code typ} {@code vc+jwt} and {@code cty} {@code vc}, not wrapped in the VC 1.1
 * {@code vc} claim. {@link #issue} signs one for an issuer; {@link #verify} answers with a
 * {@link Verification}.
 */
public final class VcJwt {
    /** The {@code typ} of a VC-JOSE credential (vc-jose-cose §3.1.1; media type {@code application/vc+jwt}). */
    public static final String TYP = "vc+jwt";
    /** The {@code cty} of a VC-JOSE credential (vc-jose-cose §3.1.1). */
    public static final String CTY = "vc";

    private VcJwt() {
    }

    /**
     * Signs {@code credentialJson} as a {@code vc+jwt} from {@code issuer} (the CLI's
     * {@code issue --format vc-jwt --key K --issuer DID --in VC.json}).
     *
     * @throws IllegalArgumentException if the JSON is not a VC 2.0 credential Satchel can issue
     */
    public static String issue(String credentialJson, String issuer, SigningKey key) {
        Objects.requireNonNull(credentialJson, "credentialJson");
        try {
            return issue(JSONObjectUtils.parse(credentialJson), issuer, key);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the credential is not a JSON object: " + e.getMessage(), e);
        }
    }

    /**
     * Signs {@code credential} as a {@code vc+jwt}. The credential lacks {@code issuer}: it is filled
     * in (after {@code type}) as {@code issuer}, which must be the key's controller. The payload is the
     * credential itself, and the header's {@code kid} the key's verification method (§4.1.1).
     *
     * @throws IllegalArgumentException if the credential is not one Satchel's verifier would accept
     *     in shape (base context first, bundled contexts, {@code VerifiableCredential}, a subject,
     *     dateTimeStamps) or names another issuer
     */
    public static String issue(Map<String, ?> credential, String issuer, SigningKey key) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(key, "key");
        if (!issuer.equals(key.controller())) {
            throw new IllegalArgumentException("the key " + key.verificationMethod() + " is not a key of the issuer " + issuer);
        }
        List<Problem> problems = new ArrayList<>(VcModel.contexts(credential));
        if (!VcModel.hasType(credential, "VerifiableCredential")) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "type must include VerifiableCredential (VC Data Model 2.0 §4.5)"));
        }
        if (!credential.containsKey("credentialSubject")) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "a credential needs a credentialSubject (VC Data Model 2.0 §4.8)"));
        }
        if (credential.containsKey("vc") || credential.containsKey("vp")) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "the JWT claims vc and vp must not be present (vc-jose-cose §3.1.3)"));
        }
        Object named = credential.get("issuer");
        if (named != null && !VcModel.id(named).equals(Optional.of(issuer))) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "the credential names issuer " + named + " but is issued by " + issuer));
        }
        for (String property : List.of("validFrom", "validUntil")) {
            if (credential.containsKey(property)) {
                try {
                    VcModel.dateTimeStamp(credential.get(property), property);
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(ProblemCode.MALFORMED, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot issue this credential: "
                    + problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        credential.forEach((name, value) -> {
            payload.put(name, value);
            if (name.equals("type") && named == null) {
                payload.put("issuer", issuer);
            }
        });
        return CompactJws.sign(payload, key, TYP, CTY);
    }

    /** Verifies a {@code vc+jwt}; status lists are themselves expected as {@code vc+jwt}. */
    public static Verification verify(String jwt, VerificationPolicy policy) {
        return verify(jwt, policy, statusListVerifier());
    }

    /**
     * Verifies a {@code vc+jwt} (vc-jose-cose §5.1 and §5.4): header (MALFORMED,
     * ALGORITHM_NOT_ALLOWED), VC 2.0 shape and bundled contexts (MALFORMED, UNKNOWN_CONTEXT), the
     * issuer's keys from the policy's trust (UNTRUSTED_ISSUER), the signature (SIGNATURE_INVALID),
     * the validity period (NOT_YET_VALID, EXPIRED) and Bitstring Status List entries (REVOKED,
     * SUSPENDED, STATUS_UNAVAILABLE), whose lists {@code statusLists} verifies.
     */
    public static Verification verify(String jwt, VerificationPolicy policy, StatusListCredentialVerifier statusLists) {
        Objects.requireNonNull(jwt, "jwt");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(statusLists, "statusLists");
        CompactJws.Outcome outcome = CompactJws.read(jwt, TYP, CTY, policy);
        if (outcome instanceof CompactJws.Refused refused) {
            return new Verification.Invalid(refused.problems());
        }
        CompactJws.Read read = ((CompactJws.Accepted) outcome).read();
        Map<String, Object> payload = read.payload();

        List<Problem> problems = new ArrayList<>();
        if (payload.containsKey("vc") || payload.containsKey("vp")) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "the JWT claims vc and vp must not be present (vc-jose-cose §3.1.3): "
                    + "this is the VC 1.1 JWT shape, not a VC 2.0 vc+jwt"));
        }
        problems.addAll(VcModel.contexts(payload));
        if (!VcModel.hasType(payload, "VerifiableCredential")) {
            problems.add(new Problem(ProblemCode.MALFORMED, "type must include VerifiableCredential (VC Data Model 2.0 §4.5)", "type"));
        }
        if (!payload.containsKey("credentialSubject")) {
            problems.add(new Problem(ProblemCode.MALFORMED, "a credential needs a credentialSubject (VC Data Model 2.0 §4.8)", "credentialSubject"));
        }
        Optional<String> issuer = VcModel.id(payload.get("issuer"));
        if (issuer.isEmpty()) {
            problems.add(new Problem(ProblemCode.MALFORMED, "issuer must be a URL or an object with an id (VC Data Model 2.0 §4.7)", "issuer"));
        } else if (payload.containsKey("iss") && !issuer.get().equals(payload.get("iss"))) {
            problems.add(new Problem(ProblemCode.MALFORMED, "iss must match issuer (vc-jose-cose §4.1.2)", "iss"));
        }
        if (!problems.isEmpty()) {
            return new Verification.Invalid(problems);
        }

        Optional<Problem> signature = signedByIssuer(read, issuer.get(), policy);
        if (signature.isPresent()) {
            return new Verification.Invalid(List.of(signature.get()));
        }

        problems.addAll(VcModel.validity(payload, policy));
        StatusReport status = BitstringStatusCheck.report(payload, policy, statusLists);
        problems.addAll(status.problems());
        if (!problems.isEmpty()) {
            return new Verification.Invalid(problems);
        }
        return new Verification.Valid(Format.VC_JWT, issuer.get(), Optional.empty(), status.status(), payload);
    }

    /** Verifies status list credentials secured as {@code vc+jwt}, for {@link #verify(String, VerificationPolicy, StatusListCredentialVerifier)}. */
    public static StatusListCredentialVerifier statusListVerifier() {
        return VcJwt::verify;
    }

    // vc-jose-cose §4.1.1: the kid names the key; it must be one of the issuer's own, and one the
    // policy trusts. Keys in the header (jwk, x5c, jku) are never used: trust comes from the policy.
    static Optional<Problem> signedByIssuer(CompactJws.Read read, String issuer, VerificationPolicy policy) {
        Optional<String> kid = read.kid();
        if (kid.isPresent() && kid.get().startsWith("did:") && !kid.get().startsWith(issuer + "#")) {
            return Optional.of(new Problem(ProblemCode.UNTRUSTED_ISSUER, "untrusted issuer: the credential is signed with "
                    + kid.get() + ", which is not a key of its issuer " + issuer, "header.kid"));
        }
        List<JWK> keys = policy.trust().keysFor(issuer, kid);
        if (keys.isEmpty()) {
            return Optional.of(Problem.of(ProblemCode.UNTRUSTED_ISSUER, "untrusted issuer: the policy trusts no key of "
                    + issuer + kid.map(k -> " named " + k).orElse("")));
        }
        return CompactJws.verify(read.jws(), keys, "the issuer " + issuer);
    }
}
