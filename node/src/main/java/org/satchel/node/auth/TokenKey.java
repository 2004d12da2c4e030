package org.satchel.node.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

/**
 * The node's token-signing key, {@code DIR/keys/token-signing.jwk}: an Ed25519 private JWK,
 * made on first use (mode 0600, in a 0700 folder) and read thereafter. Its {@code kid} is always
 * the RFC 7638 thumbprint, whatever the file says.
 */
final class TokenKey {
    static final String FOLDER = "keys";
    static final String FILE = "token-signing.jwk";

    private TokenKey() {}

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FOLDER).resolve(FILE);
    }

    /** The key, made first if there is none yet. */
    static OctetKeyPair loadOrCreate(Path dataDirectory) {
        Path file = file(dataDirectory);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            JWK key = Keys.read(file);
            if (Keys.type(key) != KeyType.ED25519 || !key.isPrivate()) {
                throw new IllegalStateException(file + " must hold the node's private Ed25519 key");
            }
            OctetKeyPair okp = key.toOctetKeyPair();
            return new OctetKeyPair.Builder(okp).keyID(Keys.thumbprint(okp)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the node's token key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    // A running node and './satchel node token' may both find no key and make one at once. Each
    // writes its own temporary file and hard-links it into place; link(2) refuses an existing
    // name, so exactly one key wins, and no one ever reads a half-written file.
    private static void create(Path file) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path temporary = folder.resolve("." + FILE + "." + UUID.randomUUID() + ".tmp");
        try {
            Keys.writePrivate(Keys.generate(KeyType.ED25519), temporary);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // Another process made the key first; use theirs.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
