package org.satchel.vocab.mis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.satchel.vocab.generator.LearnerGraph;
import org.satchel.vocab.generator.Progress;

/**
 * An MIS-style CSV export (as {@code SchoolGenerator.writeCsv} writes it) read back into the RDF
 * the generator makes for the same school: the school graph, then one graph per learner, learner
 * by learner, so a school of any size is read in little memory. Importing is two passes:
 * {@link #check} finds every problem of every file; {@link #read} then reads only the files the
 * caller accepts, so that each file is imported whole or not at all.
 */
public final class MisExport {
    /** Every file this reader reads, in the order it reads them. */
    public static final List<String> FILES = Stream.of(ExportFile.values()).map(f -> f.fileName).toList();
    /**
     * The files without which nothing can be imported: the school, its staff and systems, which
     * every row refers to, and the learners' own description and admission.
     */
    public static final Set<String> REQUIRED_FILES = required();

    private final Path dir;

    private MisExport(Path dir) {
        this.dir = dir;
    }

    /** The export in directory {@code dir}; nothing is read until {@link #check} or {@link #read}. */
    public static MisExport at(Path dir) {
        return new MisExport(Objects.requireNonNull(dir, "dir"));
    }

    /**
     * Reads every file and reports every problem of each, building no graphs. If pupils.csv cannot
     * be read at all, the other learner files are checked for their header only: their rows could
     * not be matched to learners.
     */
    public Report check(Progress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        return new Lockstep(dir, EnumSet.allOf(ExportFile.class), null, progress).run();
    }

    /**
     * Reads the school graph, then each learner's graph in pupils.csv order, from {@code files} only
     * (which must include {@link #REQUIRED_FILES}), handing each to {@code graphs} on the calling
     * thread. Meant for files {@link #check} found no problem in: a row that still has one is left
     * out and reported, and the caller should then treat the import as failed.
     *
     * @throws IllegalArgumentException if {@code files} names a file not in {@link #FILES} or leaves
     *                                  out a required one
     */
    public Report read(Set<String> files, Consumer<ImportedGraph> graphs, Progress progress) throws IOException {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(progress, "progress");
        EnumSet<ExportFile> chosen = EnumSet.noneOf(ExportFile.class);
        for (String name : files) {
            chosen.add(ExportFile.named(name));
        }
        Set<String> missing = new LinkedHashSet<>(REQUIRED_FILES);
        missing.removeAll(files);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("files must include the required files; missing " + missing);
        }
        return new Lockstep(dir, chosen, graphs, progress).run();
    }

    private static Set<String> required() {
        // In reading order, so that a message listing some of them reads the same every time.
        Set<String> required = new LinkedHashSet<>();
        for (ExportFile file : ExportFile.values()) {
            if (file.required) {
                required.add(file.fileName);
            }
        }
        return Collections.unmodifiableSet(required);
    }

    /**
     * What a pass found.
     *
     * @param problems the problems of every file read, by file name in reading order, each in line
     *                 order (an empty list for a file with none)
     * @param learners learners read
     * @param triples  triples read (or, when checking, that reading would give), school graph included
     */
    public record Report(Map<String, List<MisProblem>> problems, int learners, long triples) {
        public Report {
            Map<String, List<MisProblem>> copy = new LinkedHashMap<>();
            problems.forEach((file, list) -> copy.put(file, List.copyOf(list)));
            problems = Collections.unmodifiableMap(copy);
        }

        /** Every problem, file by file. */
        public List<MisProblem> all() {
            List<MisProblem> all = new ArrayList<>();
            problems.values().forEach(all::addAll);
            return all;
        }

        /** The files read that have no problem: the ones to import. */
        public Set<String> filesWithoutProblems() {
            Set<String> clean = new LinkedHashSet<>();
            problems.forEach((file, list) -> {
                if (list.isEmpty()) {
                    clean.add(file);
                }
            });
            return clean;
        }

        /** Whether anything can be imported: every required file was read and has no problem. */
        public boolean importable() {
            return filesWithoutProblems().containsAll(REQUIRED_FILES);
        }
    }

    /**
     * One named graph read from the export, and the row each record, learner, guardian, staff
     * member or system in it came from, so that a later complaint about a record can name its row.
     *
     * @param graphIri {@code {base}learners/{Pupil ID}/record}, or {@code {base}school}
     * @param graph    the triples; a fresh in-memory graph the caller may keep or change
     * @param rows     subject IRI to the row it came from
     */
    public record ImportedGraph(String graphIri, Graph graph, Map<String, SourceRow> rows) {
        public ImportedGraph {
            Objects.requireNonNull(graphIri, "graphIri");
            Objects.requireNonNull(graph, "graph");
            rows = Collections.unmodifiableMap(rows);
        }

        /** The row {@code iri} (a record, or a person described here) came from. */
        public Optional<SourceRow> rowOf(String iri) {
            return Optional.ofNullable(rows.get(iri));
        }

        /** The same graph as the generator hands it over. */
        public LearnerGraph asLearnerGraph() {
            return new LearnerGraph(graphIri, graph);
        }
    }

    /** A row of the export: its file and the line it starts on (the header is line 1). */
    public record SourceRow(String file, long line) {
        public SourceRow {
            Objects.requireNonNull(file, "file");
        }
    }
}
