package org.satchel.node.issuance;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.satchel.node.web.Json;

/**
 * Runs a script of one of the pinned independent implementations under {@code interop/} with Node.js:
 * JSON on stdin, JSON on stdout. The packages are installed by {@code scripts/test-prerequisites}.
 */
final class JsInterop {
    private static final Path INTEROP = Path.of("..", "interop");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** What a script printed on stdout and how it exited. */
    record Run(int exitCode, JsonNode output) {}

    private JsInterop() {}

    /**
     * Runs {@code interop/DIR/SCRIPT ARGS…} with {@code input} as JSON on stdin and {@code env}
     * added to its environment, failing the test if {@code package} is not installed there.
     */
    static Run run(String dir, String installed, String script, Object input, List<String> args, Map<String, String> env) {
        Path home = INTEROP.resolve(dir);
        if (!Files.isDirectory(home.resolve("node_modules").resolve(installed))) {
            fail(installed + " is not installed in " + home.toAbsolutePath().normalize()
                    + ": run `bash scripts/test-prerequisites` from the repository root (it runs npm ci there)");
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("could not start node (Node.js 20 or newer must be on the PATH): " + e.getMessage());
        }
        // Read on another thread while writing and waiting, so neither a full pipe nor a hung node blocks the test.
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((input instanceof String s ? s : Json.write(input)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            return fail("could not write to " + script + ": " + e.getMessage());
        }
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(dir + "/" + script + " did not finish within " + TIMEOUT);
            }
            String output = stdout.get(10, TimeUnit.SECONDS).strip();
            try {
                return new Run(process.exitValue(), Json.tree(output));
            } catch (RuntimeException e) {
                return fail(dir + "/" + script + " did not answer with JSON (exit " + process.exitValue() + "): " + output);
            }
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            return fail(dir + "/" + script + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + script);
        }
    }
}
