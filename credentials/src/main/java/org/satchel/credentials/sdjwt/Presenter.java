package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Problem;

/**
 * The holder's side (RFC 9901 §7.2): from the SD-JWT as issued, keep only the Disclosures of the
 * claims the learner chose and of the objects and arrays that enclose them, then bind the result to
 * the verifier's nonce and audience with a KB-JWT.
 */
final class Presenter {

    /** What the KB-JWT binds the presentation to, and the key that signs it. */
    record Binding(JWK holderKey, String nonce, String audience, Instant iat) {
        Binding {
            Objects.requireNonNull(holderKey, "holderKey");
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(iat, "iat");
        }
    }

    /** The issued SD-JWT, read and processed with all its Disclosures. */
    private record Issued(SdJwt sdJwt, HashAlgorithm algorithm, Map<String, Object> payload,
                          DisclosureProcessor.Result processed) {}

    private Presenter() {}

    /**
     * The presentation: the issuer-signed JWT, the chosen Disclosures, and a KB-JWT when a
     * {@code binding} is given.
     *
     * @throws IllegalArgumentException in words: an SD-JWT that is not well formed, a path that names
     *     nothing, a holder key that is not the one the credential is bound to
     */
    static String present(String issued, Collection<String> paths, Optional<Binding> binding) {
        Issued credential = read(issued);
        Set<ClaimPath> chosen = new LinkedHashSet<>();
        for (String path : paths) {
            ClaimPath claim = ClaimPath.parse(path);
            if (!Issuer.names(credential.processed().claims(), claim)) {
                throw new IllegalArgumentException("the path '" + path + "' names nothing in this credential; it has "
                        + topLevelNames(credential.processed().claims()));
            }
            chosen.add(claim);
        }
        // The named claims with everything inside them, and the Disclosures of every object or array
        // on the way down (RFC 9901 §4.2.6: a Disclosure "MUST" come with those it needs to connect).
        Set<String> keep = credential.processed().placed().stream()
                .filter(p -> chosen.stream().anyMatch(c -> p.path().contains(c) || c.contains(p.path())))
                .map(p -> p.disclosure().encoded())
                .collect(Collectors.toSet());
        List<String> disclosures = new ArrayList<>();
        for (String disclosure : credential.sdJwt().disclosures()) {
            if (keep.contains(disclosure)) {
                disclosures.add(disclosure); // in the issuer's order: the holder's choice shows in nothing else
            }
        }
        SdJwt presentation = new SdJwt(credential.sdJwt().issuerSignedJwt(), disclosures, Optional.empty());
        if (binding.isEmpty()) {
            return presentation.serialize();
        }
        Binding kb = binding.get();
        checkBoundTo(credential.payload(), kb.holderKey());
        String kbJwt = KeyBindingJwt.create(presentation, credential.algorithm(), kb.holderKey(), kb.nonce(),
                kb.audience(), kb.iat());
        return presentation.withKeyBinding(kbJwt).serialize();
    }

    /** The dotted paths of every claim and array element the holder may choose to disclose. */
    static List<String> disclosablePaths(String issued) {
        return read(issued).processed().placed().stream().map(p -> p.path().toString()).toList();
    }

    private static Issued read(String issued) {
        SdJwt sdJwt = SdJwt.parse(issued.strip());
        if (sdJwt.keyBindingJwt().isPresent()) {
            // RFC 9901 §7.2: "If the Holder receives an SD-JWT+KB, it MUST be rejected."
            throw new IllegalArgumentException("this is already a presentation (it ends in a key binding JWT); "
                    + "present from the SD-JWT as issued");
        }
        Map<String, Object> payload = Jws.parse(sdJwt.issuerSignedJwt()).payload();
        Object algName = payload.getOrDefault(VcProfile.SD_ALG, HashAlgorithm.SHA_256.ianaName());
        HashAlgorithm algorithm = HashAlgorithm.named(String.valueOf(algName)).orElseThrow(
                () -> new IllegalArgumentException("the credential's _sd_alg '" + algName + "' is not supported"));
        DisclosureProcessor.Result processed = DisclosureProcessor.process(payload, sdJwt.disclosures(), algorithm);
        if (!processed.problems().isEmpty()) {
            throw new IllegalArgumentException("the SD-JWT is not well formed: "
                    + processed.problems().stream().map(Problem::describe).collect(Collectors.joining("; ")));
        }
        return new Issued(sdJwt, algorithm, payload, processed);
    }

    private static void checkBoundTo(Map<String, Object> payload, JWK holderKey) {
        if (!(payload.get("cnf") instanceof Map<?, ?> cnf) || !(cnf.get("jwk") instanceof Map<?, ?> jwk)) {
            throw new IllegalArgumentException("this credential is bound to no holder key (no cnf.jwk): "
                    + "present it without key binding");
        }
        String bound;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) jwk;
            bound = Keys.thumbprint(JWK.parse(json));
        } catch (ParseException e) {
            throw new IllegalArgumentException("the credential's cnf.jwk is not a JWK: " + e.getMessage(), e);
        }
        if (!bound.equals(Keys.thumbprint(holderKey))) {
            throw new IllegalArgumentException("the holder key given is not the key this credential is bound to "
                    + "(cnf.jwk thumbprint " + bound + ")");
        }
        if (!holderKey.isPrivate()) {
            throw new IllegalArgumentException("key binding needs the holder's private key");
        }
    }

    private static String topLevelNames(Map<String, Object> claims) {
        return claims.keySet().stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
