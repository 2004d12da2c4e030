package org.satchel.node.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Lists {@code test} among the commands. The tests need Maven, so the {@code ./satchel} script
 * runs them itself and never reaches here; a direct {@code java} invocation is told so.
 */
@Command(name = "test", description = "Run every module's tests, installing what they need first (Maven arguments pass through).")
final class TestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("satchel test: the tests run through Maven; start them with the ./satchel script");
        return Satchel.USAGE;
    }
}
