package org.satchel.credentials.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * nimbus's signer and verifier interfaces over BouncyCastle's Ed25519 (RFC 8032), the primitive
 * Data Integrity already signs with. nimbus's own Ed25519 classes go through Tink, which costs
 * 2–2.5× as much per signature here ({@code ./satchel bench credentials} prints both), and a
 * credential cannot be checked faster than its signatures. This is glue: the cryptography is
 * BouncyCastle's.
 */
final class BouncyCastleEd25519 {
    // RFC 8037 §3.1 "EdDSA", and the fully-specified "Ed25519" of RFC 9864.
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private BouncyCastleEd25519() {}

    /** Signs JWS input with an Ed25519 private key. */
    static final class Signer implements JWSSigner {
        private final byte[] secret;
        private final byte[] publicKey;
        private final JCAContext context = new JCAContext();

        Signer(OctetKeyPair key) {
            if (!key.isPrivate()) {
                throw new IllegalArgumentException("an Ed25519 signer needs the private key");
            }
            this.secret = key.getDecodedD();
            // The JWK carries the public key (x); handing it to RFC 8032 signing spares deriving it
            // again, a scalar multiplication as costly as the signature. A JWK whose x does not
            // belong to its d yields signatures no one accepts, so this fails closed.
            this.publicKey = key.getDecodedX();
            if (secret.length != Ed25519.SECRET_KEY_SIZE || publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
                throw new IllegalArgumentException("not an Ed25519 key pair: wrong key lengths");
            }
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            if (!ALGORITHMS.contains(header.getAlgorithm())) {
                throw new JOSEException("an Ed25519 key signs with EdDSA, not " + header.getAlgorithm());
            }
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(secret, 0, publicKey, 0, signingInput, 0, signingInput.length, signature, 0);
            return Base64URL.encode(signature);
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return ALGORITHMS;
        }

        @Override
        public JCAContext getJCAContext() {
            return context;
        }
    }

    /** Verifies a JWS signature with an Ed25519 public key. */
    static final class Verifier implements JWSVerifier {
        private final Ed25519PublicKeyParameters key;
        private final JCAContext context = new JCAContext();

        Verifier(OctetKeyPair key) {
            this.key = new Ed25519PublicKeyParameters(key.getDecodedX(), 0);
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
            if (!ALGORITHMS.contains(header.getAlgorithm())) {
                return false;
            }
            // RFC 7515 §4.1.11: a header that makes a parameter critical which we do not understand
            // must be refused; Satchel understands none.
            if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
                return false;
            }
            byte[] bytes = signature.decode();
            if (bytes.length != Ed25519.SIGNATURE_SIZE) {
                return false;
            }
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, key);
            verifier.update(signingInput, 0, signingInput.length);
            return verifier.verifySignature(bytes);
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return ALGORITHMS;
        }

        @Override
        public JCAContext getJCAContext() {
            return context;
        }
    }
}
