package org.satchel.node.bench;

import com.nimbusds.jose.jwk.JWK;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * Issue and verify per second for each securing format, as ratios of the raw signature cost
 * measured in the same run; and Satchel's Data Integrity verify beside Digital Bazaar's on the
 * same credentials. Verification goes through the one {@link Verifier}, as every caller's does.
 */
final class CredentialsBench {
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final String AUDIENCE = "https://admissions.college.example";

    private final PrintStream out;
    private final Rounds rounds;
    private final JsPeer peer;

    CredentialsBench(PrintStream out, Rounds rounds, JsPeer peer) {
        this.out = out;
        this.rounds = rounds;
        this.peer = peer;
    }

    /** True if every target was met. */
    boolean run() throws Exception {
        JWK issuerKey = Keys.generate(KeyType.ED25519);
        JWK holderKey = Keys.generate(KeyType.ED25519);
        String issuer = DidKey.of(issuerKey.toPublicJWK()).did();
        Verifier verifier = Verifier.offline();
        VerificationPolicy plain = VerificationPolicy.trusting(IssuerTrust.keys(List.of(issuerKey))).build();
        VerificationPolicy presentation = VerificationPolicy.trusting(IssuerTrust.keys(List.of(issuerKey)))
                .nonce(NONCE).audience(AUDIENCE).build();

        String claims = SampleCredentials.sdJwtClaims();
        String vc = SampleCredentials.examinationCertificate(0);
        SigningKey jwtKey = SigningKey.forDid(issuer, issuerKey);
        String sdJwt = SdJwtVc.issue(claims, issuerKey, issuer, Optional.of(holderKey.toPublicJWK()));
        String presented = SdJwtVc.present(sdJwt, holderKey, List.of("achievement.grade", "achievement.subject"), NONCE, AUDIENCE);
        String vcJwt = VcJwt.issue(vc, issuer, jwtKey);
        String di = DataIntegrity.issue(vc, issuerKey, issuer);
        requireValid(verifier.verify(presented, presentation), "sd-jwt-vc");
        requireValid(verifier.verify(vcJwt, plain), "vc-jwt");
        requireValid(verifier.verify(di, plain), "di-eddsa");

        List<String> peerSet = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            peerSet.add(DataIntegrity.issue(SampleCredentials.examinationCertificate(i), issuerKey, issuer));
        }
        int[] next = {0};

        List<Rounds.Operation> operations = new ArrayList<>(RawSignatures.operations());
        operations.add(new Rounds.Operation("sd-jwt-vc issue", () -> SdJwtVc.issue(claims, issuerKey, issuer, Optional.of(holderKey.toPublicJWK()))));
        operations.add(new Rounds.Operation("sd-jwt-vc present", () -> SdJwtVc.present(sdJwt, holderKey, List.of("achievement.grade"), NONCE, AUDIENCE)));
        operations.add(new Rounds.Operation("sd-jwt-vc verify", () -> verifier.verify(presented, presentation)));
        operations.add(new Rounds.Operation("vc-jwt issue", () -> VcJwt.issue(vc, issuer, jwtKey)));
        operations.add(new Rounds.Operation("vc-jwt verify", () -> verifier.verify(vcJwt, plain)));
        operations.add(new Rounds.Operation("di-eddsa issue", () -> DataIntegrity.issue(vc, issuerKey, issuer)));
        operations.add(new Rounds.Operation("di-eddsa verify", () -> verifier.verify(peerSet.get(next[0]++ % peerSet.size()), plain)));

        out.println("Satchel credentials benchmark: medians of interleaved rounds, Ed25519 issuer keys, "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " " + Runtime.version());
        out.println("(measuring; this takes about a minute)");
        Map<String, Double> ns = rounds.measure(operations);

        out.println();
        out.println("raw signature cost (the floor)");
        for (String raw : List.of(RawSignatures.ED25519_SIGN_BC, RawSignatures.ED25519_VERIFY_BC, RawSignatures.ED25519_SIGN_TINK,
                RawSignatures.ED25519_VERIFY_TINK, RawSignatures.ES256_SIGN, RawSignatures.ES256_VERIFY)) {
            out.printf(Locale.ROOT, "  %-38s %8.1f µs%n", raw, ns.get(raw) / 1e3);
        }
        double sign = ns.get(RawSignatures.ED25519_SIGN_BC);
        double verify = ns.get(RawSignatures.ED25519_VERIFY_BC);

        out.println();
        out.printf(Locale.ROOT, "  %-20s %10s %10s %16s  %s%n", "format", "per second", "µs each", "÷ its signatures", "floor");
        boolean met = true;
        met &= row(ns, "sd-jwt-vc issue", sign, "1 Ed25519 sign", 2.0);
        row(ns, "sd-jwt-vc present", sign, "1 Ed25519 sign (key binding)", 0);
        met &= row(ns, "sd-jwt-vc verify", 2 * verify, "2 Ed25519 verifies (issuer, key binding)", 2.0);
        row(ns, "vc-jwt issue", sign, "1 Ed25519 sign", 0);
        row(ns, "vc-jwt verify", verify, "1 Ed25519 verify", 0);
        row(ns, "di-eddsa issue", sign, "1 Ed25519 sign", 0);
        row(ns, "di-eddsa verify", verify, "1 Ed25519 verify", 0);

        out.println();
        double ours = ns.get("di-eddsa verify") / 1e6;
        Optional<Double> theirs = peer.msPerVerify(peerSet);
        if (theirs.isPresent()) {
            boolean faster = ours < theirs.get();
            met &= faster;
            out.printf(Locale.ROOT, "Data Integrity verify on the same %d credentials: Satchel %.3f ms, Digital Bazaar (@digitalbazaar/vc on Node %s) %.3f ms: Satchel %.1f× %s%n",
                    peerSet.size(), ours, peer.nodeVersion(), theirs.get(), faster ? theirs.get() / ours : ours / theirs.get(),
                    faster ? "faster (target: faster) ✓" : "slower (target: faster) ✗");
        } else {
            met = false;
            out.println("Data Integrity verify beside Digital Bazaar's: not measured: " + peer.unavailableReason());
        }
        whereTheTimeGoes(ns, sign, verify, sdJwt.split("~").length - 1);
        return met;
    }

    /** Prints one format's line; {@code target} 0 means no target. True if the target (if any) was met. */
    private boolean row(Map<String, Double> ns, String name, double floorNanos, String floor, double target) {
        double each = ns.get(name);
        double ratio = each / floorNanos;
        String verdict = target == 0 ? "" : String.format(Locale.ROOT, "  target ≤ %.0f× %s", target, ratio <= target ? "✓" : "✗");
        out.printf(Locale.ROOT, "  %-20s %10.0f %10.1f %15.1f×  %s%s%n", name, 1e9 / each, each / 1e3, ratio, floor, verdict);
        return target == 0 || ratio <= target;
    }

    private void whereTheTimeGoes(Map<String, Double> ns, double sign, double verify, int disclosures) {
        out.println();
        out.println("where the time goes");
        out.printf(Locale.ROOT, "  every format signs and verifies Ed25519 with BouncyCastle (%.0f µs to sign, %.0f to verify); nimbus's default, Tink, takes %.0f and %.0f.%n",
                sign / 1e3, verify / 1e3, ns.get(RawSignatures.ED25519_SIGN_TINK) / 1e3, ns.get(RawSignatures.ED25519_VERIFY_TINK) / 1e3);
        double issue = ns.get("sd-jwt-vc issue");
        out.printf(Locale.ROOT, "  sd-jwt-vc issue: %.0f%% in its signature; the sample has %d disclosures (every claim, nested and in arrays), and each,%n"
                        + "    with its share of the decoy digests, costs %.1f µs: a CSPRNG salt, JSON, a SHA-256 digest and base64url.%n",
                100 * Math.min(1, sign / issue), disclosures, (issue - sign) / disclosures / 1e3);
        out.printf(Locale.ROOT, "  sd-jwt-vc verify: %.0f%% in its two signature checks; the rest parsing, disclosure digests and claim checks.%n",
                100 * Math.min(1, 2 * verify / ns.get("sd-jwt-vc verify")));
        out.printf(Locale.ROOT, "  di-eddsa verify: %.0f%% in its signature check; the rest is JSON-LD expansion and RDFC-1.0 canonicalisation of the credential and the proof configuration.%n",
                100 * Math.min(1, verify / ns.get("di-eddsa verify")));
    }

    private static void requireValid(Verification result, String format) {
        if (!(result instanceof Verification.Valid)) {
            throw new IllegalStateException(format + " sample did not verify, so timing it would mean nothing: " + result);
        }
    }
}
