package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import org.satchel.node.auth.Accounts;
import picocli.CommandLine;

/** {@code node account add}, run directly: it is not registered under {@code satchel} yet. */
class AccountCommandTest {
    static final String PASSWORD = "correct horse battery staple";

    @TempDir Path dir;

    CliRun account(String stdin, String... args) {
        NodeAccountCommand command = new NodeAccountCommand();
        command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return CliRun.of(new CommandLine(command), args);
    }

    @Test
    void accountAddedFromStandardInputSignsIn() {
        CliRun run = account(PASSWORD + "\n", "add", "--data", dir.toString(), "--as", "teacher:T0008", "--username", "alice");
        assertEquals(0, run.exit(), run.err());
        assertEquals("added account 'alice' signing in as teacher:T0008", run.out().strip());
        assertEquals(Optional.of(new Principal(Role.TEACHER, "T0008")), Accounts.open(dir).authenticate("alice", PASSWORD));
    }

    @Test
    void passwordFileFirstLineIsThePasswordSpacesIncluded() throws Exception {
        Path file = Files.writeString(dir.resolve("password.txt"), " " + PASSWORD + " \r\nsecond line\n");
        CliRun run = account("", "add", "--data", dir.toString(), "--as", "guardian:1xrhkf7aq073k-1", "--username", "parent@example.org",
                "--password-file", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(Optional.of(new Principal(Role.GUARDIAN, "1xrhkf7aq073k-1")),
                Accounts.open(dir).authenticate("parent@example.org", " " + PASSWORD + " "));
        assertFalse(Files.readString(dir.resolve("accounts.json")).contains(PASSWORD));
    }

    @Test
    void existingUsernameIsRefusedInWordsAndNothingChanges() throws Exception {
        account(PASSWORD + "\n", "add", "--data", dir.toString(), "--as", "teacher:T0008", "--username", "alice");
        byte[] before = Files.readAllBytes(dir.resolve("accounts.json"));
        CliRun again = account("another long passphrase\n", "add", "--data", dir.toString(), "--as", "head:H0001", "--username", "alice");
        assertEquals(2, again.exit());
        assertTrue(again.errLines().get(0).contains("there is already an account named 'alice'"), again.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("accounts.json")));
    }

    @Test
    void shortOrMissingPasswordIsRefusedInWords() {
        CliRun shortOne = account("short\n", "add", "--data", dir.toString(), "--as", "teacher:T0008", "--username", "alice");
        assertEquals(2, shortOne.exit());
        assertTrue(shortOne.errLines().get(0).contains("at least 12 characters"), shortOne.err());

        CliRun none = account("", "add", "--data", dir.toString(), "--as", "teacher:T0008", "--username", "alice");
        assertEquals(2, none.exit());
        assertTrue(none.errLines().get(0).contains("no password on standard input"), none.err());

        CliRun noFile = account("", "add", "--data", dir.toString(), "--as", "teacher:T0008", "--username", "alice",
                "--password-file", dir.resolve("absent.txt").toString());
        assertEquals(2, noFile.exit());
        assertTrue(noFile.errLines().get(0).contains("--password-file: no such file"), noFile.err());
        assertTrue(Files.notExists(dir.resolve("accounts.json")));
    }

    @Test
    void badPrincipalOrDirectoryIsRefusedInWords() {
        CliRun badRole = account(PASSWORD + "\n", "add", "--data", dir.toString(), "--as", "T0008", "--username", "alice");
        assertEquals(2, badRole.exit());
        assertTrue(badRole.errLines().get(0).contains("'T0008' is not ROLE:ID"), badRole.err());

        CliRun noDir = account(PASSWORD + "\n", "add", "--data", dir.resolve("absent").toString(), "--as", "teacher:T0008",
                "--username", "alice");
        assertEquals(2, noDir.exit());
        assertTrue(noDir.errLines().get(0).contains("--data: no such directory"), noDir.err());

        CliRun noSubcommand = account("");
        assertEquals(2, noSubcommand.exit());
        assertTrue(noSubcommand.errLines().get(0).contains("say which: 'account add'"), noSubcommand.err());
    }
}
