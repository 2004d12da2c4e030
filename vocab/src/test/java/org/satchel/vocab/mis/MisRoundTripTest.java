package org.satchel.vocab.mis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.LearnerGraph;
import org.satchel.vocab.generator.Progress;
import org.satchel.vocab.generator.SchoolGenerator;

/** The export read back gives exactly the graphs the generator makes for the same school. */
class MisRoundTripTest {
    @ParameterizedTest(name = "{0} pupils, {1} years, seed {2}")
    @CsvSource({"40, 3, 7", "40, 3, 8", "30, 1, 3", "12, 14, 11"})
    void readingTheExportGivesTheGeneratorsGraphs(int pupils, int years, long seed, @TempDir Path dir) throws IOException {
        GeneratorOptions options = GeneratorOptions.of(pupils, years, seed);
        SchoolGenerator generator = new SchoolGenerator(options);
        generator.writeCsv(dir, Progress.none());

        MisExport export = MisExport.at(dir);
        MisExport.Report check = export.check(Progress.none());
        assertEquals(List.of(), check.all(), "a generated export has no problems");
        assertTrue(check.importable());

        Map<String, Graph> read = new HashMap<>();
        MisExport.Report report = export.read(check.filesWithoutProblems(), g -> read.put(g.graphIri(), g.graph()), Progress.none());
        assertEquals(List.of(), report.all());
        assertEquals(pupils, report.learners());
        assertEquals(check.triples(), report.triples(), "checking counts the triples reading gives");

        long triples = sameGraph(generator.schoolGraph(), read.remove(generator.schoolGraph().graphIri()));
        long[] learnerTriples = {0};
        generator.forEachLearner(expected -> learnerTriples[0] += sameGraph(expected, read.remove(expected.graphIri())));
        assertEquals(Map.of(), read, "no graphs but the generator's");
        assertEquals(triples + learnerTriples[0], report.triples());
    }

    /** Asserts the graphs hold the same triples (same IRIs, lexical forms and datatypes); returns how many. */
    static long sameGraph(LearnerGraph expected, Graph actual) {
        if (actual == null) {
            fail("no graph read for " + expected.graphIri());
        }
        List<Triple> missing = expected.graph().find().filterDrop(actual::contains).toList();
        List<Triple> extra = actual.find().filterDrop(expected.graph()::contains).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(expected.graphIri() + ": " + missing.size() + " triples missing, " + extra.size() + " extra\n  missing: "
                    + missing.stream().limit(8).map(Triple::toString).collect(Collectors.joining("\n           "))
                    + "\n  extra:   " + extra.stream().limit(8).map(Triple::toString).collect(Collectors.joining("\n           ")));
        }
        assertEquals(expected.graph().size(), actual.size());
        return actual.size();
    }
}
