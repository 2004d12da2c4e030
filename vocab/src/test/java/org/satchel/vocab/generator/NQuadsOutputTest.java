package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** The {@code --pupils 100 --years 1 --seed 7} school, written as N-Quads and read back whole with Jena's parser. */
class NQuadsOutputTest {
    private static final String BASE = GeneratorOptions.DEFAULT_BASE_IRI;
    private static final Pattern LEARNER_GRAPH = Pattern.compile(Pattern.quote(BASE) + "learners/([^/]+)/record");

    private static GenerationSummary summary;
    private static final Map<String, Graph> graphs = new LinkedHashMap<>();
    private static long quads;

    @BeforeAll
    static void generateAndParse() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new SchoolGenerator(GeneratorOptions.of(100, 1, 7)).writeNQuads(out, Progress.none());
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads++;
                graphs.computeIfAbsent(quad.getGraph().getURI(), g -> GraphFactory.createGraphMem()).add(quad.asTriple());
            }
        });
    }

    private static long count(Node type) {
        return graphs.values().stream().mapToLong(g -> g.find(Node.ANY, RDF.type.asNode(), type).toList().size()).sum();
    }

    @Test
    void theWholeOutputParsesIntoOneGraphPerLearnerAndTheSchoolGraph() {
        assertEquals(101, graphs.size(), "100 learner graphs and the school graph");
        assertEquals(BASE + "school", graphs.keySet().iterator().next(), "the school graph comes first");
        long marks = count(SAT.AttendanceMark.asNode());
        assertTrue(marks >= 100 * 380, "two marks a day for 190 days: " + marks);
        assertTrue(quads > 10 * 38_000, "quads: " + quads);
        assertEquals(summary.quads(), quads, "the summary counts what was written");
        assertEquals(marks, summary.recordsByKind().get("AttendanceMark"));
        assertEquals(count(SAT.Homework.asNode()), summary.recordsByKind().get("Homework"));
        assertEquals(100, summary.learners());
    }

    @Test
    void learnerGraphsAreNamedByAnOpaqueIdNotTheUpnOrTheirPosition() {
        int learners = 0;
        for (Map.Entry<String, Graph> entry : graphs.entrySet()) {
            Matcher m = LEARNER_GRAPH.matcher(entry.getKey());
            if (!m.matches()) {
                continue;
            }
            learners++;
            String id = m.group(1);
            assertTrue(id.matches("[0-9a-z]{13}") && !id.matches("[0-9]+"), id);
            String upn = entry.getValue().find(Node.ANY, SAT.upn.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(upn.matches("[A-Z][0-9]{12}"), upn);
            assertFalse(id.equalsIgnoreCase(upn));
            // Everything in a learner's graph is about the learner, their guardians, or their records.
            entry.getValue().find().forEachRemaining(t -> {
                String subject = t.getSubject().getURI();
                assertTrue(subject.equals(BASE + "learners/" + id) || subject.startsWith(BASE + "learners/" + id + "/")
                        || subject.startsWith(BASE + "guardians/" + id + "-"), subject);
            });
        }
        assertEquals(100, learners);
    }

    @Test
    void forEachLearnerAndSchoolGraphGiveTheSameTriplesAsTheNQuads() {
        int[] seen = {0};
        SchoolGenerator generator = new SchoolGenerator(GeneratorOptions.of(100, 1, 7));
        generator.forEachLearner(learner -> {
            Graph fromNQuads = graphs.get(learner.graphIri());
            assertEquals(fromNQuads.size(), learner.graph().size(), learner.graphIri());
            learner.graph().find().forEachRemaining((Triple t) -> assertTrue(fromNQuads.contains(t), t.toString()));
            seen[0]++;
        });
        assertEquals(100, seen[0]);
        LearnerGraph school = generator.schoolGraph();
        assertEquals(BASE + "school", school.graphIri());
        assertTrue(school.graph().isIsomorphicWith(graphs.get(school.graphIri())));
    }
}
