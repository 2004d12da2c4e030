package org.satchel.node.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel bench}: performance measured side by side, reported as ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Satchel beside its floor and its peers in one run; exit 1 if a target is missed.",
        subcommands = {BenchCommand.Credentials.class, BenchCommand.Node.class})
public final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to measure, e.g. 'bench credentials'");
    }

    /** {@code satchel bench credentials}. */
    @Command(name = "credentials", mixinStandardHelpOptions = true,
            description = {"Issue and verify per second for SD-JWT VC, vc+jwt and eddsa-rdfc-2022, as ratios of the raw",
                    "signature cost measured in the same run, and Data Integrity verify beside Digital Bazaar's."})
    static final class Credentials implements Callable<Integer> {
        @Option(names = "--rounds", defaultValue = "7", description = "Interleaved rounds; the median is reported (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--slice-ms", defaultValue = "400", description = "Milliseconds per operation per round (default: ${DEFAULT-VALUE}).")
        long sliceMillis;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rounds < 1 || sliceMillis < 10) {
                throw new ParameterException(spec.commandLine(), "--rounds must be at least 1 and --slice-ms at least 10");
            }
            Path home = Path.of(System.getProperty("satchel.home", "."));
            boolean met = new CredentialsBench(System.out, new Rounds(rounds, sliceMillis), new JsPeer(home)).run();
            System.out.println();
            System.out.println(met ? "every target met" : "a target was missed (✗ above)");
            return met ? 0 : 1;
        }
    }

    /** {@code satchel bench node}. */
    @Command(name = "node", mixinStandardHelpOptions = true,
            description = {"Import a generated school beside Jena's TDB2 bulk loader on the same data, then time reading",
                    "one learner's whole record over HTTP (p50, p99) and report the heap."})
    static final class Node implements Callable<Integer> {
        @Option(names = "--pupils", defaultValue = "2000", description = "Pupils in the school (default: ${DEFAULT-VALUE}).")
        int pupils;

        @Option(names = "--years", defaultValue = "7", description = "Years of history (default: ${DEFAULT-VALUE}).")
        int years;

        @Option(names = "--reads", defaultValue = "500", description = "Record reads timed (default: ${DEFAULT-VALUE}).")
        int reads;

        @Option(names = "--dir", paramLabel = "DIR", description = "Work here and keep the stores (default: a temporary directory, removed).")
        Path dir;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (pupils < 1 || years < 1 || years > 14 || reads < 10) {
                throw new ParameterException(spec.commandLine(), "--pupils ≥ 1, --years 1 to 14 and --reads ≥ 10");
            }
            Path work = dir != null ? java.nio.file.Files.createDirectories(dir) : java.nio.file.Files.createTempDirectory("satchel-bench-node");
            try {
                boolean met = new NodeBench(System.out, work, org.satchel.vocab.generator.GeneratorOptions.of(pupils, years, 2026), reads).run();
                System.out.println();
                System.out.println(met ? "every target met" : "a target was missed (✗ above)");
                return met ? 0 : 1;
            } finally {
                if (dir == null) {
                    NodeBench.removeTree(work);
                }
            }
        }
    }
}
