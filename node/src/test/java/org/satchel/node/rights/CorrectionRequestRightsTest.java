package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.satchel.node.rights.CorrectionRightsTest.body;
import static org.satchel.node.rights.CorrectionRightsTest.record;
import static org.satchel.node.rights.RightsNode.assertProblem;
import static org.satchel.node.rights.RightsNode.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.PROV;

/** Correction requests the node will not take, and who may ask and list: every refusal changes nothing. */
class CorrectionRequestRightsTest extends RightsOnBothStores {

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void proposalsTheRecordCannotHoldAreNotAcceptedAndChangeNothing(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(3);
        String path = "/learners/" + learner + "/corrections";
        String score = record(node, learner, "FormativeAssessment", "score", "").iri();
        String mark = record(node, learner, "AttendanceMark", "attendanceCode", "").iri();
        String reflection = record(node, learner, "Reflection", "text", "").iri();
        String current = record(node, learner, "FormativeAssessment", "score", "").value().asLiteral().getLexicalForm();
        String before = node.school.snapshot(learner);
        List<String> refused = List.of(
                body(score, "score", "\"lots\"", "not a number"),
                body(score, "score", "{\"@id\": \"att:I\"}", "a code where a number goes"),
                body(score, "score", "\"" + current + "\"", "what it already says"),
                body(mark, "attendanceCode", "\"ill\"", "text where a code goes"),
                body(score, "grade", "\"A\"", "nothing recorded under it"),
                body(score, PROV.wasAttributedTo.getURI(), "{\"@id\": \"https://oakfield.school.example/staff/T0001\"}", "provenance"),
                body(reflection, "text", "\"better words\"", "the learner's own statement"));
        for (String ask : refused) {
            assertProblem(ProblemType.RECORD_NOT_ACCEPTED, node.send("POST", "learner:" + learner, "learner-request", path, ask));
        }
        String other = record(node, node.school.learners().get(4), "FormativeAssessment", "score", "").iri();
        for (String ask : List.of(body(other, "score", "\"1\"", "someone else's record"),
                body(node.learnerIri(learner) + "/records/no-such-record", "score", "\"1\"", "nothing there"),
                body("https://elsewhere.example/x> } ; DROP ALL ; <y", "score", "\"1\"", "an attempt at injection"))) {
            assertProblem(ProblemType.NOT_FOUND, node.send("POST", "learner:" + learner, "learner-request", path, ask));
        }
        for (String ask : List.of("{}", "{\"record\": \"" + score + "\", \"property\": \"score\"}",
                "{\"record\": \"" + score + "\", \"property\": \"score\", \"proposedValue\": [1]}",
                "{\"record\": \"" + score + "\", \"property\": \"bad name!\", \"proposedValue\": \"1\"}")) {
            assertProblem(ProblemType.MALFORMED_REQUEST, node.send("POST", "learner:" + learner, "learner-request", path, ask));
        }
        assertEquals(before, node.school.snapshot(learner));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aSecondOpenChallengeToTheSameValueIsAConflict(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(5);
        String path = "/learners/" + learner + "/corrections";
        String mark = record(node, learner, "AttendanceMark", "attendanceCode", ATT.I.getURI()).iri();
        HttpResponse<String> first = node.send("POST", "learner:" + learner, "learner-request", path,
                body(mark, "attendanceCode", "{\"@id\": \"att:I\"}", "ill"));
        assertEquals(201, first.statusCode(), first::body);
        String before = node.school.snapshot(learner);
        assertProblem(ProblemType.CONFLICT, node.send("POST", "guardian:" + node.school.guardianOf(learner), "learner-request", path,
                body(mark, "attendanceCode", "{\"@id\": \"att:M\"}", "at the dentist")));
        assertEquals(before, node.school.snapshot(learner));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void onlyTheLearnerOrAGuardianAsksAndOnlyThoseWhoMayReadListAndEachRefusalIsLogged(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(6);
        String path = "/learners/" + learner + "/corrections";
        String mark = record(node, learner, "AttendanceMark", "attendanceCode", ATT.I.getURI()).iri();
        String before = node.school.snapshot(learner);
        String ask = body(mark, "attendanceCode", "{\"@id\": \"att:I\"}", "ill");
        for (String[] who : List.of(new String[] {"teacher:" + node.school.teacherOf(learner), "teaching"},
                new String[] {"learner:" + node.school.learners().get(7), "learner-request"},
                new String[] {"guardian:" + node.school.guardianOf(node.school.learners().get(7)), "learner-request"})) {
            JsonNode problem = assertProblem(ProblemType.ACCESS_REFUSED, node.send("POST", who[0], who[1], path, ask));
            assertEquals("refused", node.event(learner, problem.get("event").asText()).get("outcome").asText());
        }
        JsonNode listing = assertProblem(ProblemType.ACCESS_REFUSED, node.get("learner:" + node.school.learners().get(7), "learner-request", path));
        assertEquals("read", node.event(learner, listing.get("event").asText()).get("action").asText());
        assertProblem(ProblemType.ACCESS_REFUSED, node.get("inspector:ofsted-1", "statutory-return", path));
        assertEquals(before, node.school.snapshot(learner));

        assertEquals(201, node.send("POST", "learner:" + learner, "learner-request", path, ask).statusCode());
        assertEquals(1, json(node.get("head:T0001", "teaching", path)).get("corrections").size(), "the head reads attendance, so sees its challenges");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void decidingACorrectionThatDoesNotExistIsNotFound(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(8);
        String before = node.school.snapshot(learner);
        for (String id : List.of("no-such-id", "..%2F..%2Fsomething")) {
            JsonNode problem = json(node.send("POST", "teacher:" + node.school.teacherOf(learner), "teaching",
                    "/learners/" + learner + "/corrections/" + id + "/decision", "{\"accept\": true, \"reason\": \"x\"}"));
            assertEquals(ProblemType.NOT_FOUND.type(), problem.get("type").asText(), problem::toString);
        }
        assertProblem(ProblemType.MALFORMED_REQUEST, node.send("POST", "teacher:" + node.school.teacherOf(learner), "teaching",
                "/learners/" + learner + "/corrections/abc/decision", "{\"accept\": \"yes\"}"));
        assertEquals(before, node.school.snapshot(learner));
    }
}
