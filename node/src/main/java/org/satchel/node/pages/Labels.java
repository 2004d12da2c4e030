package org.satchel.node.pages;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.SAT;

/**
 * The words a page shows for a term: the ontology's {@code rdfs:label} for kinds and properties,
 * the code lists' {@code skos:prefLabel} for purposes, roles, legal bases and coded values, and
 * the IRI's last part for anything the vocabulary does not name.
 */
final class Labels {
    private Labels() {}

    /** The label of a term, in English, or its local name. */
    static String of(String iri) {
        return label(Ontology.model().getResource(iri)).orElseGet(() -> localName(iri));
    }

    /** Whether the vocabulary names this term (and so {@link #of} is more than its local name). */
    static boolean known(String iri) {
        return label(Ontology.model().getResource(iri)).isPresent();
    }

    /** The last part of an IRI: after {@code #}, else after the last {@code /}. */
    static String localName(String iri) {
        // A container's IRI ends in '/' (such as a school's): its last part is the segment before that.
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/')) + 1);
        return last.isEmpty() ? iri : last;
    }

    /** Whether a record kind is one the school asserts, the learner's own statement, or a record about the record. */
    static Family family(String kindIri) {
        Resource kind = Ontology.model().getResource(kindIri);
        if (subClassOf(kind, SAT.LearnerStatement, 0)) {
            return Family.LEARNER_STATEMENT;
        }
        if (subClassOf(kind, SAT.RecordAboutRecord, 0)) {
            return Family.ABOUT_THE_RECORD;
        }
        if (subClassOf(kind, SAT.SchoolRecord, 0)) {
            return Family.SCHOOL_RECORD;
        }
        return Family.OTHER;
    }

    /** How the pages group kinds of record. */
    enum Family {
        SCHOOL_RECORD, LEARNER_STATEMENT, ABOUT_THE_RECORD, OTHER
    }

    private static boolean subClassOf(Resource kind, Resource ancestor, int depth) {
        if (kind.equals(ancestor)) {
            return true;
        }
        if (depth > 16) {
            return false;
        }
        for (Statement s : kind.listProperties(RDFS.subClassOf).toList()) {
            if (s.getObject().isResource() && subClassOf(s.getResource(), ancestor, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> label(Resource term) {
        for (var property : new org.apache.jena.rdf.model.Property[] {SKOS.prefLabel, RDFS.label}) {
            String fallback = null;
            for (Statement s : term.listProperties(property).toList()) {
                if (!s.getObject().isLiteral()) {
                    continue;
                }
                String lang = s.getLanguage();
                if (lang.equals("en") || lang.startsWith("en-")) {
                    return Optional.of(s.getString());
                }
                if (fallback == null) {
                    fallback = s.getString();
                }
            }
            if (fallback != null) {
                return Optional.of(fallback);
            }
        }
        return Optional.empty();
    }
}
