package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.node.rights.CorrectionRightsTest.body;
import static org.satchel.node.rights.CorrectionRightsTest.record;
import static org.satchel.node.rights.RightsNode.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.jsonld.JsonLdOffline;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code GET /learners/{id}/export}: everything the learner may see, at once, as JSON-LD and as a readable page. */
class SubjectAccessRightsTest extends RightsOnBothStores {
    static final String PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    /** A learner with a decision on consent and a correction request, so every part of the export has something in it. */
    String learnerWithEverything(RightsNode node, int index) {
        String learner = node.school.learners().get(index);
        assertEquals(200, node.send("PUT", "learner:" + learner, "learner-request", "/learners/" + learner + "/consent",
                "{\"transfer\": false}").statusCode());
        String mark = record(node, learner, "AttendanceMark", "attendanceCode", ATT.I.getURI()).iri();
        assertEquals(201, node.send("POST", "learner:" + learner, "learner-request", "/learners/" + learner + "/corrections",
                body(mark, "attendanceCode", "{\"@id\": \"att:I\"}", "I was ill & off school <all> day")).statusCode());
        return learner;
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void exportAsJsonLdHoldsTheRecordTheAccessLogConsentAndCorrectionsAndIsLoggedAsAnExport(StoreBackend store) {
        RightsNode node = node(store);
        String learner = learnerWithEverything(node, 0);
        HttpResponse<String> response = node.get("learner:" + learner, "learner-request", "/learners/" + learner + "/export",
                "application/ld+json");
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("application/ld+json", response.headers().firstValue("Content-Type").orElseThrow());
        String event = response.headers().firstValue("Satchel-Access-Event").orElseThrow();
        JsonNode logged = node.event(learner, event);
        assertEquals("export", logged.get("action").asText());
        assertEquals("allowed", logged.get("outcome").asText());

        Graph g = JsonLdOffline.toDataset(response.body()).asDatasetGraph().getDefaultGraph();
        assertTrue(g.contains(NodeFactory.createURI(node.learnerIri(learner)), RDF.type.asNode(), SAT.Learner.asNode()));
        for (var kind : List.of(SAT.AttendanceMark, SAT.FormativeAssessment, SAT.ConsentSetting, SAT.CorrectionRequest, SAT.AccessEvent)) {
            assertTrue(g.contains(Node.ANY, RDF.type.asNode(), kind.asNode()), kind.getLocalName() + " is in the export");
        }
        assertTrue(g.contains(NodeFactory.createURI(event), SAT.accessAction.asNode(), CODE.action_export.asNode()),
                "the export's own event is in the log it carries");
        assertTrue(g.contains(Node.ANY, SAT.consentGiven.asNode(), NodeFactory.createLiteralDT("false",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)), "the decision to decline transfer");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void exportAsAPageIsAccessibleHtmlWithAHeadingAndTablePerKindAndNothingFetchedFromElsewhere(StoreBackend store) throws Exception {
        RightsNode node = node(store);
        String learner = learnerWithEverything(node, 1);
        String guardian = "guardian:" + node.school.guardianOf(learner);
        HttpResponse<String> response = node.get(guardian, "learner-request", "/learners/" + learner + "/export", PAGE);
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("export", node.event(learner, response.headers().firstValue("Satchel-Access-Event").orElseThrow()).get("action").asText());

        // Written to parse as XML too, so the structure can be checked element by element.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("en", xpath.evaluate("/html/@lang", page));
        assertFalse(xpath.evaluate("/html/head/title", page).isBlank());
        assertEquals(1.0, (Double) xpath.evaluate("count(//h1)", page, XPathConstants.NUMBER));
        List<String> h2 = texts(xpath, page, "//h2");
        for (String part : List.of("About you", "Your sharing choices", "Corrections you asked for", "What the school records",
                "What you wrote yourself", "Records about your record", "Who has seen your record")) {
            assertTrue(h2.contains(part), part + " in " + h2);
        }
        List<String> h3 = texts(xpath, page, "//h3");
        assertTrue(h3.stream().anyMatch(h -> h.startsWith("Attendance mark (")), h3.toString());
        assertTrue(h3.stream().anyMatch(h -> h.startsWith("Reflection (")), h3.toString());
        assertTrue(h3.stream().anyMatch(h -> h.startsWith("Correction request (")), h3.toString());
        assertEquals(0.0, (Double) xpath.evaluate("count(//table[not(caption)])", page, XPathConstants.NUMBER), "every table has a caption");
        assertEquals(0.0, (Double) xpath.evaluate("count(//th[not(@scope)])", page, XPathConstants.NUMBER), "every header has a scope");
        assertEquals(0.0, (Double) xpath.evaluate("count(//script | //link | //img | //iframe | //*[@src])", page, XPathConstants.NUMBER),
                "no scripts and nothing fetched from elsewhere");
        assertEquals(0.0, (Double) xpath.evaluate("count(//a[not(starts-with(@href, '#'))])", page, XPathConstants.NUMBER),
                "links stay on the page");
        assertTrue(response.body().contains("I was ill &amp; off school &lt;all&gt; day"), "what the learner wrote is escaped");
        assertTrue(texts(xpath, page, "//section[@id='consent']//td").contains("school-to-school transfer"));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void onlyTheLearnerAndTheirGuardiansExportAndEveryRefusalIsLogged(StoreBackend store) {
        RightsNode node = node(store);
        String learner = node.school.learners().get(2);
        String before = node.school.snapshot(learner);
        for (String[] who : List.of(new String[] {"teacher:" + node.school.teacherOf(learner), "teaching"},
                new String[] {"head:T0001", "transfer"}, new String[] {"learner:" + node.school.learners().get(3), "learner-request"},
                new String[] {"advocate:adv-1", "learner-request"})) {
            JsonNode problem = assertProblem(ProblemType.ACCESS_REFUSED, node.get(who[0], who[1], "/learners/" + learner + "/export"));
            JsonNode logged = node.event(learner, problem.get("event").asText());
            assertEquals("export", logged.get("action").asText());
            assertEquals("refused", logged.get("outcome").asText());
        }
        assertProblem(ProblemType.PROHIBITED_PURPOSE, node.get("learner:" + learner, "marketing", "/learners/" + learner + "/export"));
        assertProblem(ProblemType.NOT_ACCEPTABLE, node.get("learner:" + learner, "learner-request", "/learners/" + learner + "/export", "text/csv"));
        assertProblem(ProblemType.UNAUTHENTICATED, node.call("GET", "", Optional.of("learner-request"), "/learners/" + learner + "/export",
                Optional.empty(), "text/html"));
        assertEquals(before, node.school.snapshot(learner));
    }

    static List<String> texts(XPath xpath, Document page, String path) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, page, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
