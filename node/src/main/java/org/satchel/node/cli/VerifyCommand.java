package org.satchel.node.cli;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel verify}: the one verifier, from the command line. Exit 0 if and only if valid. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a credential or presentation (SD-JWT VC, vc+jwt or Data Integrity, detected) and print",
                "the result as JSON: the disclosed claims when valid, the problem codes and messages when not.",
                "Exit 0 if valid, 1 if not, 2 for a bad command line."})
final class VerifyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The credential or presentation.")
    Path file;

    @Option(names = "--issuer-key", paramLabel = "PUBLIC_JWK", description = "Trust this issuer key (repeatable).")
    List<Path> issuerKeys = List.of();

    @Option(names = "--trust-issuer", paramLabel = "DID", description = "Trust this did:key or did:jwk issuer (repeatable).")
    List<String> trustedIssuers = List.of();

    @Option(names = "--nonce", paramLabel = "N", description = "The nonce the presentation must carry.")
    String nonce;

    @Option(names = "--aud", paramLabel = "A", description = "The audience the presentation must be addressed to.")
    String audience;

    @Option(names = "--status-list", paramLabel = "URL=FILE",
            description = "A status list credential as served at URL, read from FILE (repeatable); nothing is fetched.")
    Map<URI, Path> statusLists = new HashMap<>();

    @Option(names = "--skip-status", description = "Do not check status lists.")
    boolean skipStatus;

    @Override
    public Integer call() {
        String input = CliFiles.text(spec, "FILE", file);
        DidResolver resolver = DidResolver.firstOf(DidKey.resolver(), DidJwk.resolver());
        VerificationPolicy.Builder policy = VerificationPolicy.trusting(trust(resolver)).checkStatus(!skipStatus);
        if (nonce != null) {
            policy.nonce(nonce);
        }
        if (audience != null) {
            policy.audience(audience);
        }
        Map<URI, String> served = new HashMap<>();
        statusLists.forEach((url, path) -> served.put(url, CliFiles.text(spec, "--status-list", path)));
        policy.statusLists(url -> Optional.ofNullable(served.get(url)));

        Verification result = new Verifier(resolver).verify(input, policy.build());
        spec.commandLine().getOut().println(JSONObjectUtils.toJSONString(asJson(result)));
        if (result instanceof Verification.Invalid invalid) {
            for (Problem problem : invalid.problems()) {
                spec.commandLine().getErr().println("invalid: " + problem.describe());
            }
            return 1;
        }
        return 0;
    }

    private IssuerTrust trust(DidResolver resolver) {
        List<JWK> keys = new ArrayList<>();
        for (Path key : issuerKeys) {
            keys.add(CliFiles.key(spec, "--issuer-key", key, false).toPublicJWK());
        }
        IssuerTrust byKey = IssuerTrust.keys(keys);
        IssuerTrust byDid = DidTrust.of(Set.copyOf(trustedIssuers), resolver);
        if (keys.isEmpty() && trustedIssuers.isEmpty()) {
            spec.commandLine().getErr().println("note: no issuer is trusted; pass --issuer-key or --trust-issuer");
        }
        return (issuer, keyId) -> {
            List<JWK> found = new ArrayList<>(byKey.keysFor(issuer, keyId));
            found.addAll(byDid.keysFor(issuer, keyId));
            return found;
        };
    }

    private static Map<String, Object> asJson(Verification result) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (result) {
            case Verification.Valid valid -> {
                json.put("valid", true);
                json.put("format", valid.format().mediaName());
                json.put("issuer", valid.issuer());
                valid.holder().ifPresent(holder -> json.put("holder", holder));
                json.put("status", valid.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                json.put("claims", valid.claims());
            }
            case Verification.Invalid invalid -> {
                json.put("valid", false);
                List<Map<String, Object>> problems = new ArrayList<>();
                for (Problem problem : invalid.problems()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("code", problem.code().code());
                    entry.put("message", problem.describe());
                    if (!problem.path().isEmpty()) {
                        entry.put("path", problem.path());
                    }
                    problems.add(entry);
                }
                json.put("problems", problems);
            }
        }
        return json;
    }
}
