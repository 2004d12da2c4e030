package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.node.rights.RightsNode.assertProblem;
import static org.satchel.node.rights.RightsNode.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.PROV;

/**
 * {@code POST} and {@code DELETE /learners/{id}/advocates}: an advocate reads the record for the
 * purpose and period the learner chose, is refused outside them or after revocation, and every
 * access they make is in the learner's log.
 */
class AdvocateRightsTest extends RightsOnBothStores {

    static String delegation(String advocate, String purpose, LocalDate from, LocalDate until) {
        return "{\"advocate\": \"" + advocate + "\", \"purpose\": \"" + purpose + "\", \"from\": \"" + from + "\", \"until\": \"" + until + "\"}";
    }

    static JsonNode delegate(RightsNode node, String by, String learner, String body) {
        HttpResponse<String> made = node.send("POST", by, "learner-request", "/learners/" + learner + "/advocates", body);
        assertEquals(201, made.statusCode(), made::body);
        return json(made);
    }

    static HttpResponse<String> advocateReads(RightsNode node, String advocate, String learner, String purpose) {
        return node.get(advocate, purpose, "/learners/" + learner + "/record?kind=FormativeAssessment");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void advocateReadsForTheDelegatedPurposeAndTheLearnerSeesEachAccessInTheirLog(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(0);
        LocalDate today = node.today();
        JsonNode made = delegate(node, "learner:" + learner, learner, delegation("advocate:adv-1", "send-support", today, today.plusDays(30)));
        assertEquals(node.server.parts().config().base() + "advocates/adv-1", made.get("advocate").asText());
        assertTrue(node.school.snapshot(learner).contains("<" + made.get("delegation").asText() + "> <" + PROV.wasAttributedTo.getURI()
                + "> <" + node.learnerIri(learner) + ">"), "the learner made the delegation");

        HttpResponse<String> read = advocateReads(node, "advocate:adv-1", learner, "send-support");
        assertEquals(200, read.statusCode(), read::body);
        JsonNode logged = node.event(learner, read.headers().firstValue("Satchel-Access-Event").orElseThrow());
        assertEquals("advocate", logged.get("role").asText());
        assertEquals(node.server.parts().config().base() + "advocates/adv-1", logged.get("who").asText());
        assertEquals("allowed", logged.get("outcome").asText());

        JsonNode otherPurpose = assertProblem(ProblemType.ACCESS_REFUSED, advocateReads(node, "advocate:adv-1", learner, "pastoral"));
        assertEquals("refused", node.event(learner, otherPurpose.get("event").asText()).get("outcome").asText());
        assertProblem(ProblemType.ACCESS_REFUSED, advocateReads(node, "advocate:adv-2", learner, "send-support"));
        assertProblem(ProblemType.ACCESS_REFUSED, advocateReads(node, "advocate:adv-1", node.school.learners().get(1), "send-support"));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void afterRevocationTheAdvocateIsRefusedAndTheRefusalIsLogged(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(2);
        String guardian = "guardian:" + node.school.guardianOf(learner);
        LocalDate today = node.today();
        String id = delegate(node, guardian, learner, delegation("advocate:adv-3", "learner-request", today, today.plusDays(7))).get("id").asText();
        assertEquals(200, advocateReads(node, "advocate:adv-3", learner, "learner-request").statusCode());

        HttpResponse<String> revoked = node.send("DELETE", "learner:" + learner, "learner-request", "/learners/" + learner + "/advocates/" + id, null);
        assertEquals(200, revoked.statusCode(), revoked::body);
        assertTrue(json(revoked).has("revokedAt"));
        assertEquals("write", node.event(learner, revoked.headers().firstValue("Satchel-Access-Event").orElseThrow()).get("action").asText());

        String before = node.school.snapshot(learner);
        JsonNode refused = assertProblem(ProblemType.ACCESS_REFUSED, advocateReads(node, "advocate:adv-3", learner, "learner-request"));
        JsonNode logged = node.event(learner, refused.get("event").asText());
        assertEquals("advocate", logged.get("role").asText());
        assertEquals("refused", logged.get("outcome").asText());
        assertEquals(before, node.school.snapshot(learner));
        assertProblem(ProblemType.CONFLICT, node.send("DELETE", guardian, "learner-request", "/learners/" + learner + "/advocates/" + id, null));
        assertEquals(before, node.school.snapshot(learner), "revoking twice changes nothing");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void advocateIsRefusedBeforeTheirPeriodStartsAndAfterItEnds(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(3);
        LocalDate today = node.today();
        delegate(node, "learner:" + learner, learner, delegation("advocate:adv-4", "send-support", today.plusDays(2), today.plusDays(4)));
        assertProblem(ProblemType.ACCESS_REFUSED, advocateReads(node, "advocate:adv-4", learner, "send-support"));
        node.clock.advance(Duration.ofDays(3));
        try {
            assertEquals(200, advocateReads(node, "advocate:adv-4", learner, "send-support").statusCode(), "inside the period");
            node.clock.advance(Duration.ofDays(2));
            assertProblem(ProblemType.ACCESS_REFUSED, advocateReads(node, "advocate:adv-4", learner, "send-support"));
        } finally {
            node.clock.advance(Duration.ofDays(-5));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void onlyTheLearnerOrAGuardianDelegatesOrRevokesAndBadDelegationsChangeNothing(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(4);
        String path = "/learners/" + learner + "/advocates";
        LocalDate today = node.today();
        String id = delegate(node, "learner:" + learner, learner, delegation("advocate:adv-5", "pastoral", today, today.plusDays(5))).get("id").asText();
        String before = node.school.snapshot(learner);
        String good = delegation("advocate:adv-6", "send-support", today, today.plusDays(5));
        for (String[] who : List.of(new String[] {"teacher:" + node.school.teacherOf(learner), "teaching"},
                new String[] {"senco:T0003", "send-support"}, new String[] {"advocate:adv-5", "pastoral"},
                new String[] {"learner:" + node.school.learners().get(5), "learner-request"})) {
            JsonNode problem = assertProblem(ProblemType.ACCESS_REFUSED, node.send("POST", who[0], who[1], path, good));
            assertEquals("refused", node.event(learner, problem.get("event").asText()).get("outcome").asText());
            assertProblem(ProblemType.ACCESS_REFUSED, node.send("DELETE", who[0], who[1], path + "/" + id, null));
        }
        for (String bad : List.of(delegation("teacher:T0004", "send-support", today, today), delegation("advocate:adv-6", "marketing", today, today),
                delegation("advocate:adv-6", "send-support", today.plusDays(3), today), delegation("advocate:adv-6", "send-support",
                today.minusDays(9), today.minusDays(2)))) {
            assertProblem(ProblemType.RECORD_NOT_ACCEPTED, node.send("POST", "learner:" + learner, "learner-request", path, bad));
        }
        for (String bad : List.of("{}", "{\"advocate\": \"adv-6\", \"purpose\": \"send-support\", \"from\": \"2026-07-20\", \"until\": \"2026-07-21\"}",
                delegation("advocate:adv-6", "no-such-purpose", today, today), "{\"advocate\": \"advocate:adv-6\", \"purpose\": \"pastoral\", "
                        + "\"from\": \"next week\", \"until\": \"2026-07-21\"}")) {
            assertProblem(ProblemType.MALFORMED_REQUEST, node.send("POST", "learner:" + learner, "learner-request", path, bad));
        }
        assertProblem(ProblemType.NOT_FOUND, node.send("DELETE", "learner:" + learner, "learner-request", path + "/no-such-delegation", null));
        assertEquals(before, node.school.snapshot(learner));
    }
}
