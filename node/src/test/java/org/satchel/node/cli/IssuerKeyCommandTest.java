package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerKeyCommandTest {
    @TempDir
    Path dir;

    @Test
    void rotatingMakesANewCurrentKeyAndKeepsTheOldOnesListed() {
        CliRun first = CliRun.of("node", "issuer-key", "list", "--data", dir.toString());
        assertEquals(0, first.exit(), first.err());
        List<String> before = first.out().lines().toList();
        assertEquals(1, before.size());
        assertTrue(before.get(0).endsWith("current"));
        CliRun rotated = CliRun.of("node", "issuer-key", "rotate", "--data", dir.toString());
        assertEquals(0, rotated.exit(), rotated.err());
        List<String> after = CliRun.of("node", "issuer-key", "list", "--data", dir.toString()).out().lines().toList();
        assertEquals(List.of(rotated.out().strip(), before.get(0).replace("current", "retired")), after);
    }

    @Test
    void aMissingDataDirectoryIsAUsageError() {
        CliRun run = CliRun.of("node", "issuer-key", "rotate", "--data", dir.resolve("nowhere").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such directory"), run.err());
    }
}
