package org.satchel.node.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line that {@code ./satchel} runs: one subcommand per job. */
@Command(name = "satchel", mixinStandardHelpOptions = true, version = "satchel 0.1.0",
        description = "A federated learner record: school nodes, learner wallets, a data body.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Satchel implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Satchel()).execute(args));
    }
}
