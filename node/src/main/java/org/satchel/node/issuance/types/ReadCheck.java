package org.satchel.node.issuance.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Sensitivity;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.SAT;

/**
 * What a credential may read, decided by the ontology: a record kind or property whose sensitivity
 * class carries {@code sat:credentialSafe false} (special-category, safeguarding) never goes into a
 * credential, and a term the ontology does not describe is classed as the most sensitive.
 */
final class ReadCheck {
    private final Model ontology = Ontology.model();
    private final DataClassification classification = DataClassification.vocabulary();

    /** Why {@code term} may not go into a credential, if it may not. */
    Optional<String> refusal(String term) {
        Resource resource = ontology.getResource(term);
        boolean kind = resource.hasProperty(RDF.type, OWL.Class);
        Sensitivity sensitivity = kind
                ? classification.classifyKind(term).sensitivity()
                : classification.classify(Optional.empty(), term).sensitivity();
        if (resource.getPropertyResourceValue(SAT.sensitivity) == null) {
            return Optional.of(shortName(term) + ", which the ontology gives no sensitivity class (so it is treated as "
                    + label(sensitivity) + ")");
        }
        if (!credentialSafe(sensitivity)) {
            return Optional.of(shortName(term) + ", " + label(sensitivity)
                    + " data: special-category and safeguarding data never go into a credential");
        }
        return Optional.empty();
    }

    /** Whether a record of this kind may be a credential's source. */
    boolean safeKind(String kind) {
        return credentialSafe(classification.classifyKind(kind).sensitivity());
    }

    /**
     * Refusals for a query's terms: a property it reads or a record term it names that the type does
     * not list in {@code ct:reads}. rdf:type, and terms that describe the vocabulary rather than the
     * learner (the ontology's annotation properties, SKOS labels of codes), need no listing.
     */
    List<String> undeclared(QueryTerms terms, Set<String> reads) {
        List<String> refusals = new ArrayList<>(terms.refusals);
        for (Node predicate : terms.predicates) {
            String p = predicate.getURI();
            if (!reads.contains(p) && !p.equals(RDF.type.getURI()) && !describesVocabulary(p)) {
                refusals.add("reads " + shortName(p) + ", which it does not list in ct:reads");
            }
        }
        for (Node iri : terms.iris) {
            String term = iri.getURI();
            boolean recordTerm = ontology.getResource(term).hasProperty(SAT.sensitivity);
            if (recordTerm && !reads.contains(term) && !terms.predicates.contains(iri)) {
                refusals.add("names " + shortName(term) + ", which it does not list in ct:reads");
            }
        }
        return refusals;
    }

    private boolean describesVocabulary(String property) {
        return ontology.getResource(property).hasProperty(RDF.type, OWL.AnnotationProperty)
                || property.equals(SKOS.prefLabel.getURI()) || property.equals(SKOS.notation.getURI());
    }

    private boolean credentialSafe(Sensitivity sensitivity) {
        Statement safe = ontology.getResource(sensitivity.iri()).getProperty(SAT.credentialSafe);
        return safe != null && safe.getObject().isLiteral() && safe.getBoolean();
    }

    private String label(Sensitivity sensitivity) {
        return ontology.getResource(sensitivity.iri()).getLocalName();
    }

    static String shortName(String iri) {
        return iri.startsWith(SAT.NS) ? "sat:" + iri.substring(SAT.NS.length()) : "<" + iri + ">";
    }
}
