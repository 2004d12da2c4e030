package org.satchel.node.bench;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

/**
 * The floor: the bare signature primitives on a short message, with the libraries the formats use
 * (BouncyCastle for Ed25519 in every format, the JDK for ES256), and Tink, which nimbus would use
 * for Ed25519 by default, to show why Satchel does not.
 */
final class RawSignatures {
    static final String ED25519_SIGN_BC = "Ed25519 sign (BouncyCastle)";
    static final String ED25519_VERIFY_BC = "Ed25519 verify (BouncyCastle)";
    static final String ED25519_SIGN_TINK = "Ed25519 sign (Tink, nimbus's default)";
    static final String ED25519_VERIFY_TINK = "Ed25519 verify (Tink, nimbus's default)";
    static final String ES256_SIGN = "ES256 sign (JDK)";
    static final String ES256_VERIFY = "ES256 verify (JDK)";

    private RawSignatures() {}

    static List<Rounds.Operation> operations() throws Exception {
        byte[] message = "eyJhbGciOiJFZERTQSJ9.eyJncmFkZSI6IjcifQ-a-short-signing-input".getBytes(StandardCharsets.US_ASCII);

        OctetKeyPair ed = Keys.generate(KeyType.ED25519).toOctetKeyPair();
        Ed25519PrivateKeyParameters bcPrivate = new Ed25519PrivateKeyParameters(ed.getDecodedD(), 0);
        Ed25519PublicKeyParameters bcPublic = new Ed25519PublicKeyParameters(ed.getDecodedX(), 0);
        Ed25519Signer bcSigner = new Ed25519Signer();
        bcSigner.init(true, bcPrivate);
        bcSigner.update(message, 0, message.length);
        byte[] bcSignature = bcSigner.generateSignature();

        Ed25519Sign tinkSigner = new Ed25519Sign(ed.getDecodedD());
        Ed25519Verify tinkVerifier = new Ed25519Verify(ed.getDecodedX());
        byte[] tinkSignature = tinkSigner.sign(message);

        ECKey ec = Keys.generate(KeyType.P256).toECKey();
        Signature es256 = Signature.getInstance("SHA256withECDSA");
        es256.initSign(ec.toPrivateKey());
        es256.update(message);
        byte[] esSignature = es256.sign();
        Signature es256Verify = Signature.getInstance("SHA256withECDSA");

        return List.of(
                new Rounds.Operation(ED25519_SIGN_BC, () -> {
                    Ed25519Signer s = new Ed25519Signer();
                    s.init(true, bcPrivate);
                    s.update(message, 0, message.length);
                    s.generateSignature();
                }),
                new Rounds.Operation(ED25519_VERIFY_BC, () -> {
                    Ed25519Signer v = new Ed25519Signer();
                    v.init(false, bcPublic);
                    v.update(message, 0, message.length);
                    if (!v.verifySignature(bcSignature)) {
                        throw new IllegalStateException("BouncyCastle refused its own signature");
                    }
                }),
                new Rounds.Operation(ED25519_SIGN_TINK, () -> tinkSigner.sign(message)),
                new Rounds.Operation(ED25519_VERIFY_TINK, () -> tinkVerifier.verify(tinkSignature, message)),
                new Rounds.Operation(ES256_SIGN, () -> {
                    es256.initSign(ec.toPrivateKey());
                    es256.update(message);
                    es256.sign();
                }),
                new Rounds.Operation(ES256_VERIFY, () -> {
                    es256Verify.initVerify(ec.toPublicKey());
                    es256Verify.update(message);
                    if (!es256Verify.verify(esSignature)) {
                        throw new IllegalStateException("the JDK refused its own ES256 signature");
                    }
                }));
    }
}
