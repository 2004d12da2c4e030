package org.satchel.vocab.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Generates a synthetic all-through school: its staff and software in a school graph, and one
 * named graph per learner holding every record a school keeps, each with its provenance.
 * The same options always give byte-identical output; learners are generated one at a time
 * (on a few threads, written in order), so memory stays flat however large the school.
 */
public final class SchoolGenerator {
    private final GeneratorOptions options;
    private final School school;

    public SchoolGenerator(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.school = new School(options);
    }

    /**
     * Writes the school graph and then every learner's graph as N-Quads (UTF-8) to {@code out},
     * which is flushed but not closed.
     */
    public GenerationSummary writeNQuads(OutputStream out, Progress progress) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        Tally tally = new Tally();
        Rendered schoolQuads = nquads(NodeFactory.createURI(school.graphIri), sink -> {
            CountingSink counting = new CountingSink(sink);
            school.describe(counting);
            return counting.count;
        });
        schoolQuads.text().writeTo(out);
        tally.school(schoolQuads.triples());
        int total = options.pupils();
        OrderedPipeline.run(total, this::learnerQuads, (i, rendered) -> {
            rendered.text().writeTo(out);
            tally.learner(rendered.triples(), rendered.records());
            progress.learnerDone(i + 1, total);
        });
        out.flush();
        return tally.summary();
    }

    /**
     * Writes the same school as an MIS-style CSV export into {@code dir} (created if missing):
     * one file per kind of record, each with a header row, and a {@code README.txt} describing them.
     */
    public GenerationSummary writeCsv(Path dir, Progress progress) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(progress, "progress");
        Tally tally = new Tally();
        try (CsvExport export = CsvExport.open(dir, school)) {
            CountingSink schoolTriples = new CountingSink((s, p, o) -> { });
            school.describe(schoolTriples);
            tally.school(schoolTriples.count);
            int total = options.pupils();
            OrderedPipeline.run(total, i -> {
                LearnerRecord record = LearnerRecord.simulate(school, options, i);
                RecordOut counted = record.rdf((s, p, o) -> { });
                return new CsvLearner(record.csv(), counted.triples(), counted.recordsByKind());
            }, (i, learner) -> {
                export.append(learner.rows());
                tally.learner(learner.triples(), learner.records());
                progress.learnerDone(i + 1, total);
            });
        }
        return tally.summary();
    }

    /**
     * Hands each learner's graph to {@code action}, in learner order on the calling thread: the
     * same triples {@link #writeNQuads} writes into that learner's named graph.
     */
    public void forEachLearner(Consumer<LearnerGraph> action) {
        Objects.requireNonNull(action, "action");
        OrderedPipeline.run(options.pupils(), i -> {
            LearnerRecord record = LearnerRecord.simulate(school, options, i);
            Graph graph = GraphFactory.createGraphMem();
            record.rdf((s, p, o) -> graph.add(Triple.create(s, p, o)));
            return new LearnerGraph(record.graphIri(), graph);
        }, (i, graph) -> action.accept(graph));
    }

    /** The school graph ({@code {base}school}): the school, its staff and its software agents. */
    public LearnerGraph schoolGraph() {
        Graph graph = GraphFactory.createGraphMem();
        school.describe((s, p, o) -> graph.add(Triple.create(s, p, o)));
        return new LearnerGraph(school.graphIri, graph);
    }

    private Rendered learnerQuads(int index) {
        LearnerRecord record = LearnerRecord.simulate(school, options, index);
        RecordOut[] written = new RecordOut[1];
        Rendered rendered = nquads(NodeFactory.createURI(record.graphIri()), sink -> {
            written[0] = record.rdf(sink);
            return written[0].triples();
        });
        return new Rendered(rendered.text(), rendered.triples(), written[0].recordsByKind());
    }

    /** Renders what {@code body} writes as N-Quads lines in {@code graph}, UTF-8. */
    private static Rendered nquads(Node graph, ToLongFunction<RecordOut.Sink> body) {
        ChunkedText text = new ChunkedText();
        String graphText = NQuadsText.iri(graph.getURI());
        long triples = body.applyAsLong((s, p, o) -> {
            NQuadsText.quad(text.buffer(), s, p, o, graphText);
            text.spill();
        });
        return new Rendered(text.finish(), triples, new TreeMap<>());
    }

    private record Rendered(ChunkedText text, long triples, SortedMap<String, Long> records) {}

    private record CsvLearner(CsvRows rows, long triples, SortedMap<String, Long> records) {}

    private static final class CountingSink implements RecordOut.Sink {
        private final RecordOut.Sink delegate;
        long count;

        CountingSink(RecordOut.Sink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void add(Node s, Node p, Node o) {
            delegate.add(s, p, o);
            count++;
        }
    }
}
