package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.node.rights.CorrectionRightsTest.record;
import static org.satchel.node.rights.CorrectionRightsTest.strings;
import static org.satchel.node.rights.RightsNode.assertProblem;
import static org.satchel.node.rights.RightsNode.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.RecordWrite;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.SAT;

/** {@code POST /learners/{id}/erasure}: what the school need not keep goes, with every version; the rest stays, and so does the log. */
class ErasureRightsTest extends RightsOnBothStores {

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void learnerErasesTheirReflectionsAndTheErasureStaysInTheAccessLog(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(0);
        String kind = "<" + SAT.Reflection.getURI() + ">";
        assertTrue(node.school.snapshot(learner).contains(kind));
        HttpResponse<String> response = node.send("POST", "learner:" + learner, "learner-request", "/learners/" + learner + "/erasure",
                "{\"kinds\": [\"Reflection\"]}");
        assertEquals(200, response.statusCode(), response::body);
        assertFalse(json(response).get("erased").isEmpty());
        String snapshot = node.school.snapshot(learner);
        assertFalse(snapshot.contains(kind), "no reflection is left");
        for (JsonNode erased : json(response).get("erased")) {
            assertFalse(snapshot.contains("<" + erased.asText() + ">"), "nothing about " + erased + " is left");
        }
        JsonNode logged = node.event(learner, response.headers().firstValue("Satchel-Access-Event").orElseThrow());
        assertEquals("erase", logged.get("action").asText());
        assertEquals("allowed", logged.get("outcome").asText());
        assertEquals(List.of("Reflection"), strings(logged.get("dataKinds")));
        assertTrue(snapshot.contains("<" + SAT.SelfSetTarget.getURI() + ">"), "only what was asked for goes");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void guardianErasesAnAchievementWithItsEarlierVersion(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(1);
        AccessRequest teacher = new AccessRequest(Principal.parse("teacher:" + node.school.teacherOf(learner)).orElseThrow(), learner,
                Purposes.vocabulary().byCode("teaching").orElseThrow(), Action.WRITE);
        var writer = node.server.parts().writer();
        String first = assertInstanceOf(RecordWrite.Stored.class, writer.add(teacher, turtle("""
                [] a sat:Achievement ; sat:achievedOn "2026-07-01"^^xsd:date ; sat:title "Choir" ; sat:achievementCategory code:achievement-arts .
                """))).records().get(0);
        String second = assertInstanceOf(RecordWrite.Stored.class, writer.add(teacher, turtle("""
                [] a sat:Achievement ; prov:wasRevisionOf <%s> ; sat:achievedOn "2026-07-02"^^xsd:date ; sat:title "Choir soloist" ;
                   sat:achievementCategory code:achievement-arts .
                """.formatted(first)))).records().get(0);

        HttpResponse<String> response = node.send("POST", "guardian:" + node.school.guardianOf(learner), "learner-request",
                "/learners/" + learner + "/erasure", "{\"records\": [\"" + second + "\"]}");
        assertEquals(200, response.statusCode(), response::body);
        assertEquals(List.of(first, second).stream().sorted().toList(), strings(json(response).get("erased")));
        String snapshot = node.school.snapshot(learner);
        assertFalse(snapshot.contains("<" + first + ">") || snapshot.contains("<" + second + ">"), "both versions are gone");
        assertEquals("guardian", node.event(learner, response.headers().firstValue("Satchel-Access-Event").orElseThrow()).get("role").asText());
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void erasingWhatTheSchoolMustKeepIsRefusedLoggedAndDeletesNothing(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(2);
        String path = "/learners/" + learner + "/erasure";
        String mark = record(node, learner, "AttendanceMark", "attendanceCode", "").iri();
        String reflection = record(node, learner, "Reflection", "text", "").iri();
        for (String[] ask : List.of(
                new String[] {"learner:" + learner, "learner-request", "{\"kinds\": [\"AttendanceMark\"]}"},
                new String[] {"learner:" + learner, "learner-request", "{\"records\": [\"" + reflection + "\", \"" + mark + "\"]}"},
                new String[] {"learner:" + learner, "learner-request", "{\"kinds\": [\"ConsentSetting\"]}"},
                new String[] {"teacher:" + node.school.teacherOf(learner), "teaching", "{\"records\": [\"" + reflection + "\"]}"},
                new String[] {"learner:" + node.school.learners().get(3), "learner-request", "{\"kinds\": [\"Reflection\"]}"})) {
            String before = node.school.snapshot(learner);
            int logged = node.accessLog(learner).size();
            JsonNode problem = assertProblem(ProblemType.ACCESS_REFUSED, node.send("POST", ask[0], ask[1], path, ask[2]));
            List<JsonNode> log = node.accessLog(learner);
            assertEquals(logged + 1, log.size(), ask[2]);
            assertEquals(problem.get("event").asText(), log.get(0).get("id").asText());
            assertEquals("erase", log.get(0).get("action").asText());
            assertEquals("refused", log.get(0).get("outcome").asText());
            assertEquals(before, node.school.snapshot(learner), "nothing is deleted: " + ask[2]);
        }
        assertProblem(ProblemType.PROHIBITED_PURPOSE, node.send("POST", "learner:" + learner, "marketing", path, "{\"kinds\": [\"Reflection\"]}"));
        assertTrue(node.school.snapshot(learner).contains("<" + reflection + ">"));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void erasureRequestsThatDoNotSayWhatToEraseAreMalformedAndUnknownRecordsNotFound(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(4);
        String path = "/learners/" + learner + "/erasure";
        String before = node.school.snapshot(learner);
        for (String body : List.of("{}", "{\"kinds\": []}", "{\"kinds\": [\"NoSuchKind\"]}", "{\"records\": \"x\"}",
                "{\"kinds\": [\"Reflection\"], \"records\": []}", "[]")) {
            assertProblem(ProblemType.MALFORMED_REQUEST, node.send("POST", "learner:" + learner, "learner-request", path, body));
        }
        String someoneElses = record(node, node.school.learners().get(5), "Reflection", "text", "").iri();
        for (String iri : List.of(node.learnerIri(learner) + "/records/none", someoneElses)) {
            assertProblem(ProblemType.NOT_FOUND, node.send("POST", "learner:" + learner, "learner-request", path,
                    "{\"records\": [\"" + iri + "\"]}"));
        }
        assertEquals(before, node.school.snapshot(learner));
    }

    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix sat: <https://w3id.org/satchel/ns#> . @prefix code: <https://w3id.org/satchel/code#> .
                @prefix prov: <http://www.w3.org/ns/prov#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """ + body, Lang.TURTLE).parse(g);
        return g;
    }
}
