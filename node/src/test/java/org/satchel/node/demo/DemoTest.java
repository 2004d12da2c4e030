package org.satchel.node.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    @Test
    void nodeStepsSucceedAndTheLearnerSeesEveryAccess(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok;
        int steps;
        try (NodeDemo school = new NodeDemo(dir, 30, 5)) {
            steps = school.steps().size();
            ok = new DemoRun(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(school.steps());
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(ok, out);
        assertTrue(out.contains("demo finished: all " + steps + " steps succeeded"), out);
        assertTrue(out.lines().anyMatch(l -> l.strip().matches("pupils\\s+30")), out);
        assertTrue(out.contains("persistently absent"), out);
        assertTrue(out.contains("https://w3id.org/satchel/problems/access-refused"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("guardian") && l.contains("refused") && l.contains("SafeguardingConcern")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("senco") && l.contains("send-support") && l.contains("allowed")), out);
        assertTrue(out.contains("https://w3id.org/satchel/problems/consent-declined"), out);
        assertTrue(out.contains("the learner sees: accepted"), out);
    }

    @Test
    void aFailingStepIsNamedAndStopsTheRun() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] ran = {0};
        boolean ok = new DemoRun(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of(
                new DemoStep("first", () -> { ran[0]++; return "fine"; }),
                new DemoStep("second", () -> { throw new IllegalStateException("the store is full"); }),
                new DemoStep("third", () -> { ran[0]++; return "never"; })));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(ok);
        assertEquals(1, ran[0], "the step after a failure ran");
        assertTrue(out.contains("demo failed at step 2 (second): the store is full"), out);
    }
}
