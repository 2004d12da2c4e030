package org.satchel.vocab.mis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.satchel.vocab.mis.MisProblem.Code;

/** The problems found so far, file by file; safe to add to from the threads that read learners. */
final class Problems {
    private final Map<ExportFile, List<MisProblem>> byFile = new LinkedHashMap<>();

    Problems() {
        for (ExportFile f : ExportFile.values()) {
            byFile.put(f, new ArrayList<>());
        }
    }

    void add(Code code, ExportFile file, long line, String column, String message) {
        add(file, new MisProblem(code, file.fileName, line, Optional.ofNullable(column), message));
    }

    synchronized void add(ExportFile file, MisProblem problem) {
        byFile.get(file).add(problem);
    }

    synchronized void addAll(List<MisProblem> problems) {
        for (MisProblem p : problems) {
            byFile.get(ExportFile.named(p.file())).add(p);
        }
    }

    synchronized boolean any(ExportFile file) {
        return !byFile.get(file).isEmpty();
    }

    /** The problems of {@code files} in line order, the files in export order (files with none included). */
    synchronized Map<String, List<MisProblem>> byFileName(Set<ExportFile> files) {
        Map<String, List<MisProblem>> out = new LinkedHashMap<>();
        byFile.forEach((file, list) -> {
            if (!files.contains(file)) {
                return;
            }
            List<MisProblem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingLong(MisProblem::line)); // stable: problems of one line keep their order
            out.put(file.fileName, List.copyOf(sorted));
        });
        return out;
    }
}
