package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pairwise identifier on its own: the key file, and what the identifier does and does not reveal. */
class PairwiseRightsTest {
    @TempDir
    Path dir;

    @Test
    void keyIsThirtyTwoRandomBytesReadableOnlyByTheNode() throws Exception {
        PairwiseIdentifiers.open(dir);
        Path key = PairwiseIdentifiers.keyFile(dir);
        assertEquals(32, Files.size(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
        try (var leftovers = Files.list(key.getParent())) {
            assertEquals(1, leftovers.count(), "no temporary file is left beside the key");
        }
    }

    @Test
    void identifierIsStableForOneRelyingPartyAcrossRestarts() {
        String first = PairwiseIdentifiers.open(dir).identifier("college.example", "e41nqzrjfjp7d");
        String again = PairwiseIdentifiers.open(dir).identifier("college.example", "e41nqzrjfjp7d");
        assertEquals(first, again);
    }

    @Test
    void twoRelyingPartiesGetDifferentIdentifiersForOneLearner() {
        PairwiseIdentifiers ids = PairwiseIdentifiers.open(dir);
        assertNotEquals(ids.identifier("college.example", "e41nqzrjfjp7d"), ids.identifier("employer.example", "e41nqzrjfjp7d"));
        assertNotEquals(ids.identifier("college.example", "e41nqzrjfjp7d"), ids.identifier("college.example", "c29kecwtk1tnx"));
    }

    @Test
    void identifierIsTheHmacOfRelyingPartyAndLearnerAndRevealsNothingOfTheId() throws Exception {
        String id = PairwiseIdentifiers.open(dir).identifier("college.example", "e41nqzrjfjp7d");
        assertTrue(id.matches("[A-Za-z0-9_-]{43}"), id);
        assertFalse(id.contains("e41nqzrjfjp7d"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Files.readAllBytes(PairwiseIdentifiers.keyFile(dir)), "HmacSHA256"));
        byte[] expected = mac.doFinal("college.example\0e41nqzrjfjp7d".getBytes(StandardCharsets.UTF_8));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(expected), id);
    }

    @Test
    void anotherNodesKeyGivesAnotherIdentifier(@TempDir Path other) {
        assertNotEquals(PairwiseIdentifiers.open(dir).identifier("college.example", "e41nqzrjfjp7d"),
                PairwiseIdentifiers.open(other).identifier("college.example", "e41nqzrjfjp7d"));
    }

    @Test
    void keyOfTheWrongLengthIsRefusedInWords() throws Exception {
        Files.createDirectories(PairwiseIdentifiers.keyFile(dir).getParent());
        Files.write(PairwiseIdentifiers.keyFile(dir), new byte[16]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PairwiseIdentifiers.open(dir));
        assertTrue(e.getMessage().contains("exactly 32 bytes"), e.getMessage());
    }

    @Test
    void ambiguousInputIsRefused() {
        PairwiseIdentifiers ids = PairwiseIdentifiers.open(dir);
        assertThrows(IllegalArgumentException.class, () -> ids.identifier("college.example\0x", "e41"));
        assertThrows(IllegalArgumentException.class, () -> ids.identifier("", "e41"));
    }
}
