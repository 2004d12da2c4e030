package org.satchel.vocab.generator;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.satchel.vocab.terms.SAT;

/** The bundled ontology and code lists, read as a user of the data would read them. */
final class Vocabulary {
    static final Model MODEL = load();

    private Vocabulary() {}

    private static Model load() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : new String[] {"satchel.ttl", "codes.ttl"}) {
            RDFParser.source(Vocabulary.class.getResourceAsStream("/org/satchel/vocab/ontology/" + file))
                    .lang(Lang.TURTLE).parse(model);
        }
        return model;
    }

    /** sat:Record and every class below it. */
    static Set<Resource> recordKinds() {
        Set<Resource> kinds = new HashSet<>();
        kinds.add(SAT.Record);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Resource sub : MODEL.listSubjectsWithProperty(RDFS.subClassOf).toList()) {
                if (!kinds.contains(sub) && MODEL.listObjectsOfProperty(sub, RDFS.subClassOf).toList().stream().anyMatch(kinds::contains)) {
                    kinds.add(sub);
                    grew = true;
                }
            }
        }
        return kinds;
    }

    /** Whether the ontology or the code lists say anything about {@code term}. */
    static boolean defines(Resource term) {
        return MODEL.contains(term, null);
    }
}
