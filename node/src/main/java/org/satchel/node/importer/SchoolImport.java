package org.satchel.node.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.generator.Progress;
import org.satchel.vocab.mis.MisExport;
import org.satchel.vocab.mis.MisProblem;
import org.satchel.vocab.shacl.RecordValidator;
import org.satchel.vocab.shacl.Validation;
import org.satchel.vocab.shacl.Violation;

/**
 * Imports a school's MIS export (the generator's CSV) into the store, each file whole or not at
 * all: a first pass finds every unreadable row, a second checks every learner's records against
 * the shapes (a violation is reported against the row the record came from), and only then are
 * the files with no rejected row stored, with an access event per learner. Record IRIs come from
 * the rows themselves, so importing the same export again changes nothing.
 */
public final class SchoolImport {
    /** Where an import is, for a progress line. */
    public interface Listener {
        void phase(String name);

        void learnerDone(int done, int total);

        static Listener quiet() {
            return new Listener() {
                @Override
                public void phase(String name) {}

                @Override
                public void learnerDone(int done, int total) {}
            };
        }
    }

    private final RecordStore store;
    private final Gatekeeper gate;
    private final boolean online;
    private final RecordValidator validator = RecordValidator.standard();

    /** An import with the store to itself (the command line, the demo, the benchmark): TDB2's bulk loader. */
    public SchoolImport(RecordStore store, Gatekeeper gate) {
        this(store, gate, false);
    }

    /**
     * @param online whether the node is serving requests meanwhile: then each learner is stored in
     *               an ordinary write transaction instead of by the bulk loader
     */
    public SchoolImport(RecordStore store, Gatekeeper gate, boolean online) {
        this.store = store;
        this.gate = gate;
        this.online = online;
    }

    /** Imports the export in {@code csv} on behalf of {@code by}, for {@code purpose}. */
    public ImportReport run(Path csv, Principal by, Purpose purpose, Listener listener) throws IOException {
        MisExport export = MisExport.at(csv);
        Progress progress = listener::learnerDone;
        listener.phase("reading every row");
        MisExport.Report checked = export.check(progress);
        Map<String, List<RowProblem>> rejected = new LinkedHashMap<>();
        checked.problems().forEach((file, problems) -> {
            if (!problems.isEmpty()) {
                rejected.put(file, problems.stream().map(SchoolImport::row).toList());
            }
        });
        if (!checked.importable()) {
            return new ImportReport(Set.of(), rejected, checked.learners(), 0);
        }
        Set<String> files = new TreeSet<>(checked.filesWithoutProblems());
        Map<String, List<RowProblem>> violations = new java.util.concurrent.ConcurrentSkipListMap<>();
        listener.phase("checking every learner's records against the shapes");
        try (Checker checker = new Checker(violations)) {
            export.read(files, checker::submit, progress);
        }
        violations.forEach((file, rows) -> rejected.merge(file, sortedByLine(rows), (a, b) -> {
            List<RowProblem> all = new ArrayList<>(a);
            all.addAll(b);
            return sortedByLine(all);
        }));
        files.removeAll(violations.keySet());
        if (!files.containsAll(MisExport.REQUIRED_FILES)) {
            return new ImportReport(Set.of(), rejected, checked.learners(), 0);
        }
        listener.phase("storing");
        Stored stored = store(export, files, by, purpose, progress);
        return new ImportReport(files, rejected, stored.learners(), stored.triples());
    }

    private record Stored(int learners, long triples) {}

    /** Reads {@code files} into the store, with an access event per learner. */
    private Stored store(MisExport export, Set<String> files, Principal by, Purpose purpose, Progress progress) throws IOException {
        long[] triples = new long[1];
        int[] learners = new int[1];
        try (RecordStore.Bulk bulk = online ? store.online() : store.bulk()) {
            UpdateRequest[] events = {new UpdateRequest()};
            MisExport.Report read = export.read(files, graph -> {
                bulk.add(graph.graphIri(), graph.graph());
                triples[0] += graph.graph().size();
                learnerId(graph.graphIri()).ifPresent(id -> {
                    learners[0]++;
                    gate.record(events[0], new AccessRequest(by, id, purpose, Action.WRITE), kinds(graph.graph()), true,
                            org.satchel.vocab.terms.BASIS.public_task.getURI());
                    if (learners[0] % 200 == 0) {
                        bulk.update(events[0]);
                        events[0] = new UpdateRequest();
                    }
                });
            }, progress);
            if (!events[0].getOperations().isEmpty()) {
                bulk.update(events[0]);
            }
            if (!read.all().isEmpty()) {
                throw new IllegalStateException("the export changed while it was imported: " + read.all().get(0));
            }
        }
        return new Stored(learners[0], triples[0]);
    }

    /**
     * Checks learners' graphs against the shapes on every core, a few graphs in flight so memory
     * stays bounded; closing it waits for the last. Checking is most of an import's work, and
     * each learner's graph stands alone.
     */
    private final class Checker implements AutoCloseable {
        private final Map<String, List<RowProblem>> violations;
        private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private final java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(threads * 2);
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);

        Checker(Map<String, List<RowProblem>> violations) {
            this.violations = violations;
        }

        void submit(MisExport.ImportedGraph graph) {
            inFlight.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    check(graph, violations);
                } finally {
                    inFlight.release();
                }
            });
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    private void check(MisExport.ImportedGraph graph, Map<String, List<RowProblem>> violations) {
        if (validator.validate(graph.graph()) instanceof Validation.Invalid invalid) {
            for (Violation v : invalid.violations()) {
                RowProblem p = graph.rowOf(v.focusNode())
                        .map(r -> new RowProblem(r.file(), r.line(), Optional.empty(), v.describe()))
                        .orElse(new RowProblem("pupils.csv", 0, Optional.empty(), v.describe()));
                violations.computeIfAbsent(p.file(), f -> java.util.Collections.synchronizedList(new ArrayList<>())).add(p);
            }
        }
    }

    private Optional<String> learnerId(String graphIri) {
        String prefix = gate.base() + "learners/";
        if (graphIri.startsWith(prefix) && graphIri.endsWith("/record")) {
            return Optional.of(graphIri.substring(prefix.length(), graphIri.length() - "/record".length()));
        }
        return Optional.empty();
    }

    private static Set<String> kinds(org.apache.jena.graph.Graph graph) {
        Set<String> kinds = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                kinds.add(t.getObject().getURI());
            }
        });
        return kinds;
    }

    private static List<RowProblem> sortedByLine(List<RowProblem> rows) {
        synchronized (rows) {
            return rows.stream().sorted(java.util.Comparator.comparingLong(RowProblem::line)).toList();
        }
    }

    private static RowProblem row(MisProblem p) {
        return new RowProblem(p.file(), p.line(), p.column(), p.message());
    }
}
