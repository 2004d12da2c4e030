package org.satchel.node.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel present}: the holder's side, showing only the claims named. */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = {"Present an SD-JWT VC: disclose only the named claims and bind the presentation to the",
                "verifier's nonce and audience with a key binding JWT signed by the holder's key."})
final class PresentCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "CREDENTIAL", description = "The issued SD-JWT VC (file).")
    Path in;

    @Option(names = "--holder-key", required = true, paramLabel = "HOLDER_JWK", description = "The holder's private key (JWK file).")
    Path holderKey;

    @Option(names = "--disclose", paramLabel = "PATH", description = "A dotted claim path to disclose (repeatable), e.g. achievement.grade.")
    List<String> disclose = List.of();

    @Option(names = "--nonce", required = true, paramLabel = "N", description = "The nonce the verifier gave.")
    String nonce;

    @Option(names = "--aud", required = true, paramLabel = "A", description = "The verifier the presentation is for.")
    String audience;

    @Override
    public Integer call() {
        String credential = CliFiles.text(spec, "--in", in);
        if (Verifier.detect(credential).filter(f -> f == Format.SD_JWT_VC).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--in: " + in + " is not an SD-JWT VC; only SD-JWT VC credentials are presented selectively");
        }
        try {
            spec.commandLine().getOut().println(SdJwtVc.present(credential,
                    CliFiles.key(spec, "--holder-key", holderKey, true), disclose, nonce, audience));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return 0;
    }
}
