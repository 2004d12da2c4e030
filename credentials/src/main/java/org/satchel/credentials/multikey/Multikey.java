package org.satchel.credentials.multikey;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

/**
 * Keys as Multikey values (Controlled Identifiers v1.0 §2.2.2 "Multikey"): a multicodec header and
 * the raw key, base-58-btc Multibase encoded. Ed25519 public keys read {@code z6Mk…}, P-256 public
 * keys {@code zDn…}; the JWKs on the other side are nimbus's.
 */
public final class Multikey {

    // CID §2.2.2, tables of public and secret key headers: the varint of each multicodec value.
    private static final byte[] ED25519_PUBLIC = {(byte) 0xed, 0x01};
    private static final byte[] ED25519_SECRET = {(byte) 0x80, 0x26};
    private static final byte[] P256_PUBLIC = {(byte) 0x80, 0x24};
    private static final byte[] P256_SECRET = {(byte) 0x86, 0x26};

    private static final ECNamedCurveParameterSpec P256 = ECNamedCurveTable.getParameterSpec("secp256r1");

    private Multikey() {}

    /** The {@code publicKeyMultibase} of a key's public part ({@code z6Mk…} or {@code zDn…}). */
    public static String encode(JWK key) {
        Objects.requireNonNull(key, "key");
        return switch (Keys.type(key)) {
            case ED25519 -> Multibase.encodeBase58Btc(concat(ED25519_PUBLIC, key.toOctetKeyPair().getX().decode()));
            case P256 -> Multibase.encodeBase58Btc(concat(P256_PUBLIC, compress(key.toECKey())));
        };
    }

    /**
     * The public JWK a {@code publicKeyMultibase} stands for.
     *
     * @throws IllegalArgumentException if it is not an Ed25519 or P-256 public key, or not a point
     *     on its curve (a secret key is refused in words: it must never be published)
     */
    public static JWK decode(String publicKeyMultibase) {
        byte[] bytes = Multibase.decodeBase58Btc(Objects.requireNonNull(publicKeyMultibase, "publicKeyMultibase"));
        if (startsWith(bytes, ED25519_PUBLIC)) {
            byte[] x = expectLength(bytes, ED25519_PUBLIC.length, 32, "Ed25519 public key");
            // did:key §"Signature Method Creation Algorithm": refuse an invalid key (invalidPublicKey);
            // a real key is a point of prime order, so the full check never refuses one.
            if (!Ed25519.validatePublicKeyFull(x, 0)) {
                throw new IllegalArgumentException("not a valid Ed25519 public key: " + publicKeyMultibase);
            }
            return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).build();
        }
        if (startsWith(bytes, P256_PUBLIC)) {
            byte[] compressed = expectLength(bytes, P256_PUBLIC.length, 33, "P-256 public key");
            return p256(decompress(compressed, publicKeyMultibase), null);
        }
        if (startsWith(bytes, ED25519_SECRET) || startsWith(bytes, P256_SECRET)) {
            // CID §2.2.2: raise an error on a secret key header where a public key is expected.
            throw new IllegalArgumentException("a secret key where a public key was expected; never publish a secretKeyMultibase");
        }
        throw new IllegalArgumentException("not an Ed25519 (0xed01) or P-256 (0x8024) Multikey: header 0x"
                + hex(Arrays.copyOf(bytes, Math.min(2, bytes.length))));
    }

    /** The {@code secretKeyMultibase} of a private key; keep it as secret as the key. */
    public static String encodeSecret(JWK privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("not a private key");
        }
        return switch (Keys.type(privateKey)) {
            case ED25519 -> Multibase.encodeBase58Btc(concat(ED25519_SECRET, privateKey.toOctetKeyPair().getD().decode()));
            case P256 -> Multibase.encodeBase58Btc(concat(P256_SECRET, fixed32(privateKey.toECKey().getD().decodeToBigInteger())));
        };
    }

    /** The private JWK (public part derived from the secret) for a {@code secretKeyMultibase}. */
    public static JWK decodeSecret(String secretKeyMultibase) {
        byte[] bytes = Multibase.decodeBase58Btc(Objects.requireNonNull(secretKeyMultibase, "secretKeyMultibase"));
        if (startsWith(bytes, ED25519_SECRET)) {
            byte[] seed = expectLength(bytes, ED25519_SECRET.length, 32, "Ed25519 secret key");
            // RFC 8032 §5.1.5: the public key follows from the 32-byte seed; BouncyCastle derives it.
            byte[] x = new Ed25519PrivateKeyParameters(seed).generatePublicKey().getEncoded();
            return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).d(Base64URL.encode(seed)).build();
        }
        if (startsWith(bytes, P256_SECRET)) {
            BigInteger d = new BigInteger(1, expectLength(bytes, P256_SECRET.length, 32, "P-256 secret key"));
            if (d.signum() == 0 || d.compareTo(P256.getN()) >= 0) {
                throw new IllegalArgumentException("not a valid P-256 secret key");
            }
            return p256(P256.getG().multiply(d).normalize(), d);
        }
        throw new IllegalArgumentException("not an Ed25519 (0x8026) or P-256 (0x8626) secret Multikey");
    }

    /** The key type a {@code publicKeyMultibase} holds, judged by its header alone. */
    public static KeyType typeOf(String publicKeyMultibase) {
        byte[] bytes = Multibase.decodeBase58Btc(publicKeyMultibase);
        if (startsWith(bytes, ED25519_PUBLIC)) {
            return KeyType.ED25519;
        }
        if (startsWith(bytes, P256_PUBLIC)) {
            return KeyType.P256;
        }
        throw new IllegalArgumentException("not an Ed25519 or P-256 public Multikey");
    }

    // SEC 1 §2.3.3 point compression: 0x02 or 0x03 by the parity of y, then x in 32 bytes.
    private static byte[] compress(ECKey key) {
        byte[] x = fixed32(key.getX().decodeToBigInteger());
        boolean odd = key.getY().decodeToBigInteger().testBit(0);
        return concat(new byte[] {(byte) (odd ? 0x03 : 0x02)}, x);
    }

    private static ECPoint decompress(byte[] compressed, String original) {
        if (compressed[0] != 0x02 && compressed[0] != 0x03) {
            throw new IllegalArgumentException("not a compressed P-256 point: " + original);
        }
        try {
            // BouncyCastle's decoding also checks that the point lies on the curve.
            return P256.getCurve().decodePoint(compressed).normalize();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid P-256 public key: " + original, e);
        }
    }

    private static JWK p256(ECPoint point, BigInteger d) {
        ECKey.Builder builder = new ECKey.Builder(Curve.P_256,
                Base64URL.encode(fixed32(point.getAffineXCoord().toBigInteger())),
                Base64URL.encode(fixed32(point.getAffineYCoord().toBigInteger())));
        if (d != null) {
            builder.d(Base64URL.encode(fixed32(d)));
        }
        return builder.build();
    }

    private static byte[] fixed32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] expectLength(byte[] bytes, int header, int length, String what) {
        if (bytes.length != header + length) {
            // did:key §"Signature Method Creation Algorithm": invalidPublicKeyLength.
            throw new IllegalArgumentException("expected " + length + " bytes of " + what + ", got " + (bytes.length - header));
        }
        return Arrays.copyOfRange(bytes, header, bytes.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] header) {
        return bytes.length >= header.length && Arrays.equals(bytes, 0, header.length, header, 0, header.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
