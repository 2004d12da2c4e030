package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.satchel.credentials.keys.Keys;

/**
 * The {@code did:web} method (W3C CCG "did:web Method Specification"): where a DID's document is
 * served, the {@code did.json} a node serves for its own keys, and a resolver limited to the
 * federation's hosts. Issuers (school nodes) are did:web.
 */
public final class DidWeb {

    /** Every did:web starts with this (§2.2: the method name is lowercase). */
    public static final String PREFIX = "did:web:";

    // DID Core §3.1 idchar (ALPHA / DIGIT / "." / "-" / "_" / pct-encoded), per colon-separated segment.
    private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+");
    // §2.3: a domain name (RFC 1035/1123 labels); the port's colon, if any, percent-encoded.
    private static final Pattern HOST = Pattern.compile(
            "(?i)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?:%3A([0-9]{1,5}))?");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

    private DidWeb() {
    }

    /**
     * The HTTPS URL of a did:web's document, by §2.5.2 "Read (Resolve)": colons become slashes,
     * the percent-encoded port colon is decoded, {@code /.well-known} stands in for an absent path,
     * and {@code /did.json} ends it. {@code did:web:example.com%3A3000:user:alice} gives
     * {@code https://example.com:3000/user/alice/did.json}.
     *
     * @throws IllegalArgumentException if {@code did} is not a well-formed did:web (with the reason)
     */
    public static URI documentUrl(String did) {
        Target target = target(did);
        String path = target.path().isEmpty() ? "/.well-known" : "/" + String.join("/", target.path());
        return URI.create("https://" + target.authority() + path + "/did.json");
    }

    /**
     * The did:web of a node reached at {@code url} ({@code https://school.example:8443/} gives
     * {@code did:web:school.example%3A8443}; a path becomes colon-separated segments). The inverse of
     * {@link #documentUrl} for the node that has to say what its own DID is.
     */
    public static String fromUrl(URI url) {
        Objects.requireNonNull(url, "url");
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("a did:web names an https host (§2.3): " + url);
        }
        StringBuilder did = new StringBuilder(PREFIX).append(url.getHost().toLowerCase(Locale.ROOT));
        if (url.getPort() != -1 && url.getPort() != 443) {
            did.append("%3A").append(url.getPort());
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(segment);
            }
        }
        String result = did.toString();
        target(result); // refuses an IP address, '..' and the like
        return result;
    }

    /** The id of {@code key}'s verification method in {@code did}'s document: the DID, {@code #}, the RFC 7638 thumbprint. */
    public static String verificationMethodId(String did, JWK key) {
        return did + "#" + Keys.thumbprint(key);
    }

    /**
     * The document a node serves at {@link #documentUrl}: each key a {@code JsonWebKey} method
     * (vc-jose-cose §4.3) whose fragment is its thumbprint (the {@code kid}, as DID Core §5.2.1
     * recommends), listed in both {@code assertionMethod} (issuing) and {@code authentication}.
     * List the current key first and keep retired ones while credentials they signed are live.
     */
    public static DidDocument document(String did, List<? extends JWK> keys) {
        target(did);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a did:web document needs at least one key");
        }
        List<DidDocument.VerificationMethod> methods = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JWK key : keys) {
            Keys.type(key);
            String thumbprint = Keys.thumbprint(key);
            String id = did + "#" + thumbprint;
            if (!ids.add(id)) {
                throw new IllegalArgumentException("the same key is listed twice: " + id);
            }
            JWK publicKey = withKid(key.toPublicJWK(), thumbprint);
            methods.add(new DidDocument.VerificationMethod(id, DidDocument.JSON_WEB_KEY, did, publicKey));
        }
        Map<DidDocument.Relationship, List<String>> relationships = new EnumMap<>(DidDocument.Relationship.class);
        relationships.put(DidDocument.Relationship.ASSERTION_METHOD, List.copyOf(ids));
        relationships.put(DidDocument.Relationship.AUTHENTICATION, List.copyOf(ids));
        // The DID 1.1 context defines JsonWebKey and publicKeyJwk; it is bundled, like every context we write.
        return new DidDocument(List.of("https://www.w3.org/ns/did/v1.1"), did, methods, relationships);
    }

    /**
     * A did:web resolver that asks {@code source} only for documents on {@code allowedHosts}
     * ({@code host} or {@code host:port}, as in the URL) and refuses every other host itself.
     */
    public static DidWebResolver resolver(Set<String> allowedHosts, DidDocumentSource source) {
        return new DidWebResolver(allowedHosts, source);
    }

    /** The authority ({@code host} or {@code host:port}) a did:web's document is served from. */
    static String authority(String did) {
        return target(did).authority();
    }

    private record Target(String host, Optional<Integer> port, List<String> path) {
        String authority() {
            return host + port.map(p -> ":" + p).orElse("");
        }
    }

    private static Target target(String did) {
        Objects.requireNonNull(did, "did");
        if (!did.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a did:web: " + did);
        }
        String[] segments = did.substring(PREFIX.length()).split(":", -1);
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a did:web (empty segment or a character outside DID syntax): " + did);
            }
        }
        var host = HOST.matcher(segments[0]);
        if (!host.matches() || segments[0].length() > 253 + 8) {
            throw new IllegalArgumentException("a did:web must start with a domain name, its port colon written %3A (§2.3): " + did);
        }
        String name = host.group(1).toLowerCase(Locale.ROOT);
        String[] labels = name.split("\\.");
        if (ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
            // §2.3: the method-specific identifier MUST NOT include IP addresses (no TLD is all digits).
            throw new IllegalArgumentException("a did:web must not name an IP address (§2.3): " + did);
        }
        Optional<Integer> port = Optional.ofNullable(host.group(2)).map(Integer::valueOf);
        if (port.isPresent() && (port.get() < 1 || port.get() > 65535)) {
            throw new IllegalArgumentException("not a TCP port: " + port.get() + " in " + did);
        }
        List<String> path = List.of(segments).subList(1, segments.length);
        for (String segment : path) {
            String decoded = URLDecoder.decode(segment, StandardCharsets.UTF_8);
            // Not in the spec, but a segment that is, or decodes to, "." or ".." or holds a slash
            // would make the URL point somewhere other than the path the DID spells.
            if (decoded.equals(".") || decoded.equals("..") || decoded.contains("/") || decoded.contains("\\")) {
                throw new IllegalArgumentException("a did:web path segment may not be '.', '..' or hold a slash: " + did);
            }
        }
        return new Target(name, port, path);
    }

    private static JWK withKid(JWK key, String kid) {
        try {
            Map<String, Object> members = new LinkedHashMap<>(key.toJSONObject());
            members.put("kid", kid);
            return JWK.parse(members);
        } catch (ParseException e) {
            throw new IllegalStateException("a public JWK stopped parsing after setting its kid", e);
        }
    }
}
