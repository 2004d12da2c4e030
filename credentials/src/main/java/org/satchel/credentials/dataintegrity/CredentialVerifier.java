package org.satchel.credentials.dataintegrity;

import static org.satchel.credentials.verify.ProblemCode.ALGORITHM_NOT_ALLOWED;
import static org.satchel.credentials.verify.ProblemCode.EXPIRED;
import static org.satchel.credentials.verify.ProblemCode.MALFORMED;
import static org.satchel.credentials.verify.ProblemCode.NOT_YET_VALID;
import static org.satchel.credentials.verify.ProblemCode.SIGNATURE_INVALID;
import static org.satchel.credentials.verify.ProblemCode.UNKNOWN_CONTEXT;
import static org.satchel.credentials.verify.ProblemCode.UNSUPPORTED_FORMAT;
import static org.satchel.credentials.verify.ProblemCode.UNTRUSTED_ISSUER;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.multikey.Multibase;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * One verification of an {@code eddsa-rdfc-2022} credential, in the order of VC Data Integrity
 * 1.0 §4.4 "Verify Proof": parse, check the contexts and the proof's shape, then key, signature
 * and validity. Shape problems end the check early; the rest are all reported together.
 */
final class CredentialVerifier {

    private final VerificationPolicy policy;
    private final DidResolver resolver;

    CredentialVerifier(VerificationPolicy policy, DidResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** What verification needs from a credential whose shape is right. */
    private record Parsed(JsonObject unsecured, JsonObject proofOptions, String issuer, String verificationMethod,
                          byte[] proofValue, Optional<Instant> created, Optional<Instant> proofExpires,
                          Optional<Instant> validFrom, Optional<Instant> validUntil) {}

    Verification verify(String credentialJson) {
        JsonObject credential;
        try {
            credential = JsonText.parseObject(credentialJson);
        } catch (IllegalArgumentException e) {
            return invalid(Problem.of(MALFORMED, e.getMessage()));
        }
        List<Problem> shape = new ArrayList<>();
        Optional<Parsed> parts = parse(credential, shape);
        if (parts.isEmpty()) {
            return new Verification.Invalid(shape);
        }
        Parsed parsed = parts.get();

        List<Problem> problems = new ArrayList<>();
        Optional<JWK> key = key(parsed, problems);
        key.ifPresent(k -> checkSignature(parsed, k, problems));
        checkValidity(parsed, problems);
        if (!problems.isEmpty()) {
            return new Verification.Invalid(problems);
        }
        CredentialStatus status = parsed.unsecured().containsKey("credentialStatus")
                // Bitstring Status List is checked by the verifier that composes the formats.
                ? CredentialStatus.NOT_CHECKED : CredentialStatus.NONE;
        return new Verification.Valid(Format.DI_EDDSA_RDFC_2022, parsed.issuer(), holder(parsed.unsecured()), status,
                JsonText.toJava(parsed.unsecured()));
    }

    /** The credential's parts, or empty with the problems that make it unverifiable added. */
    private static Optional<Parsed> parse(JsonObject credential, List<Problem> problems) {
        if (!credential.containsKey("@context")) {
            problems.add(new Problem(MALFORMED, "no @context: not a verifiable credential (VC Data Model 2.0 §4.3)", "/@context"));
            return Optional.empty();
        }
        // Before any processing, so no unknown context is ever asked for (VC Data Integrity §2.4.1).
        Optional<Contexts.Refusal> unbundled = Contexts.firstUnbundled(credential);
        if (unbundled.isPresent()) {
            problems.add(new Problem(UNKNOWN_CONTEXT, unbundled.get().describe(), unbundled.get().pointer()));
            return Optional.empty();
        }
        JsonValue context = credential.get("@context");
        String first = context instanceof JsonArray array && !array.isEmpty() ? string(array.get(0)).orElse("") : string(context).orElse("");
        if (!first.equals(BundledContexts.CREDENTIALS_V2.toString()) && !first.equals(BundledContexts.CREDENTIALS_V1.toString())) {
            // VC 2.0 §4.3 (and VC 1.1 §4.1): the base context comes first.
            problems.add(new Problem(MALFORMED, "the first @context must be " + BundledContexts.CREDENTIALS_V2
                    + " (or, for VC 1.1, " + BundledContexts.CREDENTIALS_V1 + "), not " + (first.isEmpty() ? "missing" : first), "/@context"));
        }
        if (!types(credential.get("type")).contains("VerifiableCredential")) {
            problems.add(new Problem(MALFORMED, "type must include VerifiableCredential (VC Data Model 2.0 §4.5)", "/type"));
        }
        Optional<String> issuer = issuerId(credential.get("issuer"));
        if (issuer.isEmpty()) {
            problems.add(new Problem(MALFORMED, "issuer must be a URL or an object with an id (VC Data Model 2.0 §4.7)", "/issuer"));
        }
        Optional<JsonObject> proof = proof(credential.get("proof"), problems);
        if (proof.isEmpty()) {
            return Optional.empty();
        }
        JsonObject p = proof.get();
        Optional<String> type = string(p.get("type"));
        Optional<String> suite = string(p.get("cryptosuite"));
        if (!type.equals(Optional.of(EddsaRdfc2022.PROOF_TYPE))) {
            problems.add(new Problem(UNSUPPORTED_FORMAT, "proof type " + type.orElse("(none)") + " is not "
                    + EddsaRdfc2022.PROOF_TYPE + ", the only proof type Satchel verifies", "/proof/type"));
            return Optional.empty();
        }
        if (!suite.equals(Optional.of(EddsaRdfc2022.CRYPTOSUITE))) {
            problems.add(new Problem(UNSUPPORTED_FORMAT, "cryptosuite " + suite.orElse("(none)") + " is not "
                    + EddsaRdfc2022.CRYPTOSUITE + ", the only cryptosuite Satchel verifies", "/proof/cryptosuite"));
            return Optional.empty();
        }
        Optional<String> purpose = string(p.get("proofPurpose"));
        if (!purpose.equals(Optional.of("assertionMethod"))) {
            // VC Data Integrity §2.2 and §4.4 step 5: a credential's proof asserts its claims.
            problems.add(new Problem(MALFORMED, "proofPurpose is " + purpose.orElse("missing")
                    + "; a credential's proof must be made for assertionMethod", "/proof/proofPurpose"));
        }
        Optional<String> method = string(p.get("verificationMethod"));
        if (method.isEmpty() || !method.get().contains(":")) {
            problems.add(new Problem(MALFORMED, "the proof needs a verificationMethod URL (VC Data Integrity §2.1)", "/proof/verificationMethod"));
        }
        byte[] proofValue = proofValue(p.get("proofValue"), problems);
        Optional<Instant> created = Dates.optional(p, "created", "/proof/created", problems);
        Optional<Instant> expires = Dates.optional(p, "expires", "/proof/expires", problems);
        // VC 2.0 §4.9 validFrom/validUntil; a VC 1.1 credential says issuanceDate/expirationDate.
        Optional<Instant> validFrom = credential.containsKey("validFrom")
                ? Dates.optional(credential, "validFrom", "/validFrom", problems)
                : Dates.optional(credential, "issuanceDate", "/issuanceDate", problems);
        Optional<Instant> validUntil = credential.containsKey("validUntil")
                ? Dates.optional(credential, "validUntil", "/validUntil", problems)
                : Dates.optional(credential, "expirationDate", "/expirationDate", problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        // vc-di-eddsa §3.2.2 steps 1 and 2: the document without its proof, the proof without its value.
        JsonObject unsecured = Json.createObjectBuilder(credential).remove("proof").build();
        JsonObject options = Json.createObjectBuilder(p).remove("proofValue").build();
        return Optional.of(new Parsed(unsecured, options, issuer.orElseThrow(), method.orElseThrow(), proofValue, created, expires,
                validFrom, validUntil));
    }

    /** The resolved key if it can be found; trust problems are added whether it can or not. */
    private Optional<JWK> key(Parsed parsed, List<Problem> problems) {
        String method = parsed.verificationMethod();
        int hash = method.indexOf('#');
        String controller = hash < 0 ? method : method.substring(0, hash);
        if (!controller.equals(parsed.issuer())) {
            // VC Data Integrity §5.9 "Verification Method Binding": the key must be the issuer's own.
            problems.add(new Problem(UNTRUSTED_ISSUER, "the proof's verification method " + method + " belongs to " + controller
                    + ", not to the issuer " + parsed.issuer(), "/proof/verificationMethod"));
        }
        // eddsa-rdfc-2022 signs with EdDSA; a policy may allow only other JOSE algorithms.
        if (!policy.allowedAlgorithms().contains("EdDSA")) {
            problems.add(new Problem(ALGORITHM_NOT_ALLOWED, "eddsa-rdfc-2022 signs with EdDSA, which this policy does not allow",
                    "/proof/cryptosuite"));
            return Optional.empty();
        }
        Optional<JWK> resolved = resolver.resolveKey(method);
        if (resolved.isEmpty()) {
            problems.add(new Problem(UNTRUSTED_ISSUER, "cannot resolve the verification method " + method
                    + " to a key", "/proof/verificationMethod"));
        }
        List<JWK> trusted = policy.trust().keysFor(parsed.issuer(), Optional.of(method));
        if (trusted.isEmpty()) {
            problems.add(new Problem(UNTRUSTED_ISSUER, "the issuer " + parsed.issuer() + " is not one this policy trusts", "/issuer"));
        } else if (resolved.isPresent()) {
            String thumbprint = Keys.thumbprint(resolved.get().toPublicJWK());
            boolean known = trusted.stream().anyMatch(k -> sameKey(k, thumbprint));
            if (!known) {
                problems.add(new Problem(UNTRUSTED_ISSUER, "the key of " + method + " is not one this policy trusts for "
                        + parsed.issuer(), "/proof/verificationMethod"));
            }
        }
        return resolved;
    }

    private static boolean sameKey(JWK trusted, String thumbprint) {
        try {
            return Keys.thumbprint(trusted.toPublicJWK()).equals(thumbprint);
        } catch (RuntimeException unusable) {
            return false;
        }
    }

    /** vc-di-eddsa §3.2.2 steps 4 to 6 and §3.2.7. */
    private static void checkSignature(Parsed parsed, JWK key, List<Problem> problems) {
        if (!(key instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve())) {
            problems.add(new Problem(SIGNATURE_INVALID, "the key of " + parsed.verificationMethod()
                    + " is not an Ed25519 key, so it cannot have made an eddsa-rdfc-2022 proof", "/proof/verificationMethod"));
            return;
        }
        byte[] hashData;
        try {
            String transformed = EddsaRdfc2022.transform(parsed.unsecured());
            String proofConfig = EddsaRdfc2022.proofConfiguration(parsed.proofOptions(), parsed.unsecured().get("@context"));
            hashData = EddsaRdfc2022.hash(proofConfig, transformed);
        } catch (CannotCanonicalize e) {
            ProblemCode code = e.refusedContext().isPresent() ? UNKNOWN_CONTEXT : MALFORMED;
            problems.add(Problem.of(code, e.getMessage()));
            return;
        }
        if (!EddsaRdfc2022.verify(hashData, parsed.proofValue(), okp.getX().decode())) {
            problems.add(new Problem(SIGNATURE_INVALID, "the eddsa-rdfc-2022 proof does not verify with " + parsed.verificationMethod()
                    + ": the credential or its proof changed after signing, or another key signed it", "/proof/proofValue"));
        }
    }

    private void checkValidity(Parsed parsed, List<Problem> problems) {
        Instant now = policy.clock().instant();
        Duration skew = policy.clockSkew();
        parsed.validFrom().filter(from -> from.isAfter(now.plus(skew))).ifPresent(from -> problems.add(new Problem(NOT_YET_VALID,
                "valid from " + from + ", but it is " + now, "/validFrom")));
        parsed.validUntil().filter(until -> until.isBefore(now.minus(skew))).ifPresent(until -> problems.add(new Problem(EXPIRED,
                "valid until " + until + ", but it is " + now, "/validUntil")));
        parsed.created().filter(created -> created.isAfter(now.plus(skew))).ifPresent(created -> problems.add(new Problem(NOT_YET_VALID,
                "the proof was created " + created + ", in the future (it is " + now + ")", "/proof/created")));
        parsed.proofExpires().filter(expires -> expires.isBefore(now.minus(skew))).ifPresent(expires -> problems.add(new Problem(EXPIRED,
                "the proof expired " + expires + ", and it is " + now, "/proof/expires")));
    }

    /** The single proof object, or empty with a problem. */
    static Optional<JsonObject> proof(JsonValue proof, List<Problem> problems) {
        if (proof == null) {
            problems.add(new Problem(MALFORMED, "no proof: the credential is not secured", "/proof"));
            return Optional.empty();
        }
        JsonValue single = proof instanceof JsonArray array && array.size() == 1 ? array.get(0) : proof;
        if (single instanceof JsonArray) {
            problems.add(new Problem(UNSUPPORTED_FORMAT, "a proof set or chain (several proofs); Satchel verifies one proof", "/proof"));
            return Optional.empty();
        }
        if (!(single instanceof JsonObject object)) {
            // VC Data Integrity §4.4 step 2: a proof that is not a map is a PARSING_ERROR.
            problems.add(new Problem(MALFORMED, "proof must be an object", "/proof"));
            return Optional.empty();
        }
        return Optional.of(object);
    }

    static byte[] proofValue(JsonValue value, List<Problem> problems) {
        Optional<String> text = string(value);
        if (text.isEmpty()) {
            problems.add(new Problem(MALFORMED, "the proof has no proofValue", "/proof/proofValue"));
            return new byte[0];
        }
        try {
            // vc-di-eddsa §2.2.1: a base-58-btc Multibase value of a 64-byte Ed25519 signature.
            byte[] bytes = Multibase.decodeBase58Btc(text.get());
            if (bytes.length != EddsaRdfc2022.SIGNATURE_LENGTH) {
                problems.add(new Problem(MALFORMED, "proofValue holds " + bytes.length + " bytes, not a 64-byte Ed25519 signature",
                        "/proof/proofValue"));
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(MALFORMED, "proofValue: " + e.getMessage(), "/proof/proofValue"));
            return new byte[0];
        }
    }

    /** The issuer's URL: the value itself, or its {@code id} (VC Data Model 2.0 §4.7). */
    static Optional<String> issuerId(JsonValue issuer) {
        if (issuer instanceof JsonObject object) {
            return string(object.get("id")).filter(id -> id.contains(":"));
        }
        return string(issuer).filter(id -> id.contains(":"));
    }

    private static Optional<String> holder(JsonObject credential) {
        JsonValue subject = credential.get("credentialSubject");
        if (subject instanceof JsonArray array && array.size() == 1) {
            subject = array.get(0);
        }
        return subject instanceof JsonObject object ? string(object.get("id")) : Optional.empty();
    }

    private static List<String> types(JsonValue type) {
        if (type instanceof JsonArray array) {
            return array.stream().map(CredentialVerifier::string).flatMap(Optional::stream).toList();
        }
        return string(type).stream().toList();
    }

    static Optional<String> string(JsonValue value) {
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Verification invalid(Problem problem) {
        return new Verification.Invalid(List.of(Objects.requireNonNull(problem)));
    }
}
