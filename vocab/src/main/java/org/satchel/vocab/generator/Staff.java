package org.satchel.vocab.generator;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * A member of the school's staff, described in the school graph and named by learners' records.
 *
 * @param code  the MIS staff code, the last segment of the IRI
 * @param roles values of the role code list (teacher, SENCO, DSL, head)
 */
record Staff(String code, Node iri, String givenName, String familyName, String email,
        List<Resource> roles, List<Subject> subjects) {
    Staff {
        roles = List.copyOf(roles);
        subjects = List.copyOf(subjects);
    }
}
