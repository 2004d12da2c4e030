package org.satchel.node.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.satchel.vocab.generator.GenerationSummary;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.SchoolGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel generate}: a synthetic school, as N-Quads or as an MIS-style CSV export. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic all-through school: one named graph per learner, every record with its provenance.",
                "The same arguments always give byte-identical output."})
final class GenerateCommand implements Callable<Integer> {
    enum Format { nq, csv }

    @Spec CommandSpec spec;

    @Option(names = "--pupils", paramLabel = "N", defaultValue = "100", description = "Number of pupils (default: ${DEFAULT-VALUE}).")
    int pupils;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "1", description = "Academic years of history, ending with 2025/26 (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nq",
            description = "nq (N-Quads file) or csv (a directory of MIS-style CSV files) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = GeneratorOptions.DEFAULT_BASE_IRI,
            description = "Base IRI of the school's node (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "The N-Quads file, or the CSV directory, to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(pupils, years, seed, base);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage().replaceFirst("^baseIri", "base"), e);
        }
        SchoolGenerator generator = new SchoolGenerator(options);
        ProgressLine progress = new ProgressLine(System.err, "generate");
        GenerationSummary summary = switch (format) {
            case nq -> writeNQuads(generator, progress);
            case csv -> generator.writeCsv(out, (done, total) -> progress.update(done, total, "learners"));
        };
        System.out.printf(Locale.ROOT, "wrote %,d learners, %,d quads to %s in %s%n",
                summary.learners(), summary.quads(), out, progress.elapsed());
        return 0;
    }

    /** Writes beside the target and moves into place, so a failed run leaves any earlier file as it was. */
    private GenerationSummary writeNQuads(SchoolGenerator generator, ProgressLine progress) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out: the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new ParameterException(spec.commandLine(), "--out: " + target + " is a directory; N-Quads go to a file");
        }
        Path partial = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            GenerationSummary summary;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                summary = generator.writeNQuads(stream, (done, total) -> progress.update(done, total, "learners"));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
