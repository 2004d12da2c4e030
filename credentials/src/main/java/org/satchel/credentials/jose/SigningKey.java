package org.satchel.credentials.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.Keys;

/**
 * A private key and the verification method that names it ({@code did:web:school.example#<thumbprint>},
 * {@code did:jwk:…#0}): the JWS {@code kid}, which vc-jose-cose §4.1.1 requires whenever the key is a
 * DID URL. The part before {@code #} is the signer: the credential's issuer or the presentation's holder.
 */
public record SigningKey(JWK privateKey, String verificationMethod) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("a signing key must be private");
        }
        Keys.type(privateKey);
        int hash = verificationMethod.indexOf('#');
        if (hash <= 0 || hash == verificationMethod.length() - 1 || !absolute(verificationMethod)) {
            throw new IllegalArgumentException("the verification method must be an absolute DID URL or URL with a fragment, not "
                    + verificationMethod);
        }
    }

    /**
     * The key as {@code did} signs with it: for a did:jwk, its one method {@code #0} (and the key
     * must be the one the DID encodes); for a did:key, its one method {@code did:key:z…#z…} (the same
     * key again); for any other DID, {@code did#<RFC 7638 thumbprint>}, the id {@link DidWeb#document}
     * gives the key in {@code did.json}.
     */
    public static SigningKey forDid(String did, JWK privateKey) {
        Objects.requireNonNull(did, "did");
        if (!did.startsWith("did:") || did.indexOf('#') >= 0) {
            throw new IllegalArgumentException("not a DID: " + did);
        }
        if (DidJwk.isDidJwk(did)) {
            String encoded = DidJwk.resolve(did).found()
                    .map(doc -> Keys.thumbprint(doc.verificationMethods().getFirst().publicKeyJwk())).orElse("");
            if (!encoded.equals(Keys.thumbprint(privateKey))) {
                throw new IllegalArgumentException("the key is not the one " + did + " encodes");
            }
            return new SigningKey(privateKey, did + DidJwk.FRAGMENT);
        }
        if (DidResolver.method(did).filter("key"::equals).isPresent()) {
            DidKey didKey = DidKey.parse(did);
            if (!Keys.thumbprint(didKey.publicKey()).equals(Keys.thumbprint(privateKey))) {
                throw new IllegalArgumentException("the key is not the one " + did + " encodes");
            }
            return new SigningKey(privateKey, didKey.verificationMethod());
        }
        return new SigningKey(privateKey, DidWeb.verificationMethodId(did, privateKey));
    }

    /** A holder's key as its own did:jwk ({@code did:jwk:…#0}). */
    public static SigningKey didJwk(JWK privateKey) {
        return new SigningKey(privateKey, DidJwk.verificationMethod(privateKey));
    }

    /** Who signs: the verification method without its fragment. */
    public String controller() {
        return verificationMethod.substring(0, verificationMethod.indexOf('#'));
    }

    /** The JWS algorithm this key signs with. */
    public JWSAlgorithm algorithm() {
        return Keys.type(privateKey).algorithm();
    }

    /** Names the key, never its private part. */
    @Override
    public String toString() {
        return "SigningKey[" + verificationMethod + "]";
    }

    private static boolean absolute(String url) {
        try {
            return new URI(url).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
