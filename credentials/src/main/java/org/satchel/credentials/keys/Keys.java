package org.satchel.credentials.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Objects;
import org.satchel.credentials.CredentialsException;

/**
 * Signing keys as JWKs: generated, read, written (private files mode 0600), thumbprinted
 * (RFC 7638) and turned into nimbus signers and verifiers. The cryptography is the JDK's for
 * P-256 (through nimbus) and BouncyCastle's for Ed25519.
 */
public final class Keys {
    private Keys() {}

    /** A new private key of the given type, its {@code kid} the RFC 7638 thumbprint. */
    public static JWK generate(KeyType type) {
        Objects.requireNonNull(type, "type");
        try {
            JWK key = switch (type) {
                case ED25519 -> new OctetKeyPairGenerator(Curve.Ed25519).generate();
                case P256 -> new ECKeyGenerator(Curve.P_256).generate();
            };
            return withThumbprintKid(key);
        } catch (JOSEException e) {
            throw new CredentialsException("could not generate a " + type.cliName() + " key", e);
        }
    }

    /** Parses a JWK, refusing any key that is not Ed25519 or P-256. */
    public static JWK parse(String json) {
        JWK key;
        try {
            key = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK: " + e.getMessage(), e);
        }
        type(key);
        return key;
    }

    /** Reads a JWK file. */
    public static JWK read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Writes a private key where only its owner can read it (mode 0600 from creation, so it is
     * never readable by others even for a moment). Refuses to overwrite an existing file.
     */
    public static void writePrivate(JWK key, Path file) throws IOException {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("not a private key");
        }
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "will not overwrite a key file");
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, key.toJSONString() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The key type of a JWK. */
    public static KeyType type(JWK key) {
        Curve curve = switch (key) {
            case OctetKeyPair okp -> okp.getCurve();
            case ECKey ec -> ec.getCurve();
            default -> null;
        };
        return KeyType.of(curve).orElseThrow(() -> new IllegalArgumentException(
                "unsupported key: Satchel signs with Ed25519 (OKP) or P-256 (EC) keys, not " + key.getKeyType()
                        + (curve == null ? "" : " on " + curve)));
    }

    /** The RFC 7638 SHA-256 thumbprint, base64url. */
    public static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new CredentialsException("could not compute the thumbprint", e);
        }
    }

    /** A signer for a private key. */
    public static JWSSigner signer(JWK key) {
        try {
            return switch (type(key)) {
                case ED25519 -> new BouncyCastleEd25519.Signer(key.toOctetKeyPair());
                case P256 -> new ECDSASigner(key.toECKey());
            };
        } catch (JOSEException e) {
            throw new CredentialsException("not a usable private key: " + e.getMessage(), e);
        }
    }

    /** A verifier for a public (or private) key. */
    public static JWSVerifier verifier(JWK key) {
        try {
            return switch (type(key)) {
                case ED25519 -> new BouncyCastleEd25519.Verifier(key.toOctetKeyPair().toPublicJWK());
                case P256 -> new ECDSAVerifier(key.toECKey().toPublicJWK());
            };
        } catch (JOSEException e) {
            throw new CredentialsException("not a usable public key: " + e.getMessage(), e);
        }
    }

    private static JWK withThumbprintKid(JWK key) throws JOSEException {
        String kid = key.computeThumbprint().toString();
        return switch (key) {
            case OctetKeyPair okp -> new OctetKeyPair.Builder(okp).keyID(kid).build();
            case ECKey ec -> new ECKey.Builder(ec).keyID(kid).build();
            default -> throw new IllegalStateException("generated an unexpected key type");
        };
    }
}
