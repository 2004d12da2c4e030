package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.node.rights.RightsNode.assertProblem;
import static org.satchel.node.rights.RightsNode.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.PROV;

/** {@code GET} and {@code PUT /learners/{id}/consent}: the learner's sharing decisions, and what they change for others. */
class ConsentRightsTest extends RightsOnBothStores {

    static JsonNode decision(JsonNode consent, String purpose) {
        for (JsonNode d : consent.get("decisions")) {
            if (d.get("purpose").asText().equals(purpose)) {
                return d;
            }
        }
        throw new AssertionError("no decision on " + purpose + " in " + consent);
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void transferIsSharedByDefaultAndResearchFollowsTheStoredSetting(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(0);
        HttpResponse<String> response = node.get("learner:" + learner, "learner-request", "/learners/" + learner + "/consent");
        assertEquals(200, response.statusCode(), response::body);
        JsonNode consent = json(response);
        assertTrue(consent.get("consent").get("transfer").asBoolean());
        assertTrue(decision(consent, "transfer").get("byDefault").asBoolean(), "no one has decided on transfer yet");
        assertFalse(decision(consent, "research").get("byDefault").asBoolean(), "the generated school recorded a research decision");
        String event = response.headers().firstValue("Satchel-Access-Event").orElseThrow();
        JsonNode logged = node.event(learner, event);
        assertEquals("read", logged.get("action").asText());
        assertEquals("ConsentSetting", logged.get("dataKinds").get(0).asText());
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void afterTheLearnerDeclinesTransferTheHeadsTransferReadOfConsentBasedKindsIsRefusedAndLogged(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(1);
        String path = "/learners/" + learner + "/record?kind=FormativeAssessment";
        assertEquals(200, node.get("head:T0001", "transfer", path).statusCode(), "shared on transfer until declined");

        HttpResponse<String> put = node.send("PUT", "learner:" + learner, "learner-request", "/learners/" + learner + "/consent",
                "{\"transfer\": false}");
        assertEquals(200, put.statusCode(), put::body);
        JsonNode consent = json(put);
        assertFalse(consent.get("consent").get("transfer").asBoolean());
        assertFalse(decision(consent, "transfer").get("byDefault").asBoolean());

        String before = node.school.snapshot(learner);
        JsonNode problem = assertProblem(ProblemType.CONSENT_DECLINED, node.get("head:T0001", "transfer", path));
        String refusal = problem.get("event").asText();
        JsonNode logged = node.event(learner, refusal);
        assertEquals("refused", logged.get("outcome").asText());
        assertEquals("head", logged.get("role").asText());
        assertEquals("transfer", logged.get("purpose").asText());
        assertEquals(List.of("FormativeAssessment"), List.of(logged.get("dataKinds").get(0).asText()));
        assertEquals(before, node.school.snapshot(learner), "a refusal changes nothing");
        assertEquals(200, node.get("head:T0001", "transfer", "/learners/" + learner + "/record?kind=AttendanceMark").statusCode(),
                "attendance goes with the learner whatever they decide: the law requires it");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void guardianDeclinesAllNonStatutorySharingAndTheEarlierSettingIsKeptAsHistory(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(2);
        String guardian = "guardian:" + node.school.guardianOf(learner);
        String oldResearch = decision(json(node.get(guardian, "learner-request", "/learners/" + learner + "/consent")), "research")
                .get("setting").asText();

        HttpResponse<String> put = node.send("PUT", guardian, "learner-request", "/learners/" + learner + "/consent",
                "{\"declineAllNonStatutory\": true}");
        assertEquals(200, put.statusCode(), put::body);
        JsonNode consent = json(put);
        assertFalse(consent.get("consent").get("research").asBoolean());
        assertFalse(consent.get("consent").get("transfer").asBoolean());
        String newResearch = decision(consent, "research").get("setting").asText();

        String snapshot = node.school.snapshot(learner);
        assertTrue(snapshot.contains("<" + newResearch + "> <" + PROV.wasRevisionOf.getURI() + "> <" + oldResearch + ">"), "the new setting amends the old");
        assertTrue(snapshot.contains("<" + oldResearch + "> <" + PROV.invalidatedAtTime.getURI() + ">"), "the old setting is kept, superseded");
        assertTrue(snapshot.contains("<" + newResearch + "> <" + PROV.wasAttributedTo.getURI() + "> <" + node.server.parts().config().base()
                + "guardians/" + guardian.substring("guardian:".length()) + ">"), "the guardian made the decision");
        assertProblem(ProblemType.CONSENT_REQUIRED, node.get("databody:research-1", "research", "/learners/" + learner + "/record?kind=FormativeAssessment"));

        assertEquals(200, node.send("PUT", "learner:" + learner, "learner-request", "/learners/" + learner + "/consent",
                "{\"research\": true}").statusCode());
        assertEquals(200, node.get("databody:research-1", "research", "/learners/" + learner + "/record?kind=FormativeAssessment").statusCode(),
                "opting back in opens research again");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void teacherCannotDecideALearnersConsentAndTheRefusalIsLoggedWithNothingChanged(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(3);
        String before = node.school.snapshot(learner);
        int logged = node.accessLog(learner).size();
        JsonNode problem = assertProblem(ProblemType.ACCESS_REFUSED, node.send("PUT", "teacher:" + node.school.teacherOf(learner), "teaching",
                "/learners/" + learner + "/consent", "{\"research\": true}"));
        assertEquals(before, node.school.snapshot(learner));
        List<JsonNode> log = node.accessLog(learner);
        assertEquals(logged + 1, log.size());
        assertEquals(problem.get("event").asText(), log.get(0).get("id").asText());
        assertEquals("refused", log.get(0).get("outcome").asText());
        assertEquals("write", log.get(0).get("action").asText());

        String other = node.school.learners().get(4);
        assertProblem(ProblemType.ACCESS_REFUSED, node.send("PUT", "learner:" + other, "learner-request",
                "/learners/" + learner + "/consent", "{\"research\": true}"));
        assertProblem(ProblemType.PROHIBITED_PURPOSE, node.send("PUT", "learner:" + learner, "marketing",
                "/learners/" + learner + "/consent", "{\"research\": true}"));
        assertEquals(before, node.school.snapshot(learner));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void bodiesThatDoNotSayWhatIsDecidedAreMalformedAndChangeNothing(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(5);
        String path = "/learners/" + learner + "/consent";
        String before = node.school.snapshot(learner);
        for (String body : List.of("{}", "[]", "{\"marketing\": true}", "{\"research\": \"yes\"}", "{\"declineAllNonStatutory\": false}",
                "{\"declineAllNonStatutory\": true, \"research\": true}", "not json")) {
            assertProblem(ProblemType.MALFORMED_REQUEST, node.send("PUT", "learner:" + learner, "learner-request", path, body));
        }
        assertEquals(before, node.school.snapshot(learner));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void everyConsentRouteNeedsATokenAPurposeAndAKnownLearner(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(6);
        assertProblem(ProblemType.UNAUTHENTICATED, node.call("GET", "", Optional.of("learner-request"), "/learners/" + learner + "/consent",
                Optional.empty(), RightsNode.JSON));
        assertProblem(ProblemType.MISSING_PURPOSE, node.get("learner:" + learner, null, "/learners/" + learner + "/consent"));
        assertProblem(ProblemType.UNKNOWN_LEARNER, node.get("learner:nobody", "learner-request", "/learners/nobody/consent"));
    }
}
