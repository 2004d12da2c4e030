package org.satchel.vocab.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;

class LargeLearnerGraphTest {
    private static final RecordValidator VALIDATOR = RecordValidator.standard();

    @Test
    void aYearOfRecordsOfAboutFiveThousandTriplesIsValid() {
        Graph graph = SyntheticLearner.schoolYear(190);
        assertTrue(graph.size() > 4_500 && graph.size() < 6_000, "size " + graph.size());

        Validation validation = VALIDATOR.validate(graph);

        assertInstanceOf(Validation.Valid.class, validation, validation::describe);
    }

    @Test
    void oneDoubledSessionAmongHundredsIsFoundOnBothMarks() {
        Graph graph = SyntheticLearner.schoolYear(190);
        UpdateAction.parseExecute(Fixtures.PROLOGUE + """
                DELETE WHERE { <learners/9b1d/records/att-2025-01-15-pm> sat:session ?s ; sat:attendanceCode ?c } ;
                INSERT DATA { <learners/9b1d/records/att-2025-01-15-pm> sat:session code:session-am ; sat:attendanceCode att:I }""", graph);

        List<Violation> violations = VALIDATOR.validate(graph).violations();

        assertEquals(List.of(Fixtures.BASE + "learners/9b1d/records/att-2025-01-15-am", Fixtures.BASE + "learners/9b1d/records/att-2025-01-15-pm"),
                violations.stream().map(Violation::focusNode).toList(), () -> violations.toString());
        assertTrue(violations.stream().allMatch(v -> v.path().equals("sat:session") && v.message().contains("2025-01-15")));
    }
}
