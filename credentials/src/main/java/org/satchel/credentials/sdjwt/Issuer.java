package org.satchel.credentials.sdjwt;

import static org.satchel.credentials.sdjwt.VcProfile.ELLIPSIS;
import static org.satchel.credentials.sdjwt.VcProfile.SD;
import static org.satchel.credentials.sdjwt.VcProfile.SD_ALG;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.satchel.credentials.CredentialsException;
import org.satchel.credentials.keys.Keys;

/**
 * Issues an SD-JWT VC (RFC 9901 §4, SD-JWT VC §2): every claim selectively disclosable except the
 * registered ones the profile keeps in the clear and those the issuer names; nested objects and
 * array elements recursively (§4.2.6), with decoys (§4.2.5) and sorted digests (§4.2.4.1).
 */
final class Issuer {
    /** Registered claims the options set; a claims object carrying them is refused, to avoid two truths. */
    private static final Set<String> SET_BY_OPTIONS = Set.of("iss", "iat", "nbf", "exp", "cnf", "status");
    private static final HashAlgorithm ALGORITHM = HashAlgorithm.SHA_256;

    private final SecureRandom random;
    private final Decoys decoys;
    private final Set<ClaimPath> visible;
    private final List<Disclosure> disclosures = new ArrayList<>();

    private Issuer(SecureRandom random, Set<ClaimPath> visible) {
        this.random = random;
        this.decoys = new Decoys(random, ALGORITHM);
        this.visible = visible;
    }

    /** The compact SD-JWT VC {@code <jwt>~<disclosure>~…~}, signed with {@code issuerKey}. */
    static String issue(Map<String, Object> claims, JWK issuerKey, IssuanceOptions options, SecureRandom random) {
        Set<ClaimPath> visible = options.alwaysVisible().stream().map(ClaimPath::parse).collect(Collectors.toSet());
        checkClaims(claims);
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("iss", options.issuer());
        plain.put("vct", vct(claims, options));
        plain.put("iat", options.issuedAt().orElseGet(Instant::now).getEpochSecond());
        options.notBefore().ifPresent(nbf -> plain.put("nbf", nbf.getEpochSecond()));
        options.expiresAt().ifPresent(exp -> plain.put("exp", exp.getEpochSecond()));
        // RFC 9901 §4.1.2 with RFC 7800 §3.2: the holder's public key by value.
        options.holderKey().ifPresent(key -> plain.put("cnf", Map.of("jwk", key.toJSONObject())));
        options.status().ifPresent(entry -> plain.put("status", Map.of("status_list",
                statusList(entry))));
        claims.forEach((name, value) -> {
            if (!name.equals("vct")) {
                plain.put(name, value);
            }
        });

        for (ClaimPath path : visible) {
            if (!names(plain, path)) {
                throw new IllegalArgumentException("the always-visible path '" + path + "' names no claim");
            }
        }
        Issuer issuer = new Issuer(random, visible);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) issuer.encode(plain, ClaimPath.ROOT);
        if (!issuer.disclosures.isEmpty()) {
            payload.put(SD_ALG, ALGORITHM.ianaName()); // RFC 9901 §4.1.1
        }
        return issuer.sign(payload, issuerKey);
    }

    private Object encode(Object value, ClaimPath path) {
        if (value instanceof Map<?, ?> map) {
            return encodeObject(map, path);
        }
        if (value instanceof List<?> list) {
            return encodeArray(list, path);
        }
        return value;
    }

    private Map<String, Object> encodeObject(Map<?, ?> in, ClaimPath path) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> digests = new ArrayList<>();
        for (Map.Entry<?, ?> entry : in.entrySet()) {
            String name = String.valueOf(entry.getKey());
            ClaimPath at = path.child(name);
            if (path.equals(ClaimPath.ROOT) && VcProfile.ALWAYS_VISIBLE.contains(name)) {
                // SD-JWT VC §2.2.2.3: never in a Disclosure, "including any of their sub-claims".
                out.put(name, entry.getValue());
                continue;
            }
            // RFC 9901 §4.2.6: the members' Disclosures first, then the object itself is disclosable.
            Object encoded = encode(entry.getValue(), at);
            if (visible.contains(at)) {
                out.put(name, encoded);
            } else {
                Disclosure disclosure = Disclosure.ofProperty(Disclosure.newSalt(random), name, encoded);
                disclosures.add(disclosure);
                digests.add(disclosure.digest(ALGORITHM));
            }
        }
        if (!digests.isEmpty()) {
            digests.addAll(decoys.forOneList());
            // RFC 9901 §4.2.4.1: the order must not reveal the claims' order; sorting does that.
            digests.sort(null);
            out.put(SD, digests);
        }
        return out;
    }

    private List<Object> encodeArray(List<?> in, ClaimPath path) {
        List<Object> out = new ArrayList<>();
        boolean anyHidden = false;
        for (int i = 0; i < in.size(); i++) {
            ClaimPath at = path.child(i);
            Object encoded = encode(in.get(i), at);
            if (visible.contains(at)) {
                out.add(encoded);
            } else {
                Disclosure disclosure = Disclosure.ofArrayElement(Disclosure.newSalt(random), encoded);
                disclosures.add(disclosure);
                out.add(Map.of(ELLIPSIS, disclosure.digest(ALGORITHM))); // RFC 9901 §4.2.4.2
                anyHidden = true;
            }
        }
        if (anyHidden) {
            // RFC 9901 §4.2.5 and §4.2.2's note: decoys also pad arrays, hiding how many elements there are.
            for (String decoy : decoys.forOneList()) {
                out.add(decoys.position(out.size()), Map.of(ELLIPSIS, decoy));
            }
        }
        return out;
    }

    private String sign(Map<String, Object> payload, JWK issuerKey) {
        JWSHeader.Builder header = new JWSHeader.Builder(Keys.type(issuerKey).algorithm())
                .type(new JOSEObjectType(VcProfile.TYP)); // SD-JWT VC §2.2.1
        if (issuerKey.getKeyID() != null) {
            header.keyID(issuerKey.getKeyID());
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(payload));
        try {
            jws.sign(Keys.signer(issuerKey));
        } catch (JOSEException e) {
            throw new CredentialsException("could not sign the SD-JWT: " + e.getMessage(), e);
        }
        StringBuilder compact = new StringBuilder(jws.serialize()).append('~');
        disclosures.forEach(d -> compact.append(d.encoded()).append('~'));
        return compact.toString();
    }

    private static Object vct(Map<String, Object> claims, IssuanceOptions options) {
        Object fromClaims = claims.get("vct");
        if (fromClaims != null && !(fromClaims instanceof String)) {
            throw new IllegalArgumentException("vct must be a string (SD-JWT VC §2.2.2.1)");
        }
        if (fromClaims != null && options.vct().isPresent() && !fromClaims.equals(options.vct().get())) {
            throw new IllegalArgumentException("the claims say vct '" + fromClaims + "' but the options say '"
                    + options.vct().get() + "'");
        }
        return options.vct().map(Object.class::cast).or(() -> Optional.ofNullable(fromClaims))
                .orElseThrow(() -> new IllegalArgumentException(
                        "an SD-JWT VC needs a type: give vct in the claims or the options (SD-JWT VC §2.2.2.3)"));
    }

    private static Map<String, Object> statusList(IssuanceOptions.StatusListEntry entry) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("idx", entry.index());
        list.put("uri", entry.uri().toString());
        return list;
    }

    private static void checkClaims(Map<String, Object> claims) {
        for (String name : claims.keySet()) {
            if (SET_BY_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("the claims may not carry '" + name
                        + "': Satchel sets it from the issuance options");
            }
        }
        checkNoDigestNames(claims, ClaimPath.ROOT);
    }

    private static void checkNoDigestNames(Object value, ClaimPath path) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String name = String.valueOf(entry.getKey());
                // RFC 9901 §4.1 rule 7: '_sd' and '...' only ever carry digests; _sd_alg is ours to set.
                if (name.equals(SD) || name.equals(ELLIPSIS) || name.equals(SD_ALG)) {
                    throw new IllegalArgumentException("a claim may not be named '" + name + "' (at "
                            + path.child(name) + "): RFC 9901 reserves it");
                }
                checkNoDigestNames(entry.getValue(), path.child(name));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkNoDigestNames(list.get(i), path.child(i));
            }
        }
    }

    /** Whether {@code path} names a claim or array element in {@code value}. */
    static boolean names(Object value, ClaimPath path) {
        Object here = value;
        for (String segment : path.segments()) {
            if (here instanceof Map<?, ?> map && map.containsKey(segment)) {
                here = map.get(segment);
            } else if (here instanceof List<?> list && segment.matches("\\d{1,9}")
                    && Integer.parseInt(segment) < list.size()) {
                here = list.get(Integer.parseInt(segment));
            } else {
                return false;
            }
        }
        return true;
    }
}
