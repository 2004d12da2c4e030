package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/** A school's GCSE certificate, keys, and policies for the Data Integrity tests. */
final class Fixtures {

    /** Inside the certificate's validity period (2026-08-20 to 2031-08-20). */
    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    // Signed the afternoon before results day, valid from the morning of it.
    static final Instant SIGNED = Instant.parse("2026-08-19T16:00:00Z");

    private Fixtures() {}

    /** The unsigned certificate, issued by {@code issuer}. */
    static JsonObject certificate(String issuer) {
        try (InputStream in = Fixtures.class.getResourceAsStream("gcse-certificate.json")) {
            assertNotNull(in, "gcse-certificate.json");
            JsonObject unsigned = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
            return Json.createObjectBuilder(unsigned).add("issuer", issuer).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate issued and signed by the did:key of {@code key}. */
    static JsonObject signedBy(JWK key) {
        DidKey did = DidKey.of(key);
        return DataIntegrity.sign(certificate(did.did()), key, did.verificationMethod(), SIGNED);
    }

    /** A policy that trusts exactly these keys, at {@link #NOW}. */
    static VerificationPolicy trusting(JWK... keys) {
        return at(NOW, keys);
    }

    static VerificationPolicy at(Instant now, JWK... keys) {
        return VerificationPolicy.trusting(IssuerTrust.keys(List.of(keys))).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    /** The one problem of an invalid verification, asserting its code and that its message says {@code words}. */
    static Problem onlyProblem(Verification verification, ProblemCode code, String words) {
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, verification);
        assertTrue(invalid.problems().size() == 1, () -> "expected one problem, got " + invalid.problems());
        Problem problem = invalid.problems().get(0);
        assertTrue(problem.code() == code, () -> "expected " + code + ", got " + problem);
        assertTrue(problem.describe().contains(words), () -> "expected the words '" + words + "' in: " + problem.describe());
        assertTrue(problem.describe().startsWith(code.words()), problem::describe);
        return problem;
    }
}
