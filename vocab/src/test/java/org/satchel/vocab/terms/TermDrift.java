package org.satchel.vocab.terms;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/** Compares a class of term constants with the terms an ontology defines, in words. */
final class TermDrift {
    private static final Set<Resource> PROPERTY_TYPES =
            Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

    private TermDrift() {}

    /** Every disagreement between {@code constants} and the terms of namespace {@code ns} in {@code ontology}. */
    static List<String> between(Class<?> constants, String ns, Model ontology) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(ns) && s.getURI().length() > ns.length()) {
                declared.add(s.getURI());
            }
        });
        Set<String> constantIris = new TreeSet<>();
        for (Field field : constants.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            Resource term = (Resource) read(field);
            String where = constants.getSimpleName() + "." + field.getName();
            constantIris.add(term.getURI());
            if (!declared.contains(term.getURI())) {
                problems.add(where + " is <" + term.getURI() + ">, which the ontology does not define");
                continue;
            }
            boolean isProperty = ontology.listStatements(ontology.createResource(term.getURI()), RDF.type, (Resource) null)
                    .toList().stream().anyMatch(st -> PROPERTY_TYPES.contains(st.getObject()));
            if (isProperty != (term instanceof Property)) {
                problems.add(where + " is a " + (term instanceof Property ? "Property" : "Resource")
                        + " but the ontology declares it " + (isProperty ? "a property" : "not a property"));
            }
        }
        for (String iri : declared) {
            if (!constantIris.contains(iri)) {
                problems.add("the ontology defines <" + iri + "> but " + constants.getSimpleName() + " has no constant for it");
            }
        }
        return problems;
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
