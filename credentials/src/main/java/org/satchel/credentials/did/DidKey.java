package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.satchel.credentials.multikey.Multikey;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * A {@code did:key} DID (W3C CCG "The did:key Method v0.9"): an Ed25519 or P-256 public key written
 * as its own identifier, resolved offline by expanding the key into a DID document.
 *
 * @param did the DID, {@code did:key:} followed by the key's Multikey value
 * @param publicKey the public key it stands for
 */
public record DidKey(String did, JWK publicKey) {

    private static final String PREFIX = "did:key:";

    // A did:key always resolves to the same key, so a verifier that sees one school's credentials
    // all day need not decode and check its point each time (a tenth of a millisecond apiece).
    private static final int RESOLVED_LIMIT = 1024;
    private static final Map<String, JWK> RESOLVED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JWK> eldest) {
            return size() > RESOLVED_LIMIT;
        }
    });

    public DidKey {
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(publicKey, "publicKey");
        publicKey = publicKey.toPublicJWK();
        String expected = PREFIX + Multikey.encode(publicKey);
        if (!did.equals(expected)) {
            throw new IllegalArgumentException("did " + did + " is not the did:key of this key (" + expected + ")");
        }
    }

    /** The did:key of a key (only its public part is kept). */
    public static DidKey of(JWK key) {
        Objects.requireNonNull(key, "key");
        return new DidKey(PREFIX + Multikey.encode(key), key);
    }

    /**
     * Parses {@code did:key:z…} or the DID URL of its verification method {@code did:key:z…#z…}.
     *
     * @throws IllegalArgumentException if it is not a did:key of an Ed25519 or P-256 key, or its
     *     fragment names another key
     */
    public static DidKey parse(String didOrDidUrl) {
        Objects.requireNonNull(didOrDidUrl, "didOrDidUrl");
        if (!didOrDidUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a did:key: " + didOrDidUrl);
        }
        int hash = didOrDidUrl.indexOf('#');
        String did = hash < 0 ? didOrDidUrl : didOrDidUrl.substring(0, hash);
        String multibase = did.substring(PREFIX.length());
        // did:key §"Document Creation Algorithm": the multibase value starts with 'z'; an explicit
        // version component (did:key:1:z…) is not produced by anyone Satchel talks to, so refuse it.
        if (!multibase.startsWith("z") || multibase.contains(":")) {
            throw new IllegalArgumentException("not a did:key with a base-58-btc key: " + didOrDidUrl);
        }
        if (hash >= 0 && !didOrDidUrl.substring(hash + 1).equals(multibase)) {
            // did:key §"Signature Method Creation Algorithm": the one verification method's id is
            // the DID, '#', and the multibase value again; any other fragment names nothing.
            throw new IllegalArgumentException("a did:key verification method's fragment must repeat the key: " + didOrDidUrl);
        }
        return new DidKey(did, Multikey.decode(multibase));
    }

    /** The key's Multikey value, the part after {@code did:key:}. */
    public String publicKeyMultibase() {
        return did.substring(PREFIX.length());
    }

    /** The id of the DID's one verification method, {@code did:key:z…#z…}. */
    public String verificationMethod() {
        return did + "#" + publicKeyMultibase();
    }

    /** The public key, its {@code kid} the verification method's id. */
    public JWK keyWithId() {
        return switch (publicKey) {
            case OctetKeyPair okp -> new OctetKeyPair.Builder(okp).keyID(verificationMethod()).build();
            case ECKey ec -> new ECKey.Builder(ec).keyID(verificationMethod()).build();
            default -> throw new IllegalStateException("unexpected key type " + publicKey.getKeyType());
        };
    }

    /**
     * The DID document (did:key §"Document Creation Algorithm", {@code publicKeyFormat} Multikey):
     * one Multikey verification method, referenced for authentication, assertion and capabilities.
     * No key agreement key is derived.
     */
    public JsonObject document() {
        String method = verificationMethod();
        return Json.createObjectBuilder()
                // The DID v1 context first (as the method's defaultContext), then Multikey's terms,
                // which DID v1 lacks; both are bundled.
                .add("@context", Json.createArrayBuilder()
                        .add(BundledContexts.DID_V1.toString())
                        .add(BundledContexts.MULTIKEY_V1.toString()))
                .add("id", did)
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", method)
                        .add("type", "Multikey")
                        .add("controller", did)
                        .add("publicKeyMultibase", publicKeyMultibase())))
                .add("authentication", Json.createArrayBuilder().add(method))
                .add("assertionMethod", Json.createArrayBuilder().add(method))
                .add("capabilityInvocation", Json.createArrayBuilder().add(method))
                .add("capabilityDelegation", Json.createArrayBuilder().add(method))
                .build();
    }

    /**
     * A {@link DidResolver} for method {@code key}: answers {@code did:key:z…} and
     * {@code did:key:z…#z…} with the key (its {@code kid} the verification method), offline, and
     * nothing else.
     */
    public static DidResolver resolver() {
        return didUrl -> {
            if (!DidResolver.method(didUrl).filter("key"::equals).isPresent()) {
                return Optional.empty();
            }
            JWK known = RESOLVED.get(didUrl);
            if (known != null) {
                return Optional.of(known);
            }
            try {
                JWK key = parse(didUrl).keyWithId();
                RESOLVED.put(didUrl, key);
                return Optional.of(key);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        };
    }
}
