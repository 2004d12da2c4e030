package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.satchel.credentials.dataintegrity.Fixtures.onlyProblem;
import static org.satchel.credentials.dataintegrity.Fixtures.trusting;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * Digital Bazaar's JavaScript stack (@digitalbazaar/vc 7.3.0 with eddsa-rdfc-2022-cryptosuite
 * 1.3.0, pinned in interop/vc-di) verifies what Satchel signs and signs what Satchel verifies,
 * offline: its document loader serves only Satchel's bundled context files and expands did:key
 * locally. The scripts are interop/vc-di/verify.mjs, sign.mjs, did.mjs and contexts.mjs.
 */
class DigitalBazaarInteropTest {

    // Surefire runs in the module directory, so the repository root is one level up.
    private static final Path SCRIPTS = Path.of("..", "interop", "vc-di").toAbsolutePath().normalize();
    private static final JWK SCHOOL = Keys.generate(KeyType.ED25519);

    @TempDir
    static Path temp;

    private record Run(int exitCode, String stdout, String stderr) {
        JsonObject json() {
            return Json.createReader(new StringReader(stdout)).readObject();
        }
    }

    @BeforeAll
    static void theNodePackagesAreInstalled() {
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("@digitalbazaar").resolve("vc"))) {
            fail("Digital Bazaar's packages are not installed in " + SCRIPTS + ": run `bash scripts/test-prerequisites`"
                    + " (./satchel test does) to install the pinned versions with npm ci");
        }
    }

    private static Run node(String input, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "node";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(SCRIPTS.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run node (Node.js 18 or newer must be on the PATH): " + e.getMessage(), e);
        }
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        // Node's output is small, so reading after exit cannot fill a pipe and block it.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node " + String.join(" ", arguments) + " did not finish within 120 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Run theirVerify(String credential) throws IOException, InterruptedException {
        return node(credential, "verify.mjs", Fixtures.NOW.toString());
    }

    private static String theirSign(JsonObject unsigned) throws IOException, InterruptedException {
        Path key = temp.resolve("school-" + System.nanoTime() + ".jwk");
        Keys.writePrivate(SCHOOL, key);
        Run run = node(unsigned.toString(), "sign.mjs", key.toString(), Fixtures.SIGNED.toString());
        assertEquals(0, run.exitCode(), run::stderr);
        return run.stdout();
    }

    @Test
    void theirLoaderServesExactlyTheBundledContexts() throws Exception {
        Run run = node("", "contexts.mjs");
        assertEquals(0, run.exitCode(), run::stderr);

        Map<String, String> theirs = new TreeMap<>();
        run.json().forEach((url, file) -> theirs.put(url, ((jakarta.json.JsonString) file).getString()));
        Map<String, String> ours = new TreeMap<>();
        BundledContexts.all().forEach((url, context) -> ours.put(url.toString(), context.resource()));
        assertEquals(ours, theirs, "interop/vc-di/contexts.mjs must list what BundledContexts bundles");
    }

    @Test
    void theirDidKeyDocumentIsOurs() throws Exception {
        DidKey did = DidKey.of(SCHOOL);

        Run run = node("", "did.mjs", did.did());

        assertEquals(0, run.exitCode(), run::stderr);
        assertEquals(did.document(), run.json());
    }

    @Test
    void theyVerifyWhatSatchelSigns() throws Exception {
        Run run = theirVerify(Fixtures.signedBy(SCHOOL).toString());

        assertEquals(0, run.exitCode(), () -> run.stdout() + run.stderr());
        assertTrue(run.json().getBoolean("verified"), run::stdout);
    }

    @Test
    void theyRefuseWhatSatchelSignedOnceAGradeIsChanged() throws Exception {
        String tampered = Fixtures.signedBy(SCHOOL).toString().replace("\"grade\":\"7\"", "\"grade\":\"8\"");

        Run run = theirVerify(tampered);

        assertEquals(1, run.exitCode(), () -> run.stdout() + run.stderr());
        assertTrue(!run.json().getBoolean("verified") && run.stdout().contains("Invalid signature"), run::stdout);
    }

    @Test
    void satchelVerifiesWhatTheySign() throws Exception {
        String signed = theirSign(Fixtures.certificate(DidKey.of(SCHOOL).did()));

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, DataIntegrity.verify(signed, trusting(SCHOOL), DidKey.resolver()));
        assertEquals(DidKey.of(SCHOOL).did(), valid.issuer());
    }

    @Test
    void satchelRefusesWhatTheySignedOnceAGradeIsChanged() throws Exception {
        String signed = theirSign(Fixtures.certificate(DidKey.of(SCHOOL).did()));
        String tampered = signed.replace("\"grade\": \"7\"", "\"grade\": \"8\"");
        assertTrue(!tampered.equals(signed), "the grade to change was not found in " + signed);

        onlyProblem(DataIntegrity.verify(tampered, trusting(SCHOOL), DidKey.resolver()), ProblemCode.SIGNATURE_INVALID, "does not verify");
    }

    @Test
    void bothSignTheSameBytesFromTheSameKeyAndTime() throws Exception {
        // Ed25519 is deterministic, so equal proofValues mean equal canonical document and proof
        // configuration, down to the escaping of quotes, tabs, newlines and non-ASCII text.
        String theirs = Json.createReader(new StringReader(theirSign(Fixtures.certificate(DidKey.of(SCHOOL).did()))))
                .readObject().getJsonObject("proof").getString("proofValue");

        assertEquals(Fixtures.signedBy(SCHOOL).getJsonObject("proof").getString("proofValue"), theirs);
    }

    @Test
    void numbersBooleansAndNestedValuesCanonicaliseAlike() throws Exception {
        // The examples context maps every other term with @vocab, so JSON's own types reach RDF:
        // xsd:double (canonical 7.5E0), xsd:integer, xsd:boolean.
        DidKey did = DidKey.of(SCHOOL);
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2").add("https://www.w3.org/ns/credentials/examples/v2"))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("ExampleAttendanceCredential"))
                .add("issuer", did.did())
                .add("validFrom", "2026-07-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("attendancePercent", 97.25).add("sessions", 380).add("persistentAbsence", false)
                        .add("bigCount", 12345678901234L).add("tiny", 0.000001).add("whole", 1.0)
                        .add("terms", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Autumn").add("percent", 96.5))
                                .add(Json.createObjectBuilder().add("name", "Spring").add("percent", 98))))
                .build();

        String theirs = theirSign(unsigned);
        JsonObject ours = DataIntegrity.sign(unsigned, SCHOOL, did.verificationMethod(), Fixtures.SIGNED);

        assertEquals(ours.getJsonObject("proof").getString("proofValue"),
                Json.createReader(new StringReader(theirs)).readObject().getJsonObject("proof").getString("proofValue"));
        assertTrue(DataIntegrity.verify(theirs, trusting(SCHOOL), DidKey.resolver()).isValid());
        assertEquals(0, theirVerify(ours.toString()).exitCode());
    }
}
