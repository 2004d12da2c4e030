package org.satchel.node.demo;

import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.satchel.node.store.RecordStore;

/** Finds the people the demo's story is about in the imported school: a pupil with SEN support, their teacher and guardian. */
final class DemoSchoolFacts {
    private static final String PREFIXES = """
            PREFIX sat: <https://w3id.org/satchel/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private final RecordStore store;
    private final String base;

    DemoSchoolFacts(RecordStore store, String base) {
        this.store = store;
        this.base = base;
    }

    /** A pupil with SEN support and a guardian with parental responsibility (the story's learner). */
    String learnerWithSen() {
        return one("""
                SELECT ?l WHERE { GRAPH ?g { ?r a sat:SenProvision ; sat:learner ?l .
                  ?rel a sat:GuardianRelationship ; sat:parentalResponsibility true ; sat:learner ?l } } ORDER BY ?l LIMIT 1
                """, "l", "learners/").orElseThrow(() -> new IllegalStateException("the demo school has no pupil with SEN support"));
    }

    /** A pupil with GCSE results, the first of them. */
    String learnerWithGcse() {
        return one("""
                SELECT ?l WHERE { GRAPH ?g { ?r a sat:GcseResult ; sat:learner ?l } } ORDER BY ?l LIMIT 1
                """, "l", "learners/").orElseThrow(() -> new IllegalStateException("the demo school has no pupil with GCSE results"));
    }

    /** One current single-grade GCSE result of the learner (not combined science's double grade): its IRI and its grade. */
    String[] gcseResult(String learner) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?r ?grade WHERE { GRAPH ?g { ?r a sat:GcseResult ; sat:learner ?l ; sat:grade ?grade
                  FILTER (!CONTAINS(?grade, "-"))
                  FILTER NOT EXISTS { ?r prov:invalidatedAtTime ?gone } } } ORDER BY ?r LIMIT 1
                """);
        q.setIri("l", base + "learners/" + learner);
        return store.read(c -> {
            String[][] found = new String[1][];
            c.querySelect(q.asQuery(), row -> found[0] = new String[] {row.getResource("r").getURI(), row.getLiteral("grade").getLexicalForm()});
            return Optional.ofNullable(found[0]);
        }).orElseThrow(() -> new IllegalStateException(learner + " has no GCSE result"));
    }

    /** The member of staff who last assessed the learner. */
    String teacherOf(String learner) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?staff WHERE { GRAPH ?g { ?r a sat:FormativeAssessment ; sat:learner ?l ; sat:assessedBy ?staff ;
                  prov:generatedAtTime ?t FILTER (STRSTARTS(STR(?staff), ?prefix)) } } ORDER BY DESC(?t) LIMIT 1
                """);
        q.setIri("l", base + "learners/" + learner);
        q.setLiteral("prefix", base + "staff/");
        return select(q, "staff", "staff/").orElseThrow(() -> new IllegalStateException("no teacher assessed " + learner));
    }

    /** The contact id of the learner's first guardian with parental responsibility. */
    String guardianOf(String learner) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?who WHERE { GRAPH ?g { ?rel a sat:GuardianRelationship ; sat:learner ?l ; sat:guardian ?who ;
                  sat:parentalResponsibility true ; sat:contactPriority ?p } } ORDER BY ?p LIMIT 1
                """);
        q.setIri("l", base + "learners/" + learner);
        return select(q, "who", "guardians/").orElseThrow();
    }

    /** The IRI of one of the learner's current attendance marks recording an unauthorised absence. */
    String unauthorisedAbsence(String learner) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                PREFIX att: <https://w3id.org/satchel/attendance#>
                SELECT ?m WHERE { GRAPH ?g { ?m a sat:AttendanceMark ; sat:learner ?l ; sat:attendanceCode ?code
                  FILTER (?code IN (att:O, att:G, att:N, att:U))
                  FILTER NOT EXISTS { ?m prov:invalidatedAtTime ?gone } } } ORDER BY ?m LIMIT 1
                """);
        q.setIri("l", base + "learners/" + learner);
        return store.read(c -> {
            String[] found = new String[1];
            c.querySelect(q.asQuery(), row -> found[0] = row.getResource("m").getURI());
            return Optional.ofNullable(found[0]);
        }).orElseThrow(() -> new IllegalStateException(learner + " has no unauthorised absence to challenge"));
    }

    /** The staff code of a member of staff with this role. */
    String staffWithRole(String role) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?s WHERE { GRAPH ?g { ?s sat:staffRole ?role } } ORDER BY ?s LIMIT 1
                """);
        q.setIri("role", "https://w3id.org/satchel/role#" + role);
        return select(q, "s", "staff/").orElseThrow(() -> new IllegalStateException("the school has no " + role));
    }

    private Optional<String> one(String query, String var, String folder) {
        return select(new ParameterizedSparqlString(PREFIXES + query), var, folder);
    }

    private Optional<String> select(ParameterizedSparqlString q, String var, String folder) {
        return store.read(c -> {
            String[] found = new String[1];
            c.querySelect(q.asQuery(), row -> found[0] = row.getResource(var).getURI());
            return Optional.ofNullable(found[0]).map(iri -> iri.substring(iri.lastIndexOf('/') + 1));
        });
    }
}
