package org.satchel.vocab.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;

/** Satchel's own context: every term means something the ontology defines, and nothing sensitive has a term. */
class SatchelContextTest {

    private static JsonObject definitions() {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(
                BundledContexts.find(BundledContexts.SATCHEL_CREDENTIALS_V1).orElseThrow().bytes()))) {
            return reader.readObject().getJsonObject("@context");
        }
    }

    /** Term name to the absolute IRI it maps to; prefix definitions and keywords left out. */
    private static Map<String, String> terms() {
        JsonObject context = definitions();
        Map<String, String> terms = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonValue> entry : context.entrySet()) {
            String term = entry.getKey();
            if (term.startsWith("@")) {
                continue;
            }
            JsonValue value = entry.getValue();
            String id = value instanceof JsonString s ? s.getString() : value.asJsonObject().getString("@id", "");
            if (id.endsWith("#") || id.endsWith("/")) {
                continue;
            }
            int colon = id.indexOf(':');
            String prefix = id.substring(0, colon);
            terms.put(term, context.containsKey(prefix) ? context.getString(prefix) + id.substring(colon + 1) : id);
        }
        return terms;
    }

    @Test
    void everyTermMapsToATermTheOntologyDefines() {
        Model ontology = Ontology.model();
        List<String> undefined = new ArrayList<>();
        terms().forEach((term, iri) -> {
            if (!ontology.containsResource(ontology.createResource(iri))) {
                undefined.add(term + " -> " + iri);
            }
        });
        assertTrue(terms().size() > 20, "the context defines too few terms: " + terms());
        assertEquals(List.of(), undefined);
    }

    @Test
    void noTermCarriesSpecialCategoryOrSafeguardingData() {
        Model ontology = Ontology.model();
        List<String> unsafe = new ArrayList<>();
        terms().forEach((term, iri) -> Ontology.sensitivityOf(ontology.createResource(iri)).ifPresent(sensitivity -> {
            Statement safe = ontology.getResource(sensitivity.getURI()).getProperty(SAT.credentialSafe);
            if (safe == null || !safe.getBoolean()) {
                unsafe.add(term + " is " + sensitivity.getLocalName());
            }
        }));
        assertEquals(List.of(), unsafe);
    }

    @Test
    void aCertificateExpandsOfflineWithNoTermDropped() throws Exception {
        JsonObject compact;
        try (InputStream in = getClass().getResourceAsStream("satchel-gcse-certificate.json");
             JsonReader reader = Json.createReader(in)) {
            compact = reader.readObject();
        }
        JsonArray expanded = JsonLd.expand(JsonDocument.of(compact)).loader(OfflineDocumentLoader.shared()).get();
        assertEquals(countKeys(compact), countKeys(expanded), "a term of the certificate was dropped in expansion:\n" + expanded);
    }

    @Test
    void aCertificateSaysInRdfWhatItSaysInJson() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("satchel-gcse-certificate.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Dataset dataset = JsonLdOffline.toDataset(json);
        Model model = dataset.getDefaultModel();
        List<Resource> results = model.listSubjectsWithProperty(SAT.grade, "7").toList();
        assertEquals(1, results.size(), model.toString());
        Resource result = results.get(0);
        assertTrue(result.hasProperty(SAT.subject, CODE.subject_mathematics));
        assertTrue(result.hasProperty(org.apache.jena.vocabulary.RDF.type, SAT.GcseResult));
        assertEquals("2026-06", result.getProperty(SAT.examSeries).getLiteral().getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", result.getProperty(SAT.examSeries).getLiteral().getDatatypeURI());
        assertFalse(model.listSubjectsWithProperty(SAT.examResult).toList().isEmpty());
    }

    /** Keys other than keywords and @-aliases, all the way down: expansion keeps exactly the terms it understands. */
    private static int countKeys(JsonValue value) {
        int count = 0;
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                if (key.startsWith("@") || key.equals("id") || key.equals("type")) {
                    if (!key.equals("@context") && !key.equals("@type") && !key.equals("@id") && !key.equals("id") && !key.equals("type")) {
                        count += countKeys(entry.getValue());
                    }
                    continue;
                }
                count += 1 + countKeys(entry.getValue());
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                count += countKeys(item);
            }
        }
        return count;
    }
}
