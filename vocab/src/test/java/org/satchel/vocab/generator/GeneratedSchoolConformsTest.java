package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.shacl.RecordValidator;
import org.satchel.vocab.shacl.Validation;

/** Every record the generator writes passes the SHACL shapes: the generator is the shapes' biggest customer. */
class GeneratedSchoolConformsTest {

    @Test
    void everyGeneratedGraphPassesTheShapes() {
        // Two years so that year-end records (KS2, GCSE, A level, leavers) appear; enough pupils
        // that the rarer kinds (EHC plans, court orders, exclusions, safeguarding) turn up too.
        SchoolGenerator generator = new SchoolGenerator(GeneratorOptions.of(150, 2, 11));
        RecordValidator validator = RecordValidator.standard();
        List<String> failures = new ArrayList<>();
        int[] graphs = {0};
        Validation school = validator.validate(generator.schoolGraph().graph());
        if (school instanceof Validation.Invalid invalid) {
            failures.add(generator.schoolGraph().graphIri() + "\n" + invalid.describe());
        }
        generator.forEachLearner(learner -> {
            graphs[0]++;
            if (failures.size() < 3 && validator.validate(learner.graph()) instanceof Validation.Invalid invalid) {
                failures.add(learner.graphIri() + "\n" + invalid.describe());
            }
        });
        assertEquals(150, graphs[0]);
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }
}
