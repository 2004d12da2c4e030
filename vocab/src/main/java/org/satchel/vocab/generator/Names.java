package org.satchel.vocab.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bundled name lists ({@code given-names.txt}, {@code family-names.txt}), grouped by the
 * broad origin a name is common in, so that names go with the census ethnicity drawn for a
 * learner most of the time, and cross over some of the time, as names do.
 */
final class Names {
    /** Name groups, as letters in the files: British and Irish, other European, Indian, Pakistani and Bangladeshi, Black, East Asian, other. */
    static final String GROUPS = "WEIPBCO";

    private static final class Lists {
        // [group][0 female, 1 male]
        static final List<List<List<String>>> GIVEN = new ArrayList<>();
        static final List<List<String>> FAMILY = new ArrayList<>();

        static {
            for (int g = 0; g < GROUPS.length(); g++) {
                GIVEN.add(List.of(new ArrayList<>(), new ArrayList<>()));
                FAMILY.add(new ArrayList<>());
            }
            for (String[] row : read("given-names.txt", 3)) {
                GIVEN.get(group(row[0])).get(row[1].equals("F") ? 0 : 1).add(row[2]);
            }
            for (String[] row : read("family-names.txt", 2)) {
                FAMILY.get(group(row[0])).add(row[1]);
            }
        }
    }

    private Names() {}

    /** Rough shares of the groups among adults in England, for names that cross over. */
    static final double[] GROUP_SHARES = {64, 9, 4, 6, 9, 3, 5};

    /** A given name of the group (an index into {@link #GROUPS}) for a female or male person. */
    static String given(SplittableRandom rnd, int group, boolean female) {
        return Draw.pick(rnd, Lists.GIVEN.get(group).get(female ? 0 : 1));
    }

    static String family(SplittableRandom rnd, int group) {
        return Draw.pick(rnd, Lists.FAMILY.get(group));
    }

    private static int group(String letter) {
        int g = GROUPS.indexOf(letter);
        if (g < 0 || letter.length() != 1) {
            throw new IllegalStateException("unknown name group " + letter);
        }
        return g;
    }

    private static List<String[]> read(String file, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Names.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.strip().split(" ", fields);
                if (row.length != fields) {
                    throw new IllegalStateException(file + ": bad line " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
