package org.satchel.vocab.mis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.LearnerGraph;
import org.satchel.vocab.generator.Progress;
import org.satchel.vocab.generator.SchoolGenerator;
import org.satchel.vocab.mis.MisExport.ImportedGraph;
import org.satchel.vocab.mis.MisExport.SourceRow;

/** What a node importing an export needs: only good files read, every record traceable to its row, the same graphs every time. */
class MisImportTest {
    private static final GeneratorOptions OPTIONS = GeneratorOptions.of(8, 2, 7);

    @TempDir
    static Path pristine;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        new SchoolGenerator(OPTIONS).writeCsv(pristine, Progress.none());
    }

    private static Map<String, ImportedGraph> readAll(Path dir, Set<String> files) throws IOException {
        Map<String, ImportedGraph> graphs = new LinkedHashMap<>();
        MisExport.Report report = MisExport.at(dir).read(files, g -> graphs.put(g.graphIri(), g), Progress.none());
        assertEquals(List.of(), report.all());
        return graphs;
    }

    @Test
    void filesWithProblemsCanBeLeftOutAndTheRestIsRead() throws IOException {
        EditedExport export = EditedExport.copy(pristine, dir);
        export.set("attendance.csv", 100, "Mark", "Q");
        export.set("homework.csv", 20, "Due On", "soon");

        MisExport.Report check = MisExport.at(export.dir).check(Progress.none());
        assertEquals(Set.of("attendance.csv", "homework.csv"),
                new HashSet<>(check.problems().entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList()));
        assertTrue(check.importable());
        Map<String, ImportedGraph> read = readAll(export.dir, check.filesWithoutProblems());

        SchoolGenerator generator = new SchoolGenerator(OPTIONS);
        MisRoundTripTest.sameGraph(generator.schoolGraph(), read.get(generator.schoolGraph().graphIri()).graph());
        generator.forEachLearner(expected -> {
            // Everything but the records of the two files left out, which the good files never mention.
            Graph kept = GraphFactory.createGraphMem();
            expected.graph().find().filterDrop(t -> t.getSubject().getURI().matches(".*/(attendance|homework)/.*")).forEach(kept::add);
            MisRoundTripTest.sameGraph(new LearnerGraph(expected.graphIri(), kept), read.get(expected.graphIri()).graph());
        });
    }

    @Test
    void theRequiredFilesMustBeRead() throws IOException {
        Set<String> files = new HashSet<>(MisExport.FILES);
        files.remove("enrolments.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MisExport.at(pristine).read(files, g -> { }, Progress.none()));
        assertEquals("files must include the required files; missing [enrolments.csv]", e.getMessage());
        assertEquals(Set.of("school.csv", "staff.csv", "systems.csv", "pupils.csv", "enrolments.csv"), MisExport.REQUIRED_FILES);
    }

    @Test
    void recordsRememberTheirRow() throws IOException {
        EditedExport export = EditedExport.copy(pristine, dir);
        Map<String, ImportedGraph> read = readAll(export.dir, Set.copyOf(MisExport.FILES));
        String id = export.pupilIds().get(1);
        ImportedGraph learner = read.get(OPTIONS.baseIri() + "learners/" + id + "/record");
        String learnerIri = OPTIONS.baseIri() + "learners/" + id;

        int line = export.firstLine("attendance.csv", "Pupil ID", id) + 3;
        List<String> row = export.fields("attendance.csv", line);
        String mark = learnerIri + "/attendance/" + row.get(2) + "-" + row.get(3).toLowerCase(java.util.Locale.ROOT);
        assertEquals(Optional.of(new SourceRow("attendance.csv", line)), learner.rowOf(mark));
        assertEquals(Optional.of(new SourceRow("pupils.csv", 3)), learner.rowOf(learnerIri));
        assertEquals(Optional.of(new SourceRow("contacts.csv", export.firstLine("contacts.csv", "Pupil ID", id))),
                learner.rowOf(OPTIONS.baseIri() + "guardians/" + id + "-1"));
        assertEquals(Optional.of(new SourceRow("enrolments.csv", 3)),
                learner.rowOf(learnerIri + "/enrolment/" + export.fields("enrolments.csv", 3).get(3)));

        // Every subject in the learner's graph but the school's own things came from a row.
        Set<String> subjects = new HashSet<>();
        learner.graph().find().forEach(t -> subjects.add(t.getSubject().getURI()));
        subjects.removeIf(s -> learner.rowOf(s).isPresent());
        assertEquals(Set.of(), subjects);

        ImportedGraph school = read.get(OPTIONS.baseIri() + "school");
        assertEquals(Optional.of(new SourceRow("staff.csv", 2)), school.rowOf(OPTIONS.baseIri() + "staff/T0001"));
        assertEquals(Optional.of(new SourceRow("systems.csv", 3)), school.rowOf(OPTIONS.baseIri() + "systems/quiz"));
        assertEquals(Optional.of(new SourceRow("school.csv", 2)), school.rowOf(OPTIONS.baseIri()));
    }

    @Test
    void readingTwiceGivesTheSameGraphs() throws IOException {
        Map<String, ImportedGraph> first = readAll(pristine, Set.copyOf(MisExport.FILES));
        Map<String, ImportedGraph> second = readAll(pristine, Set.copyOf(MisExport.FILES));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((iri, graph) -> {
            assertTrue(graph.graph().isIsomorphicWith(second.get(iri).graph()), iri);
            assertEquals(graph.rows(), second.get(iri).rows());
        });
    }

    @Test
    void progressIsToldOfEveryLearnerInOrder() throws IOException {
        List<String> calls = new ArrayList<>();
        List<String> order = new ArrayList<>();
        MisExport.at(pristine).read(Set.copyOf(MisExport.FILES), g -> order.add(g.graphIri()),
                (done, total) -> calls.add(done + "/" + total));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= OPTIONS.pupils(); i++) {
            expected.add(i + "/" + OPTIONS.pupils());
        }
        assertEquals(expected, calls);
        List<String> generated = new ArrayList<>(List.of(OPTIONS.baseIri() + "school"));
        new SchoolGenerator(OPTIONS).forEachLearner(l -> generated.add(l.graphIri()));
        assertEquals(generated, order, "the school graph first, then learners in pupils.csv order");
    }

    @Test
    void checkingBuildsNoGraphsButCountsTheirTriples() throws IOException {
        MisExport.Report check = MisExport.at(pristine).check(Progress.none());
        long[] triples = {0};
        MisExport.Report read = MisExport.at(pristine).read(check.filesWithoutProblems(), g -> triples[0] += g.graph().size(),
                Progress.none());
        assertEquals(triples[0], check.triples());
        assertEquals(triples[0], read.triples());
        assertEquals(MisExport.FILES, List.copyOf(check.problems().keySet()), "a problem list for every file, in reading order");
    }
}
