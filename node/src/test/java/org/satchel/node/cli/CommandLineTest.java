package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {


    @Test
    void helpListsEverySubcommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        for (String command : List.of("demo", "generate", "test", "help")) {
            assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + " missing:\n" + run.out());
        }
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : List.of("demo", "generate")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: satchel " + command), run.out());
        }
    }

    @Test
    void unknownCommandIsOneLineThenUsageAndExit2() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(2, run.exit());
        assertEquals("satchel: unknown command 'frobnicate'", run.errLines().get(0));
        assertTrue(run.errLines().get(1).startsWith("Usage: satchel"), run.err());
    }

    @Test
    void badOptionIsOneLineThenUsageAndExit2() {
        CliRun run = CliRun.of("generate", "--pupils", "many", "--out", "x.nq");
        assertEquals(2, run.exit());
        assertTrue(run.errLines().get(0).startsWith("satchel generate: ") && run.errLines().get(0).contains("--pupils"), run.err());
        assertTrue(run.errLines().get(1).startsWith("Usage: satchel generate"), run.err());

        CliRun unknown = CliRun.of("generate", "--pupills", "3", "--out", "x.nq");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.errLines().get(0).contains("--pupills"), unknown.err());
    }

    @Test
    void outOfRangeValueIsRefusedInWordsAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("school.nq");
        CliRun run = CliRun.of("generate", "--pupils", "0", "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.errLines().get(0).contains("pupils"), run.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void generateWritesTheSameBytesTwice(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.nq");
        Path b = dir.resolve("b.nq");
        assertEquals(0, CliRun.of("generate", "--pupils", "3", "--years", "1", "--seed", "7", "--out", a.toString()).exit());
        assertEquals(0, CliRun.of("generate", "--pupils", "3", "--years", "1", "--seed", "7", "--out", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(Files.size(a) > 0);
        try (var entries = Files.list(dir)) {
            assertEquals(2, entries.count(), "a partial file was left behind");
        }
    }

    @Test
    void generateIntoAMissingDirectoryIsRefusedInWords(@TempDir Path dir) {
        CliRun run = CliRun.of("generate", "--pupils", "2", "--out", dir.resolve("no/such/dir/a.nq").toString());
        assertEquals(2, run.exit());
        assertTrue(run.errLines().get(0).contains("does not exist"), run.err());
    }

    @Test
    void csvFormatWritesAnExportDirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("export");
        assertEquals(0, CliRun.of("generate", "--pupils", "3", "--format", "csv", "--out", out.toString()).exit());
        assertTrue(Files.isRegularFile(out.resolve("pupils.csv")));
        assertTrue(Files.isRegularFile(out.resolve("attendance.csv")));
        assertTrue(Files.readString(out.resolve("pupils.csv")).lines().count() == 4, "header and three pupils");
    }
}
