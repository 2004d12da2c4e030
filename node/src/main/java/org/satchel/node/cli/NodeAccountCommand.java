package org.satchel.node.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.satchel.node.access.Principal;
import org.satchel.node.auth.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code satchel node account}: the node's local sign-in accounts. */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Manage the node's local sign-in accounts (DIR/accounts.json).",
        subcommands = NodeAccountCommand.Add.class)
final class NodeAccountCommand implements Runnable {
    @Spec CommandSpec spec;

    /** Where {@code add} reads the password when no file is given; a test puts its own here. */
    InputStream stdin = System.in;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which: 'account add'");
    }

    /** {@code satchel node account add --data DIR --as ROLE:ID --username NAME [--password-file FILE]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an account that signs in as ROLE:ID. The password (at least " + Accounts.MINIMUM_PASSWORD_LENGTH
                    + " characters) is the first line", "of standard input, or of --password-file; only its Argon2id hash is stored."})
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand NodeAccountCommand parent;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The node's data directory.")
        Path data;

        @Option(names = "--as", required = true, paramLabel = "ROLE:ID", converter = PrincipalConverter.class,
                description = "Who the account signs in as, e.g. teacher:T0008 or guardian:1xrhkf7aq073k-1.")
        Principal principal;

        @Option(names = "--username", required = true, paramLabel = "NAME", description = "The name to sign in with.")
        String username;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from FILE's first line instead of standard input.")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(data)) {
                throw new ParameterException(spec.commandLine(), "--data: no such directory: " + data);
            }
            String password = password();
            switch (Accounts.open(data).add(username, principal, password)) {
                case Accounts.Addition.Added added -> spec.commandLine().getOut()
                        .println("added account '" + added.username() + "' signing in as " + added.principal());
                case Accounts.Addition.Refused refused -> throw new ParameterException(spec.commandLine(), refused.reason());
            }
            return 0;
        }

        private String password() throws IOException {
            if (passwordFile != null) {
                if (!Files.isRegularFile(passwordFile)) {
                    throw new ParameterException(spec.commandLine(), "--password-file: no such file: " + passwordFile);
                }
                try (InputStream in = Files.newInputStream(passwordFile)) {
                    return firstLine(in, "--password-file: " + passwordFile + " is empty");
                }
            }
            return firstLine(parent.stdin, "no password on standard input; pipe one line in, or give --password-file");
        }

        // The line exactly as typed, spaces included; only the line ending goes.
        private String firstLine(InputStream in, String whenEmpty) throws IOException {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), whenEmpty);
            }
            return line;
        }
    }
}
