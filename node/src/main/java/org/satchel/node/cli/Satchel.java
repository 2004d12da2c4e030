package org.satchel.node.cli;

import java.io.PrintWriter;
import org.satchel.node.bench.BenchCommand;
import org.satchel.node.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The command line that {@code ./satchel} runs: one subcommand per job. */
@Command(name = "satchel", mixinStandardHelpOptions = true, version = "satchel 0.1.0",
        description = "A federated learner record: school nodes, learner wallets, a data body.",
        subcommands = {DemoCommand.class, NodeCommand.class, GenerateCommand.class, KeysCommand.class, IssueCommand.class,
                PresentCommand.class, VerifyCommand.class, BenchCommand.class, TestCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run './satchel COMMAND --help' for a command's options."})
public final class Satchel implements Runnable {
    /** Exit code for a bad command line, as picocli and most Unix tools use. */
    static final int USAGE = 2;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: one error line plus usage for bad input, exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Satchel());
        cli.setParameterExceptionHandler(Satchel::badInput);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(e));
            return 1;
        });
        return cli;
    }

    /** Held so the level sticks: JUL keeps loggers weakly. Helidon's start-up notes are not for a person at a terminal. */
    private static final java.util.logging.Logger HELIDON = java.util.logging.Logger.getLogger("io.helidon");

    public static void main(String[] args) {
        HELIDON.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    private static int badInput(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + sayWhatIsWrong(e));
        commandLine.usage(err);
        return USAGE;
    }

    private static String sayWhatIsWrong(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && !e.getCommandLine().getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        return e.getMessage();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
