package org.satchel.node.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.satchel.vocab.generator.GenerationSummary;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.SchoolGenerator;
import org.satchel.vocab.shacl.RecordValidator;

/** The school part of the demo: generate, validate before storing, load into TDB2, summarise. */
final class SchoolDemo implements AutoCloseable {
    private final Path work;
    private final int pupils;
    private final long seed;
    private final Path nquads;
    private Dataset store;

    SchoolDemo(Path work, int pupils, long seed) {
        this.work = work;
        this.pupils = pupils;
        this.seed = seed;
        this.nquads = work.resolve("school.nq");
    }

    List<DemoStep> steps() {
        return List.of(
                new DemoStep("generate a small school", this::generate),
                new DemoStep("validate every learner's record against the SHACL shapes", this::validate),
                new DemoStep("load the school into an embedded TDB2 store", this::load),
                new DemoStep("summarise the school from the store", this::summarise));
    }

    private String generate() throws IOException {
        SchoolGenerator generator = new SchoolGenerator(new GeneratorOptions(pupils, 1, seed, GeneratorOptions.DEFAULT_BASE_IRI));
        GenerationSummary summary;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            summary = generator.writeNQuads(out, (done, total) -> { });
        }
        return String.format(Locale.ROOT, "%,d pupils, one academic year (2025/26), %,d quads in %s",
                summary.learners(), summary.quads(), nquads.getFileName());
    }

    private String validate() {
        GraphByGraphValidation validation = new GraphByGraphValidation(RecordValidator.standard());
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(validation);
        if (!validation.rejected().isEmpty()) {
            GraphByGraphValidation.Rejected first = validation.rejected().get(0);
            throw new IllegalStateException(validation.rejected().size() + " of " + validation.graphs()
                    + " graphs break the shapes; the first, " + first.graph() + ":\n" + first.violations());
        }
        return String.format(Locale.ROOT, "all %,d graphs (%,d quads) conform; nothing is stored before this passes",
                validation.graphs(), validation.quads());
    }

    private String load() {
        Path location = work.resolve("tdb2");
        store = TDB2Factory.connectDataset(location.toString());
        DatasetGraph target = store.asDatasetGraph();
        DataLoader loader = LoaderFactory.createLoader(target, (format, args) -> { });
        long started = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = loader.countQuads();
        return String.format(Locale.ROOT, "%,d quads in %s (%.0f quads/s)", stored, location, stored / seconds);
    }

    private String summarise() {
        return Txn.calculateRead(store, () -> new SchoolSummary(store).describe());
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
