package org.satchel.vocab.generator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * What to generate: how many pupils, over how many academic years (ending with 2025/26), from
 * which seed, and under which base IRI the school's node names its learners and records.
 *
 * @param pupils  learners on roll at the start of the first year, 1 to 1,000,000
 * @param years   academic years to cover, 1 to 14 (reception to year 13)
 * @param seed    the seed; the same options always give byte-identical output
 * @param baseIri an absolute {@code https} IRI ending in {@code /}, such as {@value #DEFAULT_BASE_IRI}
 */
public record GeneratorOptions(int pupils, int years, long seed, String baseIri) {
    /** The base IRI of the demo school. */
    public static final String DEFAULT_BASE_IRI = "https://oakfield.school.example/";
    /** The most pupils one run generates. */
    public static final int MAX_PUPILS = 1_000_000;
    /** The most academic years one run covers: reception to year 13. */
    public static final int MAX_YEARS = 14;
    /** The last academic year generated (2025 for 2025/26). */
    public static final int LAST_ACADEMIC_YEAR = 2025;

    public GeneratorOptions {
        if (pupils < 1 || pupils > MAX_PUPILS) {
            throw new IllegalArgumentException("pupils must be from 1 to " + MAX_PUPILS + ", not " + pupils);
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be from 1 to " + MAX_YEARS + ", not " + years);
        }
        Objects.requireNonNull(baseIri, "baseIri");
        checkBase(baseIri);
    }

    /** Options for the demo school at {@value #DEFAULT_BASE_IRI}. */
    public static GeneratorOptions of(int pupils, int years, long seed) {
        return new GeneratorOptions(pupils, years, seed, DEFAULT_BASE_IRI);
    }

    /** The first academic year generated (2019 for 2019/20). */
    public int firstAcademicYear() {
        return LAST_ACADEMIC_YEAR - years + 1;
    }

    private static void checkBase(String base) {
        URI uri;
        try {
            // java.net.URI refuses spaces, <, >, ", {, }, |, \, ^ and `: nothing that could
            // break an N-Quads IRIREF can get through.
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseIri is not an IRI: " + base, e);
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || !base.endsWith("/") || !base.chars().allMatch(c -> c < 128)) {
            throw new IllegalArgumentException(
                    "baseIri must be an absolute https IRI with a host, no query or fragment, ending in '/': " + base);
        }
    }
}
