package org.satchel.credentials.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of signing key Satchel issues with, and the JOSE algorithm each signs with. */
public enum KeyType {
    /** Ed25519 (RFC 8037), signing with EdDSA. */
    ED25519(Curve.Ed25519, JWSAlgorithm.EdDSA),
    /** NIST P-256, signing with ES256 (RFC 7518 §3.4). */
    P256(Curve.P_256, JWSAlgorithm.ES256);

    private final Curve curve;
    private final JWSAlgorithm algorithm;

    KeyType(Curve curve, JWSAlgorithm algorithm) {
        this.curve = curve;
        this.algorithm = algorithm;
    }

    public Curve curve() {
        return curve;
    }

    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    /** The name used on the command line: {@code ed25519} or {@code p256}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key type of a curve, if Satchel signs with it. */
    public static Optional<KeyType> of(Curve curve) {
        for (KeyType type : values()) {
            if (type.curve.equals(curve)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
