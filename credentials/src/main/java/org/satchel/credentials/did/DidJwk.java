package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.satchel.credentials.keys.Keys;

/**
 * The {@code did:jwk} method (quartzjer/did-jwk, "DID Method Specification"): the DID is the
 * public JWK itself, base64url-encoded, so it resolves offline and never touches a network.
 * Holders use it; {@link #resolver()} is the {@link DidResolver} for method {@code jwk}.
 */
public final class DidJwk implements DidResolver {

    /** Every did:jwk starts with this. */
    public static final String PREFIX = "did:jwk:";
    /** did:jwk holds one key, always at fragment {@code #0} ("To create the DID URL"). */
    public static final String FRAGMENT = "#0";

    private static final DidJwk RESOLVER = new DidJwk();
    // "DID Format": did-jwk-format := did:jwk:<base64url-value>, base64url-value := [A-Za-z0-9_-]+
    private static final Pattern FORMAT = Pattern.compile("did:jwk:[A-Za-z0-9_-]+");
    // RFC 7638 §3.2 required members per key type, plus "use", which did:jwk gives meaning to.
    private static final Map<String, Set<String>> CANONICAL_MEMBERS = Map.of(
            "OKP", Set.of("crv", "kty", "x", "use"),
            "EC", Set.of("crv", "kty", "x", "y", "use"),
            "RSA", Set.of("e", "kty", "n", "use"));

    private DidJwk() {
    }

    /** The resolver for {@code did:jwk}: offline, stateless, shared. */
    public static DidJwk resolver() {
        return RESOLVER;
    }

    /**
     * The did:jwk of the public half of {@code key} ("Create": serialize, base64url, prefix). The
     * spec leaves serialization open and suggests JCS; we write the RFC 7638 members (and {@code use})
     * in JCS order (RFC 8785), so one key always gives one DID and {@code kid} never leaks into it.
     */
    public static String of(JWK key) {
        Objects.requireNonNull(key, "key");
        Map<String, Object> members = key.toPublicJWK().toJSONObject();
        Set<String> keep = CANONICAL_MEMBERS.get(String.valueOf(members.get("kty")));
        if (keep == null) {
            throw new IllegalArgumentException("did:jwk here supports OKP, EC and RSA keys, not " + members.get("kty"));
        }
        TreeMap<String, String> canonical = new TreeMap<>();
        members.forEach((name, value) -> {
            if (keep.contains(name)) {
                canonical.put(name, String.valueOf(value));
            }
        });
        return PREFIX + Base64URL.encode(jcs(canonical).getBytes(StandardCharsets.UTF_8));
    }

    /** The verification method of {@code key}'s did:jwk ({@code did:jwk:…#0}), for a JWS {@code kid}. */
    public static String verificationMethod(JWK key) {
        return of(key) + FRAGMENT;
    }

    /** Whether {@code didOrUrl} is a did:jwk or one of its DID URLs. */
    public static boolean isDidJwk(String didOrUrl) {
        return didOrUrl.startsWith(PREFIX);
    }

    /**
     * "Read": the document for a did:jwk (a DID URL's fragment is ignored), or a refusal when the
     * value is not base64url JSON of a public JWK ("Security": a private JWK must be rejected).
     */
    public static DidDocumentResolution resolve(String didOrUrl) {
        Objects.requireNonNull(didOrUrl, "didOrUrl");
        int hash = didOrUrl.indexOf('#');
        String did = hash < 0 ? didOrUrl : didOrUrl.substring(0, hash);
        try {
            return new DidDocumentResolution.Resolved(document(did, decode(did)));
        } catch (IllegalArgumentException e) {
            return new DidDocumentResolution.Refused(did, e.getMessage());
        }
    }

    /**
     * The signing key of a did:jwk or of its only DID URL ({@code #0}); empty for any other
     * fragment, for an encryption-only key ({@code use} {@code enc}) or a key Satchel cannot verify with.
     */
    @Override
    public Optional<JWK> resolveKey(String didUrl) {
        if (!isDidJwk(didUrl)) {
            return Optional.empty();
        }
        int hash = didUrl.indexOf('#');
        if (hash >= 0 && !didUrl.substring(hash).equals(FRAGMENT)) {
            return Optional.empty();
        }
        return resolve(didUrl).found()
                .flatMap(doc -> doc.key(doc.id() + FRAGMENT, DidDocument.Relationship.AUTHENTICATION)
                        .or(() -> doc.key(doc.id() + FRAGMENT, DidDocument.Relationship.ASSERTION_METHOD)))
                .filter(DidJwk::signsForSatchel);
    }

    private static JWK decode(String did) {
        if (!FORMAT.matcher(did).matches()) {
            throw new IllegalArgumentException("not a did:jwk (did:jwk:<base64url>): " + did);
        }
        String json = new String(new Base64URL(did.substring(PREFIX.length())).decode(), StandardCharsets.UTF_8);
        JWK key;
        try {
            key = JWK.parse(JSONObjectUtils.parse(json));
        } catch (ParseException e) {
            throw new IllegalArgumentException("the did:jwk value is not a JWK: " + e.getMessage(), e);
        }
        if (key.isPrivate()) {
            throw new IllegalArgumentException("the did:jwk value is a private key; did:jwk must never carry one (spec, \"Security\")");
        }
        return key;
    }

    // "To create the DID Document": one method at #0 in every relationship, except that use=sig
    // drops keyAgreement and use=enc keeps only keyAgreement.
    private static DidDocument document(String did, JWK key) {
        String method = did + FRAGMENT;
        String use = key.getKeyUse() == null ? "" : key.getKeyUse().identifier();
        Map<DidDocument.Relationship, List<String>> relationships = new EnumMap<>(DidDocument.Relationship.class);
        for (DidDocument.Relationship relationship : DidDocument.Relationship.values()) {
            boolean agreement = relationship == DidDocument.Relationship.KEY_AGREEMENT;
            boolean listed = switch (use) {
                case "sig" -> !agreement;
                case "enc" -> agreement;
                default -> true;
            };
            if (listed) {
                relationships.put(relationship, List.of(method));
            }
        }
        List<DidDocument.VerificationMethod> methods = new ArrayList<>();
        methods.add(new DidDocument.VerificationMethod(method, DidDocument.JSON_WEB_KEY_2020, did, key));
        return new DidDocument(List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"),
                did, methods, relationships);
    }

    static boolean signsForSatchel(JWK key) {
        try {
            Keys.type(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // RFC 8785 for a flat object of strings: members sorted by UTF-16 code units (TreeMap's String
    // order), no whitespace, strings escaped as ECMAScript JSON.stringify does (RFC 8785 §3.2.2.2).
    private static String jcs(TreeMap<String, String> members) {
        StringBuilder out = new StringBuilder("{");
        members.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, name).append(':');
            string(out, value);
        });
        return out.append('}').toString();
    }

    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
