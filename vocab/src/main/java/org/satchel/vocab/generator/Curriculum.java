package org.satchel.vocab.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What a learner studies, from their stable key and attainment: the primary core; KS3 English,
 * maths, science and three to five foundation subjects (6 to 8 in all); GCSE courses of 8 to 10
 * entries (combined science counting twice, triple science for the strongest, a humanity, a
 * language for the EBacc); three A levels. Every family asks here, so they all agree.
 */
final class Curriculum {
    private Curriculum() {}

    /** The subjects taught, formatively assessed and set homework in, in {@code year}. */
    static List<Subject> taught(Learner learner, Learner.Year year) {
        int g = year.yearGroup();
        if (g <= 6) {
            return Subject.PRIMARY;
        }
        if (g <= 9) {
            List<Subject> subjects = new ArrayList<>(List.of(Subject.ENGLISH_LANGUAGE, Subject.MATHEMATICS, Subject.COMBINED_SCIENCE));
            int extra = 3 + choice(learner, 1, 3);
            for (Subject s : Subject.KS3_FOUNDATION) {
                if (subjects.size() - 3 == extra) {
                    break;
                }
                subjects.add(s == Subject.FRENCH ? language(learner) : s);
            }
            return subjects;
        }
        if (g <= 11) {
            List<Subject> gcse = gcses(learner);
            return gcse.subList(0, Math.min(8, gcse.size()));
        }
        return aLevels(learner);
    }

    /** GCSE subjects entered, in timetable order. Entries count combined science twice. */
    static List<Subject> gcses(Learner learner) {
        List<Subject> subjects = new ArrayList<>(List.of(Subject.ENGLISH_LANGUAGE, Subject.MATHEMATICS, Subject.ENGLISH_LITERATURE));
        int entries = 3;
        if (learner.ability > 0.7) {
            subjects.addAll(List.of(Subject.BIOLOGY, Subject.CHEMISTRY, Subject.PHYSICS));
            entries += 3;
        } else {
            subjects.add(Subject.COMBINED_SCIENCE);
            entries += 2;
        }
        subjects.add(choice(learner, 2, 2) == 0 ? Subject.HISTORY : Subject.GEOGRAPHY);
        entries++;
        if (learner.ability > -0.4 && choice(learner, 3, 10) < 7) {
            subjects.add(language(learner));
            entries++;
        }
        int target = 8 + choice(learner, 4, 3);
        int offset = choice(learner, 5, Subject.GCSE_OPTIONS.size());
        for (int i = 0; i < Subject.GCSE_OPTIONS.size() && entries < target; i++) {
            Subject option = Subject.GCSE_OPTIONS.get((offset + i) % Subject.GCSE_OPTIONS.size());
            if (!subjects.contains(option)) {
                subjects.add(option);
                entries++;
            }
        }
        return subjects;
    }

    /** Three distinct A level subjects. */
    static List<Subject> aLevels(Learner learner) {
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; subjects.size() < 3; i++) {
            Subject s = Subject.A_LEVELS.get(choice(learner, 10 + i, Subject.A_LEVELS.size()));
            if (!subjects.contains(s)) {
                subjects.add(s);
            }
        }
        return subjects;
    }

    private static Subject language(Learner learner) {
        return choice(learner, 6, 2) == 0 ? Subject.FRENCH : Subject.SPANISH;
    }

    /** A stable choice in 0..n-1 for decision number {@code decision}: the same every time it is asked. */
    private static int choice(Learner learner, int decision, int n) {
        return (int) Long.remainderUnsigned(Draw.mix(learner.key * 31 + decision), n);
    }
}
