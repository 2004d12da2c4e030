package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {

    @Test
    void generateWritesAnOwnerOnlyPrivateKeyAndPublicPrintsItsPublicHalf(@TempDir Path dir) throws Exception {
        for (String type : new String[] {"ed25519", "p256"}) {
            Path file = dir.resolve(type + ".jwk");
            CliRun generated = CliRun.of("keys", "generate", "--type", type, "--out", file.toString());
            assertEquals(0, generated.exit(), generated.err());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            JWK stored = JWK.parse(Files.readString(file));
            assertTrue(stored.isPrivate());

            CliRun shown = CliRun.of("keys", "public", file.toString());
            assertEquals(0, shown.exit(), shown.err());
            JWK printed = JWK.parse(shown.out().strip());
            assertFalse(printed.isPrivate(), "the private key was printed");
            assertEquals(stored.toPublicJWK(), printed);
        }
    }

    @Test
    void anExistingKeyFileIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("issuer.jwk");
        assertEquals(0, CliRun.of("keys", "generate", "--type", "ed25519", "--out", file.toString()).exit());
        String before = Files.readString(file);
        CliRun again = CliRun.of("keys", "generate", "--type", "ed25519", "--out", file.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().lines().findFirst().orElseThrow().contains("never overwritten"), again.err());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void anUnknownKeyTypeIsRefusedInWords(@TempDir Path dir) {
        CliRun run = CliRun.of("keys", "generate", "--type", "rsa", "--out", dir.resolve("k.jwk").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().lines().findFirst().orElseThrow().contains("use ed25519 or p256"), run.err());
        assertTrue(Files.notExists(dir.resolve("k.jwk")));
    }

    @Test
    void aFileThatIsNotAKeyIsRefusedInWords(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "grade 7");
        CliRun run = CliRun.of("keys", "public", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().lines().findFirst().orElseThrow().contains("not a JWK"), run.err());
    }
}
