package org.satchel.vocab.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Jena's JSON-LD reader (titanium inside) kept to the bundle. */
class JenaOfflineTest {

    // RFC 2606 reserves .invalid: even a loader that did go to the network could reach nothing.
    private static final String UNBUNDLED = "https://contexts.invalid/learner/v1";

    @Test
    void jenaParsesCredentialOffline() {
        Dataset dataset = JsonLdOffline.toDataset(CredentialExpansionTest.resource("vc-di-eddsa-rdfc-2022-signed.json"));

        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node credential = NodeFactory.createURI("urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33");
            assertTrue(dsg.contains(Quad.defaultGraphIRI, credential,
                    NodeFactory.createURI("https://www.w3.org/2018/credentials#issuer"),
                    NodeFactory.createURI("https://vc.example/issuers/5678")));
            // The proof sits in a named graph of its own (the v2 context makes "proof" a @graph container).
            assertEquals(1, Iter.count(dsg.listGraphNodes()));
            // Same statements as the published canonical form of the unsigned credential.
            assertEquals(lines(CredentialExpansionTest.resource("vc-di-eddsa-rdfc-2022-canonDoc.nq")),
                    lines(nTriples(dsg), credential));
        });
    }

    @Test
    void jenaRefusesUnknownContext() {
        String json = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", \"" + UNBUNDLED + "\"],"
                + " \"type\": \"VerifiableCredential\", \"issuer\": \"https://school.example/\"}";

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JsonLdOffline.toDataset(json));

        assertTrue(error.getMessage().contains("refusing to fetch " + UNBUNDLED + ": not a bundled context"
                + " (Satchel never fetches JSON-LD contexts; bundled: https://www.w3.org/ns/credentials/v2, "), error.getMessage());
        assertEquals(Optional.of(URI.create(UNBUNDLED)), OfflineDocumentLoader.refusedUrl(error));
    }

    @Test
    void jenaRefusesUnknownContextThroughItsOwnParserToo() {
        // For callers that build their own RDFParser: the context setting is all it takes.
        String json = "{\"@context\": \"" + UNBUNDLED + "\", \"@id\": \"https://school.example/\", \"name\": \"x\"}";

        RiotException error = assertThrows(RiotException.class, () -> RDFParser.create()
                .fromString(json).lang(Lang.JSONLD).context(JsonLdOffline.jenaContext())
                .parse(GraphFactory.createDefaultGraph()));

        // Jena passes loader failures to its ErrorHandler as text, so only the message survives.
        assertTrue(error.getMessage().startsWith("refusing to fetch " + UNBUNDLED + ": not a bundled context"), error.getMessage());
    }

    @Test
    void malformedJsonIsRefusedAsBadInput() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JsonLdOffline.toDataset("{\"@context\": "));
        assertEquals(Optional.empty(), OfflineDocumentLoader.refusedUrl(error));
    }

    @Test
    void everyJenaContextCarriesItsOwnOptionsWithTheOfflineLoader() {
        // Jena writes each parse's base IRI into these options, so two parses must never share them.
        Context first = JsonLdOffline.jenaContext();
        Context second = JsonLdOffline.jenaContext();
        assertNotSame(first.get(LangJSONLD11.JSONLD_OPTIONS), second.get(LangJSONLD11.JSONLD_OPTIONS));
        assertSame(OfflineDocumentLoader.shared(),
                ((com.apicatalog.jsonld.JsonLdOptions) first.get(LangJSONLD11.JSONLD_OPTIONS)).getDocumentLoader());
    }

    private static String nTriples(DatasetGraph dsg) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dsg.getDefaultGraph(), Lang.NTRIPLES);
        return out.toString();
    }

    private static Set<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The default graph's triples, less the link from the credential to its proof graph. */
    private static Set<String> lines(String text, Node credential) {
        String proofLink = "<" + credential.getURI() + "> <https://w3id.org/security#proof> ";
        return lines(text).stream().filter(l -> !l.startsWith(proofLink)).collect(Collectors.toCollection(TreeSet::new));
    }
}
