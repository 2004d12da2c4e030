package org.satchel.node.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

class AccountsTest {
    static final Principal TEACHER = new Principal(Role.TEACHER, "T0008");
    static final String PASSWORD = "correct horse battery staple";

    @TempDir Path dir;

    @Test
    void addedAccountSignsInAsItsPrincipal() {
        Accounts accounts = Accounts.open(dir);
        assertEquals(new Accounts.Addition.Added("alice", TEACHER), accounts.add("alice", TEACHER, PASSWORD));
        assertEquals(Optional.of(TEACHER), accounts.authenticate("alice", PASSWORD));
        // A second instance reads the file afresh, as a running node does after the command line adds.
        assertEquals(Optional.of(TEACHER), Accounts.open(dir).authenticate("alice", PASSWORD));
    }

    @Test
    void usernamesAreCaseInsensitive() {
        Accounts accounts = Accounts.open(dir);
        assertEquals(new Accounts.Addition.Added("alice", TEACHER), accounts.add("Alice", TEACHER, PASSWORD));
        assertEquals(Optional.of(TEACHER), accounts.authenticate("ALICE", PASSWORD));
    }

    @Test
    void accountsFileIsOwnerOnlyAndHoldsOnlyTheHash() throws Exception {
        Accounts.open(dir).add("alice", TEACHER, PASSWORD);
        Path file = dir.resolve("accounts.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String text = Files.readString(file);
        assertFalse(text.contains(PASSWORD), "the password was stored");
        Map<String, Object> alice = JSONObjectUtils.getJSONObject(JSONObjectUtils.parse(text), "alice");
        assertEquals("teacher:T0008", alice.get("principal"));
        assertTrue(((String) alice.get("password")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), text);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "a temporary file was left behind");
        }
    }

    @Test
    void existingUsernameIsRefusedInWordsAndTheFileIsUnchanged() throws Exception {
        Accounts accounts = Accounts.open(dir);
        accounts.add("alice", TEACHER, PASSWORD);
        byte[] before = Files.readAllBytes(dir.resolve("accounts.json"));
        Accounts.Addition again = accounts.add("ALICE", new Principal(Role.HEAD, "H0001"), "another long passphrase");
        Accounts.Addition.Refused refused = assertInstanceOf(Accounts.Addition.Refused.class, again);
        assertTrue(refused.reason().contains("already an account named 'alice'"), refused.reason());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("accounts.json")));
        assertEquals(Optional.of(TEACHER), accounts.authenticate("alice", PASSWORD));
    }

    @Test
    void shortPasswordIsRefusedAndNothingIsWritten() {
        Accounts.Addition result = Accounts.open(dir).add("alice", TEACHER, "elevenchars");
        Accounts.Addition.Refused refused = assertInstanceOf(Accounts.Addition.Refused.class, result);
        assertTrue(refused.reason().contains("at least 12 characters"), refused.reason());
        assertTrue(Files.notExists(dir.resolve("accounts.json")));
    }

    @Test
    void malformedUsernameIsRefused() {
        for (String bad : new String[] {"", "al ice", "-alice", "x".repeat(65), "alice/../../etc"}) {
            assertInstanceOf(Accounts.Addition.Refused.class, Accounts.open(dir).add(bad, TEACHER, PASSWORD), bad);
        }
        assertTrue(Files.notExists(dir.resolve("accounts.json")));
    }

    @Test
    void wrongPasswordAndUnknownUserLookAlike() {
        Accounts accounts = Accounts.open(dir);
        accounts.add("alice", TEACHER, PASSWORD);
        assertEquals(Optional.empty(), accounts.authenticate("alice", "not the password at all"));
        assertEquals(Optional.empty(), accounts.authenticate("mallory", "not the password at all"));
        assertEquals(Optional.empty(), accounts.authenticate("not a username", PASSWORD));

        // Both answers cost an Argon2id computation: without the dummy hash an unknown user would
        // answer a hundred times faster than a wrong password.
        long[] wrongPassword = new long[7];
        long[] unknownUser = new long[7];
        for (int i = 0; i < wrongPassword.length; i++) {
            wrongPassword[i] = timed(() -> accounts.authenticate("alice", "not the password at all"));
            unknownUser[i] = timed(() -> accounts.authenticate("mallory", "not the password at all"));
        }
        long wrong = median(wrongPassword);
        long unknown = median(unknownUser);
        assertTrue(unknown * 3 > wrong && wrong * 3 > unknown,
                "wrong password took " + wrong / 1_000_000 + " ms, unknown user " + unknown / 1_000_000 + " ms");
    }

    @Test
    void missingDataDirectoryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Accounts.open(dir.resolve("absent")));
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
