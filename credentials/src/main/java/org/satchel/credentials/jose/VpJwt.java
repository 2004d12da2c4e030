package org.satchel.credentials.jose;

import com.nimbusds.jose.jwk.JWK;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.status.bitstring.StatusListCredentialVerifier;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * VC-JOSE presentations (vc-jose-cose §3.1.2): a holder signs a VC 2.0 {@code VerifiablePresentation}
 * as a {@code vp+jwt} whose credentials are {@code EnvelopedVerifiableCredential}s
 * ({@code data:application/vc+jwt,…}, VC DM 2.0 §4.13), bound to the verifier's {@code nonce}
 * and {@code aud}.
 */
public final class VpJwt {
    /** The {@code typ} of a VC-JOSE presentation (vc-jose-cose §3.1.2). */
    public static final String TYP = "vp+jwt";
    /** The {@code cty} of a VC-JOSE presentation (vc-jose-cose §3.1.2). */
    public static final String CTY = "vp";
    /** How an enveloped {@code vc+jwt} is written as the {@code id} of an EnvelopedVerifiableCredential (RFC 2397). */
    public static final String DATA_URL_PREFIX = "data:application/vc+jwt,";

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private VpJwt() {
    }

    /** Presents {@code credentialJwts} as {@link #present(List, SigningKey, String, String, Clock)} does, timed by the system clock. */
    public static String present(List<String> credentialJwts, SigningKey holderKey, String nonce, String audience) {
        return present(credentialJwts, holderKey, nonce, audience, Clock.systemUTC());
    }

    /**
     * The holder's {@code vp+jwt}: {@code holder} is the key's controller, each credential an
     * enveloped {@code vc+jwt}, and {@code nonce}, {@code aud} and {@code iat} JWT claims bind it to
     * this verifier and this moment.
     */
    public static String present(List<String> credentialJwts, SigningKey holderKey, String nonce, String audience, Clock clock) {
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(audience, "audience");
        List<Map<String, Object>> enveloped = new ArrayList<>();
        for (String jwt : credentialJwts) {
            if (!COMPACT.matcher(jwt).matches()) {
                throw new IllegalArgumentException("not a compact vc+jwt: " + jwt);
            }
            enveloped.add(envelope(jwt));
        }
        Map<String, Object> presentation = new LinkedHashMap<>();
        presentation.put("@context", List.of(BundledContexts.CREDENTIALS_V2.toString()));
        presentation.put("type", List.of("VerifiablePresentation"));
        presentation.put("holder", holderKey.controller());
        presentation.put("verifiableCredential", enveloped);
        presentation.put("nonce", nonce);
        presentation.put("aud", audience);
        presentation.put("iat", clock.instant().getEpochSecond());
        return CompactJws.sign(presentation, holderKey, TYP, CTY);
    }

    /** VC DM 2.0 §4.13 "Enveloped Verifiable Credentials": {@code @context}, {@code id} as a data: URL, {@code type}. */
    public static Map<String, Object> envelope(String credentialJwt) {
        Map<String, Object> enveloped = new LinkedHashMap<>();
        enveloped.put("@context", BundledContexts.CREDENTIALS_V2.toString());
        enveloped.put("id", DATA_URL_PREFIX + credentialJwt);
        enveloped.put("type", "EnvelopedVerifiableCredential");
        return enveloped;
    }

    /** Verifies a {@code vp+jwt} whose credentials' status lists are {@code vc+jwt}. */
    public static PresentationVerification verify(String vpJwt, VerificationPolicy policy, DidResolver holderKeys) {
        return verify(vpJwt, policy, holderKeys, VcJwt.statusListVerifier());
    }

    /**
     * Verifies a {@code vp+jwt}: its header and shape as {@link VcJwt#verify} does; the holder's
     * signature with the key {@code holderKeys} resolves from {@code holder} (SIGNATURE_INVALID);
     * the policy's nonce and audience (NONCE_MISMATCH, AUDIENCE_MISMATCH) and freshness
     * (KEY_BINDING_STALE); and every enveloped credential, whose problems keep their place as
     * {@code verifiableCredential[i]}.
     */
    public static PresentationVerification verify(String vpJwt, VerificationPolicy policy, DidResolver holderKeys,
                                                  StatusListCredentialVerifier statusLists) {
        Objects.requireNonNull(vpJwt, "vpJwt");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(holderKeys, "holderKeys");
        CompactJws.Outcome outcome = CompactJws.read(vpJwt, TYP, CTY, policy);
        if (outcome instanceof CompactJws.Refused refused) {
            return new PresentationVerification.Invalid(refused.problems());
        }
        CompactJws.Read read = ((CompactJws.Accepted) outcome).read();
        Map<String, Object> payload = read.payload();
        List<Problem> problems = new ArrayList<>();
        if (payload.containsKey("vc") || payload.containsKey("vp")) {
            problems.add(Problem.of(ProblemCode.MALFORMED, "the JWT claims vc and vp must not be present (vc-jose-cose §3.1.3)"));
        }
        problems.addAll(VcModel.contexts(payload));
        if (!VcModel.hasType(payload, "VerifiablePresentation")) {
            problems.add(new Problem(ProblemCode.MALFORMED, "type must include VerifiablePresentation (VC Data Model 2.0 §4.13)", "type"));
        }
        Optional<String> holder = VcModel.id(payload.get("holder"));
        if (holder.isEmpty()) {
            problems.add(new Problem(ProblemCode.MALFORMED, "holder is required: the holder's key is found from it", "holder"));
        }
        if (!problems.isEmpty()) {
            return new PresentationVerification.Invalid(problems);
        }

        Optional<Problem> signature = signedByHolder(read, holder.get(), holderKeys);
        if (signature.isPresent()) {
            return new PresentationVerification.Invalid(List.of(signature.get()));
        }

        problems.addAll(binding(payload, policy));
        problems.addAll(VcModel.validity(payload, policy).stream().filter(p -> !p.path().equals("iat")).toList());
        List<Verification.Valid> credentials = new ArrayList<>();
        List<?> entries = switch (payload.get("verifiableCredential")) {
            case null -> List.of();
            case List<?> list -> list;
            case Object single -> List.of(single);
        };
        for (int i = 0; i < entries.size(); i++) {
            String path = "verifiableCredential[" + i + "]";
            Optional<String> jwt = enveloped(entries.get(i), path, problems);
            if (jwt.isEmpty()) {
                continue;
            }
            switch (VcJwt.verify(jwt.get(), policy, statusLists)) {
                case Verification.Valid valid -> credentials.add(valid);
                case Verification.Invalid invalid -> invalid.problems().forEach(p -> problems.add(new Problem(p.code(),
                        p.message(), p.path().isEmpty() ? path : path + "." + p.path())));
            }
        }
        if (!problems.isEmpty()) {
            return new PresentationVerification.Invalid(problems);
        }
        return new PresentationVerification.Valid(holder.get(), credentials, payload);
    }

    // The kid must name a key of the holder itself: a presentation signed by another holder's key
    // (the kid of someone else's DID, or no kid and a key that does not verify) is refused.
    private static Optional<Problem> signedByHolder(CompactJws.Read read, String holder, DidResolver holderKeys) {
        String keyUrl = read.kid().orElse(holder);
        if (read.kid().isPresent() && !keyUrl.startsWith(holder + "#")) {
            return Optional.of(new Problem(ProblemCode.SIGNATURE_INVALID, "signature invalid: the presentation is signed with "
                    + keyUrl + ", which is not a key of its holder " + holder, "header.kid"));
        }
        Optional<JWK> key = holderKeys.resolveKey(keyUrl);
        if (key.isEmpty()) {
            return Optional.of(Problem.of(ProblemCode.SIGNATURE_INVALID,
                    "signature invalid: the holder's key " + keyUrl + " could not be resolved"));
        }
        return CompactJws.verify(read.jws(), List.of(key.get()), "the holder " + holder);
    }

    // The verifier's challenge: nonce equal to the one it issued, aud naming it (RFC 7519 §4.1.3:
    // a string or an array that contains it), iat within the freshness window either way.
    private static List<Problem> binding(Map<String, Object> payload, VerificationPolicy policy) {
        List<Problem> problems = new ArrayList<>();
        policy.nonce().filter(expected -> !expected.equals(payload.get("nonce"))).ifPresent(expected -> problems.add(
                new Problem(ProblemCode.NONCE_MISMATCH, "nonce mismatch: the presentation's nonce is "
                        + payload.get("nonce") + ", not the one the verifier issued", "nonce")));
        Object aud = payload.get("aud");
        policy.audience().filter(expected -> !(aud instanceof List<?> list ? list.contains(expected) : expected.equals(aud)))
                .ifPresent(expected -> problems.add(new Problem(ProblemCode.AUDIENCE_MISMATCH,
                        "audience mismatch: the presentation is addressed to " + aud + ", not to " + expected, "aud")));
        Optional<Instant> iat = VcModel.numericDate(payload, "iat", problems);
        Instant now = policy.clock().instant();
        iat.filter(t -> t.isAfter(now.plus(policy.clockSkew())) || t.isBefore(now.minus(policy.keyBindingMaxAge()).minus(policy.clockSkew())))
                .ifPresent(t -> problems.add(new Problem(ProblemCode.KEY_BINDING_STALE, "key binding stale: the presentation was made at "
                        + t + "; it is now " + now + " and the verifier accepts presentations up to "
                        + policy.keyBindingMaxAge() + " old", "iat")));
        return problems;
    }

    private static Optional<String> enveloped(Object entry, String path, List<Problem> problems) {
        if (!(entry instanceof Map<?, ?> map)) {
            problems.add(new Problem(ProblemCode.MALFORMED, "each verifiableCredential must be an object (VC Data Model 2.0 §4.13)", path));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> object = (Map<String, ?>) map;
        if (!VcModel.hasType(object, "EnvelopedVerifiableCredential")) {
            problems.add(new Problem(ProblemCode.UNSUPPORTED_FORMAT,
                    "only EnvelopedVerifiableCredential entries are verified in a vp+jwt (vc-jose-cose §3.1.2)", path));
            return Optional.empty();
        }
        Object context = object.get("@context");
        boolean baseContext = context instanceof List<?> list ? list.contains(BundledContexts.CREDENTIALS_V2.toString())
                : BundledContexts.CREDENTIALS_V2.toString().equals(context);
        if (!baseContext) {
            problems.add(new Problem(ProblemCode.MALFORMED, "an EnvelopedVerifiableCredential needs the base @context (VC Data Model 2.0 §4.13)", path));
        }
        if (!(object.get("id") instanceof String id) || !id.startsWith(DATA_URL_PREFIX)) {
            problems.add(new Problem(ProblemCode.UNSUPPORTED_FORMAT, "the enveloped credential must be a data:application/vc+jwt URL", path + ".id"));
            return Optional.empty();
        }
        return baseContext ? Optional.of(percentDecode(id.substring(DATA_URL_PREFIX.length()))) : Optional.empty();
    }

    // RFC 2397 data is URL-encoded: %XX escapes only ('+' stays '+', unlike form encoding).
    private static String percentDecode(String data) {
        if (data.indexOf('%') < 0) {
            return data;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '%' && i + 2 < data.length() && Character.digit(data.charAt(i + 1), 16) >= 0 && Character.digit(data.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(data.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
