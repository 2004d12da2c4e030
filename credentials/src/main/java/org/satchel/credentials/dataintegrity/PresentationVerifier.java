package org.satchel.credentials.dataintegrity;

import static org.satchel.credentials.verify.ProblemCode.AUDIENCE_MISMATCH;
import static org.satchel.credentials.verify.ProblemCode.EXPIRED;
import static org.satchel.credentials.verify.ProblemCode.MALFORMED;
import static org.satchel.credentials.verify.ProblemCode.NONCE_MISMATCH;
import static org.satchel.credentials.verify.ProblemCode.NOT_YET_VALID;
import static org.satchel.credentials.verify.ProblemCode.SIGNATURE_INVALID;
import static org.satchel.credentials.verify.ProblemCode.UNKNOWN_CONTEXT;
import static org.satchel.credentials.verify.ProblemCode.UNSUPPORTED_FORMAT;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.jose.PresentationVerification;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * One verification of a presentation secured with {@code eddsa-rdfc-2022}, in the order of VC Data
 * Integrity 1.0 §4.4 "Verify Proof" with expected proof purpose {@code authentication}: the shape,
 * the challenge and domain the verifier expects, the holder's key and signature, then each
 * credential the presentation carries.
 */
final class PresentationVerifier {
    private static final String PURPOSE = "authentication";

    private final VerificationPolicy policy;
    private final DidResolver holderKeys;
    private final Function<String, Verification> credentials;

    PresentationVerifier(VerificationPolicy policy, DidResolver holderKeys, Function<String, Verification> credentials) {
        this.policy = policy;
        this.holderKeys = holderKeys;
        this.credentials = credentials;
    }

    PresentationVerification verify(String presentationJson) {
        JsonObject presentation;
        try {
            presentation = JsonText.parseObject(presentationJson);
        } catch (IllegalArgumentException e) {
            return invalid(List.of(Problem.of(MALFORMED, e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        shape(presentation, problems);
        Optional<JsonObject> found = problems.isEmpty() ? CredentialVerifier.proof(presentation.get("proof"), problems) : Optional.empty();
        if (found.isEmpty()) {
            return invalid(problems);
        }
        JsonObject proof = found.get();
        Optional<String> method = proofShape(proof, problems);
        byte[] proofValue = CredentialVerifier.proofValue(proof.get("proofValue"), problems);
        Optional<Instant> created = Dates.optional(proof, "created", "/proof/created", problems);
        Optional<Instant> expires = Dates.optional(proof, "expires", "/proof/expires", problems);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        String holder = holder(presentation, method.orElseThrow(), problems);
        binding(proof, problems);
        signature(presentation, proof, method.get(), proofValue, problems);
        Instant now = policy.clock().instant();
        created.filter(t -> t.isAfter(now.plus(policy.clockSkew()))).ifPresent(t -> problems.add(new Problem(NOT_YET_VALID,
                "the presentation's proof was created " + t + ", in the future (it is " + now + ")", "/proof/created")));
        expires.filter(t -> t.isBefore(now.minus(policy.clockSkew()))).ifPresent(t -> problems.add(new Problem(EXPIRED,
                "the presentation's proof expired " + t + ", and it is " + now, "/proof/expires")));
        List<Verification.Valid> verified = new ArrayList<>();
        List<JsonValue> entries = entries(presentation.get("verifiableCredential"));
        for (int i = 0; i < entries.size(); i++) {
            String path = "verifiableCredential[" + i + "]";
            if (!(entries.get(i) instanceof JsonObject credential)) {
                problems.add(new Problem(MALFORMED, "each verifiableCredential must be an object (VC Data Model 2.0 §4.13)", path));
                continue;
            }
            switch (credentials.apply(credential.toString())) {
                case Verification.Valid valid -> verified.add(valid);
                case Verification.Invalid invalid -> invalid.problems().forEach(p -> problems.add(new Problem(p.code(),
                        p.message(), p.path().isEmpty() ? path : path + p.path())));
            }
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        JsonObject unsecured = Json.createObjectBuilder(presentation).remove("proof").build();
        return new PresentationVerification.Valid(holder, verified, JsonText.toJava(unsecured));
    }

    // VC Data Model 2.0 §4.13: @context first the base context, type including VerifiablePresentation.
    private static void shape(JsonObject presentation, List<Problem> problems) {
        if (!presentation.containsKey("@context")) {
            problems.add(new Problem(MALFORMED, "no @context: not a verifiable presentation (VC Data Model 2.0 §4.3)", "/@context"));
            return;
        }
        Optional<Contexts.Refusal> unbundled = Contexts.firstUnbundled(presentation);
        if (unbundled.isPresent()) {
            problems.add(new Problem(UNKNOWN_CONTEXT, unbundled.get().describe(), unbundled.get().pointer()));
            return;
        }
        JsonValue context = presentation.get("@context");
        JsonValue first = context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
        if (!CredentialVerifier.string(first).equals(Optional.of(BundledContexts.CREDENTIALS_V2.toString()))) {
            problems.add(new Problem(MALFORMED, "the first @context must be " + BundledContexts.CREDENTIALS_V2, "/@context"));
        }
        if (!types(presentation.get("type")).contains("VerifiablePresentation")) {
            problems.add(new Problem(MALFORMED, "type must include VerifiablePresentation (VC Data Model 2.0 §4.13)", "/type"));
        }
    }

    /** The proof's verification method, with problems added for a proof of another kind or purpose. */
    private static Optional<String> proofShape(JsonObject proof, List<Problem> problems) {
        Optional<String> type = CredentialVerifier.string(proof.get("type"));
        Optional<String> suite = CredentialVerifier.string(proof.get("cryptosuite"));
        if (!type.equals(Optional.of(EddsaRdfc2022.PROOF_TYPE)) || !suite.equals(Optional.of(EddsaRdfc2022.CRYPTOSUITE))) {
            problems.add(new Problem(UNSUPPORTED_FORMAT, "the proof is " + type.orElse("(no type)") + " / " + suite.orElse("(no cryptosuite)")
                    + "; Satchel verifies " + EddsaRdfc2022.PROOF_TYPE + " / " + EddsaRdfc2022.CRYPTOSUITE, "/proof/type"));
        }
        Optional<String> purpose = CredentialVerifier.string(proof.get("proofPurpose"));
        if (!purpose.equals(Optional.of(PURPOSE))) {
            // VC Data Integrity §4.4 step 5 with expectedProofPurpose authentication (§2.2): a holder proves control.
            problems.add(new Problem(MALFORMED, "proofPurpose is " + purpose.orElse("missing")
                    + "; a presentation's proof must be made for authentication", "/proof/proofPurpose"));
        }
        Optional<String> method = CredentialVerifier.string(proof.get("verificationMethod")).filter(m -> m.contains(":"));
        if (method.isEmpty()) {
            problems.add(new Problem(MALFORMED, "the proof needs a verificationMethod URL (VC Data Integrity §2.1)", "/proof/verificationMethod"));
        }
        return method;
    }

    // VC API "Verify Presentation": the holder must match the verification method of the proof.
    private static String holder(JsonObject presentation, String method, List<Problem> problems) {
        String controller = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
        Optional<String> holder = CredentialVerifier.issuerId(presentation.get("holder"));
        if (presentation.containsKey("holder") && holder.isEmpty()) {
            problems.add(new Problem(MALFORMED, "holder must be a URL or an object with an id (VC Data Model 2.0 §4.13)", "/holder"));
        } else if (holder.isPresent() && !holder.get().equals(controller)) {
            problems.add(new Problem(SIGNATURE_INVALID, "the presentation is signed with " + method + ", which is not a key of its holder "
                    + holder.get(), "/proof/verificationMethod"));
        }
        return holder.orElse(controller);
    }

    // VC Data Integrity §4.4 steps 6 and 7: the verifier's domain and challenge, when it gave them.
    private void binding(JsonObject proof, List<Problem> problems) {
        policy.nonce().ifPresent(expected -> {
            Optional<String> challenge = CredentialVerifier.string(proof.get("challenge"));
            if (!challenge.equals(Optional.of(expected))) {
                problems.add(new Problem(NONCE_MISMATCH, "nonce mismatch: the proof's challenge is " + challenge.orElse("missing")
                        + ", not the one the verifier issued", "/proof/challenge"));
            }
        });
        policy.audience().ifPresent(expected -> {
            // "treating a single string as a set containing just that string"
            List<String> domains = types(proof.get("domain"));
            if (!domains.equals(List.of(expected))) {
                problems.add(new Problem(AUDIENCE_MISMATCH, "audience mismatch: the proof's domain is "
                        + (domains.isEmpty() ? "missing" : String.join(", ", domains)) + ", not " + expected, "/proof/domain"));
            }
        });
    }

    // vc-di-eddsa §3.2.2 and §3.2.7, with the key of the holder's verification method.
    private void signature(JsonObject presentation, JsonObject proof, String method, byte[] proofValue, List<Problem> problems) {
        Optional<JWK> key = holderKeys.resolveKey(method);
        if (key.isEmpty()) {
            problems.add(new Problem(SIGNATURE_INVALID, "the holder's key " + method + " could not be resolved", "/proof/verificationMethod"));
            return;
        }
        if (!(key.get() instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve())) {
            problems.add(new Problem(SIGNATURE_INVALID, "the key of " + method + " is not an Ed25519 key", "/proof/verificationMethod"));
            return;
        }
        JsonObject unsecured = Json.createObjectBuilder(presentation).remove("proof").build();
        JsonObject options = Json.createObjectBuilder(proof).remove("proofValue").build();
        byte[] hashData;
        try {
            String transformed = EddsaRdfc2022.transform(unsecured);
            String proofConfig = EddsaRdfc2022.proofConfiguration(options, unsecured.get("@context"));
            hashData = EddsaRdfc2022.hash(proofConfig, transformed);
        } catch (CannotCanonicalize e) {
            problems.add(Problem.of(e.refusedContext().isPresent() ? UNKNOWN_CONTEXT : MALFORMED, e.getMessage()));
            return;
        }
        if (!EddsaRdfc2022.verify(hashData, proofValue, okp.getX().decode())) {
            problems.add(new Problem(SIGNATURE_INVALID, "the presentation's eddsa-rdfc-2022 proof does not verify with " + method
                    + ": the presentation or its proof changed after signing, or another key signed it", "/proof/proofValue"));
        }
    }

    private static List<JsonValue> entries(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    /** A string or an array of strings, as a list (for {@code type} and {@code domain}). */
    static List<String> types(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().map(CredentialVerifier::string).flatMap(Optional::stream).toList();
        }
        return CredentialVerifier.string(value).stream().toList();
    }

    private static PresentationVerification invalid(List<Problem> problems) {
        return new PresentationVerification.Invalid(problems);
    }

}
