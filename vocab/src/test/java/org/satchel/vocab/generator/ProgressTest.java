package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    private static final int PUPILS = 37;

    private static List<String> expected() {
        return IntStream.rangeClosed(1, PUPILS).mapToObj(i -> i + "/" + PUPILS).toList();
    }

    @Test
    void nquadsReportsEachLearnerOnceInOrder() throws IOException {
        List<String> calls = new ArrayList<>();
        GenerationSummary summary = new SchoolGenerator(GeneratorOptions.of(PUPILS, 1, 3))
                .writeNQuads(OutputStream.nullOutputStream(), (done, total) -> calls.add(done + "/" + total));
        assertEquals(expected(), calls);
        assertEquals(PUPILS, summary.learners());
    }

    @Test
    void csvReportsEachLearnerOnceInOrder(@TempDir Path dir) throws IOException {
        List<String> calls = new ArrayList<>();
        new SchoolGenerator(GeneratorOptions.of(PUPILS, 1, 3)).writeCsv(dir, (done, total) -> calls.add(done + "/" + total));
        assertEquals(expected(), calls);
    }

    @Test
    void noneIgnoresCalls() {
        Progress.none().learnerDone(1, 1);
    }
}
