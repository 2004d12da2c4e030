package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.node.rights.RightsNode.assertProblem;
import static org.satchel.node.rights.RightsNode.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * The correction round trip over HTTP, on both stores: the learner challenges a value, staff who
 * may write that kind of record decide, and the learner sees the outcome (and, when accepted, the
 * amended record, with the old version kept).
 */
class CorrectionRightsTest extends RightsOnBothStores {

    /** A current record of this kind about the learner, and its value under {@code property}. */
    record Found(String iri, RDFNode value) {}

    static Found record(RightsNode node, String learner, String kind, String property, String avoiding) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX sat: <https://w3id.org/satchel/ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?r ?v WHERE { GRAPH ?g { ?r a ?kind ; ?p ?v ; prov:generatedAtTime ?t
                  FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?gone } FILTER (STR(?v) != ?avoid) } }
                ORDER BY DESC(?t) ?r LIMIT 1
                """);
        q.setIri("g", node.learnerIri(learner) + "/record");
        q.setIri("kind", SAT.NS + kind);
        q.setIri("p", SAT.NS + property);
        q.setLiteral("avoid", avoiding);
        List<Found> found = new ArrayList<>();
        node.server.parts().store().read(c -> {
            c.querySelect(q.asQuery(), row -> found.add(new Found(row.getResource("r").getURI(), row.get("v"))));
            return null;
        });
        return found.stream().findFirst().orElseThrow(() -> new AssertionError(learner + " has no " + kind));
    }

    static String body(String record, String property, String proposedValue, String reason) {
        return "{\"record\": \"" + record + "\", \"property\": \"" + property + "\", \"proposedValue\": " + proposedValue
                + ", \"reason\": \"" + reason + "\"}";
    }

    static JsonNode only(HttpResponse<String> list, String id) {
        assertEquals(200, list.statusCode(), list::body);
        for (JsonNode k : json(list).get("corrections")) {
            if (k.get("id").asText().equals(id)) {
                return k;
            }
        }
        throw new AssertionError("correction " + id + " is not listed: " + list.body());
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void acceptedAttendanceCorrectionAmendsTheMarkAndTheLearnerSeesTheOutcome(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(0);
        String path = "/learners/" + learner + "/corrections";
        Found mark = record(node, learner, "AttendanceMark", "attendanceCode", ATT.I.getURI());

        HttpResponse<String> asked = node.send("POST", "learner:" + learner, "learner-request", path,
                body(mark.iri(), "attendanceCode", "{\"@id\": \"att:I\"}", "I was ill that day; my mum phoned in."));
        assertEquals(201, asked.statusCode(), asked::body);
        JsonNode open = json(asked);
        String id = open.get("id").asText();
        assertEquals("open", open.get("status").asText());
        assertEquals(ATT.I.getURI(), open.get("proposedValue").get("@id").asText());
        assertEquals("AttendanceMark", open.get("kind").asText());
        JsonNode requestEvent = node.event(learner, asked.headers().firstValue("Satchel-Access-Event").orElseThrow());
        assertEquals("write", requestEvent.get("action").asText());
        assertEquals("CorrectionRequest", requestEvent.get("dataKinds").get(0).asText());
        assertEquals("open", only(node.get("learner:" + learner, "learner-request", path), id).get("status").asText());

        String teacher = node.school.teacherOf(learner);
        HttpResponse<String> decided = node.send("POST", "teacher:" + teacher, "teaching", path + "/" + id + "/decision",
                "{\"accept\": true, \"reason\": \"The office has the phone call logged.\"}");
        assertEquals(200, decided.statusCode(), decided::body);
        String amended = json(decided).get("amendedRecord").asText();

        JsonNode outcome = only(node.get("guardian:" + node.school.guardianOf(learner), "learner-request", path), id);
        assertEquals("accepted", outcome.get("status").asText());
        assertEquals("The office has the phone call logged.", outcome.get("decisionReason").asText());
        assertEquals(node.server.parts().config().base() + "staff/" + teacher, outcome.get("decidedBy").asText());
        assertEquals(amended, outcome.get("amendedRecord").asText());

        String snapshot = node.school.snapshot(learner);
        String staff = "<" + node.server.parts().config().base() + "staff/" + teacher + ">";
        assertTrue(snapshot.contains("<" + amended + "> <" + SAT.attendanceCode.getURI() + "> <" + ATT.I.getURI() + ">"));
        assertTrue(snapshot.contains("<" + amended + "> <" + PROV.wasRevisionOf.getURI() + "> <" + mark.iri() + ">"));
        assertTrue(snapshot.contains("<" + amended + "> <" + PROV.wasAttributedTo.getURI() + "> " + staff), "the decider made the amendment");
        assertTrue(snapshot.contains("<" + mark.iri() + "> <" + PROV.invalidatedAtTime.getURI() + ">"), "the old mark is kept, superseded");
        assertTrue(snapshot.contains("<" + mark.iri() + "> <" + SAT.attendanceCode.getURI() + "> <" + mark.value().asResource().getURI() + ">"),
                "the old mark still says what it said");
        assertTrue(snapshot.contains("<" + open.get("version").asText() + "> <" + PROV.invalidatedAtTime.getURI() + ">"),
                "the open request is kept as history");

        JsonNode decision = node.event(learner, decided.headers().firstValue("Satchel-Access-Event").orElseThrow());
        assertEquals("allowed", decision.get("outcome").asText());
        assertEquals("teacher", decision.get("role").asText());
        assertEquals(List.of("AttendanceMark", "CorrectionRequest"), strings(decision.get("dataKinds")),
                "the amendment and the decision went in one update with one event");

        List<String> marks = new ArrayList<>();
        json(node.get("learner:" + learner, "learner-request", "/learners/" + learner + "/record?kind=AttendanceMark"))
                .get("@graph").forEach(r -> marks.add(r.get("@id").asText()));
        assertTrue(marks.contains(amended) && !marks.contains(mark.iri()), "the learner's record now shows the amended mark in place of the old");

        String before = node.school.snapshot(learner);
        assertProblem(ProblemType.CONFLICT, node.send("POST", "teacher:" + teacher, "teaching", path + "/" + id + "/decision",
                "{\"accept\": false, \"reason\": \"Changed my mind.\"}"));
        assertEquals(before, node.school.snapshot(learner), "deciding twice changes nothing");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void rejectedScoreCorrectionLeavesTheAssessmentAsItWasAndSaysWhy(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(1);
        String path = "/learners/" + learner + "/corrections";
        Found assessment = record(node, learner, "FormativeAssessment", "score", "0");
        String proposed = assessment.value().asLiteral().getLexicalForm().equals("1") ? "2" : "1";

        HttpResponse<String> asked = node.send("POST", "guardian:" + node.school.guardianOf(learner), "learner-request", path,
                body(assessment.iri(), "sat:score", "\"" + proposed + "\"", "The second page was not marked."));
        assertEquals(201, asked.statusCode(), asked::body);
        String id = json(asked).get("id").asText();
        assertEquals(0, new BigDecimal(proposed).compareTo(new BigDecimal(json(asked).get("proposedValue").asText())),
                "a decimal, like the score it replaces");

        HttpResponse<String> decided = node.send("POST", "teacher:" + node.school.teacherOf(learner), "teaching",
                path + "/" + id + "/decision", "{\"accept\": false, \"reason\": \"Both pages were marked; see the script.\"}");
        assertEquals(200, decided.statusCode(), decided::body);
        JsonNode outcome = only(node.get("learner:" + learner, "learner-request", path), id);
        assertEquals("rejected", outcome.get("status").asText());
        assertEquals("Both pages were marked; see the script.", outcome.get("decisionReason").asText());
        assertFalse(outcome.has("amendedRecord"));

        String snapshot = node.school.snapshot(learner);
        assertFalse(snapshot.contains("<" + assessment.iri() + "> <" + PROV.invalidatedAtTime.getURI() + ">"), "the assessment stands");
        assertTrue(snapshot.contains("<" + assessment.iri() + "> <" + SAT.score.getURI() + "> \"" + assessment.value().asLiteral().getLexicalForm()));
        assertFalse(snapshot.contains("<" + PROV.wasRevisionOf.getURI() + "> <" + assessment.iri() + ">"));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void decisionByARoleThatMayNotWriteTheKindIsRefusedLoggedAndChangesNothing(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(2);
        String path = "/learners/" + learner + "/corrections";
        Found mark = record(node, learner, "AttendanceMark", "attendanceCode", ATT.M.getURI());
        HttpResponse<String> asked = node.send("POST", "learner:" + learner, "learner-request", path,
                body(mark.iri(), "attendanceCode", "{\"@id\": \"" + ATT.M.getURI() + "\"}", "I was at the dentist."));
        assertEquals(201, asked.statusCode(), asked::body);
        String decide = path + "/" + json(asked).get("id").asText() + "/decision";
        String accept = "{\"accept\": true, \"reason\": \"Appointment card seen.\"}";

        for (String[] who : List.of(new String[] {"head:T0001", "teaching"}, new String[] {"teacher:T9999", "teaching"},
                new String[] {"learner:" + learner, "learner-request"}, new String[] {"dsl:T0002", "marketing"})) {
            String before = node.school.snapshot(learner);
            int logged = node.accessLog(learner).size();
            ProblemType expected = who[1].equals("marketing") ? ProblemType.PROHIBITED_PURPOSE : ProblemType.ACCESS_REFUSED;
            JsonNode problem = assertProblem(expected, node.send("POST", who[0], who[1], decide, accept));
            List<JsonNode> log = node.accessLog(learner);
            assertEquals(logged + 1, log.size(), who[0]);
            assertEquals(problem.get("event").asText(), log.get(0).get("id").asText());
            assertEquals("refused", log.get(0).get("outcome").asText());
            assertEquals(before, node.school.snapshot(learner), who[0] + " changed nothing");
        }
        assertEquals("open", only(node.get("learner:" + learner, "learner-request", path), json(asked).get("id").asText())
                .get("status").asText());
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void teacherMayNotDecideACorrectionToSenSupportButTheSencoMayAndOnlyTheSencoSeesIt(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learnerWith("SenProvision").orElseThrow();
        String path = "/learners/" + learner + "/corrections";
        Found sen = record(node, learner, "SenProvision", "reviewDate", "");
        HttpResponse<String> asked = node.send("POST", "learner:" + learner, "learner-request", path,
                body(sen.iri(), "reviewDate", "\"2026-07-01\"", "The review was brought forward to July."));
        assertEquals(201, asked.statusCode(), asked::body);
        String id = json(asked).get("id").asText();
        String teacher = "teacher:" + node.school.teacherOf(learner);

        assertFalse(json(node.get(teacher, "teaching", path)).get("corrections").toString().contains(id),
                "a teacher does not see a challenge to what they may not read");
        String before = node.school.snapshot(learner);
        JsonNode refused = assertProblem(ProblemType.ACCESS_REFUSED, node.send("POST", teacher, "teaching", path + "/" + id + "/decision",
                "{\"accept\": true, \"reason\": \"x\"}"));
        assertEquals(List.of("CorrectionRequest", "SenProvision"), strings(node.event(learner, refused.get("event").asText()).get("dataKinds")));
        assertEquals(before, node.school.snapshot(learner));

        assertTrue(json(node.get("senco:T0003", "send-support", path)).get("corrections").toString().contains(id));
        HttpResponse<String> decided = node.send("POST", "senco:T0003", "send-support", path + "/" + id + "/decision",
                "{\"accept\": true, \"reason\": \"Moved to July at the parents' request.\"}");
        assertEquals(200, decided.statusCode(), decided::body);
        assertTrue(node.school.snapshot(learner).contains("<" + json(decided).get("amendedRecord").asText() + "> <"
                + SAT.reviewDate.getURI() + "> \"2026-07-01\"^^<http://www.w3.org/2001/XMLSchema#date>"), "typed like the value it replaced");
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
