package org.satchel.vocab.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TermConstantsTest {
    private static final Model ONTOLOGY = load();

    private static Model load() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : List.of("satchel.ttl", "codes.ttl")) {
            RDFParser.source(TermConstantsTest.class.getResourceAsStream("/org/satchel/vocab/ontology/" + file))
                    .lang(org.apache.jena.riot.Lang.TURTLE).parse(model);
        }
        return model;
    }

    static Stream<Arguments> ownVocabularies() {
        return Stream.of(
                Arguments.of(SAT.class, SAT.NS), Arguments.of(PURPOSE.class, PURPOSE.NS),
                Arguments.of(SENSITIVITY.class, SENSITIVITY.NS), Arguments.of(BASIS.class, BASIS.NS),
                Arguments.of(ROLE.class, ROLE.NS), Arguments.of(ATT.class, ATT.NS), Arguments.of(CODE.class, CODE.NS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownVocabularies")
    void constantsAndTurtleDefineTheSameTerms(Class<?> constants, String ns) {
        assertEquals(List.of(), TermDrift.between(constants, ns, ONTOLOGY));
    }

    @Test
    void aTermMissingFromTheTurtleIsReported() {
        Model trimmed = ModelFactory.createDefaultModel().add(ONTOLOGY);
        trimmed.removeAll(SAT.attendanceCode, null, null);
        assertEquals(List.of("SAT.attendanceCode is <" + SAT.NS + "attendanceCode>, which the ontology does not define"),
                TermDrift.between(SAT.class, SAT.NS, trimmed));
    }

    @Test
    void aTermMissingFromTheConstantsIsReported() {
        Model extended = ModelFactory.createDefaultModel().add(ONTOLOGY);
        extended.add(extended.createResource(SAT.NS + "householdIncome"), RDFS.label, "income");
        assertEquals(List.of("the ontology defines <" + SAT.NS + "householdIncome> but SAT has no constant for it"),
                TermDrift.between(SAT.class, SAT.NS, extended));
    }

    @Test
    void reusedPropertiesCarryASensitivityAndASharingBasis() throws IllegalAccessException {
        for (Class<?> vocabulary : List.of(PROV.class, SCHEMA.class, ORG.class)) {
            for (Field field : vocabulary.getFields()) {
                if (field.getType() == Property.class) {
                    Property property = (Property) field.get(null);
                    assertTrue(ONTOLOGY.contains(property, SAT.sensitivity), property + " has no sat:sensitivity");
                    assertTrue(ONTOLOGY.contains(property, SAT.sharingBasis), property + " has no sat:sharingBasis");
                }
            }
        }
    }
}
