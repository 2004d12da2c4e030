package org.satchel.node.cli;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.satchel.credentials.keys.Keys;
import org.satchel.node.issuance.IssuerKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel node issuer-key list|rotate}: the keys a school signs credentials with. */
@Command(name = "issuer-key", mixinStandardHelpOptions = true,
        description = {"List the node's issuer keys (the current one first), or rotate: make a new current key and keep the old",
                "ones in the node's did.json so that what they signed still verifies. Works while the node runs."},
        subcommands = {NodeIssuerKeyCommand.ListKeys.class, NodeIssuerKeyCommand.Rotate.class})
final class NodeIssuerKeyCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say 'list' or 'rotate'");
    }

    static IssuerKeys open(CommandSpec spec, Path data) {
        if (!Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "--data: no such directory: " + data);
        }
        return IssuerKeys.open(data);
    }

    /** {@code list}: one key per line, its thumbprint, the current one marked. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The issuer keys' thumbprints, the current one first.")
    static final class ListKeys implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The node's data directory.")
        Path data;

        @Override
        public Integer call() {
            List<JWK> keys = open(spec, data).all();
            for (int i = 0; i < keys.size(); i++) {
                spec.commandLine().getOut().println(Keys.thumbprint(keys.get(i)) + (i == 0 ? "  current" : "  retired"));
            }
            return 0;
        }
    }

    /** {@code rotate}: a new current key; prints its thumbprint. */
    @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Make a new current issuer key; the old ones stay published.")
    static final class Rotate implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The node's data directory.")
        Path data;

        @Override
        public Integer call() {
            IssuerKeys keys = open(spec, data);
            spec.commandLine().getOut().println(Keys.thumbprint(keys.rotate()) + "  current");
            return 0;
        }
    }
}
