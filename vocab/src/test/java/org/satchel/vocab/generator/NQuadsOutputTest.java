package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.terms.SAT;

/** The {@code --pupils 100 --years 1 --seed 7} school, written as N-Quads and read back with Jena. */
class NQuadsOutputTest {
    private static final String BASE = GeneratorOptions.DEFAULT_BASE_IRI;
    private static final Pattern LEARNER_GRAPH = Pattern.compile(Pattern.quote(BASE) + "learners/([^/]+)/record");

    private static byte[] nquads;
    private static GenerationSummary summary;

    @BeforeAll
    static void generate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new SchoolGenerator(GeneratorOptions.of(100, 1, 7)).writeNQuads(out, Progress.none());
        nquads = out.toByteArray();
    }

    @Test
    void theWholeOutputParsesAsNQuadsIntoOneGraphPerLearnerAndTheSchoolGraph() {
        Map<Node, Long> quadsPerGraph = new HashMap<>();
        long[] quads = {0};
        long[] attendanceMarks = {0};
        Node markType = SAT.AttendanceMark.asNode();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads[0]++;
                quadsPerGraph.merge(quad.getGraph(), 1L, Long::sum);
                if (quad.getPredicate().equals(RDF.type.asNode()) && quad.getObject().equals(markType)) {
                    attendanceMarks[0]++;
                }
            }
        });
        assertEquals(101, quadsPerGraph.size(), "100 learner graphs and the school graph");
        assertTrue(quadsPerGraph.containsKey(org.apache.jena.graph.NodeFactory.createURI(BASE + "school")));
        assertTrue(attendanceMarks[0] >= 100 * 380, "two marks a day for 190 days: " + attendanceMarks[0]);
        assertTrue(quads[0] > 10 * 38_000, "quads: " + quads[0]);
        assertEquals(summary.quads(), quads[0], "the summary counts what was written");
        assertEquals(attendanceMarks[0], summary.recordsByKind().get("AttendanceMark"));
        assertEquals(100, summary.learners());
    }

    @Test
    void learnerGraphsAreNamedByAnOpaqueIdNotTheUpnOrTheirPosition() {
        TreeSet<String> ids = new TreeSet<>();
        Map<String, String> upnById = new HashMap<>();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                Matcher m = LEARNER_GRAPH.matcher(quad.getGraph().getURI());
                if (m.matches()) {
                    ids.add(m.group(1));
                    if (quad.getPredicate().equals(SAT.upn.asNode())) {
                        upnById.put(m.group(1), quad.getObject().getLiteralLexicalForm());
                    }
                    // Every statement in a learner's graph is about that learner, a guardian, or one of their records.
                    String subject = quad.getSubject().getURI();
                    assertTrue(subject.startsWith(BASE + "learners/" + m.group(1)) || subject.startsWith(BASE + "guardians/" + m.group(1) + "-"), subject);
                }
            }
        });
        assertEquals(100, ids.size());
        for (String id : ids) {
            assertTrue(id.matches("[0-9a-z]{13}"), id);
            assertFalse(id.matches("[0-9]+"), "not a sequence number: " + id);
            String upn = upnById.get(id);
            assertTrue(upn.matches("[A-Z][0-9]{12}"), upn);
            assertFalse(id.equalsIgnoreCase(upn));
        }
    }

    @Test
    void forEachLearnerGivesTheSameTriplesAsTheNQuads() {
        Map<String, Graph> parsed = new HashMap<>();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                parsed.computeIfAbsent(quad.getGraph().getURI(), g -> GraphFactory.createGraphMem()).add(quad.asTriple());
            }
        });
        int[] seen = {0};
        SchoolGenerator generator = new SchoolGenerator(GeneratorOptions.of(100, 1, 7));
        generator.forEachLearner(learner -> {
            Graph fromNQuads = parsed.get(learner.graphIri());
            assertEquals(fromNQuads.size(), learner.graph().size(), learner.graphIri());
            learner.graph().find().forEachRemaining((Triple t) -> assertTrue(fromNQuads.contains(t), t.toString()));
            seen[0]++;
        });
        assertEquals(100, seen[0]);
        LearnerGraph school = generator.schoolGraph();
        assertEquals(BASE + "school", school.graphIri());
        assertTrue(school.graph().isIsomorphicWith(parsed.get(school.graphIri())));
    }
}
