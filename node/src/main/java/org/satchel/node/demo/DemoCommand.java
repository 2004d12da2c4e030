package org.satchel.node.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code satchel demo}: the main job, end to end, on loopback and a scratch directory. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Walk Satchel's story end to end: a school node on loopback imports a generated school; staff,",
                "a guardian and the learner use it, and every access lands in the learner's log. Exits 0 only if every step succeeded."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "Keep the demo's files here (default: a new temporary directory).")
    Path dir;

    @Option(names = "--pupils", paramLabel = "N", defaultValue = "200", description = "Pupils in the demo school (default: ${DEFAULT-VALUE}).")
    int pupils;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "Seed of the demo school (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("satchel-demo-");
        System.out.println("Satchel demo, working in " + work);
        NodeDemo school = new NodeDemo(work, pupils, seed);
        try {
            return new DemoRun(System.out).run(school.steps()) ? 0 : 1;
        } finally {
            school.close();
            if (dir == null) {
                removeTree(work);
                System.out.println("(removed " + work + "; pass --dir DIR to keep the demo's files)");
            }
        }
    }

    private static void removeTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
