package org.satchel.node.access;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.SAT;

/** The controlled list of purposes, read from the vocabulary's code list, never written in code. */
public final class Purposes {
    private static final Purposes VOCABULARY = load(Ontology.model());

    private final Map<String, Purpose> byCode;

    private Purposes(Map<String, Purpose> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The purposes the ontology's code list defines. */
    public static Purposes vocabulary() {
        return VOCABULARY;
    }

    /** The purpose with this code ({@code teaching}, {@code marketing}…), if the list has it. */
    public Optional<Purpose> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The purpose with this IRI, if the list has it. */
    public Optional<Purpose> byIri(String iri) {
        return byCode.values().stream().filter(p -> p.iri().equals(iri)).findFirst();
    }

    public Collection<Purpose> all() {
        return byCode.values();
    }

    private static Purposes load(Model ontology) {
        Map<String, Purpose> purposes = new LinkedHashMap<>();
        ontology.listResourcesWithProperty(RDF.type, SAT.Purpose).forEach(p -> {
            Statement notation = p.getProperty(SKOS.notation);
            if (notation == null) {
                return;
            }
            String code = notation.getString();
            Statement label = p.getProperty(SKOS.prefLabel);
            Statement prohibited = p.getProperty(SAT.prohibited);
            purposes.put(code, new Purpose(code, p.getURI(), label == null ? code : label.getString(),
                    prohibited != null && prohibited.getBoolean()));
        });
        return new Purposes(sorted(purposes));
    }

    private static Map<String, Purpose> sorted(Map<String, Purpose> purposes) {
        Map<String, Purpose> sorted = new LinkedHashMap<>();
        purposes.keySet().stream().sorted().forEach(k -> sorted.put(k, purposes.get(k)));
        return sorted;
    }

    static Resource iri(Purpose purpose) {
        return Ontology.model().getResource(purpose.iri());
    }
}
