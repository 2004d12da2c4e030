package org.satchel.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerifierFactory;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.satchel.credentials.keys.Keys;

/**
 * nimbus's key selection and verifier factory for the keys a signer publishes as JWKs: RSA,
 * P-256 and Ed25519. nimbus hands keys between the two as {@link java.security.Key}s and has no
 * Ed25519 one, so an Ed25519 JWK travels as the JDK's {@link EdECPublicKey} and is verified by
 * the credentials module's BouncyCastle verifier, as every Ed25519 signature in Satchel is.
 */
final class PublishedKeys implements JWSKeySelector<SecurityContext>, JWSVerifierFactory {
    // RFC 8410 §4: the SubjectPublicKeyInfo of an Ed25519 key is this prefix and the 32-byte key.
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final JWKSource<SecurityContext> source;
    private final Set<JWSAlgorithm> algorithms;
    private final JCAContext context = new JCAContext();

    PublishedKeys(JWKSource<SecurityContext> source, Set<JWSAlgorithm> algorithms) {
        this.source = source;
        this.algorithms = Set.copyOf(algorithms);
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        if (!algorithms.contains(header.getAlgorithm())) {
            return List.of();
        }
        // Matches kty, alg, use and kid to the header; an unknown kid makes the source look again (key rotation).
        List<JWK> found = source.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), context);
        List<Key> keys = new ArrayList<>();
        for (JWK jwk : found) {
            try {
                switch (jwk) {
                    case RSAKey rsa when rsa.size() >= 2048 -> keys.add(rsa.toRSAPublicKey()); // RFC 7518 §3.3
                    case ECKey ec when Curve.P_256.equals(ec.getCurve()) -> keys.add(ec.toECPublicKey());
                    case OctetKeyPair okp when Curve.Ed25519.equals(okp.getCurve()) -> keys.add(ed25519(okp));
                    default -> { } // a key of a kind we do not verify with: as if unpublished
                }
            } catch (JOSEException | GeneralSecurityException e) {
                // A malformed published key cannot have signed anything we accept; skip it.
            }
        }
        return keys;
    }

    @Override
    public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
        if (!algorithms.contains(header.getAlgorithm())) {
            throw new JOSEException("algorithm not accepted");
        }
        return switch (key) {
            case RSAPublicKey rsa -> new RSASSAVerifier(rsa);
            case ECPublicKey ec -> new ECDSAVerifier(ec);
            case EdECPublicKey ed -> Keys.verifier(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw(ed))).build());
            default -> throw new JOSEException("no verifier for a " + key.getAlgorithm() + " key");
        };
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return algorithms;
    }

    @Override
    public JCAContext getJCAContext() {
        return context;
    }

    private static PublicKey ed25519(OctetKeyPair okp) throws GeneralSecurityException {
        byte[] x = okp.getDecodedX();
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + x.length);
        System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private static byte[] raw(EdECPublicKey key) throws JOSEException {
        byte[] spki = key.getEncoded();
        if (spki.length != ED25519_SPKI_PREFIX.length + 32
                || !Arrays.equals(spki, 0, ED25519_SPKI_PREFIX.length, ED25519_SPKI_PREFIX, 0, ED25519_SPKI_PREFIX.length)) {
            throw new JOSEException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(spki, ED25519_SPKI_PREFIX.length, spki.length);
    }
}
