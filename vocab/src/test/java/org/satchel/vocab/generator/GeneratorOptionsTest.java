package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorOptionsTest {
    @Test
    void theFactoryUsesTheDemoSchoolsBase() {
        GeneratorOptions options = GeneratorOptions.of(100, 7, 7);
        assertEquals("https://oakfield.school.example/", options.baseIri());
        assertEquals(2019, options.firstAcademicYear());
    }

    @Test
    void pupilsMustBeOneToAMillion() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(0, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(1_000_001, 1, 7));
        assertEquals(1_000_000, GeneratorOptions.of(1_000_000, 1, 7).pupils());
    }

    @Test
    void yearsMustBeOneToFourteen() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(10, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(10, 15, 7));
        assertEquals(2012, GeneratorOptions.of(10, 14, 7).firstAcademicYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://oakfield.school.example/", "https://oakfield.school.example", "oakfield/",
        "https://oakfield.school.example/?x=1/", "https://oak field.example/", "https:///nohost/",
        "https://oakfield.school.example/#frag/", "https://bad<iri>.example/"})
    void theBaseMustBeAnAbsoluteHttpsIriEndingInASlash(String base) {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorOptions(10, 1, 7, base));
    }

    @Test
    void aBaseWithAPathIsFine() {
        assertEquals("https://node.example/schools/oakfield/",
                new GeneratorOptions(10, 1, 7, "https://node.example/schools/oakfield/").baseIri());
    }
}
