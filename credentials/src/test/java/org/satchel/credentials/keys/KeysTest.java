package org.satchel.credentials.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeysTest {

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void generatedKeySignsAndItsPublicHalfVerifies(KeyType type) throws Exception {
        JWK key = Keys.generate(type);
        assertTrue(key.isPrivate());
        assertEquals(Keys.thumbprint(key), key.getKeyID());
        JWSObject jws = new JWSObject(new JWSHeader(type.algorithm()), new Payload("{\"grade\":\"7\"}"));
        jws.sign(Keys.signer(key));
        JWSObject received = JWSObject.parse(jws.serialize());
        assertTrue(received.verify(Keys.verifier(key.toPublicJWK())));
        assertFalse(received.verify(Keys.verifier(Keys.generate(type).toPublicJWK())), "a stranger's key verified it");
    }

    @Test
    void ed25519SignaturesAgreeWithNimbusOwnTinkImplementation() throws Exception {
        JWK key = Keys.generate(KeyType.ED25519);
        JWSObject ours = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("{\"grade\":\"7\"}"));
        ours.sign(Keys.signer(key));
        assertTrue(JWSObject.parse(ours.serialize()).verify(new Ed25519Verifier(key.toOctetKeyPair().toPublicJWK())));

        JWSObject theirs = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("{\"grade\":\"7\"}"));
        theirs.sign(new Ed25519Signer(key.toOctetKeyPair()));
        assertTrue(JWSObject.parse(theirs.serialize()).verify(Keys.verifier(key.toPublicJWK())));
        // RFC 8032 Ed25519 is deterministic: both libraries must produce the very same signature.
        assertEquals(theirs.getSignature(), ours.getSignature());
    }

    @Test
    void aCriticalHeaderParameterIsNeverAccepted() throws Exception {
        JWK key = Keys.generate(KeyType.ED25519);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).criticalParams(java.util.Set.of("exp")).customParam("exp", 1).build();
        JWSObject jws = new JWSObject(header, new Payload("{}"));
        jws.sign(Keys.signer(key));
        assertFalse(JWSObject.parse(jws.serialize()).verify(Keys.verifier(key.toPublicJWK())));
    }

    @Test
    void ed25519ThumbprintMatchesRfc8037AppendixA3() {
        JWK key = Keys.parse("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
        assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", Keys.thumbprint(key));
    }

    @Test
    void privateKeyFileIsOwnerOnlyAndNeverOverwritten(@TempDir Path dir) throws Exception {
        JWK key = Keys.generate(KeyType.ED25519);
        Path file = dir.resolve("issuer.jwk");
        Keys.writePrivate(key, file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, Keys.read(file));
        String before = Files.readString(file);
        assertThrows(FileAlreadyExistsException.class, () -> Keys.writePrivate(Keys.generate(KeyType.P256), file));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void keysSatchelDoesNotSignWithAreRefusedInWords() {
        IllegalArgumentException symmetric = assertThrows(IllegalArgumentException.class,
                () -> Keys.parse("{\"kty\":\"oct\",\"k\":\"GawgguFyGrWKav7AX4VKUg\"}"));
        assertTrue(symmetric.getMessage().contains("Ed25519") && symmetric.getMessage().contains("oct"), symmetric.getMessage());
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> Keys.parse("hello"));
        assertTrue(notJson.getMessage().startsWith("not a JWK"), notJson.getMessage());
    }
}
