package org.satchel.node.demo;

import java.util.Objects;

/** One step of the demo: a title a person reads, and the work, which answers in words. */
record DemoStep(String title, Work work) {
    DemoStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(work, "work");
    }

    /** The work of a step; its answer is printed under the step's title. */
    @FunctionalInterface
    interface Work {
        String run() throws Exception;
    }
}
