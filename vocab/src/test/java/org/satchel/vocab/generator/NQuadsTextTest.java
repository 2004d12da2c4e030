package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class NQuadsTextTest {
    private static final Node S = NodeFactory.createURI("https://oakfield.school.example/learners/x");
    private static final Node P = NodeFactory.createURI("https://w3id.org/satchel/ns#text");
    private static final String G = "<https://oakfield.school.example/learners/x/record>";

    @Test
    void literalsThatNeedEscapingReadBackExactly() {
        List<Node> literals = List.of(
                NodeFactory.createLiteralString("She said \"no\" \\ then left"),
                NodeFactory.createLiteralString("line one\nline two\r\nend"),
                NodeFactory.createLiteralString("tab\there, Wiśniewski, Öztürk, 中文, emoji \uD83D\uDE00"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralDT("2025-09-03", XSDDatatype.XSDdate),
                NodeFactory.createLiteralLang("bonjour", "fr"));
        StringBuilder text = new StringBuilder();
        for (Node literal : literals) {
            NQuadsText.quad(text, S, P, literal, G);
        }
        List<Quad> parsed = new ArrayList<>();
        RDFParser.fromString(text.toString(), Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                parsed.add(quad);
            }
        });
        assertEquals(literals.size(), parsed.size());
        for (int i = 0; i < literals.size(); i++) {
            assertEquals(literals.get(i), parsed.get(i).getObject());
            assertEquals(S, parsed.get(i).getSubject());
        }
    }

    @Test
    void simpleLiteralsAreWrittenWithoutADatatype() {
        StringBuilder text = new StringBuilder();
        NQuadsText.quad(text, S, P, NodeFactory.createLiteralString("x"), G);
        assertEquals("<https://oakfield.school.example/learners/x> <https://w3id.org/satchel/ns#text> \"x\" " + G + " .\n", text.toString());
        assertTrue(text.indexOf("\n") == text.length() - 1);
    }
}
