package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.PUPILS;
import static org.satchel.vocab.mis.ExportFile.PUPIL_ID;
import static org.satchel.vocab.mis.ExportFile.UPN;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.satchel.vocab.mis.MisProblem.Code;

/**
 * The learners, from a first pass over pupils.csv: every Pupil ID and UPN and the order of the
 * rows, which every other file must keep. A few dozen bytes a pupil, however many rows they have.
 * A pupil whose other fields cannot be read is still listed, so their rows elsewhere are checked
 * as theirs rather than reported as rows of an unknown pupil.
 */
final class PupilIndex {
    /** DfE check letters: 0 to 22, skipping I, O and S. */
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    final List<Pupil> pupils;
    private final Map<String, Pupil> byId;
    /** Whether pupils.csv could be read at all (it is there, with its header). */
    final boolean usable;

    private PupilIndex(List<Pupil> pupils, Map<String, Pupil> byId, boolean usable) {
        this.pupils = pupils;
        this.byId = byId;
        this.usable = usable;
    }

    /** The pupil with Pupil ID {@code id}, or null. */
    Pupil byId(String id) {
        return byId.get(id);
    }

    static PupilIndex read(Path dir, Problems problems, Directory school) throws IOException {
        List<Pupil> pupils = new ArrayList<>();
        Map<String, Pupil> byId = new HashMap<>();
        Map<String, Long> upns = new HashMap<>();
        boolean usable;
        try (Cursor cursor = Cursor.open(dir, PUPILS, problems)) {
            usable = !problems.any(PUPILS);
            for (Cursor.Line line = cursor.take(); line != null; line = cursor.take()) {
                if (line.size() != PUPILS.header.size()) {
                    problems.add(Code.WRONG_COLUMN_COUNT, PUPILS, line.number(), null, SchoolFiles.wrongColumnCount(PUPILS, line));
                    continue;
                }
                String id = line.get(PUPIL_ID);
                String upn = line.get(UPN);
                String upnProblem = upnProblem(upn);
                if (upnProblem != null) {
                    problems.add(Code.UPN_MISMATCH, PUPILS, line.number(), "UPN", "UPN '" + upn + "' is not a UPN: " + upnProblem);
                }
                Long upnLine = upn.isEmpty() ? null : upns.putIfAbsent(upn, line.number());
                if (upnLine != null) {
                    problems.add(Code.DUPLICATE_KEY, PUPILS, line.number(), "UPN", "UPN " + upn + " is already on line " + upnLine);
                }
                if (!Iris.isSegment(id)) {
                    problems.add(id.isEmpty() ? Code.MISSING_VALUE : Code.BAD_VALUE, PUPILS, line.number(), "Pupil ID",
                            "Pupil ID '" + id + "' must be 1 to 64 letters, digits, '-', '.', '_' or '~': it names the learner's record");
                    continue;
                }
                Pupil earlier = byId.get(id);
                if (earlier != null) {
                    problems.add(Code.DUPLICATE_KEY, PUPILS, line.number(), "Pupil ID", "Pupil ID " + id + " is already on line "
                            + earlier.line());
                    continue;
                }
                Pupil pupil = new Pupil(pupils.size(), id, upn, upnProblem == null, line.number(), NodeFactory.createURI(school.learnerIri(id)));
                pupils.add(pupil);
                byId.put(id, pupil);
            }
        }
        return new PupilIndex(List.copyOf(pupils), byId, usable);
    }

    /**
     * Why {@code upn} is not a UPN, or null if it is one: a check letter, then twelve characters,
     * digits but for the last, which is a letter in a temporary UPN; the check letter is the
     * characters times their positions (2 to 13), summed, modulo 23 (DfE, "Unique Pupil Numbers:
     * guidance for schools and local authorities"; census validation rule 1510).
     */
    static String upnProblem(String upn) {
        if (upn.length() != 13) {
            return "a UPN has 13 characters, not " + upn.length();
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value = c >= '0' && c <= '9' ? c - '0' : i == 12 ? CHECK_LETTERS.indexOf(c) : -1;
            if (value < 0) {
                return "characters 2 to 12 are digits, and the last a digit or a letter";
            }
            sum += value * (i + 1);
        }
        char expected = CHECK_LETTERS.charAt(sum % 23);
        return upn.charAt(0) == expected ? null : "the check letter should be " + expected;
    }
}
