package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.satchel.node.web.Json;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/** How a correction's proposed value is read and typed, without a node: the logic the route calls. */
class ProposedValueRightsTest {

    static Node typed(Corrections.Proposal proposal, Node current) {
        return assertInstanceOf(Corrections.Value.class, Corrections.typed(proposal, current)).node();
    }

    @Test
    void textTakesTheDatatypeOrLanguageOfTheValueItReplaces() {
        Node score = NodeFactory.createLiteralDT("21", XSDDatatype.XSDdecimal);
        assertEquals(NodeFactory.createLiteralDT("24.5", XSDDatatype.XSDdecimal), typed(new Corrections.Proposal.Text("24.5"), score));
        Node date = NodeFactory.createLiteralDT("2026-09-18", XSDDatatype.XSDdate);
        assertEquals(NodeFactory.createLiteralDT("2026-07-01", XSDDatatype.XSDdate), typed(new Corrections.Proposal.Text("2026-07-01"), date));
        Node french = NodeFactory.createLiteralLang("bonjour", "fr");
        assertEquals(NodeFactory.createLiteralLang("salut", "fr"), typed(new Corrections.Proposal.Text("salut"), french));
    }

    @Test
    void aValueThatCannotBeOfTheRightTypeIsMistypedInWords() {
        Node score = NodeFactory.createLiteralDT("21", XSDDatatype.XSDdecimal);
        var lots = assertInstanceOf(Corrections.Mistyped.class, Corrections.typed(new Corrections.Proposal.Text("lots"), score));
        assertTrue(lots.words().contains("decimal"), lots.words());
        assertInstanceOf(Corrections.Mistyped.class, Corrections.typed(new Corrections.Proposal.Code(ATT.I.getURI()), score));
        assertInstanceOf(Corrections.Mistyped.class, Corrections.typed(new Corrections.Proposal.Text("I"), ATT.O.asNode()));
        assertEquals(ATT.I.asNode(), typed(new Corrections.Proposal.Code(ATT.I.getURI()), ATT.O.asNode()));
    }

    @Test
    void onlyDescribedPropertiesOtherThanProvenanceAreChallengeable() {
        assertTrue(Corrections.challengeable(SAT.attendanceCode.asNode()));
        assertTrue(Corrections.challengeable(SAT.score.asNode()));
        assertFalse(Corrections.challengeable(PROV.wasAttributedTo.asNode()));
        assertFalse(Corrections.challengeable(SAT.learner.asNode()));
        assertFalse(Corrections.challengeable(org.apache.jena.vocabulary.RDF.type.asNode()));
        assertFalse(Corrections.challengeable(NodeFactory.createURI(SAT.NS + "noSuchProperty")));
    }

    @Test
    void bodiesNameCodesWithPrefixesAndPropertiesByLocalName() {
        assertEquals(new Corrections.Proposal.Code(ATT.I.getURI()), RequestBodies.proposal(Json.tree("{\"@id\": \"att:I\"}")));
        assertEquals(new Corrections.Proposal.Text("18"), RequestBodies.proposal(Json.tree("18")));
        assertEquals(SAT.score.getURI(), RequestBodies.propertyIri("sat:score"));
        assertEquals(SAT.score.getURI(), RequestBodies.propertyIri("score"));
        ProblemException bad = assertThrows(ProblemException.class, () -> RequestBodies.proposal(Json.tree("{\"@id\": \"x> } DROP ALL {\"}")));
        assertEquals(ProblemType.MALFORMED_REQUEST, bad.type());
        assertEquals("college.example", RequestBodies.relyingParty("College.Example"));
        assertThrows(ProblemException.class, () -> RequestBodies.relyingParty("college.example/../x"));
    }
}
