package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.PUPILS;
import static org.satchel.vocab.mis.ExportFile.PUPIL_ID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.satchel.vocab.generator.Progress;
import org.satchel.vocab.mis.MisProblem.Code;

/**
 * Reads the learner files in lockstep, learner by learner in the order of pupils.csv, as the
 * export writes them: each file's rows for one pupil come together, so holding one learner's rows
 * at a time is enough however large the school. A row that breaks that order is reported and left
 * out, never buffered.
 */
final class Lockstep {
    private static final String PASSED = "it comes after rows for pupils later in pupils.csv";
    private final Path dir;
    private final Set<ExportFile> files;
    /** Where graphs go; null when only checking. */
    private final Consumer<MisExport.ImportedGraph> graphs;
    private final Progress progress;
    private final Problems problems = new Problems();
    private final LiteralNodes literals = new LiteralNodes();
    private final Map<ExportFile, Cursor> cursors = new EnumMap<>(ExportFile.class);

    Lockstep(Path dir, Set<ExportFile> files, Consumer<MisExport.ImportedGraph> graphs, Progress progress) {
        this.dir = dir;
        this.files = files;
        this.graphs = graphs;
        this.progress = progress;
    }

    MisExport.Report run() throws IOException {
        try {
            return pass();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private MisExport.Report pass() throws IOException {
        boolean keep = graphs != null;
        SchoolFiles.Read school = SchoolFiles.read(dir, problems, literals, keep);
        long triples = school.graph().triples();
        if (keep) {
            graphs.accept(school.graph().imported());
        }
        PupilIndex index = PupilIndex.read(dir, problems, school.directory());
        try {
            for (ExportFile file : files) {
                if (file.learnerFile()) {
                    // pupils.csv was checked by the index; opening it again must not report it twice.
                    cursors.put(file, Cursor.open(dir, file, file == PUPILS ? new Problems() : problems));
                }
            }
            if (index.usable) {
                triples += learners(index, school.directory(), keep);
                for (Cursor cursor : cursors.values()) {
                    if (cursor.file != PUPILS) {
                        strays(cursor, index);
                    }
                }
            }
        } finally {
            closeAll();
        }
        return new MisExport.Report(problems.byFileName(files), index.usable ? index.pupils.size() : 0, triples);
    }

    /**
     * Reads every learner: their rows are gathered here, in order, and turned into triples on a
     * few threads, at most a few learners ahead; graphs are handed over here, in order. Returns
     * the triples read.
     */
    private long learners(PupilIndex index, Directory school, boolean keep) {
        int total = index.pupils.size();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        if (threads == 1) {
            long triples = 0;
            for (Pupil pupil : index.pupils) {
                triples += handOver(learner(pupil, gather(pupil, index), school, keep), total);
            }
            return triples;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mis-import");
            t.setDaemon(true);
            return t;
        });
        try {
            long triples = 0;
            ArrayDeque<Future<GraphOut>> pending = new ArrayDeque<>();
            for (Pupil pupil : index.pupils) {
                Map<ExportFile, List<Cursor.Line>> rows = gather(pupil, index);
                pending.add(pool.submit(() -> learner(pupil, rows, school, keep)));
                if (pending.size() > 2 * threads) {
                    triples += handOver(await(pending.poll()), total);
                }
            }
            while (!pending.isEmpty()) {
                triples += handOver(await(pending.poll()), total);
            }
            return triples;
        } finally {
            pool.shutdownNow();
        }
    }

    private long handOver(GraphOut out, int total) {
        problems.addAll(out.problems());
        if (graphs != null) {
            graphs.accept(out.imported());
        }
        progress.learnerDone(out.pupil.index() + 1, total);
        return out.triples();
    }

    private static GraphOut await(Future<GraphOut> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading learners", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Each file's rows for {@code pupil}, taken from the front of its cursor. */
    private Map<ExportFile, List<Cursor.Line>> gather(Pupil pupil, PupilIndex index) {
        Map<ExportFile, List<Cursor.Line>> rows = new EnumMap<>(ExportFile.class);
        for (Cursor cursor : cursors.values()) {
            rows.put(cursor.file, cursor.file == PUPILS ? ownRow(cursor, pupil) : rowsOf(cursor, pupil, index));
        }
        return rows;
    }

    /** The pupil's own row of pupils.csv; rows the index left out (reported there) are passed over. */
    private static List<Cursor.Line> ownRow(Cursor cursor, Pupil pupil) {
        for (Cursor.Line line = cursor.take(); line != null; line = cursor.take()) {
            if (line.number() == pupil.line()) {
                return List.of(line);
            }
        }
        throw new IllegalStateException("pupils.csv changed while it was read: line " + pupil.line() + " is gone");
    }

    private List<Cursor.Line> rowsOf(Cursor cursor, Pupil pupil, PupilIndex index) {
        List<Cursor.Line> rows = new ArrayList<>();
        for (Cursor.Line line = cursor.peek(); line != null; line = cursor.peek()) {
            Pupil owner = owner(cursor, line, index);
            if (owner == null) {
                cursor.take();
            } else if (owner.index() < pupil.index()) {
                outOfOrder(cursor, line, owner, PASSED);
                cursor.take();
            } else if (owner.index() == pupil.index()) {
                rows.add(cursor.take());
            } else if (isOutOfPlace(cursor, pupil, owner, index)) {
                outOfOrder(cursor, line, owner, "it comes before rows for pupils earlier in pupils.csv");
                cursor.take();
            } else {
                break; // the next pupil's rows start here
            }
        }
        return rows;
    }

    /**
     * Whether the next row, a later pupil's ({@code owner}), is a single row out of place: the row
     * after it is back with {@code pupil} or another pupil before {@code owner}. Reporting that one
     * row is better than reporting every row after it.
     */
    private static boolean isOutOfPlace(Cursor cursor, Pupil pupil, Pupil owner, PupilIndex index) {
        Cursor.Line after = cursor.peekSecond();
        if (after == null || after.size() != cursor.file.header.size()) {
            return false;
        }
        Pupil next = index.byId(after.get(PUPIL_ID));
        return next != null && next.index() >= pupil.index() && next.index() < owner.index();
    }

    /** After the last pupil: every row left is out of order or no pupil's. */
    private void strays(Cursor cursor, PupilIndex index) {
        for (Cursor.Line line = cursor.peek(); line != null; line = cursor.peek()) {
            Pupil owner = owner(cursor, line, index);
            if (owner != null) {
                outOfOrder(cursor, line, owner, PASSED);
            }
            cursor.take();
        }
    }

    /** The pupil a row belongs to; null, with the row reported, if it has the wrong number of fields or names no pupil. */
    private Pupil owner(Cursor cursor, Cursor.Line line, PupilIndex index) {
        ExportFile file = cursor.file;
        if (line.size() != file.header.size()) {
            problems.add(Code.WRONG_COLUMN_COUNT, file, line.number(), null, SchoolFiles.wrongColumnCount(file, line));
            return null;
        }
        String id = line.get(PUPIL_ID);
        Pupil owner = index.byId(id);
        if (owner == null) {
            problems.add(id.isEmpty() ? Code.MISSING_VALUE : Code.UNKNOWN_PUPIL, file, line.number(), "Pupil ID",
                    id.isEmpty() ? "Pupil ID must not be empty" : "Pupil ID '" + id + "' is not in pupils.csv");
        }
        return owner;
    }

    private void outOfOrder(Cursor cursor, Cursor.Line line, Pupil owner, String why) {
        problems.add(Code.OUT_OF_ORDER, cursor.file, line.number(), "Pupil ID", "rows for pupil " + owner.id()
                + " must come together and in pupils.csv order (line " + owner.line() + " there); " + why);
    }

    private GraphOut learner(Pupil pupil, Map<ExportFile, List<Cursor.Line>> rows, Directory school, boolean keep) {
        GraphOut out = new GraphOut(school.learnerIri(pupil.id()) + "/record", school, literals, pupil, keep);
        RegistrationRows.read(rows.get(PUPILS).get(0), rows.getOrDefault(ExportFile.ENROLMENTS, List.of()), out);
        rows.forEach((file, lines) -> {
            if (!lines.isEmpty()) {
                reader(file).read(lines, out);
            }
        });
        return out;
    }

    private static RowReader reader(ExportFile file) {
        return switch (file) {
            case SCHOOL, STAFF, SYSTEMS, PUPILS, ENROLMENTS -> (rows, out) -> { }; // read elsewhere
            case CONTACTS -> ContactRows::read;
            case ELIGIBILITY -> EligibilityRows::read;
            case SEN -> NeedsRows::readSen;
            case MEDICAL -> NeedsRows::readMedical;
            case ATTENDANCE -> AttendanceRows::read;
            case ASSESSMENTS -> AssessmentRows::readAssessments;
            case HOMEWORK -> AssessmentRows::readHomework;
            case EXAM_RESULTS -> ExamRows::read;
            case ACHIEVEMENTS -> ActivityRows::readAchievements;
            case LIFE_SKILLS -> ActivityRows::readLifeSkills;
            case BEHAVIOUR -> ConductRows::readBehaviour;
            case EXCLUSIONS -> ConductRows::readExclusions;
            case INTERVENTIONS -> PastoralRows::readInterventions;
            case SAFEGUARDING -> PastoralRows::readSafeguarding;
            case REFLECTIONS -> VoiceRows::readReflections;
            case TARGETS -> VoiceRows::readTargets;
            case CONSENTS -> VoiceRows::readConsents;
        };
    }

    private void closeAll() throws IOException {
        IOException failure = null;
        for (Cursor cursor : cursors.values()) {
            try {
                cursor.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
