package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.keys.Keys;

/** The exact command forms outside scripts call: issue, present, verify. */
class CredentialCommandsTest {

    @TempDir Path dir;
    private Path issuerKey;
    private Path issuerPublic;
    private Path holderKey;
    private Path holderPublic;
    private String issuer;


    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @BeforeEach
    void keys() throws Exception {
        issuerKey = dir.resolve("issuer.jwk");
        holderKey = dir.resolve("holder.jwk");
        assertEquals(0, CliRun.of("keys", "generate", "--type", "ed25519", "--out", issuerKey.toString()).exit());
        assertEquals(0, CliRun.of("keys", "generate", "--type", "p256", "--out", holderKey.toString()).exit());
        issuerPublic = write("issuer.pub.jwk", CliRun.of("keys", "public", issuerKey.toString()).out());
        holderPublic = write("holder.pub.jwk", CliRun.of("keys", "public", holderKey.toString()).out());
        issuer = DidKey.of(Keys.read(issuerPublic)).did();
    }

    @Test
    void anEmployerSeesTheGradeItAskedForAndNothingElse() throws Exception {
        Path claims = write("claims.json", """
                {"vct": "https://w3id.org/satchel/vct/gcse", "given_name": "Amira", "birthdate": "2010-11-02",
                 "achievement": {"subject": "mathematics", "grade": "7", "awardingBody": "AQA"}}""");
        CliRun issued = CliRun.of("issue", "--format", "sd-jwt-vc", "--key", issuerKey.toString(), "--issuer", issuer,
                "--holder", holderPublic.toString(), "--in", claims.toString());
        assertEquals(0, issued.exit(), issued.err());
        Path credential = write("gcse.sd-jwt", issued.out());

        CliRun presented = CliRun.of("present", "--in", credential.toString(), "--holder-key", holderKey.toString(),
                "--disclose", "achievement.grade", "--nonce", "n-4711", "--aud", "https://employer.example");
        assertEquals(0, presented.exit(), presented.err());
        Path presentation = write("gcse.presentation", presented.out());

        CliRun verified = CliRun.of("verify", presentation.toString(), "--issuer-key", issuerPublic.toString(),
                "--nonce", "n-4711", "--aud", "https://employer.example");
        assertEquals(0, verified.exit(), verified.err());
        Map<String, Object> result = verified.json();
        assertEquals(true, result.get("valid"));
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) result.get("claims");
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) shown.get("achievement");
        assertEquals(Map.of("grade", "7"), achievement, "more than the grade was disclosed: " + shown);
        assertFalse(shown.containsKey("given_name"));
        assertFalse(shown.containsKey("birthdate"));

        CliRun replayed = CliRun.of("verify", presentation.toString(), "--issuer-key", issuerPublic.toString(),
                "--nonce", "n-other", "--aud", "https://employer.example");
        assertEquals(1, replayed.exit());
        assertTrue(replayed.err().contains("nonce mismatch"), replayed.err());
        assertTrue(replayed.out().contains("\"nonce-mismatch\""), replayed.out());
    }

    @Test
    void dataIntegrityAndVcJwtCredentialsVerifyAndATamperIsRefused() throws Exception {
        Path vc = write("vc.json", """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/satchel/credentials/v1"],
                 "type": ["VerifiableCredential", "ExaminationCertificate"],
                 "credentialSubject": {"type": "Learner", "givenName": "Amira",
                   "examResult": [{"type": "GcseResult", "subject": "code:subject-mathematics", "grade": "7"}]}}""");
        for (String format : new String[] {"di-eddsa", "vc-jwt"}) {
            CliRun issued = CliRun.of("issue", "--format", format, "--key", issuerKey.toString(), "--issuer", issuer, "--in", vc.toString());
            assertEquals(0, issued.exit(), format + ": " + issued.err());
            Path credential = write(format + ".credential", issued.out());
            CliRun verified = CliRun.of("verify", credential.toString(), "--trust-issuer", issuer);
            assertEquals(0, verified.exit(), format + ": " + verified.err() + verified.out());
            assertEquals(issuer, verified.json().get("issuer"));

            CliRun untrusted = CliRun.of("verify", credential.toString());
            assertEquals(1, untrusted.exit(), format);
            assertTrue(untrusted.err().contains("untrusted issuer"), untrusted.err());
        }
        String di = CliRun.of("issue", "--format", "di-eddsa", "--key", issuerKey.toString(), "--issuer", issuer, "--in", vc.toString()).out();
        Path tampered = write("tampered.json", di.replace("\"grade\": \"7\"", "\"grade\": \"8\"").replace("\"grade\":\"7\"", "\"grade\":\"8\""));
        assertFalse(Files.readString(tampered).equals(di), "the tamper did not change the credential");
        CliRun refused = CliRun.of("verify", tampered.toString(), "--trust-issuer", issuer);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("signature invalid"), refused.err());
    }

    @Test
    void badInputIsRefusedInWordsWithExit2() throws Exception {
        Path vc = write("vc.json", "{\"vct\": \"x\"}");
        CliRun wrongKey = CliRun.of("issue", "--format", "sd-jwt-vc", "--key", issuerPublic.toString(), "--issuer", issuer, "--in", vc.toString());
        assertEquals(2, wrongKey.exit());
        assertTrue(wrongKey.err().lines().findFirst().orElseThrow().contains("private key"), wrongKey.err());

        CliRun badFormat = CliRun.of("issue", "--format", "pdf", "--key", issuerKey.toString(), "--issuer", issuer, "--in", vc.toString());
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("use sd-jwt-vc, vc-jwt or di-eddsa"), badFormat.err());

        CliRun missing = CliRun.of("verify", dir.resolve("nothing.jwt").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());

        CliRun unknownPath = CliRun.of("present", "--in", write("c", CliRun.of("issue", "--format", "sd-jwt-vc", "--key", issuerKey.toString(),
                        "--issuer", issuer, "--holder", holderPublic.toString(), "--in", vc.toString()).out()).toString(),
                "--holder-key", holderKey.toString(), "--disclose", "achievement.grade", "--nonce", "n", "--aud", "a");
        assertEquals(2, unknownPath.exit());
        assertTrue(unknownPath.err().contains("achievement.grade"), unknownPath.err());
    }
}
