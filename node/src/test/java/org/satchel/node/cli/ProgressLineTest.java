package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void shortJobsStayQuietAndLongOnesReportEveryTwoSeconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), "generate", now::get);
        progress.update(1, 10, "learners");
        now.addAndGet(1_000_000_000L);
        progress.update(2, 10, "learners");
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        now.addAndGet(1_500_000_000L);
        progress.update(3, 10, "learners");
        now.addAndGet(100_000_000L);
        progress.update(10, 10, "learners");
        assertEquals("generate: 3/10 learners (30%), 2.5 s\ngenerate: 10/10 learners (100%), 2.6 s\n",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
