package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code satchel node} as an operator runs it: a separate process that says where it listens and stops on SIGTERM. */
class NodeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path dir;

    private Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Satchel.class.getName(), "node"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(false).start();
    }

    private static String awaitListening(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the node never said where it listens; stderr: "
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void nodePrintsWhereItListensAnswersAndStopsCleanlyOnSigterm() throws Exception {
        Process node = launch("--role", "school", "--name", "Oakfield", "--port", "0", "--data", dir.toString());
        try {
            String url = awaitListening(node);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"name\":\"Oakfield\""), health.body());
            node.destroy(); // SIGTERM
            assertTrue(node.waitFor(30, TimeUnit.SECONDS), "the node stops on SIGTERM");
            assertEquals(0, node.exitValue());
            assertTrue(Files.isDirectory(dir.resolve("tdb2")));
        } finally {
            node.destroyForcibly();
        }
    }

    @Test
    void nodeReadsItsSettingsFromAYamlFile() throws Exception {
        Path config = dir.resolve("node.yaml");
        Files.writeString(config, "role: school\nname: Riverside\nport: 0\ndata: data\nbase: https://riverside.school.example/\n");
        Process node = launch("--config", config.toString());
        try {
            String url = awaitListening(node);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(health.body().contains("Riverside"));
            assertEquals("https://riverside.school.example/", Files.readString(dir.resolve("data").resolve("base-iri")).trim());
        } finally {
            node.destroy();
            node.waitFor(30, TimeUnit.SECONDS);
            node.destroyForcibly();
        }
    }

    @Test
    void missingNameOrDataIsAUsageError() {
        CliRun run = CliRun.of("node", "--port", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--name and --data"), run.err());
    }

    @Test
    void unknownKeyInTheConfigFileIsRefusedInWords() throws Exception {
        Path config = dir.resolve("node.yaml");
        Files.writeString(config, "name: X\ndata: d\nportt: 8080\n");
        CliRun run = CliRun.of("node", "--config", config.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("portt"), run.err());
    }

    @Test
    void importIntoTheStoreOfARunningNodeSaysWhatToDoAndChangesNothing() throws Exception {
        Path csv = dir.resolve("csv");
        new org.satchel.vocab.generator.SchoolGenerator(org.satchel.vocab.generator.GeneratorOptions.of(2, 1, 3)).writeCsv(csv, (d, t) -> { });
        Process node = launch("--name", "Oakfield", "--port", "0", "--data", dir.resolve("node").toString());
        try {
            awaitListening(node);
            CliRun run = CliRun.of("node", "import", "--data", dir.resolve("node").toString(), "--csv", csv.toString());
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("a running node holds it; import through its POST /imports"), run.err());
        } finally {
            node.destroy();
            node.waitFor(30, TimeUnit.SECONDS);
            node.destroyForcibly();
        }
    }

    @Test
    void importReportsRejectedRowsWithTheirLinesAndExitsOne() throws Exception {
        Path csv = dir.resolve("csv");
        new org.satchel.vocab.generator.SchoolGenerator(org.satchel.vocab.generator.GeneratorOptions.of(2, 1, 3)).writeCsv(csv, (d, t) -> { });
        Path attendance = csv.resolve("attendance.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(attendance));
        lines.set(3, lines.get(3).replaceFirst(",[/\\\\LIMCRGONU],", ",Q,"));
        Files.write(attendance, lines);
        CliRun run = CliRun.of("node", "import", "--data", dir.resolve("node").toString(), "--csv", csv.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("attendance.csv: refused whole, 1 rejected row(s):"), run.err());
        assertTrue(run.err().contains("attendance.csv line 4"), run.err());
        assertTrue(run.out().startsWith("imported 2 learners"), run.out());
        CliRun again = CliRun.of("node", "import", "--data", dir.resolve("node").toString(), "--csv", dir.resolve("nowhere").toString());
        assertEquals(2, again.exit());
    }
}
