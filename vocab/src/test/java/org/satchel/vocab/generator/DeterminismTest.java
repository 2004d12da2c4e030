package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same options give the same bytes; another seed gives another school. */
class DeterminismTest {
    private static byte[] nquads(GeneratorOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SchoolGenerator(options).writeNQuads(out, Progress.none());
        return out.toByteArray();
    }

    @Test
    void sameArgumentsGiveByteIdenticalNQuads() throws IOException {
        GeneratorOptions options = GeneratorOptions.of(40, 3, 7);
        assertArrayEquals(nquads(options), nquads(options));
    }

    @Test
    void anotherSeedGivesAnotherSchool() throws IOException {
        byte[] seven = nquads(GeneratorOptions.of(40, 3, 7));
        byte[] eight = nquads(GeneratorOptions.of(40, 3, 8));
        assertFalse(Arrays.equals(seven, eight));
    }

    @Test
    void sameArgumentsGiveByteIdenticalCsv(@TempDir Path first, @TempDir Path second, @TempDir Path other) throws IOException {
        GeneratorOptions options = GeneratorOptions.of(40, 3, 7);
        new SchoolGenerator(options).writeCsv(first, Progress.none());
        new SchoolGenerator(options).writeCsv(second, Progress.none());
        new SchoolGenerator(GeneratorOptions.of(40, 3, 8)).writeCsv(other, Progress.none());
        List<Path> files = list(first);
        assertEquals(files.stream().map(Path::getFileName).toList(), list(second).stream().map(Path::getFileName).toList());
        boolean anyDifferent = false;
        for (Path file : files) {
            byte[] a = Files.readAllBytes(file);
            assertArrayEquals(a, Files.readAllBytes(second.resolve(file.getFileName())), file.getFileName().toString());
            anyDifferent |= !Arrays.equals(a, Files.readAllBytes(other.resolve(file.getFileName())));
        }
        assertEquals(CsvFile.values().length + 1, files.size(), "every CSV file and the README");
        assertTrue(anyDifferent, "seed 8 should give a different export");
    }

    @Test
    void aLearnerIsTheSameWhateverElseIsGenerated() {
        // Learner i depends on (seed, i) only: a bigger school starts with the same learners.
        List<String> small = graphs(GeneratorOptions.of(5, 2, 7));
        List<String> large = graphs(GeneratorOptions.of(8, 2, 7));
        assertEquals(small, large.subList(0, 5));
    }

    private static List<String> graphs(GeneratorOptions options) {
        List<String> out = new java.util.ArrayList<>();
        new SchoolGenerator(options).forEachLearner(l -> out.add(l.graphIri() + " " + l.graph().size()));
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
