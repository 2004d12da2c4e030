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
}
