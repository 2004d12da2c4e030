package org.satchel.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final String SAT = "https://w3id.org/satchel/ns#";
    private static final String SENSITIVITY = "https://w3id.org/satchel/sensitivity#";
    private static final String BASIS = "https://w3id.org/satchel/basis#";

    private static Resource sat(String local) {
        return ResourceFactory.createResource(SAT + local);
    }

    @Test
    void aPropertyHasTheSensitivityAndSharingBasisTheTurtleGivesIt() {
        assertEquals(Optional.of(SENSITIVITY + "special-category"), Ontology.sensitivityOf(sat("ethnicity")).map(Resource::getURI));
        assertEquals(Optional.of(BASIS + "statutory"), Ontology.sharingBasisOf(sat("ethnicity")).map(Resource::getURI));
        assertEquals(Optional.of(SENSITIVITY + "directory"),
                Ontology.sensitivityOf(ResourceFactory.createResource("http://www.w3.org/ns/prov#wasAttributedTo")).map(Resource::getURI));
    }

    @Test
    void aRecordKindHasItsSensitivityWithItsRank() {
        Resource sensitivity = Ontology.sensitivityOf(sat("SafeguardingConcern")).orElseThrow();
        assertEquals(SENSITIVITY + "safeguarding", sensitivity.getURI());
        assertEquals(3, sensitivity.getRequiredProperty(ResourceFactory.createProperty(SAT + "rank")).getInt());
        assertEquals(Optional.of(BASIS + "consent"), Ontology.sharingBasisOf(sat("HealthCondition")).map(Resource::getURI));
    }

    @Test
    void aTermTheOntologyDoesNotAnnotateHasNoSensitivity() {
        assertEquals(Optional.empty(), Ontology.sensitivityOf(sat("householdIncome")));
        assertEquals(Optional.empty(), Ontology.sharingBasisOf(sat("Record")));
        assertEquals(Optional.empty(), Ontology.sensitivityOf(ResourceFactory.createResource()));
    }

    @Test
    void theModelIsSharedAndReadOnly() {
        Model model = Ontology.model();
        assertSame(model, Ontology.model());
        assertSame(model.getGraph(), Ontology.graph());
        assertThrows(AddDeniedException.class, () -> model.add(sat("householdIncome"), RDFS.label, "income"));
        assertEquals(SAT, model.getNsPrefixURI("sat"));
        assertTrue(model.contains(sat("AttendanceMark"), RDFS.label));
        assertTrue(model.containsResource(ResourceFactory.createResource("https://w3id.org/satchel/attendance#PresentAM")),
                "the code lists are loaded with the ontology");
    }
}
