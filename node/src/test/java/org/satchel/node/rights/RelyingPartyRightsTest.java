package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.satchel.node.rights.RightsNode.assertProblem;
import static org.satchel.node.rights.RightsNode.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;

/** {@code GET /learners/{id}/pairwise/{relyingParty}}: the learner's own identifier for each relying party. */
class RelyingPartyRightsTest extends RightsOnBothStores {

    String identifier(RightsNode node, String principal, String learner, String relyingParty) {
        HttpResponse<String> response = node.get(principal, "learner-request", "/learners/" + learner + "/pairwise/" + relyingParty);
        assertEquals(200, response.statusCode(), response::body);
        return json(response).get("identifier").asText();
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void learnerAndGuardianGetOneStableIdentifierPerRelyingPartyFromTheNodesKey(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(0);
        String college = identifier(node, "learner:" + learner, learner, "college.example");
        assertEquals(college, identifier(node, "learner:" + learner, learner, "College.Example"), "host names are compared without case");
        assertEquals(college, identifier(node, "guardian:" + node.school.guardianOf(learner), learner, "college.example"));
        assertNotEquals(college, identifier(node, "learner:" + learner, learner, "employer.example"));
        assertFalse(college.contains(learner));
        assertEquals(PairwiseIdentifiers.open(node.server.parts().config().data()).identifier("college.example", learner), college,
                "derived under the key in the node's data directory");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void handingOutAnIdentifierIsLoggedAndStaffAreRefused(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(1);
        HttpResponse<String> response = node.get("learner:" + learner, "learner-request", "/learners/" + learner + "/pairwise/college.example");
        assertEquals("read", node.event(learner, response.headers().firstValue("Satchel-Access-Event").orElseThrow()).get("action").asText());

        String before = node.school.snapshot(learner);
        String refused = assertProblem(ProblemType.ACCESS_REFUSED, node.get("head:T0001", "teaching",
                "/learners/" + learner + "/pairwise/college.example")).get("event").asText();
        assertEquals("refused", node.event(learner, refused).get("outcome").asText());
        assertProblem(ProblemType.ACCESS_REFUSED, node.get("learner:" + node.school.learners().get(2), "learner-request",
                "/learners/" + learner + "/pairwise/college.example"));
        assertProblem(ProblemType.MALFORMED_REQUEST, node.get("learner:" + learner, "learner-request",
                "/learners/" + learner + "/pairwise/not_a_host!"));
        assertEquals(before, node.school.snapshot(learner));
    }
}
