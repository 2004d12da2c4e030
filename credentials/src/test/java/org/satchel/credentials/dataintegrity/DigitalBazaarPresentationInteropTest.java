package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.jose.PresentationVerification;
import org.satchel.credentials.verify.ProblemCode;

/**
 * Digital Bazaar's @digitalbazaar/vc (interop/vc-di, pinned) and Satchel agree on Data Integrity
 * presentations: each verifies what the other signs for proof purpose authentication with a
 * challenge and domain, and each refuses it under another challenge. Scripts:
 * interop/vc-di/sign-presentation.mjs and verify-presentation.mjs.
 */
class DigitalBazaarPresentationInteropTest {
    private static final Path SCRIPTS = Path.of("..", "interop", "vc-di").toAbsolutePath().normalize();
    private static final JWK SCHOOL = DataIntegrityPresentationTest.SCHOOL;
    private static final JWK LEARNER = DataIntegrityPresentationTest.LEARNER;
    private static final String CHALLENGE = DataIntegrityPresentationTest.CHALLENGE;
    private static final String DOMAIN = DataIntegrityPresentationTest.DOMAIN;

    @TempDir
    static Path temp;

    private record Run(int exitCode, String stdout, String stderr) {}

    @BeforeAll
    static void theNodePackagesAreInstalled() {
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("@digitalbazaar").resolve("vc"))) {
            fail("Digital Bazaar's packages are not installed in " + SCRIPTS + ": run `bash scripts/test-prerequisites`");
        }
    }

    private static Run node(String input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("node"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(SCRIPTS.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node " + String.join(" ", arguments) + " did not finish within 120 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static JsonObject theirPresentation() throws IOException, InterruptedException {
        Path key = temp.resolve("learner-" + System.nanoTime() + ".jwk");
        org.satchel.credentials.keys.Keys.writePrivate(LEARNER, key);
        JsonObject unsigned = DataIntegrityPresentationTest.presentation(Fixtures.signedBy(SCHOOL), DidKey.of(LEARNER).did());
        Run run = node(unsigned.toString(), "sign-presentation.mjs", key.toString(), CHALLENGE, DOMAIN, Fixtures.SIGNED.toString());
        assertEquals(0, run.exitCode(), run::stderr);
        return Json.createReader(new StringReader(run.stdout())).readObject();
    }

    @Test
    void theyVerifyWhatSatchelSigns() throws Exception {
        String ours = DataIntegrityPresentationTest.signedByLearner(Fixtures.signedBy(SCHOOL)).toString();

        Run run = node(ours, "verify-presentation.mjs", CHALLENGE, DOMAIN, Fixtures.NOW.toString());

        assertEquals(0, run.exitCode(), () -> run.stdout() + run.stderr());
    }

    @Test
    void theyRefuseWhatSatchelSignedUnderAnotherChallenge() throws Exception {
        String ours = DataIntegrityPresentationTest.signedByLearner(Fixtures.signedBy(SCHOOL)).toString();

        Run run = node(ours, "verify-presentation.mjs", "another-challenge", DOMAIN, Fixtures.NOW.toString());

        assertEquals(1, run.exitCode(), () -> run.stdout() + run.stderr());
    }

    @Test
    void satchelVerifiesWhatTheySign() throws Exception {
        JsonObject theirs = theirPresentation();
        assertEquals(CHALLENGE, theirs.getJsonObject("proof").getString("challenge"));

        var valid = assertInstanceOf(PresentationVerification.Valid.class,
                DataIntegrityPresentationTest.verify(theirs, DataIntegrityPresentationTest.college(CHALLENGE, DOMAIN)));
        assertEquals(DidKey.of(LEARNER).did(), valid.holder());
    }

    @Test
    void satchelRefusesWhatTheySignedUnderAnotherChallenge() throws Exception {
        var invalid = assertInstanceOf(PresentationVerification.Invalid.class,
                DataIntegrityPresentationTest.verify(theirPresentation(), DataIntegrityPresentationTest.college("another-challenge", DOMAIN)));
        assertTrue(invalid.has(ProblemCode.NONCE_MISMATCH), invalid::toString);
    }
}
