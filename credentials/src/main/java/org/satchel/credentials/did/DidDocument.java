package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A DID document (DID Core §5) as far as Satchel uses one: its id, its JWK verification methods
 * and which of them serve which verification relationship. Built for {@code did.json} and
 * {@code did:jwk}, parsed from what a federation node serves.
 *
 * @param contexts the {@code @context} URLs written out (not processed: DID documents are read as
 *     plain JSON, DID Core §6.2, so nothing is ever fetched for them)
 * @param id the DID the document is about
 * @param verificationMethods the JWK verification methods, in document order
 * @param relationships for each verification relationship, the ids of the methods in it
 */
public record DidDocument(List<String> contexts, String id, List<VerificationMethod> verificationMethods,
                          Map<Relationship, List<String>> relationships) {

    /** The verification method type vc-jose-cose §4.3 requires for controlled identifier documents. */
    public static final String JSON_WEB_KEY = "JsonWebKey";
    /** The older type the did:jwk specification still writes. */
    public static final String JSON_WEB_KEY_2020 = "JsonWebKey2020";
    private static final Set<String> JWK_TYPES = Set.of(JSON_WEB_KEY, JSON_WEB_KEY_2020);

    public DidDocument {
        contexts = List.copyOf(contexts);
        Objects.requireNonNull(id, "id");
        verificationMethods = List.copyOf(verificationMethods);
        EnumMap<Relationship, List<String>> copy = new EnumMap<>(Relationship.class);
        relationships.forEach((relationship, ids) -> copy.put(relationship, List.copyOf(ids)));
        relationships = Collections.unmodifiableMap(copy);
    }

    /** The verification relationships of DID Core §5.3, in the order the did:jwk spec writes them. */
    public enum Relationship {
        /** §5.3.2: keys that may issue credentials for the DID subject. */
        ASSERTION_METHOD("assertionMethod"),
        /** §5.3.1: keys that prove control of the DID, e.g. by signing a presentation. */
        AUTHENTICATION("authentication"),
        /** §5.3.4. */
        CAPABILITY_INVOCATION("capabilityInvocation"),
        /** §5.3.5. */
        CAPABILITY_DELEGATION("capabilityDelegation"),
        /** §5.3.3: keys for encryption, never for signatures. */
        KEY_AGREEMENT("keyAgreement");

        private final String property;

        Relationship(String property) {
            this.property = property;
        }

        /** The property name in the document. */
        public String property() {
            return property;
        }
    }

    /**
     * One JWK verification method (DID Core §5.2, vc-jose-cose §4.3).
     *
     * @param publicKeyJwk the public key; a private key is refused (DID Core §5.2.1)
     */
    public record VerificationMethod(String id, String type, String controller, JWK publicKeyJwk) {
        public VerificationMethod {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(controller, "controller");
            Objects.requireNonNull(publicKeyJwk, "publicKeyJwk");
            if (publicKeyJwk.isPrivate()) {
                throw new IllegalArgumentException("a verification method must never carry private key material: " + id);
            }
        }

        Map<String, Object> toJsonObject() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("type", type);
            json.put("controller", controller);
            json.put("publicKeyJwk", publicKeyJwk.toJSONObject());
            return json;
        }
    }

    /** The method with exactly this DID URL as its id. */
    public Optional<VerificationMethod> method(String didUrl) {
        return verificationMethods.stream().filter(m -> m.id().equals(didUrl)).findFirst();
    }

    /** The key of {@code didUrl}, only if that method is listed under {@code relationship}. */
    public Optional<JWK> key(String didUrl, Relationship relationship) {
        if (!relationships.getOrDefault(relationship, List.of()).contains(didUrl)) {
            return Optional.empty();
        }
        return method(didUrl).map(VerificationMethod::publicKeyJwk);
    }

    /** Every key listed under {@code relationship}, in the order listed. */
    public List<JWK> keys(Relationship relationship) {
        return relationships.getOrDefault(relationship, List.of()).stream()
                .flatMap(ref -> method(ref).stream()).map(VerificationMethod::publicKeyJwk).toList();
    }

    /** The document as a JSON object (member order as in the DID Core examples). */
    public Map<String, Object> toJsonObject() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", contexts);
        json.put("id", id);
        json.put("verificationMethod", verificationMethods.stream().map(VerificationMethod::toJsonObject).toList());
        relationships.forEach((relationship, ids) -> {
            if (!ids.isEmpty()) {
                json.put(relationship.property(), ids);
            }
        });
        return json;
    }

    /** The document as served, e.g. at {@code /.well-known/did.json}. */
    public String toJson() {
        return JSONObjectUtils.toJSONString(toJsonObject());
    }

    /**
     * Reads a served document for {@code did}, refusing it (with the reason) unless its {@code id}
     * is that DID (did:web §2.5.2, last step), every DID URL in it is absolute and inside that DID
     * (did:web §2.4, against key confusion), and no key is private. Verification methods of types
     * other than {@code JsonWebKey}/{@code JsonWebKey2020} are left out, not refused.
     */
    public static DidDocumentResolution parse(String json, String did) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(did, "did");
        try {
            return new DidDocumentResolution.Resolved(read(JSONObjectUtils.parse(json), did));
        } catch (ParseException e) {
            return new DidDocumentResolution.Refused(did, "the DID document is not a JSON object: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new DidDocumentResolution.Refused(did, e.getMessage());
        }
    }

    private static DidDocument read(Map<String, Object> json, String did) {
        if (!did.equals(json.get("id"))) {
            throw new IllegalArgumentException("the DID document's id " + json.get("id") + " is not the DID resolved, " + did);
        }
        List<String> contexts = new ArrayList<>();
        Object context = json.get("@context");
        if (context instanceof String single) {
            contexts.add(single);
        } else if (context instanceof List<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(contexts::add);
        }
        List<VerificationMethod> methods = new ArrayList<>();
        for (Object entry : list(json, "verificationMethod")) {
            method(entry, did).ifPresent(methods::add);
        }
        Map<Relationship, List<String>> relationships = new EnumMap<>(Relationship.class);
        for (Relationship relationship : Relationship.values()) {
            List<String> ids = new ArrayList<>();
            for (Object entry : list(json, relationship.property())) {
                if (entry instanceof String reference) {
                    ids.add(inside(reference, did));
                } else if (entry instanceof Map<?, ?>) {
                    // DID Core §5.3: a relationship may embed its method instead of referencing one.
                    Optional<VerificationMethod> embedded = method(entry, did);
                    embedded.ifPresent(m -> {
                        methods.add(m);
                        ids.add(m.id());
                    });
                } else {
                    throw new IllegalArgumentException(relationship.property() + " holds something that is neither a DID URL nor a method");
                }
            }
            if (!ids.isEmpty()) {
                relationships.put(relationship, ids);
            }
        }
        return new DidDocument(contexts, did, methods, relationships);
    }

    private static Optional<VerificationMethod> method(Object entry, String did) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a verification method must be a JSON object");
        }
        if (!(map.get("id") instanceof String id) || !(map.get("type") instanceof String type)) {
            throw new IllegalArgumentException("a verification method needs a string id and type");
        }
        inside(id, did);
        if (!JWK_TYPES.contains(type)) {
            return Optional.empty();
        }
        if (!(map.get("publicKeyJwk") instanceof Map<?, ?> jwkJson)) {
            throw new IllegalArgumentException("verification method " + id + " of type " + type + " has no publicKeyJwk");
        }
        JWK key;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) jwkJson;
            key = JWK.parse(members);
        } catch (ParseException e) {
            throw new IllegalArgumentException("verification method " + id + " has an unreadable publicKeyJwk: " + e.getMessage(), e);
        }
        if (key.isPrivate()) {
            // DID Core §5.2.1: publicKeyJwk MUST NOT contain private key members.
            throw new IllegalArgumentException("verification method " + id + " publishes a private key; refusing the whole document");
        }
        String controller = map.get("controller") instanceof String c ? c : did;
        return Optional.of(new VerificationMethod(id, type, controller, key));
    }

    // did:web §2.4: every DID URL in the document must be absolute; and a method of another DID
    // listed here would let this document speak for that DID, so it must be inside this one.
    private static String inside(String didUrl, String did) {
        if (!didUrl.toLowerCase(Locale.ROOT).startsWith("did:")) {
            throw new IllegalArgumentException("the DID URL " + didUrl + " is not absolute (did:web §2.4 requires absolute DID URLs)");
        }
        if (!didUrl.startsWith(did + "#")) {
            throw new IllegalArgumentException("the DID URL " + didUrl + " is not a verification method of " + did);
        }
        return didUrl;
    }

    private static List<?> list(Map<String, Object> json, String property) {
        Object value = json.get(property);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> values) {
            return values;
        }
        throw new IllegalArgumentException(property + " must be an array");
    }
}
