package org.satchel.credentials.multikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

class MultikeyTest {

    // vc-di-eddsa TestVectors/keyPair.json.
    private static final String VECTOR_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final String VECTOR_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";

    @Test
    void theVcDiEddsaSecretKeyDerivesItsPublishedPublicKey() {
        JWK key = Multikey.decodeSecret(VECTOR_SECRET);

        assertTrue(key.isPrivate());
        assertEquals(VECTOR_PUBLIC, Multikey.encode(key));
        assertEquals(VECTOR_SECRET, Multikey.encodeSecret(key));
        assertEquals(key.toPublicJWK(), Multikey.decode(VECTOR_PUBLIC));
    }

    @Test
    void ed25519KeysRoundTripAsZ6Mk() {
        JWK key = Keys.generate(KeyType.ED25519);
        String multibase = Multikey.encode(key);

        assertTrue(multibase.startsWith("z6Mk"), multibase);
        JWK decoded = Multikey.decode(multibase);
        assertEquals(((OctetKeyPair) key).getX(), ((OctetKeyPair) decoded).getX());
        assertFalse(decoded.isPrivate());
        assertEquals(key.toPublicJWK().getRequiredParams(), Multikey.decodeSecret(Multikey.encodeSecret(key)).toPublicJWK().getRequiredParams());
    }

    @Test
    void p256KeysRoundTripAsZDn() {
        for (int i = 0; i < 20; i++) {
            ECKey key = (ECKey) Keys.generate(KeyType.P256);
            String multibase = Multikey.encode(key);

            assertTrue(multibase.startsWith("zDn"), multibase);
            ECKey decoded = (ECKey) Multikey.decode(multibase);
            assertEquals(Curve.P_256, decoded.getCurve());
            assertEquals(key.getX(), decoded.getX());
            assertEquals(key.getY(), decoded.getY());
            ECKey fromSecret = (ECKey) Multikey.decodeSecret(Multikey.encodeSecret(key));
            assertEquals(key.getD(), fromSecret.getD());
            assertEquals(key.getY(), fromSecret.getY());
        }
    }

    @Test
    void theDidKeySpecificationsP256ExampleDecodesAndEncodesBack() {
        // The did:key Method, §"Test Vectors", P-256.
        String multibase = "zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv";
        assertEquals(multibase, Multikey.encode(Multikey.decode(multibase)));
        assertEquals(KeyType.P256, Multikey.typeOf(multibase));
    }

    @Test
    void aSecretKeyIsRefusedWhereAPublicKeyBelongs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Multikey.decode(VECTOR_SECRET));
        assertTrue(e.getMessage().contains("secret key where a public key was expected"), e.getMessage());
    }

    @Test
    void wrongLengthsAndUnknownHeadersAreRefused() {
        byte[] short31 = new byte[33];
        short31[0] = (byte) 0xed;
        short31[1] = 0x01;
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> Multikey.decode(Multibase.encodeBase58Btc(short31)));
        assertTrue(length.getMessage().contains("expected 32 bytes"), length.getMessage());
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> Multikey.decode(Multibase.encodeBase58Btc(new byte[] {(byte) 0xe7, 0x01, 1, 2, 3})));
        assertTrue(header.getMessage().contains("header 0xe701"), header.getMessage());
    }
}
