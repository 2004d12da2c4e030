package org.satchel.node.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.BASIS;
import org.satchel.vocab.terms.SAT;

/**
 * Classifies statements by what the ontology says of their record kind and property
 * ({@code sat:sensitivity}, {@code sat:sharingBasis}, {@code sat:statutoryFor}). Nothing about
 * sensitivity is written in code: change the ontology and the classification follows.
 */
public final class DataClassification {
    private static final DataClassification VOCABULARY = new DataClassification(Ontology.model());
    /** What the ontology does not describe is treated as the most sensitive, shared for nothing. */
    private static final StatementClass UNDESCRIBED = new StatementClass(Sensitivity.SAFEGUARDING, Set.of());

    private final Model ontology;
    private final Map<String, StatementClass> cache = new ConcurrentHashMap<>();

    private DataClassification(Model ontology) {
        this.ontology = ontology;
    }

    /** The classification the shared ontology gives. */
    public static DataClassification vocabulary() {
        return VOCABULARY;
    }

    /**
     * The class of a statement with this property on a subject of this kind (empty kind: a
     * subject the graph gives no type). {@code rdf:type} is classed as its kind.
     */
    public StatementClass classify(Optional<String> kind, String property) {
        String key = kind.orElse("") + ' ' + property;
        return cache.computeIfAbsent(key, k -> compute(kind, property));
    }

    /** The class of a kind of record itself: what it reveals that such a record exists. */
    public StatementClass classifyKind(String kind) {
        return classify(Optional.of(kind), RDF.type.getURI());
    }

    private StatementClass compute(Optional<String> kind, String property) {
        Optional<StatementClass> ofKind = kind.flatMap(this::annotations);
        if (property.equals(RDF.type.getURI())) {
            return ofKind.orElse(UNDESCRIBED);
        }
        Optional<StatementClass> ofProperty = annotations(property);
        if (ofProperty.isEmpty()) {
            return UNDESCRIBED;
        }
        if (ofKind.isEmpty()) {
            return kind.isPresent() ? UNDESCRIBED : ofProperty.get();
        }
        Set<String> statutory = new HashSet<>(ofProperty.get().statutoryFor());
        statutory.retainAll(ofKind.get().statutoryFor());
        return new StatementClass(Sensitivity.max(ofKind.get().sensitivity(), ofProperty.get().sensitivity()), statutory);
    }

    private Optional<StatementClass> annotations(String term) {
        Resource r = ontology.getResource(term);
        Optional<Sensitivity> sensitivity = Optional.ofNullable(r.getPropertyResourceValue(SAT.sensitivity))
                .flatMap(s -> Sensitivity.fromIri(s.getURI()));
        if (sensitivity.isEmpty()) {
            return Optional.empty();
        }
        Set<String> statutoryFor = new HashSet<>();
        if (BASIS.statutory.equals(r.getPropertyResourceValue(SAT.sharingBasis))) {
            r.listProperties(SAT.statutoryFor).forEach(s -> statutoryFor.add(s.getResource().getURI()));
        }
        return Optional.of(new StatementClass(sensitivity.get(), statutoryFor));
    }
}
