package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.status.token.StatusList;
import org.satchel.credentials.status.token.StatusListToken;
import org.satchel.credentials.verify.Verification;

/**
 * Interop with OpenWallet Foundation's sd-jwt-js ({@code @sd-jwt/sd-jwt-vc}, pinned in
 * {@code interop/sd-jwt/package-lock.json}), run offline through Node: each side verifies what the
 * other issued and presented, and refuses the same thing tampered by one character.
 */
class SdJwtJsInteropTest {
    private static final Path DIR = Path.of("..", "interop", "sd-jwt");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What a script printed on stdout and how it exited. */
    private record Run(int exitCode, Map<String, Object> output) {}

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void ourPresentationVerifiesInSdJwtJs(KeyType type) {
        Fixtures f = new Fixtures(type);
        String presentation = f.present(f.issue(), "achievement.grade", "examResult.1");

        Run run = verifyInSdJwtJs(f, presentation, Optional.empty());
        assertEquals(0, run.exitCode(), run.output().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) run.output().get("claims");
        assertEquals(Map.of("grade", "9"), claims.get("achievement"));
        assertEquals(List.of(Map.of("paper", "2", "grade", "B")), claims.get("examResult"));
        assertTrue(!claims.containsKey("name"), "nothing undisclosed: " + claims);
    }

    @Test
    void ourStatusListTokenIsReadBySdJwtJs() {
        Fixtures f = new Fixtures();
        URI list = URI.create("https://northfield.school.example/status/3");
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, f.options().statusList(list, 4242).build());
        String presentation = f.present(issued, "name");
        for (int status : new int[] {0, 1}) {
            StatusListToken token = new StatusListToken(list, StatusList.create(2).withStatus(4242, status),
                    Fixtures.NOW.minusSeconds(60), Optional.of(Fixtures.NOW.plusSeconds(3600)), Optional.empty());
            Run run = verifyInSdJwtJs(f, presentation, Optional.of(token.sign(f.schoolKey, Fixtures.SCHOOL)));
            assertEquals(status == 0 ? 0 : 1, run.exitCode(), "status " + status + ": " + run.output());
        }
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void theirPresentationVerifiesInSatchel(KeyType type) {
        Fixtures f = new Fixtures(type);
        String presentation = issueInSdJwtJs(f);

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                SdJwtVerifier.verify(presentation, f.policy().build()));
        assertEquals("Ada Lovelace", valid.claims().get("name"));
        assertEquals(Map.of("grade", "9"), valid.claims().get("achievement"));
        assertTrue(!valid.claims().containsKey("examResult"));
    }

    @Test
    void aOneCharacterTamperIsRefusedOnBothSides() {
        Fixtures f = new Fixtures();
        String ours = tamper(f.present(f.issue(), "achievement.grade"));
        Run run = verifyInSdJwtJs(f, ours, Optional.empty());
        assertEquals(1, run.exitCode(), "sd-jwt-js accepted a tampered presentation: " + run.output());
        assertEquals(false, run.output().get("verified"));

        String theirs = tamper(issueInSdJwtJs(f));
        assertTrue(!SdJwtVerifier.verify(theirs, f.policy().build()).isValid(), "Satchel accepted a tampered one");
    }

    /** Flips one character in the middle of the first Disclosure. */
    private static String tamper(String presentation) {
        String[] parts = presentation.split("~", -1);
        char[] disclosure = parts[1].toCharArray();
        int middle = disclosure.length / 2;
        disclosure[middle] = disclosure[middle] == 'A' ? 'B' : 'A';
        parts[1] = new String(disclosure);
        return String.join("~", parts);
    }

    private static Run verifyInSdJwtJs(Fixtures f, String presentation, Optional<String> statusList) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("presentation", presentation);
        input.put("issuerJwk", f.schoolKey.toPublicJWK().toJSONObject());
        input.put("nonce", Fixtures.NONCE);
        input.put("aud", Fixtures.VERIFIER);
        input.put("now", Fixtures.NOW.getEpochSecond());
        statusList.ifPresent(token -> input.put("statusList", token));
        return node("verify.mjs", input);
    }

    private static String issueInSdJwtJs(Fixtures f) {
        Map<String, Object> claims = new LinkedHashMap<>(Fixtures.claims());
        claims.remove("vct");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("issuerJwk", f.schoolKey.toJSONObject());
        input.put("holderJwk", f.holderKey.toJSONObject());
        input.put("iss", Fixtures.SCHOOL);
        input.put("vct", Fixtures.VCT);
        input.put("iat", Fixtures.NOW.getEpochSecond());
        input.put("claims", claims);
        input.put("disclosureFrame", Fixtures.json("""
                {"_sd": ["name", "achievement", "examResult", "subjects"],
                 "achievement": {"_sd": ["name", "grade", "awardedOn"]},
                 "examResult": {"_sd": [0, 1]}}"""));
        input.put("presentationFrame", Fixtures.json("{\"name\": true, \"achievement\": {\"grade\": true}}"));
        input.put("nonce", Fixtures.NONCE);
        input.put("aud", Fixtures.VERIFIER);
        Run run = node("issue.mjs", input);
        assertEquals(0, run.exitCode(), run.output().toString());
        return (String) run.output().get("presentation");
    }

    private static Run node(String script, Map<String, Object> input) {
        if (!Files.isDirectory(DIR.resolve("node_modules").resolve("@sd-jwt").resolve("sd-jwt-vc"))) {
            fail("sd-jwt-js is not installed in " + DIR.toAbsolutePath().normalize()
                    + ": run `bash scripts/test-prerequisites` from the repository root (it runs npm ci there)");
        }
        Process process;
        try {
            process = new ProcessBuilder("node", script).directory(DIR.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            return fail("could not start node (Node.js 20 or newer must be on the PATH): " + e.getMessage());
        }
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(JSONObjectUtils.toJSONString(input).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            return fail("could not write to node: " + e.getMessage());
        }
        // Read on another thread while waiting, so neither a full pipe nor a hung node blocks the test.
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(script + " did not finish within " + TIMEOUT);
            }
            String output = stdout.get(10, TimeUnit.SECONDS);
            return new Run(process.exitValue(), JSONObjectUtils.parse(output.strip()));
        } catch (ExecutionException | TimeoutException | ParseException e) {
            process.destroyForcibly();
            return fail(script + " did not answer with JSON: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + script);
        }
    }
}
