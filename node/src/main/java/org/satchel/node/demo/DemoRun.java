package org.satchel.node.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Runs demo steps in order, says how each went, and stops at the first that fails. */
final class DemoRun {
    private final PrintStream out;

    DemoRun(PrintStream out) {
        this.out = out;
    }

    /** True if every step succeeded; otherwise the failing step is named in words. */
    boolean run(List<DemoStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            String counter = String.format(Locale.ROOT, "[%d/%d]", i + 1, steps.size());
            out.println(counter + " " + step.title() + " …");
            long started = System.nanoTime();
            try {
                String answer = step.work().run();
                for (String line : answer.split("\n")) {
                    out.println("      " + line);
                }
                out.printf(Locale.ROOT, "      ok (%.1f s)%n", (System.nanoTime() - started) / 1e9);
            } catch (Exception | AssertionError e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                out.println("      FAILED: " + why);
                out.println("demo failed at step " + (i + 1) + " (" + step.title() + "): " + why);
                return false;
            }
        }
        out.println("demo finished: all " + steps.size() + " steps succeeded");
        return true;
    }
}
