package org.satchel.node.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a record as JSON-LD a person can read: one object per record (or person) in
 * {@code @graph}, the learner first and then kind by kind, properties under short names from an
 * inline context ({@code @vocab} is the Satchel ontology), strings and numbers as plain JSON.
 * Expanding it gives back exactly the triples written; a test holds it to that.
 */
public final class RecordJson {
    private static final JsonFactory JSON = new JsonFactory();
    static final Map<String, String> PREFIXES = prefixes();
    private static final Map<String, String> TERMS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern CANONICAL_LONG = java.util.regex.Pattern.compile("-?[1-9][0-9]{0,15}|0");

    private RecordJson() {}

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sat", "https://w3id.org/satchel/ns#");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("schema", "https://schema.org/");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("code", "https://w3id.org/satchel/code#");
        p.put("att", "https://w3id.org/satchel/attendance#");
        p.put("purpose", "https://w3id.org/satchel/purpose#");
        p.put("role", "https://w3id.org/satchel/role#");
        p.put("basis", "https://w3id.org/satchel/basis#");
        p.put("sensitivity", "https://w3id.org/satchel/sensitivity#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        return p;
    }

    /** Writes {@code graph} with {@code first} (the learner) leading. */
    public static void write(Graph graph, String first, OutputStream out) {
        Map<Node, Map<Node, List<Node>>> subjects = new HashMap<>();
        Map<Node, String> kinds = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            subjects.computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>(1)).add(t.getObject());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                kinds.put(t.getSubject(), t.getObject().getURI());
            }
        });
        // Sorted once, on keys computed once: the learner first, then kind by kind, then by IRI.
        record Keyed(Node subject, boolean notFirst, String kind, String id) {}
        List<Keyed> order = new ArrayList<>(subjects.size());
        for (Node s : subjects.keySet()) {
            String id = s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
            order.add(new Keyed(s, !id.equals(first), kinds.getOrDefault(s, ""), id));
        }
        order.sort(Comparator.comparing(Keyed::notFirst).thenComparing(Keyed::kind).thenComparing(Keyed::id));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("@context");
            g.writeStringField("@vocab", PREFIXES.get("sat"));
            for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("@graph");
            for (Keyed k : order) {
                writeNode(g, k.subject(), k.id(), subjects.get(k.subject()));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNode(JsonGenerator g, Node subject, String id, Map<Node, List<Node>> properties) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        List<Node> types = properties.get(RDF.type.asNode());
        if (types != null) {
            if (types.size() == 1) {
                g.writeStringField("@type", shortName(types.get(0).getURI()));
            } else {
                g.writeArrayFieldStart("@type");
                for (Node t : types) {
                    g.writeString(shortName(t.getURI()));
                }
                g.writeEndArray();
            }
        }
        for (Map.Entry<Node, List<Node>> e : properties.entrySet()) {
            if (e.getKey().equals(RDF.type.asNode())) {
                continue;
            }
            g.writeFieldName(shortName(e.getKey().getURI()));
            List<Node> values = e.getValue();
            if (values.size() > 1) {
                g.writeStartArray();
            }
            for (Node v : values) {
                writeValue(g, v);
            }
            if (values.size() > 1) {
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Node v) throws IOException {
        if (v.isURI()) {
            g.writeStartObject();
            g.writeStringField("@id", v.getURI());
            g.writeEndObject();
        } else if (v.isBlank()) {
            g.writeStartObject();
            g.writeStringField("@id", "_:" + v.getBlankNodeLabel());
            g.writeEndObject();
        } else {
            String lex = v.getLiteralLexicalForm();
            String dt = v.getLiteralDatatypeURI();
            String lang = v.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                g.writeStartObject();
                g.writeStringField("@value", lex);
                g.writeStringField("@language", lang);
                g.writeEndObject();
            } else if (XSDDatatype.XSDstring.getURI().equals(dt)) {
                g.writeString(lex);
            } else if (XSDDatatype.XSDboolean.getURI().equals(dt) && (lex.equals("true") || lex.equals("false"))) {
                g.writeBoolean(lex.equals("true"));
            } else if (XSDDatatype.XSDinteger.getURI().equals(dt) && CANONICAL_LONG.matcher(lex).matches()) {
                // JSON-LD turns a whole JSON number back into xsd:integer with the same canonical form.
                g.writeNumber(Long.parseLong(lex));
            } else {
                g.writeStartObject();
                g.writeStringField("@value", lex);
                g.writeStringField("@type", shortName(dt));
                g.writeEndObject();
            }
        }
    }

    private static String shortName(String iri) {
        return TERMS.computeIfAbsent(iri, RecordJson::term);
    }

    /** A short name: a Satchel term by its local name, others as prefix:local, anything else in full. */
    static String term(String iri) {
        String sat = PREFIXES.get("sat");
        if (iri.startsWith(sat) && iri.indexOf(':', sat.length()) < 0 && !iri.substring(sat.length()).isEmpty()) {
            return iri.substring(sat.length());
        }
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (!e.getKey().equals("sat") && iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()
                    && !iri.substring(e.getValue().length()).contains("/")) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

}
