package org.satchel.node.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Digital Bazaar's verifier, run through Node on the same credentials, timed in its own process. */
final class JsPeer {
    private final Path interop;
    private String unavailable = "";
    private String nodeVersion = "?";

    JsPeer(Path satchelHome) {
        this.interop = satchelHome.resolve("interop").resolve("vc-di");
    }

    /** Median milliseconds per verification, or empty with {@link #unavailableReason()} set. */
    Optional<Double> msPerVerify(List<String> credentials) {
        if (!Files.isDirectory(interop.resolve("node_modules"))) {
            unavailable = "the pinned Node packages are not installed; run: bash scripts/test-prerequisites";
            return Optional.empty();
        }
        Path file = null;
        try {
            nodeVersion = run(List.of("node", "--version"), 10).strip();
            file = Files.createTempFile("satchel-bench-", ".json");
            Files.writeString(file, "[" + String.join(",", credentials) + "]", StandardCharsets.UTF_8);
            String output = run(List.of("node", interop.resolve("bench-verify.mjs").toString(), file.toString(), "5"), 600);
            Map<String, Object> result = JSONObjectUtils.parse(output.strip());
            if (!(result.get("msPerVerify") instanceof Number ms)) {
                unavailable = "Digital Bazaar's verifier answered " + output.strip();
                return Optional.empty();
            }
            return Optional.of(ms.doubleValue());
        } catch (IOException | java.text.ParseException e) {
            unavailable = e.getMessage();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted";
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a stray temporary file is no reason to fail the benchmark
                }
            }
        }
    }

    String unavailableReason() {
        return unavailable;
    }

    String nodeVersion() {
        return nodeVersion;
    }

    private String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(interop.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + text.strip());
        }
        return text;
    }
}
